-- KEYS[1] = P sock:NODE; ARGV[1] = ttl (ms), then show/count pairs. Replaces the node's report.
redis.call('DEL', KEYS[1])
if #ARGV > 1 then
  for i = 2, #ARGV, 2 do redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
end
return 1
