#!/usr/bin/env bash
# OTP speed: ns per code for our core next to liboath, and a million codes from the command line
# next to oathtool, for the same secret in the same run.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${BUILD_DIR:-build}
cmake --build "$build" --target twostep_otp_bench twostep-cli >/dev/null

echo "== ns per TOTP code (1,000,000 codes each) =="
"$build/tests/bench/twostep_otp_bench"

secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ
now=1700000000
seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N); echo "$end - $start" | bc -l; }
best() { local b=999999 t; for _ in 1 2 3; do t=$(seconds "$@"); b=$(echo "if ($t < $b) $t else $b" | bc -l); done; printf '%.3f' "$b"; }

echo
echo "== 1,000,000 consecutive codes on stdout (best of 3, seconds) =="
ours=$(best "$build/app/cli/twostep-cli" code --secret "$secret" --time "$now" --window 1000000)
theirs=$(best oathtool --totp --base32 --now "@$now" -w 999999 "$secret")
printf 'twostep-cli code --window 1000000   %8s s\n' "$ours"
printf 'oathtool --totp -w 999999           %8s s\n' "$theirs"
printf 'ratio                               %8.2f\n' "$(echo "$ours / $theirs" | bc -l)"
cmp <("$build/app/cli/twostep-cli" code --secret "$secret" --time "$now" --window 1000000) \
    <(oathtool --totp --base32 --now "@$now" -w 999999 "$secret") && echo "outputs identical"
