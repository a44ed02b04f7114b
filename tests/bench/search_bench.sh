#!/usr/bin/env bash
# Desktop search over D-Bus with 1,000 accounts (goal: under 50 ms from query to results): a
# search provider serving an unlocked list on a private session bus, called by another process
# as GNOME Shell and KRunner call it, with the bus's own GetId round trip as the floor; then whole
# `gdbus call` processes, the provider's query next to gdbus's GetId (the peer) in the same run.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${BUILD_DIR:-build}
cmake --build "$build" --target twostep_search_bench >/dev/null
bench="$PWD/$build/tests/bench/twostep_search_bench"
work=$(mktemp -d)
bus_pid=
serve_pid=
cleanup() {
    [ -n "$serve_pid" ] && kill "$serve_pid" 2>/dev/null
    [ -n "$bus_pid" ] && kill "$bus_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

dbus-daemon --session --nofork --print-address=3 3>"$work/address" 2>/dev/null &
bus_pid=$!
for _ in $(seq 50); do [ -s "$work/address" ] && break; sleep 0.1; done
export DBUS_SESSION_BUS_ADDRESS=$(head -1 "$work/address")
mkfifo "$work/ready"
"$bench" serve >"$work/ready" 2>/dev/null &
serve_pid=$!
read -r ready <"$work/ready"
[ "$ready" = ready ] || { echo "the search provider did not start"; exit 1; }

"$bench" query 201 2>/dev/null

# measure NAME RUNS COMMAND: the median wall time (ms) of COMMAND, a whole process.
measure() {
    local name=$1 runs=$2 start end
    shift 2
    for _ in $(seq "$runs"); do
        start=$(date +%s%N)
        "$@" >/dev/null
        end=$(date +%s%N)
        echo $(( (end - start) / 1000 ))
    done | sort -n | awk -v name="$name" '{ t[NR] = $1 } END { printf "%-58s %8.1f ms\n", name, t[int((NR + 1) / 2)] / 1000 }'
}
echo
echo "== whole gdbus call processes, median of 21 =="
measure "gdbus call GetInitialResultSet ['service','99']" 21 gdbus call --session \
    --dest io.github.twostep.Twostep.SearchProvider --object-path /io/github/twostep/Twostep/SearchProvider \
    --method org.gnome.Shell.SearchProvider2.GetInitialResultSet "['service', '99']"
measure "gdbus call org.freedesktop.DBus.GetId (peer)" 21 gdbus call --session \
    --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus --method org.freedesktop.DBus.GetId
