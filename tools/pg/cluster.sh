# A throwaway PostgreSQL 15 cluster on loopback for presso's scripts (chaos, benchmarks),
# in a directory of the caller's. Source it, then:
#   pg_cluster_start DIR   initdb and start; sets pg_port and exports PGPASSWORD
#   pg_database NAME       creates a database and prints its URI
#   pg_sql DB SQL          runs SQL, prints the rows unaligned
#   pg_cluster_stop        stops it at once
# PostgreSQL refuses to run as root: as root the cluster belongs to nobody.
#   free_port              prints a free TCP port on loopback (tools/scripts/common.sh)
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/common.sh"
pg_bin=/usr/lib/postgresql/15/bin

pg_as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        setpriv --reuid=nobody --regid=nogroup --clear-groups "$@"
    else
        "$@"
    fi
}

pg_cluster_start() {
    pg_dir="$1/pg"
    pg_port=$(free_port)
    mkdir -p "$pg_dir"
    chmod 755 "$1"
    echo presso >"$pg_dir/password"
    [ "$(id -u)" -ne 0 ] || chown -R nobody:nogroup "$pg_dir"
    (cd "$pg_dir" && pg_as_owner "$pg_bin/initdb" -D "$pg_dir/data" -U presso --pwfile="$pg_dir/password" \
        --auth-local=trust --auth-host=scram-sha-256 --locale=C -E UTF8 >/dev/null)
    pg_as_owner "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
        -o "-c listen_addresses=127.0.0.1 -c port=$pg_port -c unix_socket_directories=$pg_dir" start >/dev/null
    export PGPASSWORD=presso
}

pg_sql() {
    psql -h 127.0.0.1 -p "$pg_port" -U presso -d "$1" -v ON_ERROR_STOP=1 -Atq -c "$2"
}

pg_database() {
    pg_sql postgres "CREATE DATABASE $1" >/dev/null
    echo "postgresql://presso@127.0.0.1:$pg_port/$1"
}

pg_cluster_stop() {
    [ -n "${pg_dir:-}" ] || return 0
    pg_as_owner "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
}
