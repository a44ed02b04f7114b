#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Twostep developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs the keyring test binary (arguments: the binary, then Catch2 options) against a real
# gnome-keyring-daemon in a private D-Bus session: never the user's own keyring or bus.
# Works as root on a fresh Debian 12 machine with no desktop session (CI).
set -euo pipefail

binary=${1:?usage: keyring_test.sh TEST_BINARY [CATCH OPTIONS...]}
shift
for tool in dbus-run-session dbus-send gnome-keyring-daemon secret-tool; do
    command -v "$tool" >/dev/null || { echo "keyring_test.sh: $tool is missing (run scripts/install-deps.sh)" >&2; exit 1; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/twostep-keyring.XXXXXX")
trap 'rm -rf "$work"' EXIT
# gnome-keyring keeps its files under HOME/XDG_DATA_HOME and its sockets under XDG_RUNTIME_DIR,
# which must be private (0700); a CI shell has neither.
export HOME="$work/home" XDG_RUNTIME_DIR="$work/run" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
export XDG_CACHE_HOME="$work/cache"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
chmod 700 "$XDG_RUNTIME_DIR"
# A desktop variable left over from the caller would make QtKeychain pick KWallet.
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL SSH_AUTH_SOCK XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION
export TWOSTEP_KEYRING_TEST_SESSION=1

status=0
dbus-run-session -- bash -c '
    set -euo pipefail
    binary=$1
    shift
    # Creates the "login" keyring with this password, unlocked, and forks into the background.
    eval "$(printf "twostep-test-keyring" | gnome-keyring-daemon --unlock --components=secrets)"
    owner() {
        dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null |
            awk "/uint32/ { print \$2 }"
    }
    pid=""
    for _ in $(seq 100); do
        pid=$(owner) && [ -n "$pid" ] && break
        sleep 0.1
    done
    [ -n "$pid" ] || { echo "keyring_test.sh: gnome-keyring-daemon did not take org.freedesktop.secrets" >&2; exit 1; }
    status=0
    "$binary" "$@" || status=$?
    # The daemon outlives the bus otherwise, holding ctest'"'"'s output pipes open.
    kill "$pid" 2>/dev/null || true
    exit "$status"
' keyring-session "$binary" "$@" || status=$?

# No keyring at all: a bus address that leads nowhere.
if [ $# -eq 0 ]; then
    DBUS_SESSION_BUS_ADDRESS="unix:path=$work/no-bus" "$binary" "[.nokeyring]" || status=$?
fi
exit "${status:-0}"
