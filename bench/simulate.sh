#!/usr/bin/env bash
# The simulate command: a simulated audience of one process (about 19,000 viewers at most) against
# a running backend on a loopback address. Options: see Simulate's Javadoc, e.g.
#   ./bench/simulate.sh --url http://127.0.0.1:8080 --show SHOW_ID --storm 19000/10s --for 2m
#   ./bench/simulate.sh --url http://127.0.0.1:8080 --show SHOW_ID --replay report.json --speed 60
# JAVA_OPTS (default -Xmx2g: the JDK's clients take about 70 KB of heap per viewer).
set -euo pipefail
cd "$(dirname "$0")/.."
CP_FILE=$(mktemp)
mvn -B -q -pl backend-connector -am test-compile dependency:build-classpath -Dcuedeck.fuzz.skip -Dmdep.includeScope=runtime -Dmdep.outputFile="$CP_FILE" >/dev/null
CP="backend-connector/target/classes:protocol/target/classes:$(cat "$CP_FILE")"
rm -f "$CP_FILE"
ulimit -n 20000
exec java ${JAVA_OPTS:--Xmx2g} -cp "$CP" io.cuedeck.connector.audience.Simulate "$@"
