#!/usr/bin/env bash
# P2's load (make bench's P2 and P2 raised: the robot at a fixed rate with read-only
# screens) against each of several presso-server binaries in turn, back to back and
# alternating, so that a change is compared with its base under the same load on a
# shared machine. Prints, per run, the event latency to baristas, displays and kiosks
# and the redeem round trip, p50 / p99 / max.
# Usage: tools/bench/run-p2.sh BUILD SERVER... (P2_ROUNDS=N, default 2; P2_RAISED=0
# leaves out the raised run; P2_JOURNEYS and P2_RAISED_JOURNEYS, default 4000 and 3000)
set -euo pipefail
build_dir=$(cd "$1" && pwd)
shift
robot="$build_dir/tools/robot/presso-robot"
screens_bin="$build_dir/tools/bench/presso-screens"
rounds="${P2_ROUNDS:-2}"
work=$(mktemp -d)
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
# shellcheck source=serve.sh
source "$(dirname "$0")/serve.sh"

run() { # server label rate screens journeys kiosks baristas
    local server=$1 label=$2 rate=$3 screens=$4 journeys=$5 kiosks=$6 baristas=$7
    local data="$work/$label" json="$work/$label.json" url server_pid
    rm -rf "$data"; mkdir -p "$data"
    local token display
    token=$("$server" --data-dir "$data" device add --role admin --name bench 2>/dev/null)
    display=$("$server" --data-dir "$data" device add --role display --name screens 2>/dev/null)
    serve "$server" "$data"
    "$screens_bin" --port "${url##*:}" --token "$display" --screens $((screens - 2)) --seconds 600 >"$work/screens.out" &
    local screens_pid=$!
    until grep -q connected "$work/screens.out" 2>/dev/null; do sleep 0.05; done
    local load
    load=$(cut -d' ' -f1 /proc/loadavg)
    "$robot" --server "$url" --token "$token" --kiosks "$kiosks" --baristas "$baristas" --displays 2 \
        --journeys "$journeys" --rate "$rate" --cancel-share 0 --raise-limits --json "$json" >/dev/null 2>&1 || true
    kill $screens_pid; wait $screens_pid 2>/dev/null || true
    kill $server_pid; wait $server_pid 2>/dev/null || true
    python3 - "$json" "$label $(basename "$server")" "$load" <<'PY'
import json, sys
r, label, load = json.load(open(sys.argv[1])), sys.argv[2], sys.argv[3]
lat = r["latencyMs"]
parts = []
for name, short in (("event to barista", "barista"), ("event to display", "display"),
                    ("event to kiosk", "kiosk"), ("op qr.redeem", "redeem")):
    s = lat.get(name, {})
    parts.append(f"{short} {s.get('p50', 0):.1f}/{s.get('p99', 0):.1f}/{s.get('max', 0):.0f}")
print(f"{label:36} {r['journeysPerSecond']:5.0f} j/s  " + "  ".join(parts) + f"  ms p50/p99/max  load {load}  ok {r['ok']}")
PY
}

for _ in $(seq "$rounds"); do
    for server in "$@"; do run "$server" P2 200 50 "${P2_JOURNEYS:-4000}" 10 2; done
    if [ "${P2_RAISED:-1}" = 1 ]; then
        for server in "$@"; do run "$server" P2raised 1000 200 "${P2_RAISED_JOURNEYS:-3000}" 20 4; done
    fi
done
