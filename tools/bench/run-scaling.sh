#!/usr/bin/env bash
# The scaling figures of docs/scaling.md: the same full-journey load (P1's robot, durable
# commits) on one server over SQLite, one server over PostgreSQL, and two servers over
# one PostgreSQL database with the devices spread across both. Prints journeys a second,
# latencies, and the CPU each server process and PostgreSQL spent per journey.
# Usage: tools/bench/run-scaling.sh BUILD_DIR   (SCALING_JOURNEYS=N, default 6000;
# SCALING_RATE=N journeys a second, default as fast as the robot can)
set -euo pipefail
build_dir=$(cd "${1:-build}" && pwd)
server="$build_dir/server/presso-server"
robot="$build_dir/tools/robot/presso-robot"
journeys="${SCALING_JOURNEYS:-6000}"
source "$(dirname "$0")/../pg/cluster.sh"
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; pg_cluster_stop; rm -rf "$work"' EXIT
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
pg_cluster_start "$work"

serve() { # name, store args... -> appends the URL to urls and the pid to server_pids
    local name=$1
    shift
    "$server" --data-dir "$work/$name" "$@" serve --listen 127.0.0.1:0 --max-request-rate 100000 \
        >"$work/$name.out" 2>"$work/$name.log" &
    server_pids+=($!)
    for _ in $(seq 200); do
        local url
        url=$(sed -n 's/^listening on //p' "$work/$name.out")
        if [ -n "$url" ]; then urls+=("$url"); return 0; fi
        sleep 0.05
    done
    echo "server $name did not start" >&2; cat "$work/$name.log" >&2; exit 1
}
cpu_ticks() { # pids... -> user+system clock ticks of all
    local total=0
    # A process may end between the listing and the reading (a backend, pgrep itself).
    for p in "$@"; do total=$((total + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0))); done
    echo "$total"
}
postgres_ticks() {
    local pids
    pids=$(pgrep -u "$( [ "$(id -u)" -eq 0 ] && echo nobody || id -un)" -f "postgres" | tr '\n' ' ')
    # shellcheck disable=SC2086
    cpu_ticks $pids
}

run() { # label, store args for each server... (one server per "--" group)
    local label=$1
    shift
    mkdir -p "$work/$label"
    urls=()
    server_pids=()
    local token
    token=$("$server" --data-dir "$work/$label/0" $1 device add --role admin --name bench 2>/dev/null)
    local i=0
    for store in "$@"; do
        # shellcheck disable=SC2086
        serve "$label/$i" $store
        i=$((i + 1))
    done
    local list
    list=$(IFS=,; echo "${urls[*]}")
    local before pg_before
    before=$(cpu_ticks "${server_pids[@]}")
    pg_before=$(postgres_ticks)
    "$robot" --server "$list" --spread --token "$token" --kiosks 20 --baristas 4 --displays 2 \
        --journeys "$journeys" --rate "${SCALING_RATE:-100000}" --cancel-share 0 --raise-limits \
        --json "$work/$label.json" >/dev/null 2>"$work/$label.robot.log" || true
    local after pg_after
    after=$(cpu_ticks "${server_pids[@]}")
    pg_after=$(postgres_ticks)
    kill "${server_pids[@]}"
    wait "${server_pids[@]}" 2>/dev/null || true
    python3 - "$work/$label.json" "$label" "$((after - before))" "$((pg_after - pg_before))" "$(getconf CLK_TCK)" "${#urls[@]}" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
label, server_ticks, pg_ticks, hz, servers = sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), sys.argv[6]
n = max(1, r["ordersStarted"])
lat = r["latencyMs"]
def p(name, q):
    return lat.get(name, {}).get(q, 0)
print(f"{label:24} servers {servers}  {r['journeysPerSecond']:7.0f} journeys/s  "
      f"redeem p50 {p('op qr.redeem', 'p50'):6.2f} p99 {p('op qr.redeem', 'p99'):7.2f} ms  "
      f"event to barista p99 {p('event to barista', 'p99'):7.2f} ms  "
      f"server CPU {1000 * server_ticks / hz / n:5.2f} ms/journey  "
      + (f"PostgreSQL CPU {1000 * pg_ticks / hz / n:5.2f} ms/journey  " if label.startswith("postgresql") else "")
      + f"checks ok: {r['ok']}")
PY
}

echo "== presso scaling on $(nproc) cores, $(date -u +%Y-%m-%d), $journeys journeys each"
run sqlite-1 ""
pg1=$(pg_database one)
run postgresql-1 "--database $pg1"
pg2=$(pg_database two)
run postgresql-2 "--database $pg2" "--database $pg2"
