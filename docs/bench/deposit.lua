-- wrk script: POST a 1.25 USDC deposit per request, each with its own Idempotency-Key, spread round-robin over the
-- accounts listed in accounts.txt (one id per line). Authenticated as the demo trader alice.
local accounts = {}
for line in io.lines("accounts.txt") do accounts[#accounts + 1] = line end

-- Keys must be unique across threads and runs: each thread gets its own number from setup(), and the run its start
-- time (math.random would give every thread the same sequence).
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("thread_id", threads)
end

local counter = 0
local run_id = tostring(os.time())

request = function()
  counter = counter + 1
  local account = accounts[(counter % #accounts) + 1]
  local headers = {
    ["Authorization"] = "Basic YWxpY2U6ZGVtbw==",
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = run_id .. "-" .. thread_id .. "-" .. counter
  }
  return wrk.format("POST", "/api/v1/accounts/" .. account .. "/deposits", headers,
    '{"asset":"USDC","amount":1.25}')
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d, non-2xx/3xx %d, errors connect %d read %d write %d timeout %d\n",
    summary.requests, summary.errors.status, summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.timeout))
  for _, p in ipairs({50, 90, 99, 99.9}) do
    io.write(string.format("p%s %.2f ms\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("throughput %.1f deposits/s\n", summary.requests / (summary.duration / 1e6)))
end
