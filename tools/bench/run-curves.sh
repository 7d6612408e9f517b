#!/usr/bin/env bash
# P8 and P7 curves for make bench: fan-out at 10 … 10,000 subscribers (P7 is its 10,000
# point: the server's RSS and one shop-wide event to all), on the epoll dispatcher and on
# Qt's poll one; start-up and RSS at 10k, 100k and 1M events, after a clean stop and after
# SIGKILL; full journeys a second and the server's CPU per journey at 1k, 10k and 100k
# journeys. Each point is a JSON file in BUILD/bench/, and plot-curves.py draws the PNGs.
# P8_SUBSCRIBERS="100 1000", P8_EVENTS="", P8_JOURNEYS="1000" or P8_DISPATCHERS="epoll"
# pick the points (empty: none); P8_EVENTS="10000000" adds the 10M point (a 6 GB store, about an hour to fill).
set -euo pipefail
build_dir=$(cd "${1:-build}" && pwd)
out="$build_dir/bench"
server="$build_dir/server/presso-server"
work=$(mktemp -d)
mkdir -p "$out"
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

# shellcheck source=serve.sh
source "$(dirname "$0")/serve.sh"
listen() { # data-dir -> sets url, pid; the dispatcher comes from PRESSO_EVENT_DISPATCHER
    serve "$server" "$1"
    pid=$server_pid
}
rss_mb() { awk '/VmRSS/ {printf "%.1f", $2/1024}' "/proc/$1/status"; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# Flat out but steady: at most 200 journeys under way, so that the server holds a
# bounded backlog whatever the length of the run (open loop, 100k journeys would all
# wait in its queues at once).
echo "-- P8: full journeys a second and server CPU per journey, by journeys run"
for journeys in ${P8_JOURNEYS-1000 10000 100000}; do
    data="$work/journeys-$journeys"; mkdir -p "$data"
    admin=$("$server" --data-dir "$data" device add --role admin --name bench 2>/dev/null)
    listen "$data"
    before=$(cpu_ticks $pid)
    json="$out/journeys-$journeys.json"
    "$build_dir/tools/robot/presso-robot" --server "$url" --token "$admin" --kiosks 20 --baristas 4 \
        --displays 0 --journeys "$journeys" --rate 100000 --max-in-flight 200 --cancel-share 0 --raise-limits \
        --json "$json" >/dev/null 2>&1 || true
    python3 - "$json" "$(( $(cpu_ticks $pid) - before ))" "$(getconf CLK_TCK)" "$(rss_mb $pid)" "$journeys" <<'PY'
import json, sys
path, ticks, hz, rss, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5])
try:
    r = json.load(open(path))
except (OSError, ValueError):
    print(f"P8 {n:6} journeys: not measured (the robot wrote no report)")
    sys.exit(0)
r.update({"journeys": n, "serverCpuMsPerJourney": 1000 * ticks / hz / n, "serverRssMb": rss})
json.dump(r, open(path, "w"))
print(f"P8 {n:6} journeys: {r['journeysPerSecond']:.0f}/s, server CPU {r['serverCpuMsPerJourney']:.2f} ms a journey, "
      f"server RSS {rss} MB, checks ok: {r['ok']}")
PY
    kill $pid; wait $pid 2>/dev/null || true
done

echo "-- P8: one event to N subscribers, presso alone, epoll and poll dispatchers"
for dispatcher in ${P8_DISPATCHERS-epoll qt}; do
    for n in ${P8_SUBSCRIBERS-10 100 1000 10000}; do
        data="$work/fanout-$dispatcher-$n"; mkdir -p "$data"
        admin=$("$server" --data-dir "$data" device add --role admin --name bench 2>/dev/null)
        display=$("$server" --data-dir "$data" device add --role display --name fanout 2>/dev/null)
        PRESSO_EVENT_DISPATCHER=$dispatcher listen "$data"
        json="$out/fanout-$dispatcher-$n.json"
        if ! "$build_dir/tools/bench/presso-fanoutbench" --presso-port "${url##*:}" --admin-token "$admin" \
            --display-token "$display" --mqtt-port 0 --subscribers "$n" --rounds "${P8_ROUNDS:-100}" \
            --json "$json" 2>&1 | sed "s/^P3/P8 $dispatcher/"; then
            echo "P8 $dispatcher $n subscribers: not measured (see the line above)"
            rm -f "$json"; kill $pid; wait $pid 2>/dev/null || true
            continue
        fi
        python3 - "$json" "$(rss_mb $pid)" "$dispatcher" <<'PY'
import json, sys
r = json.load(open(sys.argv[1])); r["serverRssMb"] = float(sys.argv[2]); r["dispatcher"] = sys.argv[3]
json.dump(r, open(sys.argv[1], "w"))
print(f"P8 {sys.argv[3]:5} {r['subscribers']:6} subscribers: server RSS {r['serverRssMb']} MB")
PY
        kill $pid; wait $pid 2>/dev/null || true
    done
done

echo "-- P8: start-up and RSS by events stored (orders = events / 10)"
for events in ${P8_EVENTS-10000 100000 1000000}; do
    data="$work/store-$events"
    "$build_dir/tools/bench/presso-fillstore" "$data" $((events / 10)) "$events" >/dev/null 2>&1
    # Three clean starts (the third is then killed), and one start after that SIGKILL.
    clean=() rss=0
    for run in 1 2 3 4; do
        t0=$(date +%s%N); listen "$data"; t1=$(date +%s%N)
        ms=$(( (t1 - t0) / 1000000 )); rss=$(rss_mb $pid)
        if [ $run -eq 3 ]; then kill -KILL $pid; else kill $pid; fi
        wait $pid 2>/dev/null || true
        if [ $run -lt 4 ]; then clean+=("$ms"); fi
    done
    size=$(du -m "$data/presso.db" | cut -f1)
    python3 - "$out/startup-$events.json" "$events" "$size" "$ms" "$rss" "${clean[@]}" <<'PY'
import json, sys
path, events, size, after, rss = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5])
clean = min(int(ms) for ms in sys.argv[6:])
r = {"events": events, "orders": events // 10, "fileMb": size, "cleanStartMs": clean,
     "afterKillStartMs": after, "serverRssMb": rss}
json.dump(r, open(path, "w"))
print(f"P8 {events:8} events ({size} MB): start {clean} ms clean (best of 3), {after} ms after SIGKILL; RSS {rss} MB")
PY
done
python3 "$(dirname "$0")/plot-curves.py" "$out"
