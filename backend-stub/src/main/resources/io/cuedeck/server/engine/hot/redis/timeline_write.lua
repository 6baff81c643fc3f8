-- KEYS[1] = P{show}:tl:NAME:MINUTE, ARGV[1] = field (second of minute), ARGV[2] = value,
-- ARGV[3] = 'add' or 'put', ARGV[4] = retention (ms).
if ARGV[3] == 'add' then
  redis.call('HINCRBY', KEYS[1], ARGV[1], ARGV[2])
else
  redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
end
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return 1
