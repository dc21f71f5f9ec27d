#!/usr/bin/env bash
# Runs the whole test suite the way CI does: installs what is missing, builds with
# -Werror and AddressSanitizer+UndefinedBehaviorSanitizer, starts a throwaway PostgreSQL
# cluster on loopback, runs every unit and API test against SQLite and PostgreSQL, then the
# browser tests against the real server.
source "$(dirname "$0")/lib.sh"

bash "$CG_ROOT/scripts/setup.sh"

log "Building (Debug, ASan+UBSan, -Werror) in build-asan/"
# Line tables (-g1) are all a sanitizer report needs for file:line; full debug info (-g) costs a
# fifth of the build on a 2-core machine. A developer's own Debug build keeps -g.
cg_build build-asan -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-g1 -DCG_SANITIZE=ON -DCG_WERROR=ON \
  -DCG_BUILD_TESTS=ON

pg_dir="$(mktemp -d /tmp/cg-postgres-XXXXXX)"
cleanup() {
  bash "$CG_ROOT/scripts/postgres-throwaway.sh" stop "$pg_dir" || true
  rm -rf "$pg_dir"
}
trap cleanup EXIT
log "Starting a throwaway PostgreSQL cluster"
CG_TEST_POSTGRES_URL="$(bash "$CG_ROOT/scripts/postgres-throwaway.sh" start "$pg_dir")"
export CG_TEST_POSTGRES_URL

# Leaks and undefined behaviour fail the run; the server's own exit is checked by the tests.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

log "Running unit and API tests (SQLite and PostgreSQL)"
ctest --test-dir "$CG_ROOT/build-asan" --output-on-failure -j "$(nproc)" "$@"

log "Running browser tests (Playwright, Chromium, axe)"
bash "$CG_ROOT/scripts/test-web.sh" "$CG_ROOT/build-asan/src/commonground"
