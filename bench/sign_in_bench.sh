#!/usr/bin/env bash
# Sign-in throughput (bounded by argon2id, ~100 ms of CPU and 64 MiB per check) and proof that
# sign-ins do not block other traffic: p99 of GET /healthz when idle versus while 20 clients sign
# in continuously, in one run. Release build, SQLite, loopback.
#   bash bench/sign_in_bench.sh      (BENCH_DURATION, default 15s)
# Numbers depend on the machine; compare within one run.
source "$(dirname "$0")/../scripts/lib.sh"

duration="${BENCH_DURATION:-15s}"
bash "$CG_ROOT/scripts/setup.sh"
cg_build build-release -DCMAKE_BUILD_TYPE=Release -DCG_BUILD_TESTS=OFF
binary="$CG_ROOT/build-release/src/commonground"

work="$(mktemp -d /tmp/cg-bench-XXXXXX)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

database="sqlite://$work/bench.db"
printf 'benchmark passphrase here\n' |
  "$binary" user add --database "$database" --email bench@riverton.example --name "Bench" >/dev/null 2>&1
cg_start_server "$binary" "$work/server.err" --database "$database" --access-log off \
  --sign-in-attempts-per-address 1000000
url="$server_url"

field() { grep -o "$1=[0-9.]*" | cut -d= -f2; }
healthz() { wrk -t1 -c8 -d"$duration" --latency -s "$CG_ROOT/bench/latency.lua" "$url/healthz"; }

echo "CommonGround sign-in benchmark: $(nproc) cores, $duration per phase, password threads 2 (default)"
idle="$(healthz)"
echo "GET /healthz, idle:                   $(awk '/^Requests\/sec:/ {print $2}' <<<"$idle") req/s, p50 $(field p50_ms <<<"$idle") ms, p99 $(field p99_ms <<<"$idle") ms"

wrk -t1 -c20 -d"$duration" --timeout 30s --latency -s "$CG_ROOT/bench/sign_in.lua" "$url/api/v1/auth/sign-in" >"$work/sign_in.out" &
sign_in_pid=$!
sleep 1
busy="$(healthz)"
wait "$sign_in_pid"
sign_in="$(cat "$work/sign_in.out")"
echo "GET /healthz, 20 clients signing in:  $(awk '/^Requests\/sec:/ {print $2}' <<<"$busy") req/s, p50 $(field p50_ms <<<"$busy") ms, p99 $(field p99_ms <<<"$busy") ms"
echo "POST /api/v1/auth/sign-in (20 clients): $(awk '/^Requests\/sec:/ {print $2}' <<<"$sign_in") sign-ins/s, p50 $(field p50_ms <<<"$sign_in") ms, p99 $(field p99_ms <<<"$sign_in") ms$(awk '/Non-2xx/ {print ", " $5 " non-2xx"}' <<<"$sign_in")"
echo "resident memory after the run: $(( $(awk '/VmRSS/ {print $2}' "/proc/$server_pid/status") / 1024 )) MiB"
