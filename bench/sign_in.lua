-- wrk script: signs in with the benchmark account, again and again (each is a full argon2id check).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"email":"bench@riverton.example","password":"benchmark passphrase here"}'

function done(summary, latency, requests)
  io.write(string.format("BENCH p50_ms=%.3f p99_ms=%.3f\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
