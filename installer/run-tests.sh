#!/usr/bin/env bash
# Quick start, command 2: installs what is needed, builds, and runs every test suite — the full
# build, then the build without Qt Widgets (-DBUILD_GUI=OFF) to prove the layers stand alone.
# The storage and server tests start a throwaway PostgreSQL cluster on loopback and stop it.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
jobs=$(nproc)

bash "$src/installer/install-deps.sh"

echo "== full build"
bash "$src/installer/build.sh" "$src/build" -DWARNINGS_AS_ERRORS=ON
echo "== tests (full build)"
(cd "$src/build" && ctest --output-on-failure --parallel "$jobs" --timeout 600)

echo "== build without GUI (-DBUILD_GUI=OFF)"
bash "$src/installer/build.sh" "$src/build-nogui" -DBUILD_GUI=OFF -DWARNINGS_AS_ERRORS=ON
echo "== tests (no GUI)"
# The "slow" suites (LFW accuracy) ran above on the same non-GUI libraries; once is enough.
(cd "$src/build-nogui" && ctest --output-on-failure --parallel "$jobs" --timeout 600 -LE slow)
