#!/usr/bin/env bash
# Issue 18's bounds, timed through the real twostep-cli under /usr/bin/time -v: the unlock of a
# vault at the default Argon2id cost (about 0.5 s expected), and the refusal of files over each
# bound (slot count, summed Argon2 work, file size; an Aegis import over the scrypt slot bound and
# one with 5 million unsupported entries). Goal for a refusal: under 0.1 s and under 50 MiB.
# No other authenticator publishes such bounds, so there is no peer to compare with.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${BUILD_DIR:-build}
cmake --build "$build" --target twostep-cli twostep_vault_bounds_bench >/dev/null
cli="$build/app/cli/twostep-cli"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/tests/bench/twostep_vault_bounds_bench" "$work"

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "peer: none (no other authenticator documents slot, KDF-work or size bounds to compare with)"
printf '%-44s %8s %10s  %s\n' "case" "seconds" "peak MiB" "result"

# run LABEL STDIN ARGS...: one twostep-cli run, its wall time, peak RSS and the first stderr line.
run()
{
    local label=$1 input=$2
    shift 2
    local status=0
    printf '%s' "$input" | /usr/bin/time -v -o "$work/time" "$cli" "$@" >/dev/null 2>"$work/err" || status=$?
    local seconds rss
    seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$work/time")
    rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2 / 1024}' "$work/time")
    printf '%-44s %8s %10s  exit %d: %s\n' "$label" "$seconds" "$rss" "$status" "$(tr "\n" " " <"$work/err" | head -c 170)"
}

password=$'benchmark password\n'
for i in 1 2 3; do
    run "unlock, default cost (64 MiB, t=3, p=2) #$i" "$password" list --vault "$work/default.twostep" --password-stdin
done
run "refuse: 9 password slots at the ceiling" "$password" list --vault "$work/slots.twostep" --password-stdin
run "refuse: Argon2 work of 2 slots at the ceiling" "$password" list --vault "$work/work.twostep" --password-stdin
run "refuse: vault file of $(stat -c %s "$work/size.twostep") bytes" "$password" \
    list --vault "$work/size.twostep" --password-stdin
printf 'not the password\n' >"$work/source-password"
run "read: a vault of $(stat -c %s "$work/largest.twostep") bytes (payload fails its tag)" "$password" \
    list --vault "$work/largest.twostep" --password-stdin
# The imports unlock a vault at the lowest Argon2 cost (8 MiB, t=1) first; that is included.
run "refuse: Aegis import, 9 scrypt slots at 1 GiB" "$password" import --vault "$work/fast.twostep" \
    --password-stdin --dry-run --source-password-file "$work/source-password" "$work/aegis-slots.json"
run "Aegis, 5M unsupported entries ($(($(stat -c %s "$work/aegis-entries.json") / 1048576)) MiB)" "$password" \
    import --vault "$work/fast.twostep" --password-stdin --dry-run "$work/aegis-entries.json"
echo "stderr lines printed for the 5M entries: $(grep -c '' "$work/err")"
