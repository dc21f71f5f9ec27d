#!/usr/bin/env bash
# Browser tests: Playwright drives Debian's Chromium against the real server (the sanitizer
# build from scripts/test.sh) on a fresh SQLite database with the accounts the tests expect.
# Screenshots and traces land in web/test-results/.
#   scripts/test-web.sh BINARY [PLAYWRIGHT ARGS...]   (e.g. e2e/meetings.spec.ts to run one spec)
source "$(dirname "$0")/lib.sh"

binary="${1:?path to the commonground binary}"
shift
work="$(mktemp -d /tmp/cg-web-test-XXXXXX)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

database="sqlite://$work/e2e.db"
add_account() {  # email name password [--admin]
  printf '%s\n' "$3" | "$binary" user add --database "$database" --email "$1" --name "$2" "${@:4}" >/dev/null
}
export CG_E2E_ADMIN_EMAIL=admin@riverton.example CG_E2E_ADMIN_PASSWORD="river bend night market"
export CG_E2E_USER_EMAIL=cora@riverton.example CG_E2E_USER_PASSWORD="coordinator passphrase here"
export CG_E2E_LOCKOUT_EMAIL=lee@riverton.example CG_E2E_LOCKOUT_PASSWORD="lockout passphrase here"
add_account "$CG_E2E_ADMIN_EMAIL" "Ana Admin" "$CG_E2E_ADMIN_PASSWORD" --admin
add_account "$CG_E2E_USER_EMAIL" "Cora Coordinator" "$CG_E2E_USER_PASSWORD"
add_account "$CG_E2E_LOCKOUT_EMAIL" "Lee Locked" "$CG_E2E_LOCKOUT_PASSWORD"

# The specs sign in dozens of times from 127.0.0.1; the per-address limit is covered by API tests.
cg_start_server "$binary" "$work/server.err" --database "$database" --web-root "$CG_ROOT/web/dist" \
  --access-log "$work/access.log" --sign-in-attempts-per-address 1000
CG_BASE_URL="$server_url"
# Without --smtp-url the server logs outgoing email; invitation specs read their links from it.
CG_E2E_SERVER_LOG="$work/server.err"
export CG_BASE_URL CG_E2E_SERVER_LOG

log "Browser tests against $CG_BASE_URL"
status=0
(cd "$CG_ROOT/web" && npx playwright test "$@") || status=$?

# The server must still stop cleanly (and, in the sanitizer build, without leaks).
kill -TERM "$server_pid"
wait "$server_pid" || { echo "server did not exit cleanly:" >&2; cat "$work/server.err" >&2; status=1; }
server_pid=""
exit "$status"
