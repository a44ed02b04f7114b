#!/usr/bin/env bash
# Merging two copies of a vault that changed apart, 10,000 accounts each (N=... to change): the
# merge itself (no key derivation), then `twostep-cli merge` whole (wall time and peak memory,
# the cheapest KDF), and the peer: `keepassxc-cli merge` of two KeePassXC databases of as many
# entries with the same shape of changes (its KDF set to ~100 ms per open).
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${BUILD_DIR:-build}
n=${N:-10000}
cmake --build "$build" --target twostep_merge_bench twostep-cli >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_STATE_HOME="$work/state" XDG_DATA_HOME="$work/data"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
"$build/tests/bench/twostep_merge_bench" make "$work" "$n" >/dev/null
"$build/tests/bench/twostep_merge_bench" time "$work"
cp "$work/a.twostep" "$work/a2.twostep"
/usr/bin/time -f "twostep-cli merge --dry-run: %e s wall, peak %M KiB" \
    "$build/app/cli/twostep-cli" merge "$work/b.twostep" --dry-run --vault "$work/a.twostep" --password-stdin \
    <<<"benchmark password" >/dev/null 2>"$work/err" || true
tail -1 "$work/err"
/usr/bin/time -f "twostep-cli merge (written, 2 backups): %e s wall, peak %M KiB" \
    "$build/app/cli/twostep-cli" merge "$work/b.twostep" --vault "$work/a2.twostep" --password-stdin \
    <<<"benchmark password" >/dev/null 2>"$work/err" || true
tail -1 "$work/err"
/usr/bin/time -f "twostep-cli merge of the same copy again (nothing to merge, nothing written): %e s wall, peak %M KiB" \
    "$build/app/cli/twostep-cli" merge "$work/b.twostep" --vault "$work/a2.twostep" --password-stdin \
    <<<"benchmark password" >/dev/null 2>"$work/err" || true
grep -q "nothing to merge" "$work/err" || echo "(the second merge did not say nothing to merge)"
tail -1 "$work/err"

if ! command -v keepassxc-cli >/dev/null; then
    echo "peer: none (keepassxc-cli is not installed)"
    exit 0
fi
# KeePass 2 XML: 80 % shared entries, a fifth of them modified later on each side, the rest new.
python3 - "$work" "$n" <<'PY'
import base64, sys, uuid
work, n = sys.argv[1], int(sys.argv[2])
shared = n * 4 // 5
ids = [base64.b64encode(uuid.UUID(int=i + 1).bytes).decode() for i in range(3 * n)]
def entry(i, modified, title):
    t = f"<Times><CreationTime>2026-11-01T00:00:00Z</CreationTime><LastModificationTime>{modified}</LastModificationTime>" \
        f"<LastAccessTime>{modified}</LastAccessTime><LocationChanged>2026-11-01T00:00:00Z</LocationChanged></Times>"
    return (f"<Entry><UUID>{ids[i]}</UUID>{t}<String><Key>Title</Key><Value>{title}</Value></String>"
            f"<String><Key>UserName</Key><Value>user-{i}@example.com</Value></String>"
            f"<String><Key>otp</Key><Value>otpauth://totp/Issuer%20{i}:user?secret=JBSWY3DPEHPK3PXP</Value></String></Entry>")
for side, offset, first in (("a", 1, n), ("b", 3, 2 * n)):
    entries = [entry(i, "2026-11-30T10:00:00Z" if i % 5 == offset else "2026-11-01T00:00:00Z",
                     f"Issuer {i}" + (" (renamed)" if i % 5 == offset else "")) for i in range(shared)]
    entries += [entry(i, "2026-11-30T10:00:00Z", f"Issuer {i}") for i in range(first, first + n - shared)]
    root = base64.b64encode(uuid.UUID(int=0).bytes).decode()
    with open(f"{work}/{side}.xml", "w") as f:
        f.write('<?xml version="1.0" encoding="utf-8" standalone="yes"?><KeePassFile><Meta><Generator>bench</Generator>'
                f'</Meta><Root><Group><UUID>{root}</UUID><Name>Root</Name>{"".join(entries)}</Group></Root></KeePassFile>')
PY
for side in a b; do
    printf 'benchmark password\nbenchmark password\n' |
        keepassxc-cli import -q -p -t 100 "$work/$side.xml" "$work/$side.kdbx" >/dev/null 2>&1
done
/usr/bin/time -f "peer keepassxc-cli merge (KDF ~100 ms x3 included): %e s wall, peak %M KiB" \
    keepassxc-cli merge -q -s "$work/a.kdbx" "$work/b.kdbx" <<<"benchmark password" >/dev/null 2>"$work/err" || true
tail -1 "$work/err"
