#!/usr/bin/env bash
# QR scan speed and memory. First scanImage() in-process per screenshot (median of RUNS); then,
# in the same run and on the same files (1080p, 4K and 5K screenshots: light, HiDPI, small code,
# dark mode, JPEG, no code, a mid-grey code on a grey card, a code cut at the edge), whole
# processes: `twostep-cli scan` against ZXingReader (zxing-cpp-tools) and zbarimg (zbar-tools):
# total seconds, median ms per image, peak resident MiB (GNU time's maximum resident set size)
# and how many files gave the right answer (the otpauth code, or nothing on a page without one).
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${BUILD_DIR:-build}
cmake --build "$build" --target twostep_qr_bench twostep-cli >/dev/null
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

echo "== scanImage() in-process (median of ${RUNS:-5} runs) =="
"$build/tests/bench/twostep_qr_bench" "$dir" "${RUNS:-5}" 2>/dev/null

# One process per file: prints "ms peak_kib found" (found: 1 when the otpauth URI came out).
one() {
    local file=$1 start end
    shift
    start=$(date +%s%N)
    /usr/bin/time -f %M -o "$dir/rss" "$@" "$file" >"$dir/out" 2>/dev/null || true
    end=$(date +%s%N)
    echo "$(((end - start) / 1000000)) $(tail -n1 "$dir/rss") $(grep -c 'otpauth://' "$dir/out" || true)"
}

# Columns: tool, resolution, files, right answers, total s, median ms, peak MiB.
measure() {
    local tool=$1 group=$2
    shift 2
    local times=() peak=0 right=0 n=0 file ms kib found expected
    for file in "$dir/$group"-*; do
        read -r ms kib found < <(one "$file" "$@")
        expected=1
        [[ $file == *-none.* ]] && expected=0
        [ "$found" -eq "$expected" ] && right=$((right + 1))
        times+=("$ms")
        ((kib > peak)) && peak=$kib
        n=$((n + 1))
    done
    local total median
    total=$(printf '%s\n' "${times[@]}" | paste -sd+ | bc)
    median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}')
    printf '%-12s %-6s %5d %5d/%-3d %9.2f %9d %9.1f\n' "$tool" "$group" "$n" "$right" "$n" \
        "$(echo "$total / 1000" | bc -l)" "$median" "$(echo "$peak / 1024" | bc -l)"
    echo "$tool $total" >>"$dir/totals"
}

echo
echo "== whole process per file: $(nproc) cores =="
printf '%-12s %-6s %5s %9s %9s %9s %9s\n' tool set files right "total s" "median ms" "peak MiB"
tools=(twostep)
command -v ZXingReader >/dev/null && tools+=(ZXingReader) || echo "ZXingReader not installed (apt-get install zxing-cpp-tools)"
command -v zbarimg >/dev/null && tools+=(zbarimg) || echo "zbarimg not installed (apt-get install zbar-tools)"
for group in 1080p 4k 5k; do
    for tool in "${tools[@]}"; do
        case $tool in
        twostep) measure twostep "$group" "$build/app/cli/twostep-cli" scan ;;
        ZXingReader) measure ZXingReader "$group" ZXingReader ;;
        zbarimg) measure zbarimg "$group" zbarimg -q --raw ;;
        esac
    done
done
echo
echo "== all files: total s (ratio to ZXingReader) =="
zxing=$(awk '$1 == "ZXingReader" {s += $2} END {print s + 0}' "$dir/totals")
for tool in "${tools[@]}"; do
    total=$(awk -v t="$tool" '$1 == t {s += $2} END {print s + 0}' "$dir/totals")
    if [ "$zxing" -gt 0 ]; then
        printf '%-12s %9.2f s  %5.2f\n' "$tool" "$(echo "$total / 1000" | bc -l)" "$(echo "$total / $zxing" | bc -l)"
    else
        printf '%-12s %9.2f s\n' "$tool" "$(echo "$total / 1000" | bc -l)"
    fi
done
