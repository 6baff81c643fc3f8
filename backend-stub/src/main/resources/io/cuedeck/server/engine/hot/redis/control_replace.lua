-- KEYS[1] = P{S}:ctl (hash: v = version, s = state). ARGV[1] = expected version ('' = none),
-- ARGV[2] = new version ('' = remove), ARGV[3] = new state, ARGV[4] = ttl (ms).
-- Returns 1 when replaced, 0 when the lease's version was not the expected one.
local current = redis.call('HGET', KEYS[1], 'v') or ''
if current ~= ARGV[1] then
  return 0
end
if ARGV[2] == '' then
  redis.call('DEL', KEYS[1])
else
  redis.call('DEL', KEYS[1])
  redis.call('HSET', KEYS[1], 'v', ARGV[2], 's', ARGV[3])
  redis.call('PEXPIRE', KEYS[1], ARGV[4])
end
return 1
