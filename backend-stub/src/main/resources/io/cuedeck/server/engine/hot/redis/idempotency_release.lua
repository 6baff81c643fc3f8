-- Deletes a claim only while it is still pending: a finished result is never released.
if redis.call('GET', KEYS[1]) == 'P' then
  return redis.call('DEL', KEYS[1])
end
return 0
