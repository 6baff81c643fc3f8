#!/usr/bin/env python3
"""Inclusive and self shares by frame from async-profiler's collapsed output.

    python3 bench/profile/collapsed-top.py profile.collapsed [N] [filter-substring]

With a filter, only stacks holding a frame that contains it count (FanOut.fire, connect, ...)."""
import sys, collections

path = sys.argv[1]
top = int(sys.argv[2]) if len(sys.argv) > 2 else 40
flt = sys.argv[3] if len(sys.argv) > 3 else None
inc, own, total = collections.Counter(), collections.Counter(), 0
with open(path) as f:
    for line in f:
        stack, _, n = line.rstrip("\n").rpartition(" ")
        n = int(n)
        frames = stack.split(";")
        if flt and not any(flt in fr for fr in frames):
            continue
        total += n
        own[frames[-1]] += n
        for fr in set(frames):
            inc[fr] += n
print(f"{total} samples" + (f" with {flt} on the stack" if flt else ""))
print("inclusive:")
for fr, c in inc.most_common(top):
    print(f"  {100.0 * c / max(total, 1):5.1f}%  {fr[:150]}")
print("self:")
for fr, c in own.most_common(top):
    print(f"  {100.0 * c / max(total, 1):5.1f}%  {fr[:150]}")
