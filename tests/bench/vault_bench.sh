#!/usr/bin/env bash
# Vault speed: unlock time at the default Argon2id cost (pass --calibrate for the nearby costs the
# default was chosen from), and save/load time of 1,000 and 10,000 accounts once unlocked.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${BUILD_DIR:-build}
cmake --build "$build" --target twostep_vault_bench >/dev/null
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
"$build/tests/bench/twostep_vault_bench" "$@"
