#!/usr/bin/env bash
# Redis memory per live viewer; see docs/benchmarks.md. Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
exec mvn -B -q -pl backend-stub -am test-compile exec:java -Pbench \
  -Dcuedeck.mainClass=io.cuedeck.server.bench.RedisPresenceMemory -Dexec.args="${1:-100000}"
