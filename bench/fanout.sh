#!/usr/bin/env bash
# Fan-out benchmark: Cuedeck beside the reference broadcast server (npm ws on Node, framed once),
# the same C epoll client (bench/fanout/fanclient.c) measuring both, server pinned to core 0 and
# client to core 1, medians of 5 rounds after 10 warm-up rounds. docs/benchmarks.md has the figures.
#
#   ./bench/fanout.sh [N...]            default: 1000 5000 10000 19000
#   ROUNDS=5 WARMUP=10 SERVERS="ws cuedeck" JAVA_OPTS=... ./bench/fanout.sh 5000
#   JAR=/tmp/other.jar SERVERS=cuedeck ./bench/fanout.sh 5000      # a jar built elsewhere (no build)
#   SERVERS="before=/tmp/before.jar after=/tmp/after.jar" ./bench/fanout.sh 5000   # two jars, one run
#
# Needs gcc, node/npm, a JDK and Maven; builds what is missing. Loopback only; stops what it starts.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
ROUNDS=${ROUNDS:-5}
WARMUP=${WARMUP:-10}  # the JVM on one core is still compiling in rounds 3-7 (docs/benchmarks.md)
SERVERS=${SERVERS:-"ws cuedeck"}
SERVER_CORE=${SERVER_CORE:-0}
CLIENT_CORE=${CLIENT_CORE:-1}
JAVA_OPTS=${JAVA_OPTS:-"-Xms1g -Xmx2g -Xmn64m"}  # a node's JVM options (docs/operations.md)
SIZES=("$@")
[ ${#SIZES[@]} -eq 0 ] && SIZES=(1000 5000 10000 19000)
OUT=$(mktemp -d /tmp/cuedeck-fanout.XXXXXX)
TOKEN=bench-producer-token
PIDS=()
cleanup() { for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

gcc -O2 -Wall -o "$OUT/fanclient" bench/fanout/fanclient.c
[[ " $SERVERS " != *" ws "* ]] || [ -d bench/reference/node_modules/ws ] || (cd bench/reference && npm ci --no-audit --no-fund >/dev/null)
# a server named label=path is Cuedeck from that jar, reported under that label
if [ -n "${JAR:-}" ]; then BUILD=0; fi
JAR=${JAR:-backend-stub/target/cuedeck-server.jar}
if [[ " $SERVERS " == *" cuedeck "* ]] && { [ "${BUILD:-1}" = 1 ] || [ ! -f "$JAR" ]; }; then
  mvn -B -q -pl backend-stub -am package -DskipTests >/dev/null
fi
DEFAULT_JAR=$JAR
ulimit -n 20000

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
wait_http() { for _ in $(seq 1 200); do curl -s -o /dev/null "$1" && return 0; sleep 0.1; done; echo "no answer from $1" >&2; return 1; }
api() { curl -s -X "$1" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "http://127.0.0.1:$PORT$2" ${3:+-d "$3"}; }
json_id() { python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'; }

start_ws() {
  taskset -c "$SERVER_CORE" node bench/reference/server.js "$PORT" > "$OUT/ws-$N.log" 2>&1 &
  SPID=$!; PIDS+=("$SPID")
  wait_http "http://127.0.0.1:$PORT/"
  SHOW=reference-show; CUE=reference-cue
}

start_cuedeck() {
  local data="$OUT/data-$N"; mkdir -p "$data"
  CUEDECK_PORT=$PORT CUEDECK_DATA_DIR=$data CUEDECK_TOKENS="producer:$TOKEN" \
    taskset -c "$SERVER_CORE" java $JAVA_OPTS -jar "$JAR" > "$OUT/$LABEL-$N.log" 2>&1 &
  SPID=$!; PIDS+=("$SPID")
  wait_http "http://127.0.0.1:$PORT/health"
  SHOW=$(api POST /api/v1/shows '{"title":"Fan-out benchmark"}' | json_id)
  api PATCH "/api/v1/shows/$SHOW" '{"status":"live"}' >/dev/null
  # about 300 bytes on the wire, like the reference's message
  CUE=$(api POST "/api/v1/shows/$SHOW/cues" '{"kind":"poll","defaultLang":"en","answerSeconds":600,
    "prompt":{"en":"Who will score the next goal tonight? Vote now and see the results live on screen"},
    "options":[{"en":"The home team, in the first half"},{"en":"The away team, in the first half"},
               {"en":"Nobody before the break"}]}' | json_id)
}

for N in "${SIZES[@]}"; do
  for S in $SERVERS; do
    case "$S" in
      *=*) LABEL=${S%%=*}; KIND=cuedeck; JAR=${S#*=} ;;
      *) LABEL=$S; KIND=$S; JAR=$DEFAULT_JAR ;;
    esac
    PORT=$(free_port)
    echo "== $LABEL ($KIND$([ "$KIND" = cuedeck ] && echo " $JAR")), $N viewers; load: $(cut -d' ' -f1-3 /proc/loadavg)"
    "start_$KIND"
    taskset -c "$CLIENT_CORE" "$OUT/fanclient" --port "$PORT" --show "$SHOW" --cue "$CUE" --token "$TOKEN" \
      --pid "$SPID" --n "$N" --rounds "$ROUNDS" --warmup "$WARMUP" --label "$LABEL" | tee -a "$OUT/results.txt"
    kill "$SPID"; wait "$SPID" 2>/dev/null || true
    sleep 2
  done
done
echo
echo "| N | server | first cue (ms) | 99 % received (ms) | 100 % received (ms) | last ack (ms) | server CPU per viewer (µs) | memory per connection (KB) | connections/s |"
echo "|---|---|---|---|---|---|---|---|---|"
grep '^RESULT' "$OUT/results.txt" | sed -E 's/RESULT ([a-z]+) n=([0-9]+) rounds=[0-9]+ recv_ms=([0-9.]+) lastack_ms=(-?[0-9]+) cpu_us_per_viewer=([0-9.]+) mem_kb_per_conn=(-?[0-9.]+) conn_per_s=([0-9]+) p99_recv_ms=([0-9.]+) first_ms=([0-9.]+)/| \2 | \1 | \9 | \8 | \3 | \4 | \5 | \6 | \7 |/'
echo "(raw output in $OUT)"
