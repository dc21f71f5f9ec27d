# Shared helpers for the project's scripts. Source it; do not run it.
set -euo pipefail

CG_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export CG_ROOT

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Runs a command as root: directly when we are root, through sudo otherwise.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Configures and builds one build tree. $1 = folder name under the repo, rest = CMake options.
cg_build() {
  local dir="$CG_ROOT/$1"; shift
  cmake -S "$CG_ROOT" -B "$dir" -G Ninja -DPython3_EXECUTABLE=/usr/bin/python3 "$@" >/dev/null
  cmake --build "$dir" -j "$(nproc)"
}

# Starts `BINARY serve --listen 127.0.0.1:0 ARGS...` in the background with its standard error in
# ERRFILE, waits for its "listening" line and sets server_pid and server_url. Exits if it dies.
#   cg_start_server BINARY ERRFILE [serve arguments...]
cg_start_server() {
  local binary="$1" errfile="$2"; shift 2
  : >"$errfile"  # empty it first, so an earlier server's lines cannot be mistaken for this one's
  "$binary" serve --listen 127.0.0.1:0 "$@" 2>"$errfile" &
  server_pid=$!
  until grep -q '"message":"listening"' "$errfile" 2>/dev/null; do
    kill -0 "$server_pid" 2>/dev/null || { cat "$errfile" >&2; exit 1; }
    sleep 0.005
  done
  server_url="$(grep -o '"url":"[^"]*"' "$errfile" | head -1 | cut -d'"' -f4)"
}
