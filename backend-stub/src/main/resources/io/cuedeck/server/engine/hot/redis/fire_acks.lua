-- KEYS[1] = P{fire}:f, KEYS[2] = P{fire}:f:acked, KEYS[3] = P{fire}:f:lat
-- ARGV = (viewer (binary), latency (ms), latency bucket) repeated, one triple per ack.
-- fire_ack.lua for each triple: counts each viewer's first ack only; returns how many were counted
-- (0 for an unknown fire).
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then return 0 end
local counted, max = 0, tonumber(redis.call('HGET', KEYS[1], 'max') or '0')
for i = 1, #ARGV, 3 do
  if redis.call('SADD', KEYS[2], ARGV[i]) == 1 then
    counted = counted + 1
    redis.call('HINCRBY', KEYS[3], ARGV[i + 2], 1)
    local ms = tonumber(ARGV[i + 1])
    if ms > max then max = ms end
  end
end
if counted > 0 then
  redis.call('PEXPIRE', KEYS[2], ttl)
  redis.call('PEXPIRE', KEYS[3], ttl)
  redis.call('HINCRBY', KEYS[1], 'acks', counted)
  if max > tonumber(redis.call('HGET', KEYS[1], 'max') or '0') then
    redis.call('HSET', KEYS[1], 'max', tostring(max))
  end
end
return counted
