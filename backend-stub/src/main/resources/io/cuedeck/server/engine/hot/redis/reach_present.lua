-- Copies the show's viewers present at now into a fire's present set. KEYS[1] = P{show}:pr,
-- KEYS[2] = the fire's present set; ARGV[1] = now (epoch ms), ARGV[2] = key lifetime (s).
local n = 0
for _, p in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  local viewers = redis.call('ZRANGEBYSCORE', KEYS[1] .. ':' .. p, '(' .. ARGV[1], '+inf')
  for s = 1, #viewers, 1000 do
    redis.call('SADD', KEYS[2], unpack(viewers, s, math.min(s + 999, #viewers)))
  end
  n = n + #viewers
end
redis.call('EXPIRE', KEYS[2], ARGV[2])
return n
