-- Removes the show's viewers whose presence ended at or before now; returns how many (leaves).
-- KEYS[1] = P{show}:pr, KEYS[2] = P{show}:prleft (ended presences a touch replaced),
-- ARGV[1] = now (epoch ms). Atomic: each ended presence is counted once.
local total = tonumber(redis.call('GET', KEYS[2]) or '0')
redis.call('DEL', KEYS[2])
for _, p in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  total = total + redis.call('ZREMRANGEBYSCORE', KEYS[1] .. ':' .. p, '-inf', ARGV[1])
end
return total
