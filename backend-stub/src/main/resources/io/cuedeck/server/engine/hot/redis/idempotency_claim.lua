-- KEYS[1] = P idem:KEY, ARGV[1] = ttl (ms). Returns {1} when this caller won the key, else
-- {0, value} with the stored value ("P" pending, "D"..result done).
if redis.call('SET', KEYS[1], 'P', 'NX', 'PX', ARGV[1]) then
  return {1}
end
return {0, redis.call('GET', KEYS[1])}
