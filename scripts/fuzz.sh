#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan+UBSan) and runs each for SECONDS (default 30).
# Seeds: tests/fuzz/corpus/<name>/ (kept in git; regressions live there too). New coverage goes to
# a scratch copy, so a run never dirties the tree. Prints executions and findings per target;
# exits non-zero if any target found a crash, leak, timeout or sanitizer report.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
shift || true
scripts/install-deps.sh
cmake --preset fuzz >/dev/null
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    mapfile -t targets < <(sed -n 's/^twostep_add_fuzzer(\(fuzz_[a-z0-9_]*\).*/\1/p' tests/fuzz/CMakeLists.txt)
fi
cmake --build --preset fuzz --target "${targets[@]}"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
printf '%-22s %12s %10s %s\n' target executions seconds result
for target in "${targets[@]}"; do
    name=${target#fuzz_}
    mkdir -p "$work/$name" "$work/artifacts-$name"
    [ -d "tests/fuzz/corpus/$name" ] && cp -r "tests/fuzz/corpus/$name/." "$work/$name/"
    log="$work/$name.log"
    set +e
    QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=1 "build-fuzz/tests/fuzz/$target" -max_total_time="$seconds" \
        -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
        -artifact_prefix="$work/artifacts-$name/" "$work/$name" >"$log" 2>&1
    status=$?
    set -e
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    if [ $status -eq 0 ]; then
        result=clean
    else
        result="FINDING (exit $status): see below"
        failed=1
    fi
    printf '%-22s %12s %10s %s\n' "$target" "${runs:-?}" "$seconds" "$result"
    if [ $status -ne 0 ]; then
        grep -E 'ERROR|SUMMARY|==[0-9]+==' "$log" | head -20
        for artifact in "$work/artifacts-$name"/*; do
            [ -f "$artifact" ] || continue
            mkdir -p tests/fuzz/findings
            cp "$artifact" "tests/fuzz/findings/$name-$(basename "$artifact")"
            echo "kept tests/fuzz/findings/$name-$(basename "$artifact")"
        done
    fi
done
exit $failed
