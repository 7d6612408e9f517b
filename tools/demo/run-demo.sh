#!/usr/bin/env bash
# make demo: the whole shop on this machine. Starts presso-server on a fresh data dir,
# provisions one device per app, then starts every app that is built and the robot
# placing a gentle stream of orders. With no display it runs under Xvfb.
# DEMO_SECONDS=N stops everything after N seconds and leaves build/demo/<app>.png,
# and build/demo/phone.png from a headless browser ordering on the phone page.
set -euo pipefail

build_dir=$(cd "${1:-build}" && pwd)
demo_dir="$build_dir/demo"
seconds="${DEMO_SECONDS:-0}"

if [ -z "${DISPLAY:-}" ] && [ -z "${PRESSO_DEMO_IN_XVFB:-}" ]; then
    echo "No display: running the demo under Xvfb (1920x1080)."
    export PRESSO_DEMO_IN_XVFB=1
    exec xvfb-run -a -s "-screen 0 1920x1080x24" "$0" "$@"
fi

server="$build_dir/server/presso-server"
data="$demo_dir/data"
rm -rf "$data" "$demo_dir"/*.png "$demo_dir/logs"
mkdir -p "$data" "$demo_dir/logs"
# The apps remember their server and token in QSettings: keep the demo's apart.
export XDG_CONFIG_HOME="$demo_dir/config"
unset QT_QPA_PLATFORM

pids=()
cleanup() {
    # Apps first (each saves its screenshot as it quits), the server last.
    for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    if [ -n "${server_pid:-}" ]; then
        kill -TERM "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
}
trap cleanup EXIT
trap 'exit 0' INT TERM

token() { "$server" --data-dir "$data" device add --role "$1" --name "$2"; }
admin_token=$(token admin demo-admin)
# A demo shop: short code interval so rotation is visible, room for a steady stream.
"$server" --data-dir "$data" settings set drinksPerCode 50 >/dev/null
"$server" --data-dir "$data" settings set maxOrdersInQueue 30 >/dev/null

"$server" --data-dir "$data" serve --listen 127.0.0.1:0 >"$demo_dir/logs/server.out" 2>"$demo_dir/logs/server.log" &
server_pid=$!
for _ in $(seq 100); do
    url=$(sed -n 's/^listening on //p' "$demo_dir/logs/server.out")
    [ -n "$url" ] && break
    sleep 0.1
done
if [ -z "${url:-}" ]; then
    echo "presso-server did not start:" >&2
    cat "$demo_dir/logs/server.log" >&2
    exit 1
fi
echo "presso-server listening on $url (data in $data)"

window_option=()
[ -z "${PRESSO_DEMO_IN_XVFB:-}" ] && window_option=(--windowed)

start_app() { # binary role device-name [extra options...]
    local binary="$build_dir/$1"
    [ -x "$binary" ] || return 0
    local name
    name=$(basename "$binary")
    local tok
    tok=$(token "$2" "$3")
    shift 3
    "$binary" --server "$url" --token "$tok" "${window_option[@]}" "$@" \
        --screenshot-on-exit "$demo_dir/$name.png" >"$demo_dir/logs/$name.log" 2>&1 &
    pids+=($!)
    echo "started $name"
}

# The barista first: the shop takes orders only while a barista is connected.
start_app barista-app/presso-barista barista demo-barista
start_app display-app/presso-display display demo-display
# No camera here: the kiosk films the display's live code through a display token.
start_app order-app/presso-order kiosk demo-kiosk --demo-display-token "$(token display demo-kiosk-camera)"

robot="$build_dir/tools/robot/presso-robot"
if [ -x "$robot" ]; then
    # A gentle stream: a customer every few seconds, a barista taking 12 s a drink.
    "$robot" --server "$url" --token "$admin_token" --kiosks 2 --baristas 1 --displays 0 \
        --rate 0.25 --prep-seconds 12 --cancel-share 0.05 --duration "$seconds" \
        >"$demo_dir/logs/robot.log" 2>&1 &
    pids+=($!)
    echo "started presso-robot"
fi

# A customer with a phone: headless Chromium orders from the phone page, early in the
# robot's stream so a barista makes it soon (phone.png, phone-ready.png).
repo=$(cd "$(dirname "$0")/../.." && pwd)
if command -v node >/dev/null && [ -x /usr/bin/chromium ] && "$repo/tests/web/npm-ci.sh"; then
    node "$repo/tools/demo/phone.mjs" "$url" "$(token display demo-phone-camera)" "$demo_dir" \
        >"$demo_dir/logs/phone.log" 2>&1 &
    pids+=($!)
    echo "started a phone (headless Chromium)"
fi

if [ "$seconds" -gt 0 ]; then
    echo "Running for $seconds seconds."
    sleep "$seconds"
else
    echo "The shop is open. Press Ctrl-C to stop."
    wait "$server_pid"
fi
cleanup
trap - EXIT
shots=$(ls "$demo_dir"/*.png 2>/dev/null || true)
echo "Stopped. Screenshots: ${shots:-none (no app is built yet)}"
