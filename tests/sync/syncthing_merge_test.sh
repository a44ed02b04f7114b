#!/usr/bin/env bash
# End to end with two real Syncthing instances on 127.0.0.1 (discovery, relays and NAT off), one
# folder shared: the vault changed on both sides while they are apart, reconnected, Syncthing makes
# its conflict copy, and every account of both sides is there after `twostep-cli merge`, then (a
# second time apart) after Merge on the real window's bar. Then an older copy synced over the newer
# vault: the rollback is reported with its newer copy, still after a save, which merges back with
# the CLI; a second rollback merges back through the window's bar.
# Usage: syncthing_merge_test.sh TWOSTEP_CLI TWOSTEP_SYNCTHING_GUI_TESTS
set -euo pipefail
cli=$1
gui=$2
skip() { echo "TWOSTEP-SKIPPED: $*"; exit 0; }
fail() {
    echo "FAILED: $*" >&2
    ls -la "$work"/folder* >&2 || true
    tail -n 15 "$work"/st*.log >&2 || true
    ls -la "$work"/folder1/backups >&2 || true
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

disconnected() { ! connected; }
# Apart: computer 1 pauses computer 2; each adds an account; then they reconnect.
apart_then_back() { # apart_then_back ISSUER_ON_1 SECRET ISSUER_ON_2 SECRET
    api 1 POST "/rest/system/pause?device=$id2" >/dev/null
    wait_for 30 "the devices to disconnect" disconnected
    add 1 "$2" "$1"
    add 2 "$4" "$3"
    sleep 2 # both rescans see their change
    api 1 POST "/rest/system/resume?device=$id2" >/dev/null
    wait_for 60 "the devices to reconnect" connected
}
conflict_copy() { ls "$work/folder1"/vault.sync-conflict-*.twostep 2>/dev/null | head -1; }
has_conflict_copy() { [ -n "$(conflict_copy)" ]; }
has_all() { # has_all WHEN COMPUTER ISSUERS...
    local when=$1 c=$2 list; shift 2
    list=$(echo pw | tw "$c" list --password-stdin 2>/dev/null)
    for issuer in "$@"; do
        grep -q "^$issuer " <<<"$list" || fail "computer $c: $issuer is missing $when: $list"
    done
}
# The real window (offscreen) on computer 1: its bar offers FILE and Merge is clicked.
gui_merge() { # gui_merge TAG FILE ISSUERS...
    local tag=$1 file=$2 out; shift 2
    local issuers; issuers=$(IFS=,; echo "$*")
    out=$(HOME="$work/user1" XDG_DATA_HOME="$work/user1/data" XDG_CONFIG_HOME="$work/user1/config" \
        TWOSTEP_SYNC_VAULT="$work/folder1/vault.twostep" TWOSTEP_SYNC_STATE="$work/user1/state" \
        TWOSTEP_SYNC_COPY="$file" TWOSTEP_SYNC_ISSUERS="$issuers" "$gui" "$tag" 2>&1) ||
        fail "the window's bar did not merge $file: ${out//TWOSTEP-SKIPPED/skipped}"
    ! grep -q TWOSTEP-SKIPPED <<<"$out" || fail "the window's test was skipped: ${out//TWOSTEP-SKIPPED/skipped}"
}

apart_then_back Desktop GEZDGNBVGY3TQOJQ Laptop MFRGGZDFMZTWQ2LK
wait_for 90 "Syncthing's conflict copy on computer 1" has_conflict_copy
copy=$(conflict_copy)
echo "conflict copy: $copy"
tw_status 1 | grep -qF "conflict copy: $copy" || fail "status does not list $copy"
echo pw | tw 1 merge "$copy" --password-stdin
has_all "after the merge" 1 Both Desktop Laptop
[ ! -e "$copy" ] || fail "the merged conflict copy is still there"
wait_for 60 "the merged vault to reach computer 2" same_files
has_all "after the merge" 2 Laptop
echo "merge (CLI): every account of both sides is on both computers"

apart_then_back Desktop2 IRSXG23UN5YDEIJB Laptop2 JRQXA5DPOAZCCIJB
wait_for 90 "Syncthing's second conflict copy on computer 1" has_conflict_copy
copy=$(conflict_copy)
echo "conflict copy: $copy"
gui_merge "[conflict]" "$copy" Both Desktop Laptop Desktop2 Laptop2
has_all "after Merge on the window's bar" 1 Both Desktop Laptop Desktop2 Laptop2
wait_for 60 "the vault the window merged to reach computer 2" same_files
has_all "after Merge on the window's bar" 2 Desktop2 Laptop2
echo "merge (window's bar): every account of both sides is on both computers"

# Rollback: computer 2 puts back its oldest backup; it syncs over the newer vault on computer 1.
roll_back() {
    newer_generation=$(tw_status 1 | sed -n 's/^generation: //p')
    older=$(ls "$work/folder2/backups"/vault.twostep.0* | sort | head -1)
    cp "$older" "$work/folder2/.old" && mv "$work/folder2/.old" "$work/folder2/vault.twostep"
    wait_for 60 "the older copy to reach computer 1" same_files
    status=$(tw_status 1)
    grep -q "highest generation seen: $newer_generation (the file went back)" <<<"$status" ||
        fail "the rollback is not reported: $status"
    newer=$(sed -n 's/^newer copy: //p' <<<"$status" | tail -1)
    [ -n "$newer" ] || fail "no newer copy named: $status"
}
roll_back
# One save on top of the older file must not hide the newer copy, nor advise copying it over.
warned=$(echo pw | tw 1 add --password-stdin --secret IFTHIZLSKJXWY3BB --issuer AfterRollback --name alice 2>&1)
grep -qF "run 'twostep-cli merge $newer'" <<<"$warned" || fail "no advice to merge $newer: $warned"
! grep -q "copy it over" <<<"$warned" || fail "advice to copy over the vault: $warned"
tw_status 1 | grep -qxF "newer copy: $newer" || fail "a save hid the newer copy: $(tw_status 1)"
echo pw | tw 1 merge "$newer" --password-stdin
has_all "after merging the newer copy back" 1 Both Desktop Laptop Desktop2 Laptop2 AfterRollback
! tw_status 1 | grep -q "^newer copy: " || fail "the merged newer copy is still offered: $(tw_status 1)"
echo "rollback (CLI): reported after a save, and its newer copy merged back"

wait_for 60 "the merged vault to reach computer 2" same_files
roll_back
gui_merge "[rollback]" "$newer" Both Desktop Laptop Desktop2 Laptop2 AfterRollback
has_all "after Merge on the window's bar" 1 Both Desktop Laptop Desktop2 Laptop2 AfterRollback
echo "rollback (window's bar): its newer copy offered and merged back"
