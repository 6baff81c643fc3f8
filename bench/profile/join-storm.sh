#!/usr/bin/env bash
# A join storm against one node: 19,000 viewers (the fan-out client, 2,000 handshakes in flight;
# cold, then closed and again) while wrk posts heartbeats (16 connections). Prints the connect
# times and the heartbeat p50/p99. Build the jar and /tmp/fanclient first (bench/fanout.sh does).
#   JAR=/tmp/other.jar ./bench/profile/join-storm.sh      # a jar built elsewhere
set -e
cd "$(dirname "$0")/../.."
D=$(mktemp -d); P=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
ulimit -n 20000
# wrk is one address standing for a whole audience: lift the per-address heartbeat limit, as heartbeat.sh does
CUEDECK_HEARTBEATS_PER_IP_PER_SECOND=10000000 CUEDECK_PORT=$P CUEDECK_DATA_DIR=$D CUEDECK_TOKENS=producer:tok taskset -c 0 java ${JAVA_OPTS:--Xms1g -Xmx2g -Xmn64m} -jar ${JAR:-backend-stub/target/cuedeck-server.jar} > $D/log 2>&1 &
SPID=$!
for i in $(seq 1 300); do curl -s -o /dev/null http://127.0.0.1:$P/health && break; sleep 0.2; done
SHOW=$(curl -s -X POST -H "Authorization: Bearer tok" -H 'Content-Type: application/json' -d '{"title":"m"}' http://127.0.0.1:$P/api/v1/shows | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
curl -s -X PATCH -H "Authorization: Bearer tok" -H 'Content-Type: application/json' -d '{"status":"live"}' http://127.0.0.1:$P/api/v1/shows/$SHOW > /dev/null
echo "load $(cut -d' ' -f1-3 /proc/loadavg)"
SHOW=$SHOW taskset -c 1 wrk -t1 -c16 -d40s --latency -s bench/heartbeat.lua http://127.0.0.1:$P > $D/wrk.txt &
WPID=$!
sleep 5
taskset -c 1 /tmp/fanclient --port $P --show $SHOW --cue x --token tok --pid $SPID --n 19000 --inflight 2000 --rounds 0 --warmup 0 > $D/client.log 2>&1 || true
wait $WPID || true
cat $D/client.log; grep RESULT $D/wrk.txt
grep -ci "refus\|error" $D/log || true
kill $SPID; wait $SPID 2>/dev/null || true
