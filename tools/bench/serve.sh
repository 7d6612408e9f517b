# Sourced by the benchmark scripts that compare several server binaries.
# serve SERVER DATA-DIR: starts SERVER serving DATA-DIR on a free port, with the request
# rate raised for load tests; sets server_pid and url, or exits if it does not start.
serve() {
    local server=$1 data=$2
    "$server" --data-dir "$data" serve --listen 127.0.0.1:0 --max-request-rate 100000 >"$data.out" 2>"$data.log" &
    server_pid=$!
    url=""
    for _ in $(seq 200); do
        url=$(sed -n 's/^listening on //p' "$data.out")
        [ -n "$url" ] && return 0
        sleep 0.05
    done
    echo "server did not start" >&2; cat "$data.log" >&2; exit 1
}
