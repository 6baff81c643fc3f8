#!/usr/bin/env python3
"""Inclusive and self CPU samples by method from a JFR recording (jdk.ExecutionSample).

    python3 bench/profile/jfr-top.py rec.jfr [N] [filter-substring]

Uses `jfr print --json` (any JDK 17+). A method counts once per sample it is on the stack of
(inclusive); self counts the top frame. With a filter, only samples whose stack holds a frame
containing that text count (say FanOut, or ViewerEndpoint.connect)."""
import json, subprocess, sys, collections, shutil, os

rec = sys.argv[1]
top = int(sys.argv[2]) if len(sys.argv) > 2 else 40
flt = sys.argv[3] if len(sys.argv) > 3 else None
jfr = os.environ.get("JFR") or shutil.which("jfr") or "jfr"
out = subprocess.run([jfr, "print", "--json", "--stack-depth", "96", "--events", "jdk.ExecutionSample", rec],
                     capture_output=True, text=True, check=True).stdout
events = json.loads(out)["recording"]["events"]
inc, own, total = collections.Counter(), collections.Counter(), 0
for e in events:
    frames = e["values"]["stackTrace"]["frames"] if e["values"].get("stackTrace") else []
    names = [f["method"]["type"]["name"].split(".")[-1] + "." + f["method"]["name"] for f in frames]
    if flt and not any(flt in n for n in names):
        continue
    total += 1
    if names:
        own[names[0]] += 1
    for n in set(names):
        inc[n] += 1
print(f"{total} samples" + (f" with {flt} on the stack" if flt else ""))
print("inclusive:")
for n, c in inc.most_common(top):
    print(f"  {100.0 * c / max(total, 1):5.1f}%  {n}")
print("self:")
for n, c in own.most_common(top // 2):
    print(f"  {100.0 * c / max(total, 1):5.1f}%  {n}")
