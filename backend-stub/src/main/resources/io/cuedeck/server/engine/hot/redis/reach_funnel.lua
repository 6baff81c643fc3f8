-- The funnel by set arithmetic (see FireReach). KEYS: 1 present, 2 targeted, 3 written, 4 acked,
-- 5 answered. Returns {presentAtTake, targeted, reached, acked, answered, late, lateAcked,
-- lateAnswered, ackers, answers}.
local targeted = redis.call('SCARD', KEYS[2])
local present = targeted
for _, v in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  if redis.call('SISMEMBER', KEYS[2], v) == 0 then
    present = present + 1
  end
end
local reached, acked, answered, late, lateAcked, lateAnswered = 0, 0, 0, 0, 0, 0
for _, v in ipairs(redis.call('SMEMBERS', KEYS[3])) do
  local ack = redis.call('SISMEMBER', KEYS[4], v) == 1
  local answer = ack and redis.call('SISMEMBER', KEYS[5], v) == 1
  if redis.call('SISMEMBER', KEYS[2], v) == 1 then
    reached = reached + 1
    if ack then acked = acked + 1 end
    if answer then answered = answered + 1 end
  else
    late = late + 1
    if ack then lateAcked = lateAcked + 1 end
    if answer then lateAnswered = lateAnswered + 1 end
  end
end
return {present, targeted, reached, acked, answered, late, lateAcked, lateAnswered,
  redis.call('SCARD', KEYS[4]), redis.call('SCARD', KEYS[5])}
