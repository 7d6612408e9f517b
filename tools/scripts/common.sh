# Shell helpers the crash tests, the PostgreSQL cluster and the benchmarks share. Source it:
#   free_port                 prints a free TCP port on loopback
#   wait_listening PORT LOG   returns once the port accepts; after 10 s prints LOG and exits 1
#   random_pause SECONDS      sleeps between half and one and a half times SECONDS

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

wait_listening() {
    for _ in $(seq 200); do
        (echo >"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
        sleep 0.05
    done
    echo "the server on port $1 did not come up" >&2
    cat "$2" >&2
    exit 1
}

random_pause() { sleep "$(python3 -c "import random; print(round($1 * random.uniform(0.5, 1.5), 2))")"; }
