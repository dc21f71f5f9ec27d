-- wrk script: report p50/p99 in a line the benchmark script can read.
function done(summary, latency, requests)
  io.write(string.format("BENCH p50_ms=%.3f p99_ms=%.3f\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
