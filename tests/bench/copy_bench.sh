#!/usr/bin/env bash
# `twostep --copy ACCOUNT` to the code on the clipboard, with 1,000 accounts in the vault (goal:
# under 50 ms). Under Xvfb: a window (twostep_copy_bench serve, wired as the app is) unlocked and
# listening; each run starts the real `twostep --copy`, then reads the CLIPBOARD selection with
# xclip and checks the code against oathtool. The peer in the same run is the floor: `oathtool |
# xclip` putting the same code on the clipboard and xclip reading it back. Prints medians.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${BUILD_DIR:-build}
runs=${RUNS:-21}
cmake --build "$build" --target twostep twostep_copy_bench >/dev/null
bench="$PWD/$build/tests/bench/twostep_copy_bench"
twostep="$PWD/$build/app/gui/twostep"
secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ
for tool in xclip oathtool xvfb-run; do
    command -v "$tool" >/dev/null || { echo "$tool is not installed (scripts/install-deps.sh)"; exit 1; }
done
work=$(mktemp -d)
mkdir -m 700 "$work/run"
trap 'rm -rf "$work"' EXIT

QT_QPA_PLATFORM=offscreen "$bench" setup "$work/vault.twostep" 1000 2>/dev/null

cat >"$work/measure.sh" <<'INNER'
set -euo pipefail
bench=$1 twostep=$2 work=$3 secret=$4 runs=$5
export QT_QPA_PLATFORM=xcb XDG_RUNTIME_DIR=$work/run
"$bench" serve "$work/vault.twostep" >"$work/serve.out" 2>"$work/serve.err" &
server=$!
for _ in $(seq 200); do grep -q ready "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
grep -q ready "$work/serve.out" || { echo "the window did not come up"; exit 1; }
median() { sort -n | awk '{a[NR]=$1} END {m=a[int((NR+1)/2)]; printf "%.1f ms (min %.1f, max %.1f, %d runs)\n", m, a[1], a[NR], NR}'; }
now() { date +%s%N; }
: >"$work/twostep.ms"; : >"$work/peer.ms"
for _ in $(seq "$runs"); do
    printf 'none' | xclip -selection clipboard
    t0=$(now)
    "$twostep" --vault "$work/vault.twostep" --copy Benchmark:target 2>/dev/null
    code=$(xclip -o -selection clipboard)
    t1=$(now)
    expected=$(oathtool --totp -b "$secret")
    previous=$(oathtool --totp -b "$secret" --now "$(date -u -d '-30 sec' '+%Y-%m-%d %H:%M:%S UTC')")
    [ "$code" = "$expected" ] || [ "$code" = "$previous" ] || { echo "clipboard held '$code', oathtool says $expected"; exit 1; }
    echo "scale=3; ($t1 - $t0) / 1000000" | bc >>"$work/twostep.ms"

    printf 'none' | xclip -selection clipboard
    t0=$(now)
    oathtool --totp -b "$secret" | tr -d '\n' | xclip -selection clipboard
    code=$(xclip -o -selection clipboard)
    t1=$(now)
    [ "$code" = "$(oathtool --totp -b "$secret")" ] || [ "$code" = "$previous" ] || { echo "peer: clipboard held '$code'"; exit 1; }
    echo "scale=3; ($t1 - $t0) / 1000000" | bc >>"$work/peer.ms"
done
kill "$server"; wait "$server" 2>/dev/null || true
echo "twostep --copy (1,000 accounts) -> code read back with xclip: $(median <"$work/twostep.ms")"
echo "  of which the window's share (message in, code copied, answer out): $(grep '^window ' "$work/serve.err" | cut -d' ' -f2 | median)"
echo "peer: oathtool | xclip -> code read back with xclip:           $(median <"$work/peer.ms")"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
INNER
xvfb-run -a -s "-screen 0 1280x800x24" bash "$work/measure.sh" "$bench" "$twostep" "$work" "$secret" "$runs"
