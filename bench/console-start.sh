#!/usr/bin/env bash
# Cold start of an installed console: from launching the process to the Cuedeck window shown (mapped and
# visible on a fresh Xvfb, found by xdotool), each start a new JVM with a new per-user directory; with the
# AppCDS archive and, for reference, without it (-Xshare:off). Prints each start and the median.
#   bench/console-start.sh [/opt/cuedeck/bin/Cuedeck] [starts=5]
set -euo pipefail
LAUNCHER=${1:-/opt/cuedeck/bin/Cuedeck}
N=${2:-5}
W=$(mktemp -d)
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$W/display" >/dev/null 2>&1 & XPID=$!
trap 'kill $XPID 2>/dev/null; rm -rf "$W"' EXIT
for _ in $(seq 100); do [ -s "$W/display" ] && break; sleep 0.1; done
export DISPLAY=:$(cat "$W/display")
run() {  # $1 label, $2 JAVA_TOOL_OPTIONS
  local times=()
  for i in $(seq "$N"); do
    local home=$W/home-$1-$i; mkdir -p "$home"
    local t0; t0=$(date +%s.%N)
    HOME=$home JAVA_TOOL_OPTIONS="$2" "$LAUNCHER" >"$W/log" 2>&1 & local pid=$!
    # polled every 20 ms: xdotool's own --sync polls every 0.5 s, which rounded every start to 0.5 s steps
    for _ in $(seq 3000); do xdotool search --onlyvisible --name '^Cuedeck' >/dev/null 2>&1 && break; sleep 0.02; done
    local t; t=$(echo "$(date +%s.%N) - $t0" | bc)
    times+=("$t")
    kill "$pid"; wait "$pid" 2>/dev/null || true
    for _ in $(seq 50); do xdotool search --onlyvisible --name '^Cuedeck' >/dev/null 2>&1 || break; sleep 0.1; done
  done
  printf '%-22s' "$1"; printf ' %5.2f' "${times[@]}"
  printf '   median %5.2f s\n' "$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (N + 1) / 2 ))p")"
}
echo "cold start to the first shown window, $N starts each ($LAUNCHER, $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg))"
run "with AppCDS archive" ""
run "without (-Xshare:off)" "-Xshare:off"
