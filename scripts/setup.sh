#!/usr/bin/env bash
# Installs everything CommonGround needs to build, run and test on Debian 12.
# Idempotent: packages already present are skipped, so a second run takes seconds.
source "$(dirname "$0")/lib.sh"

SYSTEM_PACKAGES=(
  # build
  cmake ninja-build g++ pkg-config python3 python3-yaml git ca-certificates
  # C++ libraries (Boost 1.81: never the unversioned 1.74 packages, they conflict)
  libboost1.81-dev libboost-json1.81-dev libboost-url1.81-dev
  libsqlite3-dev libpq-dev libsodium-dev libssl-dev libcurl4-openssl-dev
  libcmark-gfm-dev libcmark-gfm-extensions-dev
  # tests and benchmarks (chromium: the browser tests drive Debian's build, never a download)
  libgtest-dev libgmock-dev postgresql wrk curl procps chromium
  # iCalendar feeds are checked with a real parser in the API tests
  python3-icalendar
  # meeting times in their own time zone (GCC 12's <chrono> has no time-zone database)
  libhowardhinnant-date-dev tzdata
)

missing=()
for pkg in "${SYSTEM_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  log "Installing system packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
else
  log "System packages already installed"
fi

# Web packages come from the committed lockfile only (npm ci), never a floating install.
if [ -f "$CG_ROOT/web/package-lock.json" ]; then
  if ! command -v node >/dev/null; then
    log "Installing Node.js from Debian"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
  fi
  if [ ! -d "$CG_ROOT/web/node_modules" ] || \
     [ "$CG_ROOT/web/package-lock.json" -nt "$CG_ROOT/web/node_modules/.package-lock.json" ]; then
    log "Installing web packages (npm ci)"
    (cd "$CG_ROOT/web" && npm ci --no-audit --no-fund --loglevel=error)
  fi
  # The server serves web/dist; rebuild it when any source is newer than the last build.
  if [ ! -f "$CG_ROOT/web/dist/index.html" ] || \
     [ -n "$(find "$CG_ROOT/web/src" "$CG_ROOT/web/index.html" "$CG_ROOT/web/package-lock.json" \
             -newer "$CG_ROOT/web/dist/index.html" -print -quit)" ]; then
    log "Building the web app (web/dist)"
    (cd "$CG_ROOT/web" && npm run build --silent)
  fi
fi
