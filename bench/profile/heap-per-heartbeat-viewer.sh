#!/usr/bin/env bash
# Live heap per viewer known by heartbeat alone (memory engine): starts the server jar on core 0
# with a node's JVM options, reads the heap used after a full GC (jcmd GC.run, then GC.heap_info),
# sends 20 s of heartbeats of a new viewer each (wrk on core 1, bench/heartbeat.lua), reads it
# again, and prints the difference per viewer, then the largest classes of the live heap.
#   JAR=backend-stub/target/cuedeck-server.jar ./bench/profile/heap-per-heartbeat-viewer.sh
set -u
cd "$(dirname "$0")/../.."
TOKEN=bench-producer-token; D=$(mktemp -d)
P=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
env CUEDECK_HEARTBEATS_PER_IP_PER_SECOND=10000000 CUEDECK_PORT=$P CUEDECK_DATA_DIR=$D CUEDECK_TOKENS="producer:$TOKEN" \
  CUEDECK_HOT=memory taskset -c 0 java -Xms1g -Xmx2g -Xmn64m -jar "${JAR:-backend-stub/target/cuedeck-server.jar}" > $D/log 2>&1 &
SPID=$!
trap 'kill $SPID 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do curl -s -o /dev/null http://127.0.0.1:$P/health && break; sleep 0.1; done
api() { curl -s -X "$1" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "http://127.0.0.1:$P$2" -d "$3"; }
SHOW=$(api POST /api/v1/shows '{"title":"Heap per viewer"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
api PATCH "/api/v1/shows/$SHOW" '{"status":"live"}' > /dev/null
used_kb() { jcmd $SPID GC.run > /dev/null; sleep 1; jcmd $SPID GC.heap_info | grep generation | grep -o 'used [0-9]*K' | awk '{gsub("K","",$2); s+=$2} END {print s}'; }
before=$(used_kb)
n=$(SHOW=$SHOW taskset -c 1 wrk -t1 -c64 -d20s -s bench/heartbeat.lua "http://127.0.0.1:$P" | grep -o '[0-9]* requests in' | awk '{print $1}')
sleep 1
after=$(used_kb)
echo "RESULT viewers=$n heap_before_kb=$before heap_after_kb=$after bytes_per_viewer=$(( (after - before) * 1024 / n ))"
jcmd $SPID GC.class_histogram | sed -n 4,12p
