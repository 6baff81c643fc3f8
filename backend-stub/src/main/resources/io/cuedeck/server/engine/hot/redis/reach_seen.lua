-- Viewers seen in a show. KEYS: 1 set of viewers, 2 hash of counts by "p|PLATFORM", "r|REGION",
-- "l|LANG". ARGV[1] = key lifetime (s), then per viewer: VIEWER PLATFORM REGION LANG. A viewer
-- counts in the split at its first sighting only.
for i = 2, #ARGV, 4 do
  if redis.call('SADD', KEYS[1], ARGV[i]) == 1 then
    redis.call('HINCRBY', KEYS[2], 'p|' .. ARGV[i + 1], 1)
    redis.call('HINCRBY', KEYS[2], 'r|' .. ARGV[i + 2], 1)
    redis.call('HINCRBY', KEYS[2], 'l|' .. ARGV[i + 3], 1)
  end
end
redis.call('EXPIRE', KEYS[1], ARGV[1])
redis.call('EXPIRE', KEYS[2], ARGV[1])
return 1
