-- KEYS[1] = P{fire}:f, KEYS[2] = P{fire}:f:ans; ARGV = viewers (binary). Used by restore.
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then return 0 end
for i = 1, #ARGV do redis.call('SADD', KEYS[2], ARGV[i]) end
redis.call('PEXPIRE', KEYS[2], ttl)
return 1
