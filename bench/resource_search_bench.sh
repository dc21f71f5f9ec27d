#!/usr/bin/env bash
# The clearinghouse at size, on a release build: BENCH_RESOURCES generated public resources
# (100,000; see src/app/demo_resources.cpp) beside the seed library. Prints the load and full-text
# index rebuild times, the database size, and for typical searches (one word, two words, a phrase,
# a facet-filtered search, a prefix, browsing with no words) wrk's req/s, p50 and p99 at
# BENCH_CONNECTIONS (16) and the server's own time; then the same words as a plain
# LIKE '%word%' scan against the full-text index, timed in the database itself, and their ratio.
#   bash bench/resource_search_bench.sh [sqlite|postgresql]    (default sqlite; postgresql starts a throwaway cluster)
# Environment: BENCH_RESOURCES (100000), BENCH_DURATION (10s), BENCH_CONNECTIONS (16), BENCH_THREADS (2),
# BENCH_BUILD_DIR (build-release).
# Targets (issue 7): search p50 < 5 ms and p99 < 20 ms under 16 connections. Numbers depend on the
# machine; compare within one run.
source "$(dirname "$0")/../scripts/lib.sh"

engine="${1:-sqlite}"
count="${BENCH_RESOURCES:-100000}"
duration="${BENCH_DURATION:-10s}"
connections="${BENCH_CONNECTIONS:-16}"
wrk_threads="${BENCH_THREADS:-2}"
build_dir="${BENCH_BUILD_DIR:-build-release}"

for tool in wrk curl psql; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: run scripts/setup.sh" >&2; exit 1; }
done
cg_build "$build_dir" -DCMAKE_BUILD_TYPE=Release -DCG_BUILD_TESTS=OFF
binary="$CG_ROOT/$build_dir/src/commonground"

source "$CG_ROOT/bench/scratch_database.sh"

"$binary" migrate --database "$database" >"$work/migrate.out" 2>&1 || { cat "$work/migrate.out" >&2; exit 1; }
"$binary" demo --database "$database" --bench-resources "$count" >"$work/demo.out" 2>&1 ||
  { cat "$work/demo.out" >&2; exit 1; }
loaded="$(grep -o 'Benchmark resources: .*' "$work/demo.out")"
if [ "$engine" = sqlite ]; then
  size="$(du -cb "$work"/bench.db* | tail -1 | cut -f1)"
  size_text="database file $(( size / 1048576 )) MiB"
else
  read -r db_size table_size index_size <<<"$(psql "$database" -At -F' ' -c "SELECT pg_database_size(current_database()), \
    pg_total_relation_size('resources'), pg_relation_size('resources_search')")"
  size_text="database $(( db_size / 1048576 )) MiB; resources with indexes $(( table_size / 1048576 )) MiB, of which GIN $(( index_size / 1048576 )) MiB"
fi

cg_start_server "$binary" "$work/server.err" --database "$database" --access-log "$work/access.log"
url="$server_url"
auth_header="Accept: application/json"  # searching needs no account
source "$CG_ROOT/bench/endpoint_timing.sh"

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
typical=(
  "one word: mentoring|/api/v1/resources?q=mentoring"
  "two words: street outreach|/api/v1/resources?q=street%20outreach"
  "phrase: \"focused deterrence\"|/api/v1/resources?q=%22focused%20deterrence%22"
  "facets: violence, toolkit, 2010s|/api/v1/resources?q=violence&type=toolkit&year=2010s"
  "prefix: polic*|/api/v1/resources?q=polic*"
  "common word: community|/api/v1/resources?q=community"
  "no words (browse, newest)|/api/v1/resources?sort=newest"
)
# The first asking of each search, with nothing kept from before: what a search nobody has made
# in the last minute costs (the counts) and in the last 15 seconds (the page).
first_asking=()
for entry in "${typical[@]}"; do
  ms="$(curl -s -o /dev/null -w '%{time_total}' -H "$auth_header" "$url${entry#*|}" | awk '{printf "%.1f", $1 * 1000}')"
  first_asking+=("$(printf '%-38s %8s' "${entry%%|*}" "$ms")")
done
echo "Measuring (each search: $serial_duration at 1 connection, then $duration at $connections) ..." >&2
for entry in "${typical[@]}"; do bench "${entry%%|*}" "${entry#*|}" "p50-p99 5 20"; done

# Many different searches at once: 60 words from common to rare, each on three pages and with a
# facet, drawn at random by every connection.
words=(community policing violence youth prevention outreach mentoring street focused deterrence crisis
  intervention restorative justice employment interruption responder neighbourhood procedural victim advocacy
  reentry courts business passage truancy hospital lighting family curfew graffiti drug levers cognitive
  multisystemic peer school gang ceasefire summer greening vacant alley television detection readers cameras
  mobile sobering housing veterans pretrial naloxone syringe elder trafficking burglary theft retail campus transit)
mixed="$work/mixed_paths.txt"
for word in "${words[@]}"; do
  printf '/api/v1/resources?q=%s\n/api/v1/resources?q=%s&page=2\n/api/v1/resources?q=%s&type=toolkit\n' \
    "$word" "$word" "$word"
done >"$mixed"
echo "  mixed: $(wc -l <"$mixed") different searches ..." >&2
mixed_out="$(CG_BENCH_DIR="$CG_ROOT/bench" wrk -t"$wrk_threads" -c"$connections" -d"$duration" --latency \
  -H "$auth_header" -s "$CG_ROOT/bench/mixed_requests.lua" "$url" -- "$mixed")"
mixed_row="$(printf '%-38s %8s %8s %8s' "mixed: $(wc -l <"$mixed") searches at random" \
  "$(awk '/^Requests\/sec:/ {print $2}' <<<"$mixed_out")" "$(grep -o 'p50_ms=[0-9.]*' <<<"$mixed_out" | cut -d= -f2)" \
  "$(grep -o 'p99_ms=[0-9.]*' <<<"$mixed_out" | cut -d= -f2)")"

# Full text against LIKE for the same words, in the database itself: the matching count and the
# first page, best five of seven runs' median.
compare() {  # WORD -> "fts_ms like_ms"
  /usr/bin/python3 - "$engine" "$database" "$1" <<'PY'
import re, sqlite3, statistics, subprocess, sys, time
engine, database, word = sys.argv[1:4]
fts = {"sqlite": ["SELECT COUNT(*) FROM resources_fts WHERE resources_fts MATCH '\"%s\"'" % word,
                  "SELECT rowid FROM resources_fts WHERE resources_fts MATCH '\"%s\"' "
                  "ORDER BY bm25(resources_fts, 10.0, 4.0, 1.0) LIMIT 20" % word],
       "postgresql": ["SELECT COUNT(*) FROM resources WHERE search @@ to_tsquery('english', '%s')" % word,
                      "SELECT id FROM resources WHERE search @@ to_tsquery('english', '%s') "
                      "ORDER BY ts_rank(search, to_tsquery('english', '%s'), 1) DESC LIMIT 20" % (word, word)]}[engine]
like_where = "title LIKE '%%%s%%' OR summary_text LIKE '%%%s%%' OR catalog_text LIKE '%%%s%%'" % (word, word, word)
like = ["SELECT COUNT(*) FROM resources WHERE " + like_where,
        "SELECT id FROM resources WHERE " + like_where + " ORDER BY id LIMIT 20"]
def timed(statements):
    runs = []
    if engine == "sqlite":
        db = sqlite3.connect(database[len("sqlite://"):])
        for _ in range(7):
            start = time.perf_counter()
            for s in statements: db.execute(s).fetchall()
            runs.append((time.perf_counter() - start) * 1000)
    else:
        args = ["psql", database, "-At", "-c", "\\timing on"]
        for _ in range(7):
            for s in statements: args += ["-c", s]
        out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
        times = [float(t) for t in re.findall(r"Time: ([0-9.]+) ms", out)]
        runs = [sum(times[i:i + len(statements)]) for i in range(0, len(times), len(statements))]
    return statistics.median(sorted(runs)[:5])
print("%.2f %.2f" % (timed(fts), timed(like)))
PY
}

echo
echo "CommonGround clearinghouse benchmark: engine=$engine, $(nproc) cores, load average $load_before before and" \
  "$(cut -d' ' -f1-3 /proc/loadavg) after; wrk $wrk_threads threads"
echo "$loaded"
echo "Size: $size_text"
print_endpoint_table
echo "$mixed_row   (wrk req/s, p50 ms, p99 ms at $connections connections)"
echo
echo "First asking, nothing kept from before (curl, ms):"
printf '%s\n' "${first_asking[@]}"
echo "(a search's totals and facet counts are kept a minute and its pages 15 seconds: see app/expiring_cache.h)"
echo
printf '%-14s %12s %12s %8s\n' "word" "full text ms" "LIKE ms" "ratio"
for word in mentoring outreach violence community; do
  read -r fts_ms like_ms <<<"$(compare "$word")"
  printf '%-14s %12s %12s %7sx\n' "$word" "$fts_ms" "$like_ms" "$(awk "BEGIN { printf \"%.1f\", $like_ms / $fts_ms }")"
done
echo "(count of matches and the first 20, in the database without HTTP; LIKE finds substrings, full text words)"
