#!/usr/bin/env python3
"""Three Cuedeck nodes x 16,000 viewers on Redis (issue 10): one fire, reached and acked by all.

   python3 bench/three-nodes.py                 # N=16000 per node, ROUNDS=5 after WARMUP=2
   N=4000 ROUNDS=3 python3 bench/three-nodes.py # smaller
   JAR=/tmp/x.jar BUILD=0 ...                   # another server jar; skip the build

Starts a redis-server and DynamoDB Local of its own (bench main SharedStores, loopback only), three
nodes of backend-stub/target/cuedeck-server.jar sharing them (CUEDECK_HOT=redis,
CUEDECK_COLD=dynamodb), and one C epoll client per node (bench/fanout/fanclient.c --observe: its
viewers' source addresses spread over 127.0.0.2-127.0.0.9; a process holds at most 20,000 files).
Each round fires the cue on node 1 and takes: time to 100 % received (from just before the fire
request to the last viewer's cue on any node, CLOCK_MONOTONIC, one clock for all processes), time
to 99 % received (an upper bound: the latest of the three nodes' own 99 %), and the server's time to
the last ack (the fire report's ackLatencyMs.max once all acks are counted), and the time until the
live ledger has counted every ack (what a console sees: GET .../live polled every 25 ms from the
fire on). Prints the medians.
Nothing is pinned: the machine's cores are shared by the nodes, Redis and the clients, say so when
quoting. Stops everything it started.
"""
import http.client, json, os, resource, shutil, socket, statistics, subprocess, sys, tempfile, threading, time, uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = int(os.environ.get("N", "16000"))
ROUNDS = int(os.environ.get("ROUNDS", "5"))
WARMUP = int(os.environ.get("WARMUP", "2"))
JAR = os.environ.get("JAR", os.path.join(ROOT, "backend-stub/target/cuedeck-server.jar"))
JAVA_OPTS = os.environ.get("JAVA_OPTS", "-Xms1g -Xmx2g -Xmn64m").split()  # a node's JVM options (docs/operations.md)
TOKEN = "bench-producer-token"
procs = []


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(port, method, path, body=None, key=None):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    headers = {"Authorization": "Bearer " + TOKEN, "Content-Type": "application/json"}
    if key:
        headers["Idempotency-Key"] = key
    c.request(method, path, body=json.dumps(body) if body is not None else None, headers=headers)
    r = c.getresponse()
    text = r.read().decode()
    c.close()
    if r.status >= 300:
        raise SystemExit(f"{method} {path}: HTTP {r.status} {text}")
    return json.loads(text) if text else None


def ledger_counts_all(port, show, total, t0, out):
    """Polls the console's live view (every 25 ms) until the open fire's acks, as the live ledger
    counts them, reach total; puts the time since t0 (ms) in out."""
    deadline = time.time() + 60
    while time.time() < deadline:
        fires = call(port, "GET", f"/api/v1/shows/{show}/live")["openFires"]
        if fires and fires[0]["acks"] >= total:
            out.append((time.monotonic_ns() - t0) / 1e6)
            return
        time.sleep(0.025)


def wait_health(port, proc, log):
    for _ in range(600):
        if proc.poll() is not None:
            raise SystemExit(f"node on {port} exited; see {log}")
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
            c.request("GET", "/health")
            if c.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise SystemExit(f"no answer from node on {port}")


def start(cmd, out=None, **kw):
    p = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT if out else None, **kw)
    procs.append(p)
    return p


def main():
    resource.setrlimit(resource.RLIMIT_NOFILE, (20000, 20000))
    work = tempfile.mkdtemp(prefix="cuedeck-3nodes.")
    client = os.path.join(work, "fanclient")
    subprocess.run(["gcc", "-O2", "-Wall", "-o", client, os.path.join(ROOT, "bench/fanout/fanclient.c")], check=True)
    if os.environ.get("BUILD", "1") == "1" or not os.path.exists(JAR):
        subprocess.run(["mvn", "-B", "-q", "-pl", "backend-stub", "-am", "package", "-DskipTests"], cwd=ROOT, check=True)
    stores = start(["mvn", "-B", "-q", "-pl", "backend-stub", "-am", "test-compile", "exec:java", "-Pbench",
                    "-Dcuedeck.mainClass=io.cuedeck.server.bench.SharedStores"], out=subprocess.PIPE,
                   stdin=subprocess.PIPE, cwd=ROOT, text=True)
    urls = {}
    while len(urls) < 2:
        line = stores.stdout.readline()
        if not line:
            raise SystemExit("the shared stores did not start")
        if line.startswith(("REDIS ", "DYNAMODB ")):
            k, v = line.split()
            urls[k] = v
    print(f"stores: redis {urls['REDIS']}, dynamodb {urls['DYNAMODB']}", flush=True)

    nodes = []
    prefix = "b3" + uuid.uuid4().hex[:6] + ":"
    for k in range(1, 4):
        port = free_port()
        data = os.path.join(work, f"node{k}")
        os.makedirs(data)
        env = dict(os.environ, CUEDECK_PORT=str(port), CUEDECK_BIND="127.0.0.1", CUEDECK_NODE_ID=f"node{k}",
                   CUEDECK_DATA_DIR=data, CUEDECK_TOKENS="producer:" + TOKEN, CUEDECK_HOT="redis",
                   CUEDECK_REDIS_URL=urls["REDIS"], CUEDECK_REDIS_PREFIX=prefix, CUEDECK_COLD="dynamodb",
                   CUEDECK_DYNAMODB_ENDPOINT=urls["DYNAMODB"], CUEDECK_DYNAMODB_TABLE="bench-3nodes",
                   CUEDECK_DYNAMODB_CREATE="true", AWS_ACCESS_KEY_ID="local", AWS_SECRET_ACCESS_KEY="local",
                   AWS_REGION="us-east-1", AWS_EC2_METADATA_DISABLED="true")
        log = os.path.join(work, f"node{k}.log")
        p = start(["java", *JAVA_OPTS, "-jar", JAR], out=open(log, "w"), env=env)
        wait_health(port, p, log)
        nodes.append((port, p))
        print(f"node{k} on 127.0.0.1:{port} (pid {p.pid})", flush=True)

    first = nodes[0][0]
    show = call(first, "POST", "/api/v1/shows", {"title": "Three nodes benchmark"})["id"]
    call(first, "PATCH", f"/api/v1/shows/{show}", {"status": "live"})
    cue = call(first, "POST", f"/api/v1/shows/{show}/cues", {
        "kind": "poll", "defaultLang": "en", "answerSeconds": 600,
        "prompt": {"en": "Who will score the next goal tonight? Vote now and see the results live on screen"},
        "options": [{"en": "The home team, in the first half"}, {"en": "The away team, in the first half"},
                    {"en": "Nobody before the break"}]})["id"]

    clients = []
    for k, (port, p) in enumerate(nodes, 1):
        c = start([client, "--port", str(port), "--show", show, "--cue", cue, "--token", TOKEN, "--pid", str(p.pid),
                   "--n", str(N), "--rounds", str(ROUNDS), "--warmup", str(WARMUP), "--label", f"node{k}",
                   "--observe", "1", "--first-id", str((k - 1) * N)], out=subprocess.PIPE, text=True)
        clients.append(c)
    for c in clients:
        while not (line := c.stdout.readline()).startswith("READY"):
            print(line.strip(), flush=True)
            if not line or line.startswith("only "):
                raise SystemExit("a client could not connect all its viewers")
        print(line.strip(), flush=True)

    total = 3 * N
    recv, p99, ack, live = [], [], [], []
    for rnd in range(1, WARMUP + ROUNDS + 1):
        time.sleep(2)
        t0 = time.monotonic_ns()
        fire = call(first, "POST", f"/api/v1/shows/{show}/cues/{cue}/fire", None, key=str(uuid.uuid4()))["fireId"]
        counted = []
        watcher = threading.Thread(target=ledger_counts_all, args=(first, show, total, t0, counted))
        watcher.start()
        seen = [c.stdout.readline().split() for c in clients]
        got = sum(int(f.split("=")[1]) for s in seen for f in s if f.startswith("received="))
        last = max(int(f.split("=")[1]) for s in seen for f in s if f.startswith("last_ns="))
        worst99 = max(int(f.split("=")[1]) for s in seen for f in s if f.startswith("p99_ns="))
        report, deadline = None, time.time() + 60
        while time.time() < deadline:
            report = call(first, "GET", f"/api/v1/shows/{show}/fires/{fire}/report")
            if report["acks"] >= total:
                break
            time.sleep(0.2)
        watcher.join()
        c_ms = counted[0] if counted else float("nan")
        warm = " (warm-up)" if rnd <= WARMUP else ""
        r_ms, a_ms = (last - t0) / 1e6, report["ackLatencyMs"]["max"]
        p_ms = (worst99 - t0) / 1e6 if worst99 > 0 else float("nan")
        print(f"round {rnd}{warm}: {got}/{total} received, 99 % in {p_ms:.1f} ms, 100 % in {r_ms:.1f} ms; "
              f"{report['acks']} acks, last at {a_ms} ms, all counted live at {c_ms:.0f} ms; load {open('/proc/loadavg').read().split()[0]}", flush=True)
        if rnd > WARMUP:
            recv.append(r_ms), p99.append(p_ms), ack.append(a_ms), live.append(c_ms)
        call(first, "POST", f"/api/v1/shows/{show}/fires/{fire}/close")
    print(f"RESULT three nodes x {N}: 99 % received {statistics.median(p99):.1f} ms, 100 % received "
          f"{statistics.median(recv):.1f} ms, last ack {statistics.median(ack):.0f} ms, all acks counted live "
          f"{statistics.median(live):.0f} ms (medians of {ROUNDS})")
    print(f"(logs in {work})")


if __name__ == "__main__":
    try:
        main()
    finally:
        for p in reversed(procs):
            if p.poll() is None:
                if p.stdin:
                    p.stdin.close()
                p.terminate()
        for p in procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()
