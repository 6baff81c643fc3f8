#!/usr/bin/env bash
# Profiles the fan-out rounds only (not the connects): one Cuedeck node on core 0, the fan-out client
# on core 1, async-profiler attached with jcmd once round FROM starts and stopped when round TO
# starts (collapsed stacks, per thread). docs/benchmarks.md, "Acks read on the selector".
#
#   ./bench/profile/fanout-rounds.sh JAR N OUT.collapsed       # FROM=4 TO=16 ROUNDS=16 EVENT=cpu INTERVAL=200us
#   python3 bench/profile/collapsed-top.py OUT.collapsed 40 cuedeck-show-lane
#
# Needs async-profiler 4.1 unpacked so that $AP/linux-x64/libasyncProfiler.so exists (AP=/tmp/ap by
# default; Maven Central: tools.profiler:async-profiler:4.1:jar:linux-x64). Loopback only.
set -euo pipefail
JAR=$1; N=${2:-5000}; OUTF=$(realpath -m "$3")
EVENT=${EVENT:-cpu}; INTERVAL=${INTERVAL:-200us}; FROM=${FROM:-4}; TO=${TO:-16}; ROUNDS=${ROUNDS:-16}
LIB=${AP:-/tmp/ap}/linux-x64/libasyncProfiler.so
cd "$(dirname "$0")/../.."
TOKEN=bench-producer-token
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
D=$(mktemp -d /tmp/cuedeck-rounds.XXXXXX)
gcc -O2 -o "$D/fanclient" bench/fanout/fanclient.c
ulimit -n 20000
CUEDECK_PORT=$PORT CUEDECK_DATA_DIR=$D/data CUEDECK_TOKENS="producer:$TOKEN" \
  taskset -c 0 java -Xms1g -Xmx2g ${EXTRA_JAVA_OPTS:-} -jar "$JAR" > "$D/server.log" 2>&1 &
SPID=$!
trap 'kill $SPID 2>/dev/null || true' EXIT
for _ in $(seq 1 200); do curl -s -o /dev/null "http://127.0.0.1:$PORT/health" && break; sleep 0.1; done
api() { curl -s -X "$1" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "http://127.0.0.1:$PORT$2" ${3:+-d "$3"}; }
id() { python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'; }
SHOW=$(api POST /api/v1/shows '{"title":"Fan-out profile"}' | id)
api PATCH "/api/v1/shows/$SHOW" '{"status":"live"}' >/dev/null
CUE=$(api POST "/api/v1/shows/$SHOW/cues" '{"kind":"poll","defaultLang":"en","answerSeconds":600,
    "prompt":{"en":"Who will score the next goal tonight? Vote now and see the results live on screen"},
    "options":[{"en":"The home team, in the first half"},{"en":"The away team, in the first half"},
               {"en":"Nobody before the break"}]}' | id)
taskset -c 1 "$D/fanclient" --port "$PORT" --show "$SHOW" --cue "$CUE" --token "$TOKEN" --pid "$SPID" --n "$N" \
  --rounds "$ROUNDS" --warmup 2 --label profiled > "$D/client.log" 2>&1 &
CPID=$!
until grep -q "round $FROM[: ]" "$D/client.log" 2>/dev/null; do sleep 0.2; done
# jcmd splits its arguments on '=': the profiler's options go in one quoted argument
jcmd "$SPID" JVMTI.agent_load "$LIB" "\"start,event=$EVENT,interval=$INTERVAL,threads\"" >/dev/null
until grep -q "round $TO[: ]" "$D/client.log" 2>/dev/null; do sleep 0.2; done
jcmd "$SPID" JVMTI.agent_load "$LIB" "\"stop,file=$OUTF,collapsed\"" >/dev/null
wait $CPID || true
grep -E 'round|RESULT' "$D/client.log"
echo "profile of rounds $FROM to $TO: $OUTF"
