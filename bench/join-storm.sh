#!/usr/bin/env bash
# The join storm of issue 10, against one node on the memory engine (core 0): CLIENTS fan-out
# clients of N viewers each open sockets, each starting RATE a second (0: as fast as the server
# takes them) with at most INFLIGHT handshakes in flight, sources spread over 127.0.0.2-127.0.0.9;
# meanwhile 20 wrk connections post heartbeats at about 2,000 a second (one per viewer in 10 s)
# and a console watches the show's stream. Everything but the node runs on core 1. The default,
# 2 x 9,700 at 1,000 a second each, is 19,400 viewers in 10 s: the node's cap is its open-file
# limit (20,000) less 512, so 20,000 would be refused above 19,488, as they should be.
# The clients connect twice: cold (a node that just started), then, once they have all closed at
# once, warm. A refused viewer makes its client stop and say so. Prints each client's connect
# times, the heartbeats' p50/p99 and the console's ticks and longest gap between two, both over
# SECONDS_RUN (by default the cold storm and the 3 s before it). docs/benchmarks.md, "Join
# storm". Loopback only.
#
#   ./bench/join-storm.sh          # JAR=backend-stub/target/cuedeck-server.jar CLIENTS=2 N=9700 RATE=1000 INFLIGHT=1000
set -euo pipefail
cd "$(dirname "$0")/.."
CLIENTS=${CLIENTS:-2}; N=${N:-9700}; RATE=${RATE:-1000}; INFLIGHT=${INFLIGHT:-1000}
# the heartbeats and the console are measured over the cold storm: 3 s before it, and its length
SECONDS_RUN=${SECONDS_RUN:-$(( RATE > 0 ? 4 + N / RATE : 13 ))}
JAR=${JAR:-backend-stub/target/cuedeck-server.jar}
[ -f "$JAR" ] || ./mvnw -B -q -pl backend-stub -am package -DskipTests
[ -d bench/reference/node_modules/ws ] || (cd bench/reference && npm ci --no-audit --no-fund >/dev/null)
D=$(mktemp -d /tmp/cuedeck-storm.XXXXXX)
gcc -O2 -o "$D/fanclient" bench/fanout/fanclient.c
ulimit -n 20000
P=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT
# wrk is one address standing for a whole audience: lift the per-address heartbeat limit, as heartbeat.sh does
CUEDECK_HEARTBEATS_PER_IP_PER_SECOND=10000000 CUEDECK_PORT=$P CUEDECK_DATA_DIR=$D/data CUEDECK_TOKENS=producer:tok \
  taskset -c 0 java ${JAVA_OPTS:--Xms1g -Xmx2g -Xmn64m} -jar "$JAR" > "$D/server.log" 2>&1 &
SPID=$!; PIDS+=("$SPID")
for _ in $(seq 1 300); do curl -s -o /dev/null "http://127.0.0.1:$P/health" && break; sleep 0.2; done
api() { curl -s -X "$1" -H "Authorization: Bearer tok" -H 'Content-Type: application/json' "http://127.0.0.1:$P$2" -d "$3"; }
SHOW=$(api POST /api/v1/shows '{"title":"Join storm"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
api PATCH "/api/v1/shows/$SHOW" '{"status":"live"}' > /dev/null
echo "load $(cut -d' ' -f1-3 /proc/loadavg); $CLIENTS x $N viewers at $RATE a second each (0: at once), $INFLIGHT handshakes in flight each"
taskset -c 1 node bench/join-storm-console.js "$P" "$SHOW" tok "$SECONDS_RUN" > "$D/console.txt" 2>&1 &
CPID=$!; PIDS+=("$CPID")
SHOW=$SHOW taskset -c 1 wrk -t1 -c20 -d"${SECONDS_RUN}s" --latency -s bench/join-storm.lua "http://127.0.0.1:$P" \
  > "$D/wrk.txt" 2>&1 &
WPID=$!; PIDS+=("$WPID")
sleep 3
FAILED=0
CLIENT_PIDS=()
for c in $(seq 0 $((CLIENTS - 1))); do
  taskset -c 1 "$D/fanclient" --port "$P" --show "$SHOW" --cue none --token tok --pid "$SPID" --n "$N" \
    --inflight "$INFLIGHT" --rate "$RATE" --rounds 0 --warmup 0 --first-id $((c * N)) --label "client$c" > "$D/client$c.log" 2>&1 &
  CLIENT_PIDS+=($!)
done
for p in "${CLIENT_PIDS[@]}"; do wait "$p" || FAILED=1; done
wait "$WPID" || true
wait "$CPID" || true
grep -h "connected\|refused\|only" "$D"/client*.log || true
grep RESULT "$D/wrk.txt" || cat "$D/wrk.txt"
cat "$D/console.txt"
[ "$FAILED" = 0 ] || echo "A CLIENT FAILED: see $D"
echo "(logs in $D)"
