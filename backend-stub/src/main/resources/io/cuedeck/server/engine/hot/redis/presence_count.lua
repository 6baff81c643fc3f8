-- Per platform, viewers present at now (expiry after now): {platform, count, platform, count...}.
-- KEYS[1] = P{show}:pr, ARGV[1] = now (epoch ms). ZCOUNT is O(log n): no member is scanned.
local result = {}
for _, p in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  local n = redis.call('ZCOUNT', KEYS[1] .. ':' .. p, '(' .. ARGV[1], '+inf')
  if n > 0 then
    result[#result + 1] = p
    result[#result + 1] = n
  end
end
return result
