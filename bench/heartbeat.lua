-- wrk script of bench/heartbeat.sh: POST a heartbeat of a new random viewer each time (the server
-- takes one heartbeat per viewer per 5 s, so a fixed id would measure the limiter's refusals).
-- The show id comes from the SHOW environment variable.
local show = os.getenv("SHOW") or "none"
local path = "/v1/shows/" .. show .. "/heartbeat"
local headers = { ["Content-Type"] = "application/json" }
math.randomseed(os.time())

local function uuid()
  return string.format("%08x-%04x-4%03x-%04x-%012x", math.random(0, 0xffffffff), math.random(0, 0xffff),
    math.random(0, 0xfff), 0x8000 + math.random(0, 0x3fff), math.random(0, 0xffffffffffff))
end

request = function()
  return wrk.format("POST", path, headers,
    '{"viewerId":"' .. uuid() .. '","platform":"ios","region":"TW","lang":"zh-TW"}')
end

done = function(summary, latency, requests)
  io.write(string.format("RESULT requests_per_s=%.0f p50_ms=%.2f p99_ms=%.2f errors=%d non2xx=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
