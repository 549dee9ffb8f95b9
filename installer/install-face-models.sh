#!/usr/bin/env bash
# Installs the default face model pack (docs/face.md) into the system data folder:
#   /usr/local/share/onewindow/face-models/faceplugin-0.0.1/
# The models come from the npm package faceplugin-face-recognition-js@0.0.1 (fetched with
# `npm pack`, nothing is run from it); every file is checked against the SHA-256 in the shipped
# manifest (resources/face-models/faceplugin-0.0.1/manifest.json). Idempotent: a pack that is
# already installed and intact is left as it is. Root is needed only to write the system folder.
# Environment: ONEWINDOW_FACE_MODELS_ROOT overrides the target root (for tests; no root needed).
set -euo pipefail

pack_id="faceplugin-0.0.1"
package="faceplugin-face-recognition-js@0.0.1"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
manifest="$here/../resources/face-models/$pack_id/manifest.json"
root="${ONEWINDOW_FACE_MODELS_ROOT:-/usr/local/share/onewindow/face-models}"
target="$root/$pack_id"
step="start"

fail() {
  echo "install-face-models: step '$step' failed: $*" >&2
  exit 1
}

step="read manifest"
[ -f "$manifest" ] || fail "manifest not found at $manifest"

# "file sha256" lines from the manifest. node comes with npm; install Debian's npm when missing.
step="install npm"
if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
  [ "$(id -u)" -eq 0 ] || fail "npm is missing and installing it needs root (sudo $0)"
  echo "install-face-models: installing Debian's npm package"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq || fail "'apt-get update' failed"
  apt-get install -y -qq --no-install-recommends npm || fail "'apt-get install npm' failed"
fi

step="read manifest"
models="$(node -e '
  const m = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  if (m.id !== process.argv[2]) throw new Error("manifest id " + m.id);
  for (const x of m.models) console.log(x.file + " " + x.sha256);
' "$manifest" "$pack_id")" || fail "cannot parse $manifest"

pack_intact() {
  [ -f "$target/manifest.json" ] && [ -f "$target/LICENSE" ] || return 1
  cmp -s "$manifest" "$target/manifest.json" || return 1
  while read -r file sum; do
    [ -f "$target/$file" ] || return 1
    [ "$(sha256sum "$target/$file" | cut -d' ' -f1)" = "$sum" ] || return 1
  done <<<"$models"
}

step="check installed pack"
if pack_intact; then
  echo "install-face-models: $target is installed and intact (nothing to do)"
  exit 0
fi

step="prepare target"
mkdir -p "$root" 2>/dev/null || fail "cannot create $root (run as root: sudo $0)"
[ -w "$root" ] || fail "cannot write $root (run as root: sudo $0)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

step="npm pack"
echo "install-face-models: fetching $package with npm pack"
(cd "$work" && npm pack --silent "$package" >"$work/npm-pack.log" 2>&1) ||
  fail "npm pack $package (see output: $(tail -3 "$work/npm-pack.log" | tr '\n' ' '))"
tarball="$(ls "$work"/*.tgz 2>/dev/null | head -1)"
[ -n "$tarball" ] || fail "npm pack produced no tarball"

step="unpack"
tar -xzf "$tarball" -C "$work" || fail "cannot unpack $tarball"

step="verify sha256"
while read -r file sum; do
  src="$work/package/model/$file"
  [ -f "$src" ] || fail "$file is not in $package"
  got="$(sha256sum "$src" | cut -d' ' -f1)"
  [ "$got" = "$sum" ] || fail "$file has sha256 $got, the manifest says $sum"
  echo "install-face-models: $file sha256 ok"
done <<<"$models"
[ -f "$work/package/LICENSE" ] || fail "LICENSE is not in $package"

step="copy"
staging="$root/.$pack_id.new"
rm -rf "$staging"
mkdir -p "$staging" || fail "cannot create $staging"
while read -r file _; do
  cp "$work/package/model/$file" "$staging/$file" || fail "cannot copy $file"
done <<<"$models"
cp "$manifest" "$staging/manifest.json" || fail "cannot copy manifest.json"
cp "$work/package/LICENSE" "$staging/LICENSE" || fail "cannot copy LICENSE"
chmod 0644 "$staging"/*
chmod 0755 "$staging"
# Swap in the complete folder so a reader never sees half a pack.
rm -rf "$target"
mv "$staging" "$target" || fail "cannot move $staging to $target"

echo "install-face-models: installed $(wc -l <<<"$models") models, manifest.json and LICENSE into $target"
