#!/usr/bin/env bash
# The daily digest at size, on a release build: BENCH_DIGEST_USERS people (10,000) at
# BENCH_DIGEST_PARTNERSHIPS partnerships (500), each with five notifications about a few items
# waiting. Times one `commonground deliver` round (queue every digest, then compose, hand over
# and mark each one) with the log mailer, so it measures CommonGround's own work, not an SMTP
# server's.
#   bash bench/digest_bench.sh [sqlite|postgresql]    (default sqlite; postgresql starts a throwaway cluster)
# Target (issue 6): daily digest for 10,000 users across 500 partnerships < 5 s. Numbers depend on
# the machine; compare within one run.
source "$(dirname "$0")/../scripts/lib.sh"

engine="${1:-sqlite}"
users="${BENCH_DIGEST_USERS:-10000}"
partnerships="${BENCH_DIGEST_PARTNERSHIPS:-500}"
build_dir="${BENCH_BUILD_DIR:-build-release}"

cg_build "$build_dir" -DCMAKE_BUILD_TYPE=Release -DCG_BUILD_TESTS=OFF
binary="$CG_ROOT/$build_dir/src/commonground"

source "$CG_ROOT/bench/scratch_database.sh"

"$binary" demo --database "$database" --bench-digest-users "$users" --bench-digest-partnerships "$partnerships" \
  >"$work/demo.out" 2>&1 || { cat "$work/demo.out" >&2; exit 1; }
grep -o 'Benchmark digests: .*' "$work/demo.out"

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
start="$(date +%s%N)"
"$binary" deliver --database "$database" 2>"$work/deliver.err" || { tail -5 "$work/deliver.err" >&2; exit 1; }
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
emails="$(grep -c '"message":"email (not sent: no --smtp-url)"' "$work/deliver.err")"
summary="$(grep -o '"daily_digests_queued":[0-9]*,.*"jobs_failed":[0-9]*' "$work/deliver.err")"

start="$(date +%s%N)"
"$binary" deliver --database "$database" 2>"$work/again.err"
again_ms=$(( ($(date +%s%N) - start) / 1000000 ))
again="$(grep -c '"message":"email (not sent: no --smtp-url)"' "$work/again.err" || true)"

echo
echo "CommonGround digest benchmark: engine=$engine, $(nproc) cores, load average $load_before before and" \
  "$(cut -d' ' -f1-3 /proc/loadavg) after"
printf '%-58s %8s %8s\n' "round" "seconds" "target"
printf '%-58s %8.2f %8s\n' "daily digests for $users people at $partnerships partnerships" \
  "$(awk "BEGIN { print $elapsed_ms / 1000 }")" "< 5"
printf '%-58s %8.2f %8s\n' "the next round (nothing left to send)" "$(awk "BEGIN { print $again_ms / 1000 }")" "-"
echo "emails handed over: $emails (then $again); $summary"
