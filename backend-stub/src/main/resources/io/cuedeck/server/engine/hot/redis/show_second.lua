-- The ticker's step for one show and second, atomically (ShowSeconds): expire ended presences and
-- count them as leaves, write the viewers gauge, read the heartbeats of the window and the
-- second's joins and leaves. Returns {expired, viewers, heartbeats, joins, leaves}.
-- KEYS[1] = P{show}:pr, KEYS[2] = P{show}:prleft, KEYS[3] = leaves hash of the second's minute,
-- KEYS[4] = viewers hash of that minute, KEYS[5] = joins hash of that minute, KEYS[6..] =
-- heartbeats hashes of the window's minutes, first to last.
-- ARGV[1] = now (epoch ms), ARGV[2] = the second's field (second of minute), ARGV[3] = retention
-- (ms), ARGV[4] = the window's first second, ARGV[5] = its last second (both epoch seconds).
local field = ARGV[2]
local expired = tonumber(redis.call('GET', KEYS[2]) or '0')
redis.call('DEL', KEYS[2])
local platforms = redis.call('SMEMBERS', KEYS[1])
for _, p in ipairs(platforms) do
  expired = expired + redis.call('ZREMRANGEBYSCORE', KEYS[1] .. ':' .. p, '-inf', ARGV[1])
end
if expired > 0 then
  redis.call('HINCRBY', KEYS[3], field, expired)
  redis.call('PEXPIRE', KEYS[3], ARGV[3])
end
local viewers = 0
for _, p in ipairs(platforms) do
  viewers = viewers + redis.call('ZCOUNT', KEYS[1] .. ':' .. p, '(' .. ARGV[1], '+inf')
end
redis.call('HSET', KEYS[4], field, viewers)
redis.call('PEXPIRE', KEYS[4], ARGV[3])
local from = tonumber(ARGV[4])
local to = tonumber(ARGV[5])
local firstMinute = math.floor(from / 60)
local heartbeats = 0
for k = 6, #KEYS do
  local start = (firstMinute + k - 6) * 60
  for s = math.max(from, start), math.min(to, start + 59) do
    heartbeats = heartbeats + tonumber(redis.call('HGET', KEYS[k], tostring(s - start)) or '0')
  end
end
local joins = tonumber(redis.call('HGET', KEYS[5], field) or '0')
local leaves = tonumber(redis.call('HGET', KEYS[3], field) or '0')
return {expired, viewers, heartbeats, joins, leaves}
