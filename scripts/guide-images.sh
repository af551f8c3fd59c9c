#!/bin/sh
# Renders the pictures the user guide shows (resources/guide/images) from the current screens,
# in Chinese on the demo, with the GUI screenshot test of a build tree (default build/ci).
# Run it after changing a screen the guide shows, and commit the pictures.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$here/build/ci}" && pwd)
shots=$(mktemp -d)
trap 'rm -rf "$shots"' EXIT
CD_SCREENSHOT_DIR="$shots" QT_QPA_PLATFORM=offscreen LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 \
  "$build/tests/cd_gui_tests" --gtest_filter='Screens.*' >/dev/null 2>&1
mkdir -p "$here/resources/guide/images"
for img in $(grep -o 'images/[a-z0-9-]*\.png' "$here/resources/guide/index.html" | sort -u); do
  [ -f "$shots/${img#images/}" ] || { echo "the guide shows $img, which the screenshot test does not make" >&2; exit 1; }
  cp "$shots/${img#images/}" "$here/resources/guide/$img"
done
echo "pictures written to $here/resources/guide/images"
