#!/usr/bin/env bash
# One code at the terminal, whole process: median wall time and peak resident memory of 21 runs of
# `twostep-cli code --secret -` next to oathtool in the same run, and of `twostep-cli code ACCOUNT`
# unlocking the vault itself (--password-stdin, default Argon2id cost). The window and keyring
# sources of issue 14 are not built yet: their rows say so.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${BUILD_DIR:-build}
cmake --build "$build" --target twostep-cli >/dev/null
cli="$PWD/$build/app/cli/twostep-cli"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
secret=JBSWY3DPEHPK3PXP

# measure NAME RUNS COMMAND: the median wall time (ms) and peak RSS (MiB) of COMMAND run by sh.
measure() {
    local name=$1 runs=$2 command=$3 start end
    for _ in $(seq "$runs"); do
        start=$(date +%s%N)
        /usr/bin/time -f '%M' -o "$work/rss" sh -c "$command" >/dev/null 2>&1
        end=$(date +%s%N)
        echo "$(( (end - start) / 1000 )) $(tail -1 "$work/rss")"
    done | sort -n | awk -v name="$name" '
        { wall[NR] = $1; rss[NR] = $2 }
        END { m = int((NR + 1) / 2); printf "%-44s %8.1f ms  %6.1f MiB\n", name, wall[m] / 1000, rss[m] / 1024 }'
}

echo "== one code, whole process (median of 21 runs; wall time includes sh and GNU time) =="
measure "twostep-cli code --secret -" 21 "echo $secret | '$cli' code --secret -"
if command -v oathtool >/dev/null; then
    measure "oathtool --totp -b (peer)" 21 "oathtool --totp -b $secret"
else
    echo "oathtool is not installed (apt-get install oathtool); skipped."
fi

export TWOSTEP_VAULT="$work/v.twostep" XDG_RUNTIME_DIR="$work"
printf 'pw\n' | "$cli" init --password-stdin 2>/dev/null
printf 'otpauth://totp/Amazon%%20Web%%20Services:alice@123456789012?secret=%s\npw\n' "$secret" |
    "$cli" add --uri - --password-stdin >/dev/null 2>&1
measure "twostep-cli code ARN, own unlock (Argon2id)" 5 \
    "printf 'pw\\n' | '$cli' code arn:aws:iam::123456789012:mfa/alice --password-stdin"
echo "twostep-cli code ARN served by the window        not built (issue 14 part 5)"
echo "twostep-cli code ARN served by the keyring slot  not built (issue 14 part 5)"

if command -v perf >/dev/null; then
    echo
    echo "== CPU time per run (perf stat, 20 runs, includes sh) =="
    for command in "echo $secret | '$cli' code --secret - >/dev/null" "oathtool --totp -b $secret >/dev/null"; do
        perf stat -r 20 -x, -e task-clock sh -c "$command" 2>&1 | tail -1 |
            awk -F, -v c="$command" '{ printf "%-44.44s %7.2f ms CPU\n", c, $1 }'
    done
fi
