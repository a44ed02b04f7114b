#!/usr/bin/env bash
# GUI numbers under Xvfb, with 10 and with 1,000 accounts: process start -> unlock screen painted,
# password submitted -> list painted (Vault::open with its Argon2id KDF shown apart from the rest),
# resident memory with the list shown, worst filter keystroke; then KeePassXC (Debian's package)
# opening a small database in the same run, for comparison.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${BUILD_DIR:-build}
cmake --build "$build" --target twostep_gui_bench >/dev/null
bench="$PWD/$build/tests/bench/twostep_gui_bench"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== Twostep (median of 3 runs each; default Argon2id cost) =="
for n in 10 1000; do
    QT_QPA_PLATFORM=offscreen "$bench" setup "$work/v$n.twostep" "$n" 2>/dev/null
    for _ in 1 2 3; do
        xvfb-run -a -s "-screen 0 1920x1200x24" sh -c \
            "QT_QPA_PLATFORM=xcb exec \"$bench\" run \"$work/v$n.twostep\" \$(date +%s%N)" 2>/dev/null
    done | sort -k6 -n | sed -n 2p
done

if command -v keepassxc >/dev/null && command -v keepassxc-cli >/dev/null; then
    echo
    echo "== KeePassXC $(keepassxc-cli --version 2>/dev/null) opening a small database =="
    tests/bench/keepassxc_start.sh "$work"
else
    echo
    echo "KeePassXC is not installed (apt-get install keepassxc); skipped."
fi
