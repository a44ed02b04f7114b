#!/usr/bin/env bash
# Renders the main screens (create, empty vault, list, enrollment, QR export, unsaved-change bar,
# unlock) in English and Korean, plus the list in a dark palette and at 200% scaling, into
# docs/screenshots/ under Xvfb. BUILD_DIR picks the build directory (default: build).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
out=docs/screenshots
cmake --build "$build" --target twostep_screenshots >/dev/null
mkdir -p "$out"
tool="$build/tests/ui/twostep_screenshots"
run() { xvfb-run -a -s "-screen 0 1920x1200x24" env QT_QPA_PLATFORM=xcb "$@"; }

run "$tool" "$out" en- --lang en
run "$tool" "$out" ko- --lang ko
run "$tool" "$out" en-dark- --lang en --dark --only list
run env QT_SCALE_FACTOR=2 "$tool" "$out" en-200- --lang en --only list
ls -1 "$out"
