#!/usr/bin/env bash
# DynamoDB requests of one simulated show-hour; see docs/benchmarks.md. Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
exec mvn -B -q -pl backend-stub -am test-compile exec:java -Pbench \
  -Dcuedeck.mainClass=io.cuedeck.server.bench.ShowHourCost -Dexec.args="${*:-1000 10000}"
