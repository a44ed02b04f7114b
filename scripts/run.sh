#!/usr/bin/env bash
# Installs the dependencies, builds Twostep and starts the desktop app; arguments pass through.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default --target twostep twostep-cli
exec build/app/gui/twostep "$@"
