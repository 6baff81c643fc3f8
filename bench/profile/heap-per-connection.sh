#!/usr/bin/env bash
# Live heap per viewer connection: starts the server jar on core 0, takes a class histogram
# (jcmd GC.class_histogram: after a full GC, so only live objects), connects N viewers with the
# fan-out client, takes another, and prints the difference per connection, largest first.
#   N=5000 ./bench/profile/heap-per-connection.sh      (build the jar and /tmp/fanclient first)
set -e
cd "$(dirname "$0")/../.."
D=$(mktemp -d); P=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
CUEDECK_PORT=$P CUEDECK_DATA_DIR=$D CUEDECK_TOKENS=producer:tok taskset -c 0 java -Xms1g -Xmx2g -jar ${JAR:-backend-stub/target/cuedeck-server.jar} > $D/log 2>&1 &
SPID=$!
for i in $(seq 1 300); do curl -s -o /dev/null http://127.0.0.1:$P/health && break; sleep 0.2; done
SHOW=$(curl -s -X POST -H "Authorization: Bearer tok" -H 'Content-Type: application/json' -d '{"title":"m"}' http://127.0.0.1:$P/api/v1/shows | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
curl -s -X PATCH -H "Authorization: Bearer tok" -H 'Content-Type: application/json' -d '{"status":"live"}' http://127.0.0.1:$P/api/v1/shows/$SHOW > /dev/null
ulimit -n 20000
jcmd $SPID GC.class_histogram > /tmp/histo-0.txt
taskset -c 1 /tmp/fanclient --port $P --show $SHOW --cue x --token tok --pid $SPID --n ${N:-5000} --rounds 0 --warmup 0 --hold 40 > $D/client.log 2>&1 &
CPID=$!
for i in $(seq 1 600); do grep -q holding $D/client.log && break; sleep 0.5; done
sleep 5
jcmd $SPID GC.class_histogram > /tmp/histo-n.txt
cat $D/client.log
kill $CPID $SPID; wait $SPID 2>/dev/null || true
python3 - "${N:-5000}" <<'PY'
import sys
n = int(sys.argv[1])
def load(p):
    d = {}
    for l in open(p):
        parts = l.split()
        if len(parts) >= 4 and parts[0].endswith(':'):
            d[parts[3]] = (int(parts[1]), int(parts[2]))
    return d
a, b = load('/tmp/histo-0.txt'), load('/tmp/histo-n.txt')
rows = sorted(((by - a.get(k, (0, 0))[1], c - a.get(k, (0, 0))[0], k) for k, (c, by) in b.items()), reverse=True)
print("live heap growth per connection: %.1f KB" % (sum(r[0] for r in rows) / n / 1024))
for by, c, k in rows[:25]:
    print("%8.0f B/conn %6.2f objects/conn  %s" % (by / n, c / n, k))
PY
