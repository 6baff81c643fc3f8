-- Takes the scheduler lease when free, renews it for its holder; 1 when ARGV[1] holds it after.
local holder = redis.call('GET', KEYS[1])
if holder == false or holder == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
  return 1
end
return 0
