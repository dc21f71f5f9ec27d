# Sourced by the HTTP benchmarks after the server is up: times endpoints with wrk and reads the
# server's own time from its access log. Needs: work, url, auth_header, connections, wrk_threads,
# duration; fills `rows`, printed by print_endpoint_table.

serial_duration="$(( ${duration%s} / 2 ))s"
rows=()

# Lines the server has logged so far; the log is flushed every 200 ms, so wait for the last batch.
log_lines() { sleep 0.5; wc -l <"$work/access.log"; }

# Median and p99 (nearest rank) of duration_ms over access-log lines FROM+1..TO, and any non-200s.
server_time() {
  /usr/bin/python3 - "$work/access.log" "$1" "$2" <<'PY'
import json, math, sys
path, first, last = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
with open(path) as log:
    entries = [json.loads(line) for n, line in enumerate(log) if first <= n < last]
times = sorted(e["duration_ms"] for e in entries)
rank = lambda p: times[max(0, math.ceil(p / 100 * len(times)) - 1)]
failed = sum(1 for e in entries if e["status"] != 200)
print("%.2f %.2f %d" % (rank(50), rank(99), failed) if times else "- - 0")
PY
}

# measure CONNECTIONS THREADS DURATION PATH -> "req/s p50 p99 server_p50 server_p99 failures"
measure() {
  local before out rps p50 p99
  before="$(log_lines)"
  out="$(wrk -t"$2" -c"$1" -d"$3" --latency -H "$auth_header" -s "$CG_ROOT/bench/latency.lua" "$url$4")"
  rps="$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")"
  p50="$(grep -o 'p50_ms=[0-9.]*' <<<"$out" | cut -d= -f2)"
  p99="$(grep -o 'p99_ms=[0-9.]*' <<<"$out" | cut -d= -f2)"
  echo "$rps $p50 $p99 $(server_time "$before" "$(log_lines)")"
}

# verdict VALUE LIMIT -> "met" when VALUE < LIMIT
verdict() { awk -v v="$1" -v l="$2" 'BEGIN {print (v + 0 < l + 0) ? "met" : "MISSED"}'; }
# bench NAME PATH TARGET: one pass at 1 connection (the work itself), one at $connections. TARGET is
# "server LIMIT" (server p50 at 1 connection), "server-p99 LIMIT" (server p99 at 1 connection),
# "p99 LIMIT" (wrk p99 at $connections), "p50-p99 P50 P99" (both, wrk at $connections), or "-".
bench() {
  local name="$1" path="$2" target="$3" one many judged="-"
  echo "  $name ..." >&2
  read -ra one <<<"$(measure 1 1 "$serial_duration" "$path")"
  read -ra many <<<"$(measure "$connections" "$wrk_threads" "$duration" "$path")"
  case "$target" in
    server-p99*) judged="server p99 < ${target#server-p99 } ms: $(verdict "${one[4]}" "${target#server-p99 }")" ;;
    server*) judged="server p50 < ${target#server } ms: $(verdict "${one[3]}" "${target#server }")" ;;
    p50-p99*)
      read -r p50_limit p99_limit <<<"${target#p50-p99 }"
      judged="p50 < $p50_limit and p99 < $p99_limit ms at $connections: $(verdict "${many[1]}" "$p50_limit"), $(verdict "${many[2]}" "$p99_limit")" ;;
    p99*) judged="p99 < ${target#p99 } ms at $connections: $(verdict "${many[2]}" "${target#p99 }")" ;;
  esac
  rows+=("$(printf '%-38s %8s %8s %8s | %7s %7s | %7s %7s | %s' "$name" "${many[0]}" "${many[1]}" "${many[2]}" \
    "${one[3]}" "${one[4]}" "${many[3]}" "${many[4]}" "$judged")")
  if [ "${one[5]}" != 0 ] || [ "${many[5]}" != 0 ]; then rows+=("    ^ $(( one[5] + many[5] )) responses were not 200"); fi
}

print_endpoint_table() {
  printf '%-38s %-26s | %-15s | %-15s | %s\n' "" "wrk, $connections connections" "server, 1 conn" \
    "server, $connections conns" "issue target"
  printf '%-38s %8s %8s %8s | %7s %7s | %7s %7s |\n' "endpoint" "req/s" "p50 ms" "p99 ms" "p50 ms" "p99 ms" \
    "p50 ms" "p99 ms"
  printf '%s\n' "${rows[@]}"
  echo
  echo "Server time is duration_ms from the access log: request read to response ready, without the network."
  echo "Under load it includes waiting for one of the --db-pool (4) database workers; wrk's numbers include"
  echo "that wait too. With every connection busy all the time, latency is about connections / throughput,"
  echo "so on a $(nproc)-core machine p99 at $connections connections says more about the core count than the code."
}
