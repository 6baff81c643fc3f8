-- KEYS[1] = P{fire}:f, ARGV[1] = fire JSON, ARGV[2] = show id, ARGV[3] = lifetime (ms).
-- Creates the fire unless it exists. Returns 1 when the fire is (now or already) open, 0 if closed.
if redis.call('EXISTS', KEYS[1]) == 1 then
  if redis.call('HEXISTS', KEYS[1], 'closedAt') == 1 then return 0 end
  return 1
end
redis.call('HSET', KEYS[1], 'fire', ARGV[1], 'show', ARGV[2], 'delivered', 0, 'failed', 0, 'acks', 0,
  'max', 0, 'answers', 0)
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return 1
