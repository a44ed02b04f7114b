#!/usr/bin/env bash
# Installs the dependencies, builds Twostep and runs every test with ctest.
# Extra arguments go to ctest (e.g. -R otp).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset default
cmake --build --preset default
status=0
ctest --preset default -j 2 --timeout 900 "$@" || status=$?
# ctest names the skipped tests; this says why (the TWOSTEP-SKIPPED line each printed).
awk '/^[0-9]+\/[0-9]+ Testing: / { sub(/^[0-9]+\/[0-9]+ Testing: /, ""); name = $0 }
     /TWOSTEP-SKIPPED: / { sub(/^ *TWOSTEP-SKIPPED: /, ""); printf "skipped: %s: %s\n", name, $0 }' \
    build/Testing/Temporary/LastTest.log 2>/dev/null || true
exit "$status"
