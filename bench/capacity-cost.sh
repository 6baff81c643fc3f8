#!/usr/bin/env bash
# Capacity-hours and viewer-minutes above ready capacity of one simulated week, three policies; see
# docs/benchmarks.md. In-process: the real scheduler, SQLite store and simulated provider.
set -euo pipefail
cd "$(dirname "$0")/.."
exec mvn -B -q -pl backend-stub -am test-compile exec:java -Pbench \
  -Dcuedeck.mainClass=io.cuedeck.server.capacity.CapacityCostBench
