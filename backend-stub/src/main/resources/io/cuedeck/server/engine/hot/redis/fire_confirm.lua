-- KEYS[1] = P{fire}:f, KEYS[2] = P{fire}:f:ans, KEYS[3] = P{fire}:f:hold:VIEWER
-- ARGV[1] = viewer (binary), ARGV[2] = option field ("c0".."cN") or "" for a free-text answer.
-- Makes the viewer's answer permanent and counts it, once: 0 (nothing counted) for a viewer
-- already confirmed or restored as answered, or an unknown fire.
redis.call('DEL', KEYS[3])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then return 0 end
if redis.call('SADD', KEYS[2], ARGV[1]) == 0 then return 0 end
redis.call('PEXPIRE', KEYS[2], ttl)
redis.call('HINCRBY', KEYS[1], 'answers', 1)
if ARGV[2] ~= '' then redis.call('HINCRBY', KEYS[1], ARGV[2], 1) end
return 1
