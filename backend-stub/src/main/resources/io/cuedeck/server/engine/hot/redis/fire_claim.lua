-- KEYS[1] = P{fire}:f, KEYS[2] = P{fire}:f:ans, KEYS[3] = P{fire}:f:hold:VIEWER
-- ARGV[1] = viewer (binary), ARGV[2] = hold (ms).
-- Holds the viewer's single answer while it is stored: 1 when the viewer has no confirmed answer
-- and no hold that has not lapsed, else 0 (also for an unknown fire). The hold lapses by itself.
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then return 0 end
if redis.call('SISMEMBER', KEYS[2], ARGV[1]) == 1 then return 0 end
if redis.call('SET', KEYS[3], '1', 'NX', 'PX', ARGV[2]) then return 1 end
return 0
