#!/usr/bin/env bash
# Installs the dependencies, builds Twostep and runs every test with ctest.
# Extra arguments go to ctest (e.g. -R otp).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset default
cmake --build --preset default
ctest --preset default -j 2 --timeout 900 "$@"
