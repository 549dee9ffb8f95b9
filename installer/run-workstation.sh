#!/usr/bin/env bash
# Quick start, command 1: installs what is needed, builds, and starts the workstation standalone
# with the demo catalog (first run creates the administrator and shows its one-time password).
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
bash "$src/installer/install-deps.sh"
bash "$src/installer/build.sh" "$src/build"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "run-workstation: no graphical display (DISPLAY is unset); starting under a virtual X server" >&2
  exec xvfb-run -a -s "-screen 0 1366x768x24" "$src/build/bin/onewindow" "$@"
fi
exec "$src/build/bin/onewindow" "$@"
