-- One fire's part of a flush (see FireReach). KEYS: 1 present, 2 targeted, 3 written, 4 acked,
-- 5 answered (sets of binary viewer ids), 6 latency (hash bucket -> n), 7 options (hash i -> n),
-- 8 languages (hash "lang|*" and "lang|i" -> n), 9 seconds (hash second -> n), 10 counters
-- (hash name -> n, and "max": the largest first-ack latency), 11 leaders (zset viewer id -> ms).
-- ARGV[1] = key lifetime (s), then events:
--   s STEP(P|T|W|A) VIEWER MS BUCKET      a viewer step (MS, BUCKET -1 unless a timed ack)
--   a VIEWER CHOICE LANG MS CORRECT(0|1) SECOND VIEWER_TEXT   an accepted answer
--   c NAME DELTA                           a counter
local sets = {P = KEYS[1], T = KEYS[2], W = KEYS[3], A = KEYS[4]}
local i = 2
while i <= #ARGV do
  local kind = ARGV[i]
  if kind == 's' then
    local added = redis.call('SADD', sets[ARGV[i + 1]], ARGV[i + 2])
    local ms = tonumber(ARGV[i + 3])
    if added == 1 and ARGV[i + 1] == 'A' and ms >= 0 then
      redis.call('HINCRBY', KEYS[6], ARGV[i + 4], 1)
      local max = tonumber(redis.call('HGET', KEYS[10], 'max') or '0')
      if ms > max then
        redis.call('HSET', KEYS[10], 'max', ms)
      end
    end
    i = i + 5
  elseif kind == 'a' then
    if redis.call('SADD', KEYS[5], ARGV[i + 1]) == 1 then
      local choice = tonumber(ARGV[i + 2])
      local lang = ARGV[i + 3]
      if choice >= 0 then
        redis.call('HINCRBY', KEYS[7], choice, 1)
        redis.call('HINCRBY', KEYS[8], lang .. '|' .. choice, 1)
      end
      redis.call('HINCRBY', KEYS[8], lang .. '|*', 1)
      redis.call('HINCRBY', KEYS[9], ARGV[i + 6], 1)
      if ARGV[i + 5] == '1' then
        redis.call('ZADD', KEYS[11], tonumber(ARGV[i + 4]), ARGV[i + 7])
        redis.call('ZREMRANGEBYRANK', KEYS[11], 10, -1)
      end
    end
    i = i + 8
  elseif kind == 'c' then
    redis.call('HINCRBY', KEYS[10], ARGV[i + 1], tonumber(ARGV[i + 2]))
    i = i + 3
  else
    return redis.error_reply('unknown event ' .. kind)
  end
end
for k = 1, #KEYS do
  redis.call('EXPIRE', KEYS[k], ARGV[1])
end
return 1
