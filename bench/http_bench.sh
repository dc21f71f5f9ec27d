#!/usr/bin/env bash
# Loads a release build of `commonground serve` with wrk and prints, for each endpoint,
# requests/s, p50/p99 latency and throughput relative to GET /healthz in the same run; then idle
# resident memory and how long `serve` takes to be ready on an already-migrated database.
# API requests carry a read-write API token of the demo admin (as an integration would).
#   bash bench/http_bench.sh [sqlite|postgresql]    (default sqlite; postgresql starts a throwaway cluster)
# Environment: BENCH_DURATION (default 10s), BENCH_CONNECTIONS (64), BENCH_THREADS (2).
# Numbers depend on the machine; run on an otherwise idle machine and compare within one run.
source "$(dirname "$0")/../scripts/lib.sh"

engine="${1:-sqlite}"
duration="${BENCH_DURATION:-10s}"
connections="${BENCH_CONNECTIONS:-64}"
wrk_threads="${BENCH_THREADS:-2}"

bash "$CG_ROOT/scripts/setup.sh"
cg_build build-release -DCMAKE_BUILD_TYPE=Release -DCG_BUILD_TESTS=OFF
binary="$CG_ROOT/build-release/src/commonground"

source "$CG_ROOT/bench/scratch_database.sh"

"$binary" demo --database "$database" >"$work/demo.out" 2>&1
source "$CG_ROOT/bench/api_token.sh"

now_ms() { date +%s%3N; }

# Starts the server; sets server_pid, url and ready_ms (process start to its "listening" line).
start_server() {
  local started; started="$(now_ms)"
  cg_start_server "$binary" "$work/server.err" --database "$database" --access-log "$work/access.log"
  ready_ms=$(( $(now_ms) - started ))
  url="$server_url"
}

start_server
idle_rss_kb="$(awk '/VmRSS/ {print $2}' "/proc/$server_pid/status")"
token="$(bench_api_token "$url" "$work/demo.out")"
auth_header="Authorization: Bearer $token"
org_id="$(curl -fsS -H "$auth_header" "$url/api/v1/organizations?limit=1" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)"

# run_wrk NAME PATH [SCRIPT] -> prints one row and sets last_rps
run_wrk() {
  local name="$1" path="$2" script="${3:-$CG_ROOT/bench/latency.lua}" out rps p50 p99 non2xx
  out="$(wrk -t"$wrk_threads" -c"$connections" -d"$duration" --latency -H "$auth_header" -s "$script" "$url$path")"
  rps="$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")"
  p50="$(grep -o 'p50_ms=[0-9.]*' <<<"$out" | cut -d= -f2)"
  p99="$(grep -o 'p99_ms=[0-9.]*' <<<"$out" | cut -d= -f2)"
  non2xx="$(awk '/Non-2xx/ {print $5}' <<<"$out")"
  last_rps="$rps"
  printf '%-34s %10s %9s %9s %8s %s\n' "$name" "$rps" "$p50" "$p99" \
    "$(awk -v a="$rps" -v b="${baseline_rps:-$rps}" 'BEGIN {printf "%.0f%%", 100 * a / b}')" \
    "${non2xx:+($non2xx non-2xx responses)}"
}

echo "CommonGround HTTP benchmark: engine=$engine, $connections connections, $wrk_threads wrk threads, $duration each, $(nproc) cores"
printf '%-34s %10s %9s %9s %8s\n' "endpoint" "req/s" "p50 ms" "p99 ms" "vs /healthz"
run_wrk "GET /healthz (baseline)" "/healthz"
baseline_rps="$last_rps"
run_wrk "GET /api/v1/organizations/{id}" "/api/v1/organizations/$org_id"
run_wrk "GET /api/v1/organizations (list)" "/api/v1/organizations"
run_wrk "POST /api/v1/organizations" "/api/v1/organizations" "$CG_ROOT/bench/post_organization.lua"

sleep 1
loaded_rss_kb="$(awk '/VmRSS/ {print $2}' "/proc/$server_pid/status")"
kill -TERM "$server_pid"; wait "$server_pid" || true; server_pid=""
start_server
echo
echo "idle resident memory: $((idle_rss_kb / 1024)) MiB ($idle_rss_kb KiB VmRSS right after start)"
echo "resident memory after the load above: $((loaded_rss_kb / 1024)) MiB"
echo "serve ready on an already-migrated database: ${ready_ms} ms (process start to 'listening')"
