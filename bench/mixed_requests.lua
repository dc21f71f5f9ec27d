-- wrk script: each request asks one of the paths in the file named after `--`, drawn at random,
-- so the server meets many different searches instead of one repeated; p50/p99 as latency.lua.
dofile(os.getenv("CG_BENCH_DIR") .. "/latency.lua")

local paths = {}

function init(args)
  for line in io.lines(args[1]) do paths[#paths + 1] = line end
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16) % 100000)
end

function request()
  return wrk.format(nil, paths[math.random(#paths)])
end
