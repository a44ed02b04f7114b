#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Twostep developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs a test binary (arguments: the binary, then its options) as a client of a real GNOME
# compositor: mutter --headless on a private session bus, with its own runtime folder and a
# virtual keyboard from mutter's RemoteDesktop interface (a headless seat has no keyboard, and
# without one no client gets focus or the clipboard). Never the user's bus or display.
# When mutter cannot start here, it prints the TWOSTEP-SKIPPED marker and exits 77 (ctest: skipped).
set -euo pipefail

binary=${1:?usage: mutter_session.sh TEST_BINARY [OPTIONS...]}
shift
here=$(cd "$(dirname "$0")" && pwd)
skip() {
    echo "TWOSTEP-SKIPPED: $*"
    exit 77
}
for tool in mutter dbus-daemon wl-paste wl-copy /usr/bin/python3; do
    command -v "$tool" >/dev/null || skip "$tool is missing (scripts/install-deps.sh installs it)"
done

work=$(mktemp -d "${TMPDIR:-/tmp}/twostep-mutter.XXXXXX")
pids=()
cleanup() {
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

export HOME="$work/home" XDG_RUNTIME_DIR="$work/run" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
export XDG_CACHE_HOME="$work/cache" XDG_STATE_HOME="$work/state"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME"
chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS XDG_ACTIVATION_TOKEN DESKTOP_STARTUP_ID

bus="$XDG_RUNTIME_DIR/bus"
dbus-daemon --session --nofork --nopidfile --address="unix:path=$bus" >"$work/dbus.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do [ -S "$bus" ] && break; sleep 0.05; done
[ -S "$bus" ] || skip "the private dbus-daemon did not start: $(tail -3 "$work/dbus.log")"
export DBUS_SESSION_BUS_ADDRESS="unix:path=$bus"

display=twostep-wayland
mutter --headless --wayland --no-x11 --virtual-monitor 1280x800 --wayland-display "$display" \
    >"$work/mutter.log" 2>&1 &
mutter_pid=$!
pids+=("$mutter_pid")
for _ in $(seq 200); do
    [ -S "$XDG_RUNTIME_DIR/$display" ] && break
    kill -0 "$mutter_pid" 2>/dev/null || break
    sleep 0.05
done
[ -S "$XDG_RUNTIME_DIR/$display" ] || skip "mutter --headless did not start: $(tail -3 "$work/mutter.log" | tr '\n' ' ')"
export WAYLAND_DISPLAY="$display"

# The keyboard lives as long as this RemoteDesktop session, i.e. this helper process.
/usr/bin/python3 "$here/virtual_keyboard.py" >"$work/keyboard.out" 2>"$work/keyboard.log" &
pids+=($!)
# `kill -USR1` presses a key on it (WaylandTestSupport's pressKey).
export TWOSTEP_VIRTUAL_KEYBOARD_PID=$!
for _ in $(seq 200); do grep -q ready "$work/keyboard.out" 2>/dev/null && break; sleep 0.05; done
grep -q ready "$work/keyboard.out" || skip "mutter's RemoteDesktop gave no virtual keyboard: $(tail -3 "$work/keyboard.log")"

echo "mutter_session.sh: $(mutter --version | head -1) on $WAYLAND_DISPLAY"
export QT_QPA_PLATFORM=wayland XDG_SESSION_TYPE=wayland XDG_CURRENT_DESKTOP=GNOME
status=0
"$binary" "$@" || status=$?
if [ "$status" -ne 0 ]; then
    echo "--- mutter's log:" && tail -20 "$work/mutter.log"
fi
exit "$status"
