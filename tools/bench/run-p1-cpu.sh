#!/usr/bin/env bash
# P1's load (make bench's robot command, durable commits) against each of several
# presso-server binaries in turn, back to back and alternating, so that a change is
# compared with its base under the same load on a shared machine. Prints, per run,
# journeys a second and the CPU time the server and the robot spent per journey
# (utime + stime from /proc), with the load average at the start.
# Usage: tools/bench/run-p1-cpu.sh ROBOT SERVER... (P1_JOURNEYS=N, default 3000;
# P1_ROUNDS=N, default 2; P1_ROBOT_ARGS more robot options, e.g. "--max-in-flight 200" as P8's journeys curve; PERF=1 records the server with perf into the working directory, PERF_ARGS its options)
set -euo pipefail
robot=$1
shift
journeys="${P1_JOURNEYS:-3000}"
rounds="${P1_ROUNDS:-2}"
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
hz=$(getconf CLK_TCK)
# shellcheck source=serve.sh
source "$(dirname "$0")/serve.sh"

ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

run() { # server binary
    local server=$1 data="$work/data"
    rm -rf "$data"; mkdir -p "$data"
    local token
    token=$("$server" --data-dir "$data" device add --role admin --name bench 2>/dev/null)
    local server_pid url
    serve "$server" "$data"
    local pid=$server_pid
    local perf_pid=""
    if [ "${PERF:-0}" = 1 ]; then
        perf record ${PERF_ARGS:--g} -p "$pid" -o "perf-$(basename "$server").data" >/dev/null 2>&1 &
        perf_pid=$!
    fi
    local load before
    load=$(cut -d' ' -f1 /proc/loadavg)
    before=$(ticks "$pid")
    "$robot" --server "$url" --token "$token" --kiosks 20 --baristas 4 --displays 0 \
        --journeys "$journeys" --rate 100000 --cancel-share 0 --raise-limits ${P1_ROBOT_ARGS:-} \
        --json "$work/p1.json" >/dev/null 2>"$work/robot.log" &
    local robot_pid=$! robot_ticks=0
    while kill -0 "$robot_pid" 2>/dev/null; do
        robot_ticks=$(ticks "$robot_pid" 2>/dev/null || echo "$robot_ticks")
        sleep 0.2
    done
    wait "$robot_pid" || true
    local after
    after=$(ticks "$pid")
    [ -n "$perf_pid" ] && { kill -INT "$perf_pid"; wait "$perf_pid" || true; }
    kill "$pid"; wait "$pid" 2>/dev/null || true
    python3 - "$work/p1.json" "$(basename "$server")" "$((after - before))" "$robot_ticks" "$hz" "$load" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
name, server, robot, hz, load = sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), sys.argv[6]
n = max(1, r["ordersStarted"])
print(f"{name:28} {r['journeysPerSecond']:6.0f} journeys/s  server CPU {1000 * server / hz / n:5.3f} ms/journey  "
      f"robot CPU {1000 * robot / hz / n:5.3f} ms/journey  load {load}  checks ok: {r['ok']}")
PY
}

for _ in $(seq "$rounds"); do
    for server in "$@"; do run "$server"; done
done
