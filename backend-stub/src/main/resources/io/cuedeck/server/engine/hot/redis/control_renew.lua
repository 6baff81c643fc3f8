-- KEYS[1] = P{S}:ctl, ARGV[1] = version, ARGV[2] = ttl (ms). 1 when renewed, 0 when it changed or lapsed.
if redis.call('HGET', KEYS[1], 'v') == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
return 0
