#!/usr/bin/env bash
# Configures and builds OneWindow with Ninja (and ccache when present).
#   build.sh BUILD_DIR [extra cmake arguments…]
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
build=${1:?build folder}
shift

# Let ccache reuse objects across build folders and clones (the test command builds twice).
export CCACHE_BASEDIR="$src" CCACHE_NOHASHDIR=true

generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
if [ -f "$build/CMakeCache.txt" ]; then
  generator=()   # keep whatever the folder was configured with
fi

if ! cmake -S "$src" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"; then
  echo "build: configuring in $build failed (see the CMake messages above)" >&2
  exit 1
fi
if ! cmake --build "$build" --parallel "$(nproc)"; then
  echo "build: compiling in $build failed (see the compiler messages above)" >&2
  exit 1
fi
