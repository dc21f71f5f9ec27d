#!/usr/bin/env bash
# Builds CommonGround, loads the demo data into ./commonground.db (SQLite) and serves it on
# http://127.0.0.1:8080. Extra arguments go to `commonground serve` (e.g. --listen 0.0.0.0:8080).
source "$(dirname "$0")/lib.sh"

bash "$CG_ROOT/scripts/setup.sh"

log "Building (Release) in build-release/"
cg_build build-release -DCMAKE_BUILD_TYPE=Release -DCG_BUILD_TESTS=OFF
binary="$CG_ROOT/build-release/src/commonground"
database="${CG_DATABASE:-sqlite://$CG_ROOT/commonground.db}"

log "Loading demo data into $database"
"$binary" demo --database "$database"

log "Serving on http://127.0.0.1:8080 (Ctrl+C to stop)"
exec "$binary" serve --database "$database" --web-root "$CG_ROOT/web/dist" "$@"
