#!/usr/bin/env bash
# Crash test: the robot runs a shop while presso-server is killed with SIGKILL at random
# moments and restarted on the same data dir. Afterwards the robot's own checks must
# hold (every acknowledged order ended once, in the state the server holds; numbers
# unique; every client saw every event it may see, by resume or snapshot), and the
# database must be intact with a gap-free event log and no number used twice a day.
# Usage: tools/chaos/run-chaos.sh BUILD_DIR [KILLS] [SECONDS]
set -euo pipefail
build_dir=$(cd "${1:-build}" && pwd)
kills="${2:-5}"
seconds="${3:-40}"
server="$build_dir/server/presso-server"
robot="$build_dir/tools/robot/presso-robot"
source "$(dirname "$0")/../scripts/common.sh"
work=$(mktemp -d)
data="$work/data"
trap 'kill -9 $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

port=$(free_port)
token=$("$server" --data-dir "$data" device add --role admin --name chaos 2>/dev/null)

serve() {
    "$server" --data-dir "$data" serve --listen "127.0.0.1:$port" --max-request-rate 100000 \
        >>"$work/server.out" 2>>"$work/server.log" &
    server_pid=$!
    wait_listening "$port" "$work/server.log"
}

serve
"$robot" --server "ws://127.0.0.1:$port" --token "$token" --kiosks 4 --baristas 2 --displays 2 \
    --duration "$seconds" --rate 40 --cancel-share 0.1 --raise-limits --drain-seconds 60 \
    --json "$work/robot.json" >"$work/robot.out" 2>"$work/robot.log" &
robot_pid=$!

interval=$(python3 -c "print($seconds / ($kills + 1))")
for i in $(seq "$kills"); do
    random_pause "$interval"
    kill -9 "$server_pid"
    wait "$server_pid" 2>/dev/null || true
    echo "kill $i: SIGKILL at $(date -u +%T.%N | cut -c1-12), restarting"
    serve
done

status=0
wait "$robot_pid" || status=$?
cat "$work/robot.out"
kill -TERM "$server_pid"; wait "$server_pid" 2>/dev/null || true

python3 - "$data/presso.db" <<'PY' || status=1
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
problems = []
if db.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
    problems.append("integrity_check failed")
lo, hi, n = db.execute("SELECT MIN(seq), MAX(seq), COUNT(*) FROM events").fetchone()
if n and hi - lo + 1 != n:
    problems.append(f"the event log has gaps: {n} events between {lo} and {hi}")
dup = db.execute("SELECT day, number, COUNT(*) FROM orders WHERE number IS NOT NULL GROUP BY day, number HAVING COUNT(*) > 1").fetchall()
if dup:
    problems.append(f"numbers used twice: {dup[:5]}")
late = db.execute("SELECT COUNT(*) FROM orders WHERE finished_at IS NULL AND deadline < (strftime('%s','now') * 1000 - 5000)").fetchone()[0]
if late:
    problems.append(f"{late} open orders are past their deadline")
orders = db.execute("SELECT COUNT(*) FROM orders").fetchone()[0]
print(f"database: {orders} orders, {n} events, seq {lo}..{hi}")
for p in problems:
    print("PROBLEM:", p)
sys.exit(1 if problems else 0)
PY
if [ "$status" -eq 0 ]; then
    echo "chaos: $kills kills survived, every check held"
else
    echo "chaos: FAILED (robot log in $work/robot.log)" >&2
    cat "$work/robot.log" | tail -20 >&2
fi
exit "$status"
