#!/usr/bin/env bash
# The slow-body attack of issue 13 against the server jar in a process of its own; see
# docs/benchmarks.md. Loopback only. Usage: ./bench/slow-body-attack.sh [connections] [seconds] [jar]
set -euo pipefail
cd "$(dirname "$0")/.."
connections=${1:-300}; seconds=${2:-8}; jar=${3:-backend-stub/target/cuedeck-server.jar}
if [ -z "${3:-}" ]; then mvn -B -q -pl backend-stub -am -DskipTests package; fi
data=$(mktemp -d); log=$(mktemp)
CUEDECK_PORT=0 CUEDECK_DATA_DIR="$data" CUEDECK_TOKENS=producer:bench-producer-token-0001 \
  java -jar "$jar" >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$data" "$log"' EXIT
for _ in $(seq 100); do grep -q "listening on" "$log" && break; sleep 0.2; done
url=$(sed -n 's/^Cuedeck server listening on //p' "$log")
mvn -B -q -pl backend-stub -am test-compile exec:java -Pbench \
  -Dcuedeck.mainClass=io.cuedeck.server.bench.SlowBodyAttack -Dexec.args="$url $connections $seconds"
echo "server log lines during the attack: $(wc -l <"$log") (ERROR: $(grep -c ' ERROR ' "$log" || true))"
