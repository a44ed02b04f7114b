#!/usr/bin/env bash
# End to end with two real Syncthing instances on 127.0.0.1 (discovery, relays and NAT off), one
# folder shared: the vault changed on both sides while they are apart, reconnected, Syncthing makes
# its conflict copy, `twostep-cli merge` merges it and every account of both sides is there. Then an
# older copy synced over the newer vault: the rollback is reported with its newer copy, which merges back.
# Usage: syncthing_merge_test.sh TWOSTEP_CLI
set -euo pipefail
cli=$1
skip() { echo "TWOSTEP-SKIPPED: $*"; exit 0; }
fail() {
    echo "FAILED: $*" >&2
    ls -la "$work"/folder* >&2 || true
    tail -n 15 "$work"/st*.log >&2 || true
    grep -h '<folder' "$work"/st*/config.xml >&2 || true
    cmp "$work/folder1/vault.twostep" "$work/folder2/vault.twostep" >&2 || true
    api 1 GET "/rest/db/status?folder=twostep" >&2 || true
    exit 1
}
command -v syncthing >/dev/null || skip "syncthing is not installed (scripts/install-deps.sh)"
command -v curl >/dev/null || skip "curl is not installed"

work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
for i in 1 2; do
    syncthing generate --home="$work/st$i" --no-default-folder --skip-port-probing >/dev/null 2>&1 ||
        skip "syncthing generate failed"
    mkdir -p "$work/folder$i" "$work/user$i"
    eval "id$i=\$(syncthing --home=\"\$work/st$i\" --device-id)"
    eval "port$i=\$(free_port) gui$i=\$(free_port)"
done

# config.xml: loopback only, each other's device and address, one shared folder rescanned fast.
configure() {
    python3 - "$@" <<'PY'
import sys, xml.etree.ElementTree as ET
path, folder, port, gui, my_id, other_id, other_port, key = sys.argv[1:]
tree = ET.parse(path); root = tree.getroot()
opts = root.find("options")
def setopt(name, value):
    for e in opts.findall(name): opts.remove(e)
    ET.SubElement(opts, name).text = value
setopt("listenAddress", f"tcp://127.0.0.1:{port}")
for name, value in (("globalAnnounceEnabled", "false"), ("localAnnounceEnabled", "false"), ("relaysEnabled", "false"),
                    ("natEnabled", "false"), ("startBrowser", "false"), ("urAccepted", "-1"),
                    ("crashReportingEnabled", "false"), ("autoUpgradeIntervalH", "0"), ("reconnectionIntervalS", "1")):
    setopt(name, value)
g = root.find("gui"); g.find("address").text = f"127.0.0.1:{gui}"; g.find("apikey").text = key
other = ET.SubElement(root, "device", id=other_id, name="other", compression="metadata", introducer="false")
ET.SubElement(other, "address").text = f"tcp://127.0.0.1:{other_port}"
f = ET.SubElement(root, "folder", id="twostep", label="twostep", path=folder, type="sendreceive",
                  rescanIntervalS="1", fsWatcherEnabled="true", fsWatcherDelayS="1")
for device in (my_id, other_id): ET.SubElement(f, "device", id=device)
ET.SubElement(f, "maxConflicts").text = "10"  # absent means 0: no conflict copy kept
tree.write(path)
PY
}
configure "$work/st1/config.xml" "$work/folder1" "$port1" "$gui1" "$id1" "$id2" "$port2" key1
configure "$work/st2/config.xml" "$work/folder2" "$port2" "$gui2" "$id2" "$id1" "$port1" key2
for i in 1 2; do
    STNOUPGRADE=1 syncthing serve --home="$work/st$i" --no-browser --no-restart \
        --logfile="$work/st$i.log" >/dev/null 2>&1 &
    pids+=($!)
done

api() { # api INSTANCE METHOD PATH
    local gui key
    gui=$([ "$1" = 1 ] && echo "$gui1" || echo "$gui2"); key=key$1
    curl -sf -X "$2" -H "X-API-Key: $key" "http://127.0.0.1:$gui$3"
}
wait_for() { # wait_for SECONDS DESCRIPTION COMMAND...
    local until=$((SECONDS + $1)) what=$2; shift 2
    until "$@"; do
        [ $SECONDS -lt $until ] || fail "timed out waiting for $what"
        sleep 0.5
    done
}
connected() { api 1 GET /rest/system/connections | python3 -c \
    "import json,sys; sys.exit(0 if json.load(sys.stdin)['connections']['$id2']['connected'] else 1)"; }
for i in 1 2; do wait_for 30 "syncthing $i to start" api "$i" GET /rest/system/ping >/dev/null ||
    skip "syncthing cannot start here"; done
wait_for 60 "the two instances to connect" connected

# Each computer has its own Twostep state (generation record) and vault path in its own folder.
tw() { # tw COMPUTER ARGS... (password on stdin)
    local c=$1; shift
    XDG_STATE_HOME="$work/user$c/state" XDG_DATA_HOME="$work/user$c/data" HOME="$work/user$c" \
        "$cli" "$@" --vault "$work/folder$c/vault.twostep"
}
tw_status() { local c=$1; XDG_STATE_HOME="$work/user$c/state" HOME="$work/user$c" \
    "$cli" status --vault "$work/folder$c/vault.twostep"; }
add() { echo pw | tw "$1" add --password-stdin --secret "$2" --issuer "$3" --name alice >/dev/null; }
same_files() { cmp -s "$work/folder1/vault.twostep" "$work/folder2/vault.twostep"; }

printf 'pw\npw\n' | tw 1 init --password-stdin --kdf-memory 8192 --kdf-iterations 1 --kdf-parallelism 1 >/dev/null
add 1 JBSWY3DPEHPK3PXP Both
wait_for 60 "the vault to reach computer 2" same_files
echo pw | tw 2 list --password-stdin >/dev/null # computer 2 records the generation it saw

# Apart: computer 1 pauses computer 2; each adds an account.
api 1 POST "/rest/system/pause?device=$id2" >/dev/null
disconnected() { ! connected; }
wait_for 30 "the devices to disconnect" disconnected
add 1 GEZDGNBVGY3TQOJQ Desktop
add 2 MFRGGZDFMZTWQ2LK Laptop
sleep 2 # both rescans see their change
api 1 POST "/rest/system/resume?device=$id2" >/dev/null
wait_for 60 "the devices to reconnect" connected
conflict_copy() { ls "$work/folder1"/vault.sync-conflict-*.twostep 2>/dev/null | head -1; }
has_conflict_copy() { [ -n "$(conflict_copy)" ]; }
wait_for 90 "Syncthing's conflict copy on computer 1" has_conflict_copy
copy=$(conflict_copy)
echo "conflict copy: $copy"
tw_status 1 | grep -qF "conflict copy: $copy" || fail "status does not list $copy"
echo pw | tw 1 merge "$copy" --password-stdin
list=$(echo pw | tw 1 list --password-stdin)
for issuer in Both Desktop Laptop; do
    grep -q "^$issuer " <<<"$list" || fail "$issuer is missing after the merge: $list"
done
[ ! -e "$copy" ] || fail "the merged conflict copy is still there"
wait_for 60 "the merged vault to reach computer 2" same_files
echo pw | tw 2 list --password-stdin | grep -q '^Laptop ' || fail "computer 2 lost Laptop"
echo "merge: every account of both sides is on both computers"

# Rollback: computer 2 puts back an older copy; it syncs over the newer vault on computer 1.
newer_generation=$(tw_status 1 | sed -n 's/^generation: //p')
older=$(ls "$work/folder2/backups"/vault.twostep.* | sort | head -1)
cp "$older" "$work/folder2/.old" && mv "$work/folder2/.old" "$work/folder2/vault.twostep"
wait_for 60 "the older copy to reach computer 1" same_files
status=$(tw_status 1)
grep -q "highest generation seen: $newer_generation (the file went back)" <<<"$status" ||
    fail "the rollback is not reported: $status"
newer=$(sed -n 's/^newer copy: //p' <<<"$status")
[ -n "$newer" ] || fail "no newer copy named: $status"
echo pw | tw 1 merge "$newer" --password-stdin
list=$(echo pw | tw 1 list --password-stdin 2>/dev/null)
for issuer in Both Desktop Laptop; do
    grep -q "^$issuer " <<<"$list" || fail "$issuer is missing after merging the newer copy back: $list"
done
echo "rollback: reported, and its newer copy merged back"
