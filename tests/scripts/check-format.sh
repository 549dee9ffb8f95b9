#!/usr/bin/env bash
# Fails when a C++ file in the project is not formatted by the repository's .clang-format.
set -euo pipefail
src=${1:?source folder}
cd "$src"
if ! command -v clang-format >/dev/null; then
  echo "check-format: clang-format is not installed (package clang-format)" >&2
  exit 1
fi
if git rev-parse --git-dir >/dev/null 2>&1; then
  files=$(git ls-files --cached --others --exclude-standard '*.cpp' '*.h')
else
  files=$(find app widgets tests -name '*.cpp' -o -name '*.h')
fi
[ -n "$files" ] || { echo "check-format: no C++ files found" >&2; exit 1; }
bad=$(echo "$files" | xargs clang-format --dry-run 2>&1 | grep -oE '^[^:]+\.(cpp|h)' | sort -u || true)
if [ -n "$bad" ]; then
  echo "check-format: not formatted with .clang-format (run clang-format -i on them):" >&2
  echo "$bad" >&2
  exit 1
fi
echo "check-format: $(echo "$files" | wc -l) files formatted"
