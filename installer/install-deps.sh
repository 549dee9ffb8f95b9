#!/usr/bin/env bash
# Installs every Debian 12 package OneWindow needs to build, run and test.
# Idempotent: packages already present are left as they are.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config git clang-format
  # Qt 6.4 as shipped by Debian 12
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-httpserver-dev qt6-websockets-dev qt6-serialport-dev
  libqt6sql6-sqlite libqt6sql6-psql libqt6svg6
  qt6-qpa-plugins qt6-translations-l10n
  # libraries used by the layers
  libsodium-dev libicu-dev libzxing-dev
  # vision (OpenCV dnn for faces and pages, TBB for its thread policy, Tesseract OCR with the
  # simplified-Chinese model)
  libopencv-dev libtbb-dev libtesseract-dev tesseract-ocr-chi-sim
  # image sources: cameras (Qt Multimedia over GStreamer), SANE scanners, PDF import (Qt PDF)
  qt6-multimedia-dev gstreamer1.0-plugins-base gstreamer1.0-plugins-good
  libsane-dev sane-utils qt6-pdf-dev qt6-image-formats-plugins
  # database server for the integration tests and the hall deployment
  postgresql-15
  # fonts: screens use Noto Sans CJK SC; printed PDFs use WenQuanYi Micro Hei (searchable text layer)
  fonts-noto-cjk fonts-wqy-microhei
  # PDF checks in tests
  poppler-utils
  # the offscreen GUI tests and desktop start
  xvfb xauth
)

if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: run as root (sudo $0)" >&2
  exit 1
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

# The face model pack (docs/face.md) is installed after the packages, also when none was missing.
install_face_models() {
  bash "$(dirname "${BASH_SOURCE[0]}")/install-face-models.sh"
}

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  install_face_models
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
if ! apt-get update -qq; then
  echo "install-deps: 'apt-get update' failed: check the network or /etc/apt/sources.list" >&2
  exit 1
fi
if ! apt-get install -y -qq --no-install-recommends "${missing[@]}"; then
  for p in "${missing[@]}"; do
    if ! apt-cache show "$p" >/dev/null 2>&1; then
      echo "install-deps: package '$p' is not available from the configured Debian sources" >&2
    fi
  done
  echo "install-deps: apt-get install failed for: ${missing[*]}" >&2
  exit 1
fi
install_face_models
echo "install-deps: done"
