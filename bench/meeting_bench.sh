#!/usr/bin/env bash
# Meetings at size, on a release build: the benchmark partnership (BENCH_MEMBERS members, 300) with
# BENCH_MEETING_YEARS years (2) of weekly meetings and attendance for everyone seated. Prints, for
# the meeting list with its statistics (the default range and two whole years), one meeting's
# detail and the engagement report: wrk's req/s, p50 and p99 and the server's own time; then the
# commitment measures timed on their own (bench/commitment_bench).
#   bash bench/meeting_bench.sh [sqlite|postgresql]    (default sqlite; postgresql starts a throwaway cluster)
# Environment: BENCH_DURATION (10s), BENCH_CONNECTIONS (16), BENCH_THREADS (2), BENCH_MEMBERS (300),
# BENCH_MEETING_YEARS (2), BENCH_BUILD_DIR (build-release).
# Targets (issue 6): meeting list with attendance statistics p99 < 20 ms; commitment measures for
# a 200-member partnership over 5 years < 10 ms. Numbers depend on the machine; compare within one run.
source "$(dirname "$0")/../scripts/lib.sh"

engine="${1:-sqlite}"
duration="${BENCH_DURATION:-10s}"
connections="${BENCH_CONNECTIONS:-16}"
wrk_threads="${BENCH_THREADS:-2}"
members="${BENCH_MEMBERS:-300}"
years="${BENCH_MEETING_YEARS:-2}"
build_dir="${BENCH_BUILD_DIR:-build-release}"

for tool in wrk curl; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: run scripts/setup.sh" >&2; exit 1; }
done
cg_build "$build_dir" -DCMAKE_BUILD_TYPE=Release -DCG_BUILD_TESTS=OFF
binary="$CG_ROOT/$build_dir/src/commonground"

source "$CG_ROOT/bench/scratch_database.sh"

"$binary" demo --database "$database" --bench-partnership-members "$members" --bench-partnership-years 3 \
  --bench-meeting-years "$years" >"$work/demo.out" 2>&1 || { cat "$work/demo.out" >&2; exit 1; }
partnership="$(grep -o 'Benchmark Partnership: id [0-9]*' "$work/demo.out" | awk '{print $4}')"
held="$(grep -o 'Benchmark meetings: .*' "$work/demo.out")"

source "$CG_ROOT/bench/api_token.sh"
cg_start_server "$binary" "$work/server.err" --database "$database" --access-log "$work/access.log"
url="$server_url"
token="$(bench_api_token "$url" "$work/demo.out")"
auth_header="Authorization: Bearer $token"
base="/api/v1/partnerships/$partnership"
today="$(date -u +%F)"
two_years_ago="$(date -u -d "$today - 2 years" +%F)"
meeting="$(curl -fsS -H "$auth_header" "$url$base/meetings?from=$(date -u -d "$today - 30 days" +%F)&to=$today" |
  /usr/bin/python3 -c 'import json, sys; print(json.load(sys.stdin)["items"][-1]["id"])')"

source "$CG_ROOT/bench/endpoint_timing.sh"

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
echo "Measuring (each endpoint: $serial_duration at 1 connection, then $duration at $connections) ..." >&2
bench "GET meetings (default range)" "$base/meetings" "server-p99 20"
bench "GET meetings (two years)" "$base/meetings?from=$two_years_ago&to=$today" "server-p99 20"
bench "GET one meeting (detail, roll)" "$base/meetings/$meeting" "-"
bench "GET engagement" "$base/engagement" "-"

echo
echo "CommonGround meeting benchmark: engine=$engine, $(nproc) cores, load average $load_before before and" \
  "$(cut -d' ' -f1-3 /proc/loadavg) after; wrk $wrk_threads threads"
echo "Partnership $partnership: $members members; $held"
print_endpoint_table
echo
"$CG_ROOT/$build_dir/bench/commitment_bench" 200 5 200
