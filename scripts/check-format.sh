#!/usr/bin/env bash
# Every C++ file laid out as .clang-format says (the Debian 12 clang-format, 14): prints the files that
# differ and exits 1 when there are any. `--fix` rewrites them instead. Run by ctest as code_format.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
fix=no
[ "${1:-}" = --fix ] && fix=yes
command -v clang-format >/dev/null || {
  echo "check-format: clang-format is not installed (bash scripts/install-deps.sh installs it)" >&2
  exit 1
}
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  mapfile -t files < <(git ls-files -- '*.cpp' '*.h')
else
  mapfile -t files < <(find app core gis tests -name '*.cpp' -o -name '*.h')
fi
if [ "$fix" = yes ]; then
  clang-format -i "${files[@]}"
  exit 0
fi
differ=()
for f in "${files[@]}"; do
  clang-format --dry-run --Werror "$f" >/dev/null 2>&1 || differ+=("$f")
done
if [ ${#differ[@]} -gt 0 ]; then
  echo "check-format: ${#differ[@]} of ${#files[@]} files differ from .clang-format" \
       "(bash scripts/check-format.sh --fix rewrites them):" >&2
  printf '  %s\n' "${differ[@]}" >&2
  exit 1
fi
echo "check-format: ${#files[@]} files as .clang-format lays them out"
