-- KEYS[1] = P{fire}:f, KEYS[2] = P{fire}:f:acked, KEYS[3] = P{fire}:f:lat
-- ARGV[1] = viewer (binary), ARGV[2] = latency (ms), ARGV[3] = latency bucket.
-- Counts a viewer's first ack only; 0 for a repeat or an unknown fire.
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then return 0 end
if redis.call('SADD', KEYS[2], ARGV[1]) == 0 then return 0 end
redis.call('PEXPIRE', KEYS[2], ttl)
redis.call('HINCRBY', KEYS[1], 'acks', 1)
redis.call('HINCRBY', KEYS[3], ARGV[3], 1)
redis.call('PEXPIRE', KEYS[3], ttl)
if tonumber(ARGV[2]) > tonumber(redis.call('HGET', KEYS[1], 'max') or '0') then
  redis.call('HSET', KEYS[1], 'max', ARGV[2])
end
return 1
