#!/usr/bin/env bash
# Proves that both Linux packages install and start on a bare Debian 12 (needs root; .ci/run runs it with --with-clone):
#   1 build both packages (jpackage/build.sh), and a second, higher version of each (repackaged)
#   2 a fresh minbase bookworm chroot (debootstrap on the first run; the finished root and apt's downloads
#     are kept in $CACHE, /var/cache/cuedeck-test, for later runs)
#   3 apt-get install ./cuedeck_*.deb in it: apt resolves every dependency itself
#   4 the installed console on a host Xvfb (only /tmp/.X11-unix is bind-mounted in): its window, live
#     viewers in its embedded backend, docs/screenshots/installed-deb.png
#   5 cuedeck-server: systemd-analyze verify on its unit, the unit's ExecStart as the cuedeck user with
#     /etc/cuedeck/server.env, /health
#   6 both upgraded to the higher version: the console's shows and the server's data and server.env survive
#   7 sizes and step times
#   8 (--with-clone, or CUEDECK_TEST_CLONE=1) a clean clone in a second chroot holding only
#     openjdk-17-jdk-headless and git: ./mvnw -v, then ./cuedeck server until /health answers
# Options: --no-build (use target/installers as it is), --with-clone. It reaches only Debian's mirror
# (the one apt uses here), Maven Central in step 8, and loopback. Everything it starts, it stops.
# Missing host tools are installed with apt-get. Logs of the last run: target/installers/test-install-logs/.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
[ "$(id -u)" = 0 ] || { echo "jpackage/test-install.sh needs root (debootstrap, chroot, mounts)" >&2; exit 1; }
BUILD=1
CLONE=${CUEDECK_TEST_CLONE:-0}
for a in "$@"; do
  case "$a" in
    --no-build) BUILD=0 ;;
    --with-clone) CLONE=1 ;;
    *) echo "usage: jpackage/test-install.sh [--no-build] [--with-clone]" >&2; exit 2 ;;
  esac
done
# The host's tools, from Debian's packages when missing (CI runs on a fresh Debian 12 like this one).
MISSING=()
for pair in debootstrap:debootstrap Xvfb:xvfb xdotool:xdotool import:imagemagick systemd-analyze:systemd \
    curl:curl fakeroot:fakeroot bc:bc unzip:unzip zstd:zstd git:git python3:python3; do
  command -v "${pair%%:*}" >/dev/null || MISSING+=("${pair#*:}")
done
# GTK 3 for build.sh's AppCDS training run (the console's window on the host's Xvfb), a JDK with jpackage
ldconfig -p | grep -q 'libgtk-3\.so\.0' || MISSING+=(libgtk-3-0)
[ "$BUILD" = 0 ] || command -v jpackage >/dev/null || MISSING+=(openjdk-17-jdk)
if [ ${#MISSING[@]} -gt 0 ]; then
  echo "== installing on the host: ${MISSING[*]}"
  apt-get -q update >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${MISSING[@]}" >/dev/null
fi

# Kept between runs (never in the clone): a finished minbase root and the .debs apt downloaded into it.
CACHE=${CUEDECK_TEST_CACHE:-/var/cache/cuedeck-test}
MIRROR=$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -1)
MIRROR=${MIRROR:-http://deb.debian.org/debian}
OUT=$ROOT/target/installers
T=$(mktemp -d /var/tmp/cuedeck-test-install.XXXXXX)
START=$(date +%s)
PIDS=()
TIMES=()
STEP_NAME="" STEP_T0=0

mounts_under() { awk -v t="$1" '$2 ~ "^"t {print $2}' /proc/mounts | sort -r; }
cleanup() {
  local rc=$?
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
  # processes still running inside a chroot (the console's JVM, a server) hold its mounts
  for r in "$T"/root*; do
    [ -d "$r" ] || continue
    for pid in $(pids_in_root "$r"); do kill -9 "$pid" 2>/dev/null || true; done
  done
  for m in $(mounts_under "$T"); do umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true; done
  # the run's logs (apt, the console, the server, dpkg's own log with a time per package) outlive the roots
  rm -rf "$OUT/test-install-logs"; mkdir -p "$OUT/test-install-logs"
  cp "$T"/*.log "$OUT/test-install-logs/" 2>/dev/null || true
  for r in "$T"/root*; do cp "$r/var/log/dpkg.log" "$OUT/test-install-logs/dpkg-$(basename "$r").log" 2>/dev/null || true; done
  if [ -z "$(mounts_under "$T")" ]; then rm -rf "$T"; else echo "left mounted under $T: $(mounts_under "$T")" >&2; fi
  [ $rc = 0 ] || echo "test-install FAILED in step: $STEP_NAME (exit $rc)" >&2
}
trap cleanup EXIT
trap 'exit 130' INT TERM

step() {
  end_step
  STEP_NAME=$1; STEP_T0=$(date +%s.%N)
  echo "== $(date -u +%H:%M:%S) $STEP_NAME"
}
end_step() {
  [ -n "$STEP_NAME" ] || return 0
  TIMES+=("$(printf '%6.1f s  %s' "$(echo "$(date +%s.%N) - $STEP_T0" | bc)" "$STEP_NAME")")
  STEP_NAME=""
}
fail() { echo "FAIL: $*" >&2; exit 1; }
in_root() { local r=$1; shift; chroot "$r" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }

# A fresh minbase chroot at $1. The first run (or one a week later) runs debootstrap and keeps the finished,
# untouched root as a tarball: --unpack-tarball alone would still run debootstrap's second stage (dpkg over
# every base package, about 3 minutes here), unpacking the finished root takes seconds.
BASE=$CACHE/bookworm-minbase-root.tar.zst
new_root() {
  local r=$1 log=$T/debootstrap-$(basename "$1").log
  mkdir -p "$CACHE" "$r"
  if [ -f "$BASE" ] && [ -z "$(find "$BASE" -mtime +7)" ] && [ "$(cat "$BASE.mirror" 2>/dev/null)" = "$MIRROR" ]; then
    tar -C "$r" --numeric-owner --zstd -xpf "$BASE"
  else
    debootstrap --variant=minbase bookworm "$r" "$MIRROR" >"$log" 2>&1 || { tail -20 "$log"; fail "debootstrap"; }
    # the package lists go into the tarball too: a later run's apt-get update then fetches only what changed
    mount -t proc proc "$r/proc"
    in_root "$r" apt-get -q update >"$T/apt-update-$(basename "$r").log"; in_root "$r" apt-get clean
    umount "$r/proc"
    tar -C "$r" --numeric-owner --zstd -cpf "$BASE.part" . && mv "$BASE.part" "$BASE" && echo "$MIRROR" >"$BASE.mirror"
    echo "base root cached: $BASE ($(du -h "$BASE" | cut -f1))"
  fi
  mount -t proc proc "$r/proc"
  mount --bind /dev "$r/dev"
  mount --bind /dev/pts "$r/dev/pts"   # apt's terminal log; without it every apt-get prints an E: line
  # Downloads are shared between runs (apt checks each cached .deb against the mirror's index); every
  # package is still unpacked and configured in this root. unsafe-io: no fsync per file in a throwaway root.
  mkdir -p "$CACHE/apt-archives/partial"
  mount --bind "$CACHE/apt-archives" "$r/var/cache/apt/archives"
  echo force-unsafe-io >"$r/etc/dpkg/dpkg.cfg.d/cuedeck-test-unsafe-io"
  cp /etc/resolv.conf "$r/etc/resolv.conf"
  printf '#!/bin/sh\nexit 101\n' >"$r/usr/sbin/policy-rc.d"; chmod +x "$r/usr/sbin/policy-rc.d"
  in_root "$r" apt-get -q update >"$T/apt-update-$(basename "$r").log"
}

# The same package with a higher version: what an upgrade test needs, without a second Maven build.
bump() {
  local deb=$1 version=$2 dir=$T/bump
  rm -rf "$dir"; dpkg-deb -R "$deb" "$dir"
  sed -i "s/^Version: .*/Version: $version/" "$dir/DEBIAN/control"
  [ -f "$dir/opt/cuedeck/lib/app/Cuedeck.cfg" ] && sed -i "s/jpackage.app-version=.*/jpackage.app-version=${version%-*}/" "$dir/opt/cuedeck/lib/app/Cuedeck.cfg"
  # uncompressed: this copy only lives for the test, and compressing 200 MB again would cost a minute
  dpkg-deb --root-owner-group -Znone --build "$dir" "$3" >/dev/null
  rm -rf "$dir"
}

# The loopback port a process inside a chroot listens on (the console's embedded backend picks a free one).
listen_ports() {
  local pid inodes=""
  for pid in "$@"; do
    inodes+=" $(ls -l /proc/"$pid"/fd 2>/dev/null | sed -n 's/.*socket:\[\([0-9]*\)\]/\1/p' | tr '\n' ' ')"
  done
  # one pass over the kernel's socket tables (the console holds 300 audience sockets besides its listener)
  for hex in $(awk -v list="$inodes" 'BEGIN {n = split(list, l, " "); for (i = 1; i <= n; i++) want[l[i]] = 1}
      $4 == "0A" && ($10 in want) {split($2, a, ":"); print a[2]}' /proc/net/tcp /proc/net/tcp6); do
    echo $((16#$hex))
  done
}
# The processes running inside root $1 (their /proc/<pid>/root is it): one find, where a readlink per
# process cost about a second per call on the loaded machine.
pids_in_root() { find /proc -mindepth 2 -maxdepth 2 -name root -lname "$1" 2>/dev/null | cut -d/ -f3; }
# The ids of the shows in a console's SQLite file, read from a copy with its -wal and -shm (a JVM ended by a
# signal may leave committed rows in the WAL).
show_ids() {
  local d; d=$(mktemp -d "$T/db.XXXXXX"); cp "$1"* "$d/"
  python3 -c 'import sqlite3, sys
print(" ".join(sorted(r[0] for r in sqlite3.connect(sys.argv[1]).execute("select id from shows"))))' "$d/$(basename "$1")"
  rm -rf "$d"
}
data_sums() { (cd "$DATA" && find . -type f -exec md5sum {} + | sort -k2); }
# What apt is about to download into root $1 for "apt-get install $2...", hard-linked in from the host's own apt
# cache when it holds the same file (same name: same version). apt still checks each one's hash against the
# root's index; what is not there comes from the mirror.
seed_from_host() {
  local r=$1 f; shift
  in_root "$r" apt-get install -y -qq --print-uris "$@" 2>/dev/null | awk '{print $2}' | while read -r f; do
    [ -f "/var/cache/apt/archives/$f" ] && ln -f "/var/cache/apt/archives/$f" "$CACHE/apt-archives/$f" 2>/dev/null || true
  done
  true
}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# ---------------------------------------------------------------------------------------------------
step "1 build both packages"
if [ "$BUILD" = 1 ]; then jpackage/build.sh; fi
CONSOLE_DEB=$(ls "$OUT"/cuedeck_*.deb); SERVER_DEB=$(ls "$OUT"/cuedeck-server_*.deb)
V1=$(dpkg-deb -f "$CONSOLE_DEB" Version)
V2="${V1%%-*}.1-1"   # 0.1.0-1 -> 0.1.0.1-1: higher for dpkg, the same jars
mkdir -p "$T/v1" "$T/v2"
cp "$CONSOLE_DEB" "$SERVER_DEB" "$T/v1/"
bump "$CONSOLE_DEB" "$V2" "$T/v2/cuedeck_${V2}_amd64.deb"
bump "$SERVER_DEB" "$V2" "$T/v2/cuedeck-server_${V2}_amd64.deb"
if dpkg-deb -c "$CONSOLE_DEB" | grep -qi dynamodblocal || dpkg-deb -c "$SERVER_DEB" | grep -qi dynamodblocal; then
  fail "DynamoDB Local is in a package"
fi
unzip -l "$(dpkg-deb -c "$SERVER_DEB" >/dev/null; echo "$ROOT/backend-stub/target/cuedeck-server.jar")" | grep -qi 'com/amazonaws/services/dynamodbv2/local' \
  && fail "DynamoDB Local is in the server jar"

step "2 fresh minbase bookworm chroot"
R=$T/root
new_root "$R"

step "3 apt-get install ./cuedeck_$V1.deb (dependencies from Debian's mirror)"
cp "$T"/v1/*.deb "$T"/v2/*.deb "$R/tmp/"
# Downloads first, on their own, so the step's time says what the mirror costs and what dpkg costs.
T3=$(date +%s)
seed_from_host "$R" "/tmp/$(basename "$CONSOLE_DEB")" || true
in_root "$R" apt-get install -y -q --download-only "/tmp/$(basename "$CONSOLE_DEB")" >"$T/apt-console-download.log" 2>&1 \
  || { tail -30 "$T/apt-console-download.log"; fail "apt-get could not resolve or download the console's dependencies"; }
T3D=$(date +%s)
in_root "$R" apt-get install -y -q "/tmp/$(basename "$CONSOLE_DEB")" >"$T/apt-console.log" 2>&1 \
  || { tail -30 "$T/apt-console.log"; fail "apt-get install of the console package"; }
echo "$(grep -c '^Setting up' "$T/apt-console.log") packages set up; downloads $((T3D - T3)) s" \
  "($(sed -n 's/^Need to get \([^ ]* [kMG]*B\).*/\1/p' "$T/apt-console-download.log" | head -1 || true) fetched)," \
  "unpack and configure $(( $(date +%s) - T3D )) s"
grep -E '^(Setting up|E:|W:)' "$T/apt-console.log" | grep -iE 'cuedeck|libgtk-3-0|fonts-noto-cjk|E:' || true
in_root "$R" dpkg -s cuedeck libgtk-3-0 fonts-noto-cjk >/dev/null || fail "cuedeck, libgtk-3-0 or fonts-noto-cjk not installed"
[ -f "$R/usr/share/applications/cuedeck-Cuedeck.desktop" ] || fail "no menu entry"
[ -f "$R/opt/cuedeck/lib/app/cuedeck.classlist" ] || fail "the package carries no AppCDS class list (see build.sh's training run)"
[ -f "$R/opt/cuedeck/lib/app/cuedeck.jsa" ] || fail "the postinst made no AppCDS archive"
echo "AppCDS archive made by postinst: $(du -h "$R/opt/cuedeck/lib/app/cuedeck.jsa" | cut -f1)" \
  "from $(wc -l <"$R/opt/cuedeck/lib/app/cuedeck.classlist") listed classes"
in_root "$R" useradd --create-home --shell /bin/bash producer

step "4 the installed console on the host's Xvfb: window, live viewers, screenshot"
# Xvfb picks a free display itself (other X servers may run on this machine) and writes its number.
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$T/display" >"$T/xvfb.log" 2>&1 & PIDS+=($!)
for _ in $(seq 100); do [ -s "$T/display" ] && break; sleep 0.1; done
DISP=$(cat "$T/display"); [ -n "$DISP" ] || fail "Xvfb did not start"
mkdir -p "$R/tmp/.X11-unix"; mount --bind /tmp/.X11-unix "$R/tmp/.X11-unix"
start_console() {
  T0=$(date +%s.%N)
  chroot "$R" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/home/producer LANG=C.UTF-8 DISPLAY=":$DISP" \
    /usr/sbin/runuser -u producer -- /opt/cuedeck/bin/Cuedeck >"$T/console-$1.log" 2>&1 & PIDS+=($!)
  WIN=$(DISPLAY=":$DISP" timeout 60 xdotool search --sync --onlyvisible --name '^Cuedeck' | head -1) \
    || { tail -30 "$T/console-$1.log"; fail "no Cuedeck window within 60 s"; }
  echo "window $(DISPLAY=":$DISP" xdotool getwindowname "$WIN") shown $(echo "$(date +%s.%N) - $T0" | bc | cut -c1-5) s after start"
}
# Live viewers: the console's embedded backend counts the rehearsal audience's sockets (/metrics, loopback).
wait_viewers() {
  local viewers=0
  for _ in $(seq 60); do
    for port in $(listen_ports $(pids_in_root "$R")); do
      viewers=$(curl -sf "http://127.0.0.1:$port/metrics" | awk '/^cuedeck_viewer_sockets/ {print int($2)}' || true)
      [ "${viewers:-0}" -gt 0 ] && break 2
    done
    sleep 1
  done
  [ "${viewers:-0}" -gt 0 ] || fail "the installed console's backend has no live viewers"
  echo "live viewers connected to the console's embedded backend: $viewers"
}
# SIGTERM to the console's JVM, as a logout does, and wait until it is gone. (xdotool's windowclose destroys
# the X window under JavaFX, which then never exits by itself: it cost 20 s per stop.) runuser exits with it.
stop_console() {
  local pid
  for pid in $(pids_in_root "$R"); do [ "$(cat /proc/"$pid"/comm 2>/dev/null)" = runuser ] || kill "$pid" 2>/dev/null || true; done
  for _ in $(seq 100); do [ -z "$(pids_in_root "$R")" ] && break; sleep 0.2; done
  for pid in $(pids_in_root "$R"); do kill -9 "$pid" 2>/dev/null || true; done
  for _ in $(seq 20); do [ -z "$(pids_in_root "$R")" ] && break; sleep 0.1; done
}
start_console v1
wait_viewers
sleep 6   # let the charts fill and the viewer tile count up
DISPLAY=":$DISP" import -window root "$T/installed-deb.png"
cp "$T/installed-deb.png" "$ROOT/docs/screenshots/installed-deb.png"
echo "screenshot: docs/screenshots/installed-deb.png"
stop_console
DATA=$R/home/producer/.local/share/cuedeck
DB=$DATA/backend/cuedeck.db
[ -s "$DB" ] || fail "the console wrote no show data to ~/.local/share/cuedeck"
SHOWS_V1=$(show_ids "$DB")
[ -n "$SHOWS_V1" ] || fail "the console's SQLite file holds no show"
DATA_V1=$(data_sums)
echo "the console's data: $(find "$DATA" -type f | wc -l) files, shows $SHOWS_V1"

step "5 cuedeck-server: install, systemd-analyze verify, ExecStart as cuedeck with server.env, /health"
in_root "$R" apt-get install -y -q "/tmp/$(basename "$SERVER_DEB")" >"$T/apt-server.log" 2>&1 \
  || { tail -30 "$T/apt-server.log"; fail "apt-get install of the server package"; }
UNIT=$R/lib/systemd/system/cuedeck-server.service
# The chroot has no systemd, so --root=$R alone fails on the targets every service needs (sysinit.target).
# The unit is verified in a root made of the host's systemd units, the package's unit file and the package's
# files (bind-mounted): systemd-analyze then also checks the ExecStart binary the package installed.
V=$T/verify
mkdir -p "$V/usr/lib/systemd" "$V/usr/lib/cuedeck-server"; ln -s usr/lib "$V/lib"
cp -a /usr/lib/systemd/system "$V/usr/lib/systemd/"
cp "$UNIT" "$V/usr/lib/systemd/system/"
mount --bind "$R/usr/lib/cuedeck-server" "$V/usr/lib/cuedeck-server"
VERIFY_RC=0
systemd-analyze verify --root="$V" /lib/systemd/system/cuedeck-server.service >"$T/verify.log" 2>&1 || VERIFY_RC=$?
umount "$V/usr/lib/cuedeck-server"
cat "$T/verify.log"
[ "$VERIFY_RC" = 0 ] && [ ! -s "$T/verify.log" ] || fail "systemd-analyze verify complains about the unit (exit $VERIFY_RC)"
echo "systemd-analyze verify: the unit is clean"
for opt in 'Restart=on-failure' 'NoNewPrivileges=true' 'ProtectSystem=strict' 'ReadWritePaths=/var/lib/cuedeck' 'PrivateTmp=true' 'User=cuedeck'; do
  grep -qx "$opt" "$UNIT" || fail "the unit lacks $opt"
done
for key in $(grep -o '^| `CUEDECK_[A-Z_]*`' "$ROOT/docs/server.md" | tr -d '|` ' | sort -u); do
  grep -qE "^#?$key=" "$R/etc/cuedeck/server.env" || fail "/etc/cuedeck/server.env lacks $key (docs/server.md)"
done
in_root "$R" getent passwd cuedeck >/dev/null || fail "no cuedeck user"
[ "$(in_root "$R" stat -c %U /var/lib/cuedeck)" = cuedeck ] || fail "/var/lib/cuedeck is not the cuedeck user's"
PORT=$(free_port)
echo "CUEDECK_PORT=$PORT" >>"$R/etc/cuedeck/server.env"   # a free loopback port; also proves the conffile survives the upgrade
EXEC=$(sed -n 's/^ExecStart=//p' "$UNIT")
start_server() {
  chroot "$R" /usr/bin/env -i PATH=/usr/bin:/bin /usr/sbin/runuser -u cuedeck -- /bin/sh -c \
    "set -a; . /etc/cuedeck/server.env; set +a; cd /var/lib/cuedeck && exec $EXEC" >"$T/server-$1.log" 2>&1 & SERVER_PID=$!; PIDS+=($SERVER_PID)
  local h=""
  for _ in $(seq 120); do h=$(curl -sf "http://127.0.0.1:$PORT/health" || true); [ -n "$h" ] && break; sleep 0.5; done
  [ -n "$h" ] || { cat "$T/server-$1.log"; fail "the server's /health did not answer"; }
  echo "/health: $h"
}
stop_server() { kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; }
start_server v1
TOKEN=$(cat "$R/var/lib/cuedeck/producer.token")
SHOW=$(curl -sf -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"title":"Upgrade test show"}' "http://127.0.0.1:$PORT/api/v1/shows") || fail "could not create a show on the server"
echo "show created: $SHOW"
stop_server

step "6 upgrade both to $V2: data and /etc/cuedeck/server.env survive"
ENV_BEFORE=$(md5sum <"$R/etc/cuedeck/server.env")
in_root "$R" apt-get install -y -q "/tmp/cuedeck_${V2}_amd64.deb" "/tmp/cuedeck-server_${V2}_amd64.deb" >"$T/apt-upgrade.log" 2>&1 \
  || { tail -30 "$T/apt-upgrade.log"; fail "upgrade"; }
[ "$(in_root "$R" dpkg-query -W -f='${Version}' cuedeck)" = "$V2" ] || fail "cuedeck not at $V2"
[ "$(in_root "$R" dpkg-query -W -f='${Version}' cuedeck-server)" = "$V2" ] || fail "cuedeck-server not at $V2"
[ "$(md5sum <"$R/etc/cuedeck/server.env")" = "$ENV_BEFORE" ] || fail "server.env changed in the upgrade"
[ "$(data_sums)" = "$DATA_V1" ] || fail "the upgrade changed the console's data in ~/.local/share/cuedeck"
start_server v2
curl -sf -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/v1/shows" | grep -q 'Upgrade test show' \
  || fail "the show made before the upgrade is gone"
echo "after the upgrade: the server has the show made before it, the same token works, server.env unchanged"
stop_server
start_console v2
wait_viewers
stop_console
for id in $SHOWS_V1; do
  show_ids "$DB" | tr ' ' '\n' | grep -qx "$id" || fail "show $id, made by the console before the upgrade, is gone"
done
echo "after the upgrade: the console's files were untouched by it, and the console ran on them (shows $(show_ids "$DB"))"

if [ "$CLONE" = 1 ]; then
  step "8 a clean clone on a chroot with only openjdk-17-jdk-headless and git: ./mvnw -v, ./cuedeck server"
  R2=$T/root2
  new_root "$R2"
  seed_from_host "$R2" --no-install-recommends openjdk-17-jdk-headless git ca-certificates || true
  in_root "$R2" apt-get install -y -q --no-install-recommends openjdk-17-jdk-headless git ca-certificates >"$T/apt-jdk.log" 2>&1 \
    || { tail -20 "$T/apt-jdk.log"; fail "installing the JDK"; }
  # A machine behind a TLS-inspecting proxy trusts it through local CAs: the chroot needs them to reach Maven Central.
  if ls /usr/local/share/ca-certificates/*.crt >/dev/null 2>&1; then
    cp /usr/local/share/ca-certificates/*.crt "$R2/usr/local/share/ca-certificates/"
    in_root "$R2" update-ca-certificates >/dev/null 2>&1 || true
  fi
  git clone -q --no-hardlinks "$ROOT" "$R2/root/cuedeck"
  in_root "$R2" sh -c 'cd /root/cuedeck && ./mvnw -B -q -v' | head -1
  PORT2=$(free_port)
  T8=$(date +%s)
  # The build fetches from Maven Central: a connection reset there is retried (three tries in all)
  # instead of failing the run; ./cuedeck server then builds again from what was fetched.
  for try in 1 2 3; do
    in_root "$R2" sh -c 'cd /root/cuedeck && ./mvnw -B -q -DskipTests -pl backend-stub -am package' \
      >"$T/clone-build-$try.log" 2>&1 && break
    [ "$try" = 3 ] && { tail -30 "$T/clone-build-$try.log"; fail "the clean clone did not build (three tries)"; }
    echo "the clean clone's build failed (try $try; $(grep -c 'Could not transfer' "$T/clone-build-$try.log") transfers failed); again"
    sleep 5
  done
  chroot "$R2" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/root CUEDECK_PORT=$PORT2 sh -c 'cd /root/cuedeck && exec ./cuedeck server' \
    >"$T/clone-server.log" 2>&1 & SERVER2=$!; PIDS+=($SERVER2)
  H=""
  # stop waiting as soon as the server is gone: its log says why
  for _ in $(seq 900); do
    H=$(curl -sf "http://127.0.0.1:$PORT2/health" || true); [ -n "$H" ] && break
    kill -0 "$SERVER2" 2>/dev/null || break
    sleep 1
  done
  [ -n "$H" ] || { tail -30 "$T/clone-server.log"; fail "./cuedeck server in the clean clone did not answer /health"; }
  echo "/health from the clean clone after $(( $(date +%s) - T8 )) s: $H"
  echo "what the clone's Maven Wrapper fetched from Maven Central into the chroot: Maven $(ls "$R2/root/.m2/wrapper/dists/" 2>/dev/null | head -1)," \
    "$(find "$R2/root/.m2/repository" -name '*.jar' | wc -l) jars ($(du -sh "$R2/root/.m2/repository" | cut -f1))"
fi
end_step

echo
echo "== sizes"
for f in "$T"/v1/*.deb; do
  printf '%6s  %s (%s)\n' "$(du -h "$f" | cut -f1)" "$(basename "$f")" "$(ar t "$f" | sed -n 's/^data\.tar\.\{0,1\}//p')"
done
printf '%6s  %s (installed)\n' "$(du -sh "$R/opt/cuedeck" | cut -f1)" /opt/cuedeck
printf '%6s  %s (installed)\n' "$(du -sh "$R/usr/lib/cuedeck-server" | cut -f1)" /usr/lib/cuedeck-server
echo "== step times"
printf '%s\n' "${TIMES[@]}"
printf '%6d s  all, from start to here\n' "$(( $(date +%s) - START ))"
echo "test-install: PASSED"
