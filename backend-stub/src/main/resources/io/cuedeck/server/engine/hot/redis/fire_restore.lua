-- KEYS[1] = P{fire}:f, KEYS[2] = :lat, KEYS[3] = :acked, KEYS[4] = :ans
-- ARGV[1] = lifetime (ms), ARGV[2] = number of fire fields n, then n field/value pairs, then
-- latency bucket/count pairs. Replaces the fire's state wholesale.
redis.call('DEL', KEYS[1], KEYS[2], KEYS[3], KEYS[4])
local n = tonumber(ARGV[2])
local i = 3
for _ = 1, n do
  redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
  i = i + 2
end
while i < #ARGV do
  redis.call('HSET', KEYS[2], ARGV[i], ARGV[i + 1])
  i = i + 2
end
redis.call('PEXPIRE', KEYS[1], ARGV[1])
if redis.call('EXISTS', KEYS[2]) == 1 then redis.call('PEXPIRE', KEYS[2], ARGV[1]) end
return 1
