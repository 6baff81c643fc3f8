-- Marks viewers of one show present and counts joins, atomically for the whole batch.
-- KEYS[1] = P{show}:pr (set of platforms; each platform's zset is KEYS[1]..':'..platform)
-- KEYS[2] = P{show}:prleft (ended presences replaced by a touch before any expire removed them:
--           the next expire counts them as leaves, so joins minus leaves stays the count)
-- ARGV[1] = now (epoch ms), ARGV[2] = expiry (epoch ms), ARGV[3] = key lifetime (ms),
-- ARGV[4] = max platforms, then pairs: viewer (binary), platform.
-- A viewer is a join when no zset holds it with an expiry after now. A viewer lives in the zset of
-- its latest platform only. Platforms beyond the cap count as 'other'.
local base = KEYS[1]
local now = tonumber(ARGV[1])
local expiry = ARGV[2]
local life = ARGV[3]
local cap = tonumber(ARGV[4])
local platforms = redis.call('SMEMBERS', base)
local known = {}
for _, p in ipairs(platforms) do known[p] = true end
local touched = {}
local joins = 0
local replaced = 0
for i = 5, #ARGV, 2 do
  local viewer = ARGV[i]
  local platform = ARGV[i + 1]
  if not known[platform] then
    if #platforms >= cap then
      platform = 'other'
    end
    if not known[platform] then
      redis.call('SADD', base, platform)
      known[platform] = true
      platforms[#platforms + 1] = platform
    end
  end
  local own = base .. ':' .. platform
  local score = redis.call('ZSCORE', own, viewer)
  local present = score and tonumber(score) > now
  if score and not present then replaced = replaced + 1 end
  if not score then
    for _, other in ipairs(platforms) do
      if other ~= platform then
        local key = base .. ':' .. other
        local s = redis.call('ZSCORE', key, viewer)
        if s then
          if tonumber(s) > now then present = true else replaced = replaced + 1 end
          redis.call('ZREM', key, viewer)
        end
      end
    end
  end
  if not present then joins = joins + 1 end
  redis.call('ZADD', own, 'GT', expiry, viewer)
  touched[own] = true
end
for key, _ in pairs(touched) do redis.call('PEXPIRE', key, life) end
redis.call('PEXPIRE', base, life)
if replaced > 0 then
  redis.call('INCRBY', KEYS[2], replaced)
  redis.call('PEXPIRE', KEYS[2], life)
end
return joins
