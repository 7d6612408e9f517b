#!/usr/bin/env bash
# Crash test of several servers on one PostgreSQL database: two presso-servers share it
# while two robots run a shop each through them (every client knows both addresses and
# moves on when the one it uses stops answering). The servers are killed with SIGKILL in turn
# at random moments and restarted, and once every database connection is cut
# (pg_terminate_backend). Afterwards the robot's own checks must hold (every
# acknowledged order ended once, in the state the database holds; every client saw
# every event it may see) and the database must hold a gap-free event log, no number
# used twice a day and no open order past its deadline.
# Usage: tools/chaos/run-chaos-pg.sh BUILD_DIR [KILLS] [SECONDS]
set -euo pipefail
build_dir=$(cd "${1:-build}" && pwd)
kills="${2:-4}"
seconds="${3:-40}"
server="$build_dir/server/presso-server"
robot="$build_dir/tools/robot/presso-robot"
source "$(dirname "$0")/../pg/cluster.sh"
work=$(mktemp -d)
pids=()
cleanup() {
    kill -9 "${pids[@]}" 2>/dev/null || true
    pg_cluster_stop
    [ -n "${CHAOS_KEEP:-}" ] && echo "kept $work" || rm -rf "$work"
}
trap cleanup EXIT

pg_cluster_start "$work"
database=$(pg_database presso)

"$server" --database "$database" shop add north --name "North Bar" >/dev/null 2>&1
shops=(main north)
ports=("$(free_port)" "$(free_port)")
server_pids=(0 0)

serve() { # index
    local i=$1
    "$server" --data-dir "$work/data$i" --database "$database" serve --listen "127.0.0.1:${ports[$i]}" \
        --max-request-rate 100000 >>"$work/server$i.out" 2>>"$work/server$i.log" &
    server_pids[$i]=$!
    pids+=($!)
    wait_listening "${ports[$i]}" "$work/server$i.log"
}

serve 0
serve 1
robot_pids=()
for shop in "${shops[@]}"; do
    token=$("$server" --database "$database" device add --role admin --name "chaos-$shop" --shop "$shop" 2>/dev/null)
    "$robot" --server "ws://127.0.0.1:${ports[0]},ws://127.0.0.1:${ports[1]}" --spread --token "$token" \
        --kiosks 4 --baristas 2 --displays 2 --duration "$seconds" --rate 20 --cancel-share 0.1 \
        --raise-limits --drain-seconds 60 --json "$work/robot-$shop.json" >"$work/robot-$shop.out" 2>"$work/robot-$shop.log" &
    robot_pids+=($!)
    pids+=($!)
done

steps=$((kills + 1))
interval=$(python3 -c "print($seconds / ($steps + 1))")
pause() { random_pause "$interval"; }
for i in $(seq "$kills"); do
    pause
    victim=$(((i - 1) % 2))
    kill -9 "${server_pids[$victim]}"
    wait "${server_pids[$victim]}" 2>/dev/null || true
    echo "kill $i: SIGKILL of server $victim at $(date -u +%T.%N | cut -c1-12), restarting"
    serve "$victim"
done
pause
cut=$(pg_sql postgres "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = 'presso'")
echo "cut: $cut database connections terminated at $(date -u +%T.%N | cut -c1-12)"

status=0
for i in "${!shops[@]}"; do
    wait "${robot_pids[$i]}" || status=$?
    echo "shop ${shops[$i]}:"
    cat "$work/robot-${shops[$i]}.out"
done
for i in 0 1; do
    if ! kill -TERM "${server_pids[$i]}" 2>/dev/null; then
        echo "PROBLEM: server $i stopped by itself"
        tail -5 "$work/server$i.log"
        status=1
    fi
    wait "${server_pids[$i]}" 2>/dev/null || true
done

check() { # label, query that counts problems
    local n
    n=$(pg_sql presso "$2")
    if [ "$n" != "0" ]; then
        echo "PROBLEM: $1 ($n)"
        status=1
    fi
}
check "the event log has gaps" "SELECT COALESCE(MAX(seq) - MIN(seq) + 1 - COUNT(*), 0) FROM events"
check "numbers used twice in a shop" "SELECT COUNT(*) FROM (SELECT 1 FROM orders WHERE number IS NOT NULL GROUP BY shop_id, day, number HAVING COUNT(*) > 1) d"
check "open orders past their deadline" \
    "SELECT COUNT(*) FROM orders WHERE finished_at IS NULL AND deadline < (extract(epoch FROM now()) * 1000 - 5000)"
echo "database: $(pg_sql presso "SELECT COUNT(*) FROM orders") orders, $(pg_sql presso "SELECT COUNT(*) FROM events") events"
if [ "$status" -eq 0 ]; then
    echo "chaos on PostgreSQL: $kills server kills and a connection cut survived, every check held"
else
    echo "chaos on PostgreSQL: FAILED" >&2
    for shop in "${shops[@]}"; do tail -20 "$work/robot-$shop.log" >&2; done
    for i in 0 1; do tail -5 "$work/server$i.log" >&2; done
fi
exit "$status"
