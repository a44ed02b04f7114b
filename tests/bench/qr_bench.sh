#!/usr/bin/env bash
# QR scan speed: scanImage() in-process per screenshot (1920x1080, 3840x2160, 5120x2880 with one
# AWS-style QR; plus a small-module 5K and a dark-mode 4K one), then the same PNG files read from
# disk by `twostep-cli scan` and by zbarimg (zbar-tools) in the same run, best of 3 wall-clock.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${BUILD_DIR:-build}
cmake --build "$build" --target twostep_qr_bench twostep-cli >/dev/null
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

echo "== scanImage() in-process (median of ${RUNS:-7} runs) =="
"$build/tests/bench/twostep_qr_bench" "$dir" "${RUNS:-7}" 2>/dev/null

seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s.%N); echo "$end - $start" | bc -l; }
best() { local b=999999 t; for _ in 1 2 3; do t=$(seconds "$@"); b=$(echo "if ($t < $b) $t else $b" | bc -l); done; printf '%.0f' "$(echo "$b * 1000" | bc -l)"; }
found() { "$@" 2>/dev/null | grep -c 'otpauth://' || true; }

echo
echo "== whole process on the PNG file, best of 3, ms (found) =="
printf '%-18s %18s %18s\n' image twostep-cli zbarimg
if ! command -v zbarimg >/dev/null; then
    echo "zbarimg not installed (apt-get install zbar-tools)"
    exit 0
fi
for png in "$dir"/*.png; do
    name=$(basename "$png" .png)
    ours=$(best "$build/app/cli/twostep-cli" scan "$png")
    theirs=$(best zbarimg -q --raw "$png")
    printf '%-18s %12s ms (%s) %12s ms (%s)\n' "$name" "$ours" "$(found "$build/app/cli/twostep-cli" scan "$png")" \
        "$theirs" "$(found zbarimg -q --raw "$png")"
done
