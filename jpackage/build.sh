#!/usr/bin/env bash
# Builds Cuedeck's Linux installers from this clone (docs: README.md "Install", jpackage/README.md):
#   target/installers/Cuedeck/                       the console's app-image (bin/Cuedeck), with its AppCDS archive
#   target/installers/cuedeck_<v>-1_amd64.deb        the console for studio PCs
#   target/installers/cuedeck-server_<v>-1_amd64.deb the server as a systemd service
# <v> is the pom's version without -SNAPSHOT.
#
#   jpackage/build.sh                     everything (Maven build first, through ./mvnw)
#   jpackage/build.sh --version 0.1.1     the same jars, packaged as another version (upgrade tests)
#   jpackage/build.sh --no-maven          reuse the jars of the last build
#   jpackage/build.sh --only console|server
# Needs a JDK 17+ with jpackage and jlink, fakeroot and dpkg-dev (dpkg-deb, dpkg -S); Xvfb, xdotool and
# libgtk-3-0 for the AppCDS training run (without them the image has no archive and says so).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/target/installers
WORK=$OUT/work
VERSION=""
MAVEN=1
ONLY=all
while [ $# -gt 0 ]; do
  case "$1" in
    --version) VERSION=$2; shift 2 ;;
    --no-maven) MAVEN=0; shift ;;
    --only) ONLY=$2; shift 2 ;;
    --dest) OUT=$2; WORK=$OUT/work; shift 2 ;;
    *) echo "usage: jpackage/build.sh [--version V] [--no-maven] [--only console|server] [--dest DIR]" >&2; exit 2 ;;
  esac
done

POM_VERSION=$(sed -n '0,/<artifactId>cuedeck-parent<\/artifactId>/d; s:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
VERSION=${VERSION:-${POM_VERSION%-SNAPSHOT}}
case "$(uname -s)" in
  Linux) PLATFORM=linux; ICON=$ROOT/assets/icons/cuedeck-256.png; PLATFORM_IMAGE_OPTS="" ;;
  Darwin) PLATFORM=mac; ICON=$ROOT/assets/icons/cuedeck.icns
    PLATFORM_IMAGE_OPTS="--mac-package-identifier io.cuedeck.console --mac-package-name Cuedeck" ;;
  MINGW*|MSYS*|CYGWIN*) PLATFORM=windows; ICON=$ROOT/assets/icons/cuedeck.ico; PLATFORM_IMAGE_OPTS="" ;;
  *) echo "jpackage/build.sh: unknown OS $(uname -s)" >&2; exit 2 ;;
esac
# jpackage refuses a macOS version whose first number is 0 (CFBundleVersion): 0.x.y is packaged as 1.0.0 there,
# the file keeps the real version in its name.
APP_VERSION=$VERSION
if [ "$PLATFORM" = mac ] && [ "${VERSION%%.*}" = 0 ]; then APP_VERSION=1.0.0; fi
JDK=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v jpackage)")")")}
VENDOR="Cuedeck"
DESCRIPTION="Control room for live-TV audience interaction: rundown, live audience charts, capacity and reports"
# JDK modules of the server and the console besides JavaFX (jdeps cannot read the mixed jar set; listed by hand:
# SQLite (java.sql), Jetty and Lettuce (naming, management, unsupported), TLS (crypto.ec), zh-TW and ko formats
# (localedata), java.desktop for the libraries that use java.beans and AWT fonts in PDF export).
JDK_MODULES=java.base,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,java.prefs,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.transaction.xa,java.xml,jdk.crypto.ec,jdk.localedata,jdk.management,jdk.naming.dns,jdk.net,jdk.unsupported,jdk.zipfs
JLINK_OPTS="--strip-debug --no-man-pages --no-header-files --compress=2"
# Compression of both .debs: gzip. dpkg-deb's default, xz, took about 5 minutes for the console on this 2-core
# machine and saves little, since the jars and the jlinked modules are compressed already (docs/benchmarks.md).
# jpackage calls dpkg-deb without -Z, so the console's goes through dpkg-deb's environment (dpkg 1.21.10+).
DEB_COMPRESSION=${CUEDECK_DEB_COMPRESSION:-gzip}
mkdir -p "$OUT" "$WORK"
step() { echo "== $(date -u +%H:%M:%S) $*"; }

if [ "$MAVEN" = 1 ]; then
  step "Maven: packaging every module (tests skipped: ./cuedeck test runs them)"
  ./mvnw -B -q -DskipTests -pl app -am package dependency:copy-dependencies \
      -DincludeScope=runtime -DoutputDirectory=target/jpackage-deps
fi
DEPS=$ROOT/app/target/jpackage-deps
[ -d "$DEPS" ] || { echo "no $DEPS: run without --no-maven first" >&2; exit 1; }
if ls "$DEPS" | grep -qi dynamodblocal; then
  echo "DynamoDB Local is on the console's runtime class path: it must never be in an installer" >&2; exit 1
fi

# Native packages the files of a runtime link against (what jpackage does for the console), for Depends.
shlib_depends() {
  find "$1" -type f \( -name '*.so' -o -perm -u+x \) -exec sh -c 'head -c4 "$1" | grep -q ELF && ldd "$1"' _ {} \; 2>/dev/null \
    | awk '/=> \//{print $3}' | sort -u | while read -r so; do
        # dpkg knows a library under one of its names (/lib or /usr/lib on a merged-/usr system)
        for name in "$so" "$(readlink -f "$so")" "${so#/usr}" "/usr${so#/usr}"; do
          dpkg -S "$name" 2>/dev/null | cut -d: -f1 && break
        done
      done | sort -u | paste -sd, - | sed 's/,/, /g'
}

build_console() {
  step "console: app-image $VERSION"
  local input=$WORK/console-input fx=$WORK/javafx image=$OUT/Cuedeck
  rm -rf "$input" "$fx" "$image" "$WORK/console-deb-image"
  mkdir -p "$input" "$fx"
  # the platform jars of JavaFX (javafx-base-21.0.12-linux.jar, -win, -mac, -mac-aarch64), not the empty shims
  ls "$DEPS"/javafx-*.jar | grep -E -- '-[0-9.]+-[a-z0-9-]+\.jar$' | xargs -I{} cp {} "$fx"/
  find "$DEPS" -name '*.jar' ! -name 'javafx-*' -exec cp {} "$input"/ \;
  cp "$ROOT"/app/target/app-"$POM_VERSION".jar "$input"/
  jpackage --type app-image --dest "$OUT" --name Cuedeck --app-version "$APP_VERSION" \
    --vendor "$VENDOR" --description "$DESCRIPTION" --copyright "Cuedeck" \
    --icon "$ICON" $PLATFORM_IMAGE_OPTS \
    --input "$input" --main-jar "app-$POM_VERSION.jar" --main-class io.cuedeck.console.Launcher \
    --module-path "$fx" --add-modules "javafx.controls,javafx.fxml,$JDK_MODULES" \
    --jlink-options "$JLINK_OPTS" \
    --java-options '-XX:SharedArchiveFile=$APPDIR/cuedeck.jsa' \
    --java-options '-Xlog:cds=off' --java-options '-Xlog:cds+dynamic=off'
  # The deb gets a copy without the archive: CDS on JDK 17 checks the class path's absolute paths, so the
  # archive is made where the package is installed, by its postinst (from the class list made here).
  if [ "$PLATFORM" != linux ]; then
    console_installer_other; return
  fi
  cp -a "$image" "$WORK/console-deb-image"
  train_cds "$image"

  step "console: cuedeck .deb $VERSION"
  local res=$WORK/console-resources
  rm -rf "$res"; mkdir -p "$res"
  cp "$ROOT"/jpackage/linux/control "$ROOT"/jpackage/linux/postinst "$ROOT"/jpackage/linux/prerm "$res"/
  cp "$image/lib/app/cuedeck.classlist" "$WORK/console-deb-image/lib/app/" 2>/dev/null || true
  rm -f "$OUT"/cuedeck_*.deb
  DPKG_DEB_COMPRESSOR_TYPE=$DEB_COMPRESSION jpackage --type deb --dest "$OUT" --app-image "$WORK/console-deb-image" --name Cuedeck \
    --app-version "$VERSION" --vendor "$VENDOR" --description "$DESCRIPTION" \
    --icon "$ROOT/assets/icons/cuedeck-256.png" --resource-dir "$res" \
    --linux-package-name cuedeck --linux-app-release 1 --linux-deb-maintainer "Cuedeck <ops@cuedeck.invalid>" \
    --linux-menu-group "AudioVideo;Video" --linux-app-category video --linux-shortcut \
    --linux-package-deps libgtk-3-0
  local deb; deb=$(ls "$OUT"/cuedeck_*.deb)
  echo "$deb: $(du -h "$deb" | cut -f1)"; dpkg-deb -f "$deb" Package Version Depends Recommends
}

# A training run under Xvfb records the classes a start loads (-XX:DumpLoadedClassList); the app-image
# then gets an archive made from that list at its own path. Skipped, with a warning, without Xvfb.
train_cds() {
  local image=$1 list=$1/lib/app/cuedeck.classlist
  if ! command -v Xvfb >/dev/null || ! command -v xdotool >/dev/null; then
    echo "WARNING: no Xvfb/xdotool: the app-image and the .deb carry no AppCDS class list (slower start)" >&2
    return 0
  fi
  step "console: AppCDS training run under Xvfb"
  local home disp; home=$(mktemp -d)
  # Xvfb picks a free display itself (another X server may be running) and writes its number.
  Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$home/display" >/dev/null 2>&1 & local xpid=$!
  for _ in $(seq 100); do [ -s "$home/display" ] && break; sleep 0.1; done
  disp=:$(cat "$home/display")
  DISPLAY=$disp HOME=$home CUEDECK_CONSOLE_HOME=$home/cuedeck JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$list" \
    "$image/bin/Cuedeck" >"$WORK/training.log" 2>&1 & local apid=$!
  local shown=1
  if DISPLAY=$disp timeout 90 xdotool search --sync --onlyvisible --name '^Cuedeck' >/dev/null; then
    sleep 8   # the first seconds of a rehearsal: charts, viewer tiles, the audience's sockets
  else
    shown=0
  fi
  kill "$apid" 2>/dev/null || true; wait "$apid" 2>/dev/null || true
  kill "$xpid" 2>/dev/null || true; wait "$xpid" 2>/dev/null || true
  rm -rf "$home"
  if [ "$shown" = 0 ]; then
    # A list from a start that never showed a window (no GTK 3 on this machine, a crash) would be carried
    # into the package as if it were the real one: drop it. test-install.sh fails on a package without it.
    rm -f "$list"
    echo "WARNING: training run showed no window in 90 s, no AppCDS class list (see $WORK/training.log;" \
      "the build machine needs libgtk-3-0)" >&2
    return 0
  fi
  # Classes the JDK 17 dumper cannot take from a list (hidden classes without lambda-proxy lines) are
  # skipped by it with a warning; the list stays as recorded.
  JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$list" "$image/bin/Cuedeck" >"$WORK/cds-dump.log" 2>&1 || true
  if [ -f "$image/lib/app/cuedeck.jsa" ]; then
    echo "AppCDS: $(wc -l <"$list") classes listed, archive $(du -h "$image/lib/app/cuedeck.jsa" | cut -f1)"
  else
    echo "WARNING: no AppCDS archive made (see $WORK/cds-dump.log)" >&2
  fi
}

build_server() {
  step "server: jlinked runtime (no JavaFX) and cuedeck-server .deb $VERSION"
  local pkg=$WORK/server-pkg lib
  rm -rf "$pkg"; lib=$pkg/usr/lib/cuedeck-server
  mkdir -p "$lib" "$pkg/DEBIAN" "$pkg/etc/cuedeck" "$pkg/lib/systemd/system" "$pkg/usr/bin" "$pkg/usr/share/doc/cuedeck-server"
  jlink --add-modules "$JDK_MODULES" $JLINK_OPTS --output "$lib/runtime"
  # keep bin/java (the unit runs it), nothing else of bin/
  find "$lib/runtime/bin" -type f ! -name java -delete
  # a headless server never loads the X11 window, sound or splash-screen libraries: no X11 in its Depends
  rm -f "$lib"/runtime/lib/libawt_xawt.so "$lib"/runtime/lib/libjsound.so "$lib"/runtime/lib/libsplashscreen.so
  cp "$ROOT/backend-stub/target/cuedeck-server.jar" "$lib/"
  cp "$ROOT/jpackage/server/cuedeck-server.service" "$pkg/lib/systemd/system/"
  cp "$ROOT/jpackage/server/server.env" "$pkg/etc/cuedeck/server.env"
  chmod 640 "$pkg/etc/cuedeck/server.env"
  install -m 755 "$ROOT/jpackage/server/cuedeck-server" "$pkg/usr/bin/cuedeck-server"
  cp "$ROOT/docs/server.md" "$ROOT/docs/operations.md" "$pkg/usr/share/doc/cuedeck-server/"
  install -m 755 "$ROOT"/jpackage/server/postinst "$ROOT"/jpackage/server/prerm "$ROOT"/jpackage/server/postrm "$pkg/DEBIAN/"
  echo /etc/cuedeck/server.env >"$pkg/DEBIAN/conffiles"
  local depends; depends=$(shlib_depends "$lib/runtime" || true)
  cat >"$pkg/DEBIAN/control" <<EOF
Package: cuedeck-server
Version: $VERSION-1
Section: net
Priority: optional
Architecture: $(dpkg --print-architecture)
Maintainer: Cuedeck <ops@cuedeck.invalid>
Depends: ${depends:+$depends, }passwd
Installed-Size: $(du -sk "$pkg" | cut -f1)
Homepage: https://github.com/cuedeck/cuedeck
Description: Cuedeck server as a systemd service
 The backend of the Cuedeck console and of the viewers' companion pages, on its own Java runtime,
 run by cuedeck-server.service as the cuedeck system user. Configuration in /etc/cuedeck/server.env,
 data under /var/lib/cuedeck. See /usr/share/doc/cuedeck-server/server.md.
EOF
  rm -f "$OUT"/cuedeck-server_*.deb
  local deb=$OUT/cuedeck-server_${VERSION}-1_$(dpkg --print-architecture).deb
  dpkg-deb --root-owner-group -Z"$DEB_COMPRESSION" --build "$pkg" "$deb" >/dev/null
  echo "$deb: $(du -h "$deb" | cut -f1)"; dpkg-deb -f "$deb" Package Version Depends
}

# Windows .msi and macOS .dmg from the same app-image (built on their own OS: .github/workflows/installers.yml).
# jpackage needs WiX 3 on the PATH for the .msi. The upgrade code stays the same across versions, so a newer
# .msi replaces an older one (user data under %APPDATA%\\Cuedeck stays).
console_installer_other() {
  if [ "$PLATFORM" = windows ]; then
    step "console: Cuedeck .msi $APP_VERSION"
    jpackage --type msi --dest "$OUT" --app-image "$OUT/Cuedeck" --name Cuedeck --app-version "$APP_VERSION" \
      --vendor "$VENDOR" --description "$DESCRIPTION" --icon "$ICON" \
      --win-menu --win-menu-group Cuedeck --win-shortcut --win-dir-chooser \
      --win-upgrade-uuid a105bc23-5b93-58ef-a776-fb219014434a
  else
    step "console: Cuedeck .dmg $APP_VERSION"
    jpackage --type dmg --dest "$OUT" --app-image "$OUT/Cuedeck.app" --name Cuedeck --app-version "$APP_VERSION" \
      --vendor "$VENDOR" --description "$DESCRIPTION" --icon "$ICON"
  fi
  ls -l "$OUT"/Cuedeck*.msi "$OUT"/Cuedeck*.dmg 2>/dev/null || true
}

case "$ONLY" in
  all) build_console; if [ "$PLATFORM" = linux ]; then build_server; fi ;;
  console) build_console ;;
  server) build_server ;;
  *) echo "--only console or server" >&2; exit 2 ;;
esac
