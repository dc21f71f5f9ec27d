#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL cluster on loopback for the test suite.
#   scripts/postgres-throwaway.sh start DIR   -> prints the admin URL (postgresql://postgres@127.0.0.1:PORT/postgres)
#   scripts/postgres-throwaway.sh stop DIR
# initdb refuses to run as root, so as root the server tools run as the postgres user.
source "$(dirname "$0")/lib.sh"

PGBIN="${CG_TEST_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"
action="${1:?start or stop}"
dir="${2:?folder for the cluster}"
data="$dir/data"

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

port_is_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

case "$action" in
  start)
    mkdir -p "$data"
    chmod 755 "$dir"
    if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$data"; fi
    as_postgres "$PGBIN/initdb" -D "$data" -U postgres -A trust -E UTF8 --no-sync >"$dir/initdb.log" 2>&1
    port=54329
    while ! port_is_free "$port"; do port=$((port + 1)); done
    as_postgres "$PGBIN/pg_ctl" -D "$data" -l "$data/server.log" -w -t 30 \
      -o "-p $port -c listen_addresses=127.0.0.1 -k $data -c fsync=off -c max_connections=300" start >/dev/null
    echo "postgresql://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    if [ -f "$data/postmaster.pid" ]; then
      as_postgres "$PGBIN/pg_ctl" -D "$data" -m fast -w stop >/dev/null || true
    fi
    ;;
  *)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
