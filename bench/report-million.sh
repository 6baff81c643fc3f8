#!/usr/bin/env bash
# Show and fire report times of a show with 1,000,000 answers (SQLite); see docs/benchmarks.md. Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
exec ./mvnw -B -q -pl backend-stub -am test-compile exec:java -Pbench \
  -Dcuedeck.mainClass=io.cuedeck.server.bench.MillionAnswerReport -Dexec.args="${*:-1000000 10 150000 21}"
