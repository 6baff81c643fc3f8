-- KEYS[1] = P{fire}:f; ARGV = field, delta, field, delta... Adds to counters of an existing fire
-- only (an expired fire is not recreated without a lifetime).
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
for i = 1, #ARGV, 2 do
  redis.call('HINCRBY', KEYS[1], ARGV[i], ARGV[i + 1])
end
return 1
