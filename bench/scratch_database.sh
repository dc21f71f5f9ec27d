#!/usr/bin/env bash
# Shared by the benchmarks: a scratch directory removed on exit, and `database` for $engine
# (sqlite: a file in it; postgresql: a throwaway cluster on loopback, stopped on exit). The caller
# sets `engine` and may set `server_pid` for the cleanup to stop its server.
work="$(mktemp -d /tmp/cg-bench-XXXXXX)"
chmod 755 "$work"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  if [ "$engine" = postgresql ]; then bash "$CG_ROOT/scripts/postgres-throwaway.sh" stop "$work/pg" || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

case "$engine" in
  sqlite) database="sqlite://$work/bench.db" ;;
  postgresql)
    mkdir -p "$work/pg"
    database="$(bash "$CG_ROOT/scripts/postgres-throwaway.sh" start "$work/pg")" ;;
  *) echo "engine must be sqlite or postgresql" >&2; exit 2 ;;
esac
