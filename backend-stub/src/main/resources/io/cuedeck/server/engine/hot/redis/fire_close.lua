-- KEYS[1] = P{fire}:f, ARGV[1] = closedAt. Returns {won (1/0), show id or false}.
if redis.call('EXISTS', KEYS[1]) == 0 then return {0, false} end
local won = redis.call('HSETNX', KEYS[1], 'closedAt', ARGV[1])
return {won, redis.call('HGET', KEYS[1], 'show')}
