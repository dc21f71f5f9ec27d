-- wrk script: POST /api/v1/organizations with a name no other request uses, so every request
-- is a real insert (names are unique) rather than a 409.
local counter = 0

-- Runs in the main state; gives each wrk thread its own tag (read as a global there).
local threads_started = 0
function setup(thread)
  threads_started = threads_started + 1
  thread:set("thread_tag", string.format("%d-%d", os.time(), threads_started))
end

function request()
  counter = counter + 1
  local body = string.format(
    '{"name":"Bench organization %s-%d","sector":"nonprofits_advocacy","kind":"nonprofit"}',
    thread_tag, counter)
  -- Keep the headers given with -H (the API token) and add the content type.
  local headers = {["Content-Type"] = "application/json"}
  for name, value in pairs(wrk.headers) do headers[name] = value end
  return wrk.format("POST", "/api/v1/organizations", headers, body)
end

function done(summary, latency, requests)
  io.write(string.format("BENCH p50_ms=%.3f p99_ms=%.3f\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
