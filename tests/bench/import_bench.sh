#!/usr/bin/env bash
# Import speed: read, detect, parse and plan a file of 10,000, 100,000 and 1,000,000 otpauth URI
# lines against a vault of 1,000 accounts (goal: 1,000,000 in under 10 s), with peak memory.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${BUILD_DIR:-build}
cmake --build "$build" --target twostep_import_bench >/dev/null
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "peer: none. No other authenticator imports a URI list from the command line against an existing"
echo "store and reports duplicates, so there is no same-run comparison; the former pairwise planning"
echo "at 10,000 lines is printed instead."
echo
"$build/tests/bench/twostep_import_bench" "$@"
