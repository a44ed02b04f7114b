#!/usr/bin/env bash
# Renders the main screens (create, empty vault, list with icons and favourites, the replace
# question of a redone AWS enrollment, the enrollment dialog 4 s before the end of a step, QR
# export, unsaved-change bar, unlock) in English and Korean, the list in a dark palette, and the
# list, the replace question and the enrollment dialog at 200% scale on a 1080p screen, into
# docs/screenshots/ under Xvfb. BUILD_DIR picks the build directory (default: build).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
out=docs/screenshots
cmake --build "$build" --target twostep_screenshots >/dev/null
mkdir -p "$out"
tool="$build/tests/ui/twostep_screenshots"
run() { xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb "$@"; }

for lang in en ko; do
    run "$tool" "$out" "$lang-" --lang "$lang"
    run env QT_SCALE_FACTOR=2 "$tool" "$out" "$lang-200-" --lang "$lang" --only list,replace,enrollment
done
run "$tool" "$out" en-dark- --lang en --dark --only list
ls -1 "$out"
