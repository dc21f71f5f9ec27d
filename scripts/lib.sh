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
