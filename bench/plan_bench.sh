#!/usr/bin/env bash
# The action plan at size, on a release build: a generated plan of BENCH_OBJECTIVES objectives and
# BENCH_ACTIVITIES activities (owners from a 300-member benchmark partnership, quarterly
# measurements). Prints, for GET /plan, /plan/attention and /plan/export.csv, wrk's req/s, p50 and
# p99 and the server's own time; the time to import BENCH_ACTIVITIES new activities from CSV (dry
# run and real); and the domain roll-up and attention list timed on their own.
#   bash bench/plan_bench.sh [sqlite|postgresql]    (default sqlite; postgresql starts a throwaway cluster)
# Environment: BENCH_DURATION (10s), BENCH_CONNECTIONS (16), BENCH_THREADS (2), BENCH_OBJECTIVES (200),
# BENCH_ACTIVITIES (5000), BENCH_BUILD_DIR (build-release).
# Targets (issue): full plan fetch < 50 ms server time; roll-up and attention list < 5 ms; CSV
# import of 5,000 rows < 1 s on SQLite. Numbers depend on the machine; compare within one run.
source "$(dirname "$0")/../scripts/lib.sh"

engine="${1:-sqlite}"
duration="${BENCH_DURATION:-10s}"
connections="${BENCH_CONNECTIONS:-16}"
wrk_threads="${BENCH_THREADS:-2}"
objectives="${BENCH_OBJECTIVES:-200}"
activities="${BENCH_ACTIVITIES:-5000}"
build_dir="${BENCH_BUILD_DIR:-build-release}"

for tool in wrk curl; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: run scripts/setup.sh" >&2; exit 1; }
done
cg_build "$build_dir" -DCMAKE_BUILD_TYPE=Release -DCG_BUILD_TESTS=OFF
binary="$CG_ROOT/$build_dir/src/commonground"

source "$CG_ROOT/bench/scratch_database.sh"

now_ms() { date +%s%3N; }
started="$(now_ms)"
"$binary" demo --database "$database" --bench-partnership-members 300 --bench-partnership-years 2 \
  --bench-plan-objectives "$objectives" --bench-plan-activities "$activities" >"$work/demo.out" 2>&1 ||
  { cat "$work/demo.out" >&2; exit 1; }
demo_ms=$(( $(now_ms) - started ))
partnership="$(grep -o 'Benchmark Partnership: id [0-9]*' "$work/demo.out" | awk '{print $4}')"

source "$CG_ROOT/bench/api_token.sh"
cg_start_server "$binary" "$work/server.err" --database "$database" --access-log "$work/access.log"
url="$server_url"
token="$(bench_api_token "$url" "$work/demo.out")"
auth_header="Authorization: Bearer $token"
base="/api/v1/partnerships/$partnership"

source "$CG_ROOT/bench/endpoint_timing.sh"

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
echo "Measuring (each endpoint: $serial_duration at 1 connection, then $duration at $connections) ..." >&2
bench "GET plan ($activities activities)" "$base/plan" "server 50"
bench "GET plan/attention" "$base/plan/attention" "-"
bench "GET plan/export.csv" "$base/plan/export.csv" "-"

# CSV import: BENCH_ACTIVITIES new activities spread over the plan's objectives.
curl -fsS -H "$auth_header" "$url$base/plan/export.csv" >"$work/export.csv"
/usr/bin/python3 - "$work/export.csv" "$activities" >"$work/import.csv" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))
header, objectives = rows[0], [r[1] for r in rows[1:] if r[0] == "objective"]
out = csv.writer(sys.stdout, lineterminator="\r\n")
out.writerow(header)
for i in range(int(sys.argv[2])):
    out.writerow(["activity", "", "objective", objectives[i % len(objectives)], f"Imported activity {i}",
                  "Loaded by bench/plan_bench.sh", "", "", "", "", "", "", "2026-01-05", "2026-03-31",
                  "in_progress" if i % 3 else "not_started", str(i % 100) if i % 3 else "0", "", ""])
PY
import_rows="$(( $(wc -l <"$work/import.csv") - 1 ))"
# import QUERY -> "client_ms server_ms status"
import_csv() {
  local before out
  before="$(log_lines)"
  out="$(curl -sS -o "$work/import.out" -w '%{http_code} %{time_total}' -H "$auth_header" -H 'Content-Type: text/csv' \
    --data-binary @"$work/import.csv" "$url$base/plan/import$1")"
  local server_ms
  server_ms="$(server_time "$before" "$(log_lines)" | cut -d' ' -f1)"
  echo "$(awk '{printf "%.0f", $2 * 1000}' <<<"$out") $server_ms ${out%% *}"
}
read -ra dry <<<"$(import_csv "?dry_run=true")"
read -ra real <<<"$(import_csv "")"

echo
echo "CommonGround plan benchmark: engine=$engine, $(nproc) cores, load average $load_before before and" \
  "$(cut -d' ' -f1-3 /proc/loadavg) after; wrk $wrk_threads threads"
echo "Partnership $partnership: $objectives objectives, $activities activities; demo load incl. migrations took ${demo_ms} ms"
print_endpoint_table
echo
echo "CSV import of $import_rows new activities ($(wc -c <"$work/import.csv") bytes):"
echo "  dry run: ${dry[0]} ms at the client, ${dry[1]} ms server (status ${dry[2]})"
echo "  import:  ${real[0]} ms at the client, ${real[1]} ms server (status ${real[2]})" \
  "| target < 1000 ms on SQLite: $(verdict "${real[1]}" 1000)"
echo
"$CG_ROOT/$build_dir/bench/plan_rollup_bench" "$objectives" "$activities" 500
