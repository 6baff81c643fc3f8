#!/usr/bin/env bash
# Heartbeat ingest: wrk (-t1 -c64, 20 s after a 10 s warm-up) against, one after the other, on the
# same pinned core: nginx answering 204 (the machine's floor), a bare Javalin 7 route answering 204
# (the framework's floor), Cuedeck's POST /v1/shows/{id}/heartbeat on the memory engine, and on
# Redis (redis-server on the client's core). Server on core 0, wrk on core 1. Loopback only.
#
#   ./bench/heartbeat.sh            TARGETS="nginx bare memory redis" DURATION=20s WARMUP=10s CONNECTIONS=64 JAR=...
# Each result line ends with the server's CPU per request (all its threads, over the measured run).
set -euo pipefail
cd "$(dirname "$0")/.."
TARGETS=${TARGETS:-"nginx bare memory redis"}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
CONNECTIONS=${CONNECTIONS:-64}
JAVA_OPTS=${JAVA_OPTS:-"-Xms1g -Xmx2g -Xmn64m"}  # a node's JVM options (docs/operations.md)
OUT=$(mktemp -d /tmp/cuedeck-heartbeat.XXXXXX)
TOKEN=bench-producer-token
PIDS=()
cleanup() { for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
wait_port() { for _ in $(seq 1 300); do (exec 3<>/dev/tcp/127.0.0.1/"$1") 2>/dev/null && return 0; sleep 0.1; done; return 1; }

JAR=${JAR:-backend-stub/target/cuedeck-server.jar}
if [ "${BUILD:-1}" = 1 ] || [ ! -f "$JAR" ]; then
  mvn -B -q -pl backend-stub -am package -DskipTests >/dev/null
  mvn -B -q -pl backend-stub -am test-compile >/dev/null
fi
# BareJavalin (test classes) on the server jar, which holds Javalin with Cuedeck's versions
CP="backend-stub/target/test-classes:$JAR"

# CPU time of the server's threads (ns, from the kernel's per-thread run time): on a busy machine
# the server's CPU per request is the figure least disturbed by the other processes.
cpu_ns() { for p in "$1" $(pgrep -P "$1"); do cat /proc/"$p"/task/*/schedstat; done 2>/dev/null | awk '{s += $1} END {printf "%.0f", s}'; }

run_wrk() { # show, label; the server's pid in SPID
  SHOW=$1 taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"$WARMUP" -s bench/heartbeat.lua "http://127.0.0.1:$PORT" >/dev/null
  echo "== $2: load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/results.txt"
  local before after line
  before=$(cpu_ns "$SPID")
  line=$(SHOW=$1 taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/heartbeat.lua "http://127.0.0.1:$PORT" \
    | tee -a "$OUT/$2.txt" | grep RESULT)
  after=$(cpu_ns "$SPID")
  python3 - "$line" "$before" "$after" "$DURATION" "$2" <<'PY' | tee -a "$OUT/results.txt"
import re, sys
line, before, after, duration, label = sys.argv[1:]
secs = float(re.sub(r"[a-z]+$", "", duration)) * {"s": 1, "m": 60}.get(re.sub(r"^[0-9.]+", "", duration) or "s", 1)
rps = float(re.search(r"requests_per_s=([0-9.]+)", line).group(1))
cpu_us = (int(after) - int(before)) / 1000 / max(1.0, rps * secs)
print(line.replace("RESULT", "RESULT " + label, 1) + " server_cpu_us_per_request=%.1f" % cpu_us)
PY
}

cuedeck() { # engine, then extra environment
  local data="$OUT/data-$1"; mkdir -p "$data"
  # wrk's one address stands for a whole audience: the per-address heartbeat rate (1,000/s by
  # default, docs/security.md) would otherwise turn most requests into 429s and time the refusals
  env CUEDECK_HEARTBEATS_PER_IP_PER_SECOND=10000000 CUEDECK_PORT=$PORT CUEDECK_DATA_DIR=$data CUEDECK_TOKENS="producer:$TOKEN" CUEDECK_HOT=$1 "${@:2}" \
    taskset -c 0 java $JAVA_OPTS -jar "$JAR" > "$OUT/cuedeck-$1.log" 2>&1 &
  SPID=$!; PIDS+=("$SPID")
  wait_port "$PORT"; sleep 1
  local show
  show=$(curl -s -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d '{"title":"Heartbeat benchmark"}' "http://127.0.0.1:$PORT/api/v1/shows" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  curl -s -X PATCH -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d '{"status":"live"}' \
    "http://127.0.0.1:$PORT/api/v1/shows/$show" >/dev/null
  run_wrk "$show" "cuedeck-$1"
  kill "$SPID"; wait "$SPID" 2>/dev/null || true
}

for T in $TARGETS; do
  PORT=$(free_port)
  case $T in
    nginx)
      mkdir -p "$OUT/nginx"
      cat > "$OUT/nginx/nginx.conf" <<CONF
worker_processes 1; daemon off; pid $OUT/nginx/nginx.pid; error_log $OUT/nginx/error.log;
events { worker_connections 4096; }
http { access_log off; server { listen 127.0.0.1:$PORT; location / { return 204; } } }
CONF
      taskset -c 0 nginx -c "$OUT/nginx/nginx.conf" -p "$OUT/nginx" & SPID=$!; PIDS+=("$SPID")
      wait_port "$PORT"; run_wrk show "nginx"; kill "$SPID"; wait "$SPID" 2>/dev/null || true ;;
    bare)
      taskset -c 0 java $JAVA_OPTS -cp "$CP" io.cuedeck.server.bench.BareJavalin "$PORT" > "$OUT/bare.log" 2>&1 &
      SPID=$!; PIDS+=("$SPID"); wait_port "$PORT"; run_wrk show "javalin-204"; kill "$SPID"; wait "$SPID" 2>/dev/null || true ;;
    memory) cuedeck memory ;;
    redis)
      RPORT=$(free_port)
      taskset -c 1 redis-server --port "$RPORT" --bind 127.0.0.1 --save '' --appendonly no --dir "$OUT" \
        > "$OUT/redis.log" 2>&1 & RPID=$!; PIDS+=("$RPID"); wait_port "$RPORT"
      cuedeck redis CUEDECK_REDIS_URL="redis://127.0.0.1:$RPORT"
      kill "$RPID"; wait "$RPID" 2>/dev/null || true ;;
  esac
  sleep 2
done
echo
grep RESULT "$OUT/results.txt"
echo "(raw output in $OUT)"
