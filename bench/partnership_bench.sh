#!/usr/bin/env bash
# Balance analysis and the member list of one large partnership, on a release build: the demo data
# plus a generated members-only partnership (2,000 active members after 10 years of joining,
# leaving and changing). For each endpoint it prints wrk's req/s, p50 and p99 at BENCH_CONNECTIONS,
# and the server's own time (duration_ms in the access log: from the request read to the response
# ready) both at 1 connection, where it is the work itself, and under load, where it also holds the
# wait for a database worker.
#   bash bench/partnership_bench.sh [sqlite|postgresql]    (default sqlite; postgresql starts a throwaway cluster)
# Environment: BENCH_DURATION (default 10s, in seconds; 1-connection passes take half), BENCH_CONNECTIONS (32),
# BENCH_THREADS (2), BENCH_MEMBERS (2000), BENCH_YEARS (10), BENCH_BUILD_DIR (build-release).
# Targets (issue): balance now and at a past date in < 5 ms of server time; a page of 1,000 members
# with p99 < 20 ms under 32 connections. Numbers depend on the machine; compare within one run.
source "$(dirname "$0")/../scripts/lib.sh"

engine="${1:-sqlite}"
duration="${BENCH_DURATION:-10s}"
connections="${BENCH_CONNECTIONS:-32}"
wrk_threads="${BENCH_THREADS:-2}"
members="${BENCH_MEMBERS:-2000}"
years="${BENCH_YEARS:-10}"
build_dir="${BENCH_BUILD_DIR:-build-release}"

# Only wrk, curl and python3 are needed beyond the build, so this does not run scripts/setup.sh
# (which also rebuilds the web app, irrelevant to an API benchmark).
for tool in wrk curl; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: run scripts/setup.sh" >&2; exit 1; }
done
cg_build "$build_dir" -DCMAKE_BUILD_TYPE=Release -DCG_BUILD_TESTS=OFF
binary="$CG_ROOT/$build_dir/src/commonground"

source "$CG_ROOT/bench/scratch_database.sh"

now_ms() { date +%s%3N; }

started="$(now_ms)"
"$binary" demo --database "$database" --bench-partnership-members "$members" --bench-partnership-years "$years" \
  >"$work/demo.out" 2>&1 || { cat "$work/demo.out" >&2; exit 1; }
demo_ms=$(( $(now_ms) - started ))
partnership="$(grep -o 'Benchmark Partnership: id [0-9]*' "$work/demo.out" | awk '{print $4}')"
memberships="$(grep -o 'created with [0-9]* memberships\.' "$work/demo.out" | tail -1 | awk '{print $3}')"

source "$CG_ROOT/bench/api_token.sh"
cg_start_server "$binary" "$work/server.err" --database "$database" --access-log "$work/access.log"
url="$server_url"
token="$(bench_api_token "$url" "$work/demo.out")"
auth_header="Authorization: Bearer $token"
base="/api/v1/partnerships/$partnership"

active="$(curl -fsS -H "$auth_header" "$url$base/members?status=active&limit=1000" |
  /usr/bin/python3 -c 'import json, sys; print(len(json.load(sys.stdin)["items"]))')"
if [ "$active" -lt 1000 ]; then
  echo "the benchmark partnership has only $active active members; the member list needs 1,000" >&2
  exit 1
fi

source "$CG_ROOT/bench/endpoint_timing.sh"

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
past="$(date -u -d "5 years ago" +%F)"
first="$(date -u -d "$years years ago" +%F)"
echo "Measuring (each endpoint: $serial_duration at 1 connection, then $duration at $connections) ..." >&2
bench "GET balance" "$base/balance" "server 5"
bench "GET balance?at=<5 years ago>" "$base/balance?at=$past" "server 5"
bench "GET balance/trend (120 points, $years y)" "$base/balance/trend?from=$first&points=120" "-"
bench "GET members?limit=1000" "$base/members?limit=1000" "p99 20"
bench "GET members?status=active&limit=1000" "$base/members?status=active&limit=1000" "p99 20"

echo
echo "CommonGround partnership benchmark: engine=$engine, $(nproc) cores, load average $load_before before and" \
  "$(cut -d' ' -f1-3 /proc/loadavg) after; wrk $wrk_threads threads"
echo "Partnership $partnership: $members active members, $memberships memberships over $years years;" \
  "demo load incl. migrations took ${demo_ms} ms"
print_endpoint_table
