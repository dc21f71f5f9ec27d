#!/usr/bin/env bash
# Commitment measures and disengagement alerts on a release build, for a generated partnership of
# BENCH_MEMBERS members (200) over BENCH_YEARS years (5) of weekly meetings.
# Target (issue 6): < 10 ms. Numbers depend on the machine; compare within one run.
#   bash bench/commitment_bench.sh
source "$(dirname "$0")/../scripts/lib.sh"

build_dir="${BENCH_BUILD_DIR:-build-release}"
cg_build "$build_dir" -DCMAKE_BUILD_TYPE=Release -DCG_BUILD_TESTS=OFF
"$CG_ROOT/$build_dir/bench/commitment_bench" "${BENCH_MEMBERS:-200}" "${BENCH_YEARS:-5}" 200
