-- wrk script of bench/join-storm.sh: the heartbeats of bench/heartbeat.lua (a new viewer each),
-- paced: each connection waits DELAY_MS (default 10) after each answer, so 20 connections post
-- about 2,000 a second, one heartbeat for each of 20,000 viewers in 10 s.
dofile("bench/heartbeat.lua")
local pause = tonumber(os.getenv("DELAY_MS") or "10")
delay = function()
  return pause
end
