#!/usr/bin/env bash
# KeePassXC for comparison: a small database (3 entries, KeePassXC's default KDF), then
# `keepassxc DB` under Xvfb: time until its unlock window is mapped, and resident memory with the
# unlock window shown. Usage: keepassxc_start.sh WORK_DIR
set -euo pipefail
work=$1
db="$work/small.kdbx"
printf 'benchmark password\nbenchmark password\n' | keepassxc-cli db-create -p "$db" >/dev/null 2>&1
for i in 1 2 3; do
    printf 'benchmark password\n' | keepassxc-cli add -q "$db" "entry$i" -u "user$i" >/dev/null 2>&1 || true
done
cat > "$work/kpx.sh" <<'INNER'
#!/usr/bin/env bash
db=$1
export HOME=$(mktemp -d) QT_QPA_PLATFORM=xcb
start=$(date +%s%N)
keepassxc "$db" >/dev/null 2>&1 &
pid=$!
while ! xwininfo -root -tree 2>/dev/null | grep -qi 'keepassxc'; do sleep 0.005; done
mapped=$(date +%s%N)
sleep 1
rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
kill $pid; wait $pid 2>/dev/null || true
printf 'KeePassXC  start -> window mapped %4.0f ms  RSS %5.1f MiB (unlock screen)\n' \
    "$(echo "($mapped - $start) / 1000000" | bc -l)" "$(echo "$rss / 1024" | bc -l)"
INNER
chmod +x "$work/kpx.sh"
for _ in 1 2 3; do xvfb-run -a -s "-screen 0 1920x1200x24" "$work/kpx.sh" "$db"; done | sort -k7 -n | sed -n 2p
