#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to a running workstation (start) or a full test run (test):
# installs the Debian packages, builds with Ninja and ccache, creates the demo district database if it
# is missing, then starts the workstation on it or runs every test.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
what=${1:-}
case "$what" in
  start) preset=dev ;;
  test) preset=ci ;;
  *) echo "usage: bash scripts/setup.sh start|test" >&2; exit 2 ;;
esac

bash scripts/install-deps.sh

echo "== configure and build (preset $preset)"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"

demo="$here/build/demo/jiangbei-demo.sqlite"
if [ ! -f "$demo" ]; then
  echo "== create the demo district: $demo"
  mkdir -p "$(dirname "$demo")"
  build/app/cli/urbanops-cli demo create "$demo" --scale "${UROPS_DEMO_SCALE:-1}"
fi
build/app/cli/urbanops-cli info "$demo"

if [ "$what" = test ]; then
  echo "== run every test"
  QT_QPA_PLATFORM=offscreen ctest --preset ci --output-on-failure
  exit 0
fi

echo "== start the workstation"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  shot="$here/build/demo/first-start.png"
  echo "No display here: starting offscreen and saving a screenshot to $shot instead of a window."
  QT_QPA_PLATFORM=offscreen build/app/workstation/urbanops "$demo" --screenshot "$shot"
  exit 0
fi
exec build/app/workstation/urbanops "$demo"
