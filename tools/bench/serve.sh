# Sourced by the benchmark scripts.
# serve SERVER DATA-DIR: starts SERVER serving DATA-DIR on a free port, with the request
# rate raised for load tests (the per-connection limit is for people, not for the
# robot); sets server_pid and url once it listens, or exits if it does not start within
# 10 s. It looks every 5 ms, so that the time to this call's return is a start-up time.
serve() {
    local server=$1 data=$2
    "$server" --data-dir "$data" serve --listen 127.0.0.1:0 --max-request-rate 100000 >"$data.out" 2>"$data.log" &
    server_pid=$!
    url=""
    for _ in $(seq 2000); do
        url=$(sed -n 's/^listening on //p' "$data.out")
        [ -n "$url" ] && return 0
        kill -0 "$server_pid" 2>/dev/null || break
        sleep 0.005
    done
    echo "server did not start" >&2; cat "$data.log" >&2; exit 1
}
