#!/usr/bin/env bash
# The companion page's browser test, as CI runs it (a stage of ./cuedeck test): installs what it
# needs, builds the server jar if it is missing or older than its sources, then runs
# companion.test.mjs. Nothing is skipped: a missing piece that cannot be installed fails the run.
#   SCREENSHOTS_DIR=../docs/screenshots web-tests/run.sh   also rewrites the page's screenshots
set -euo pipefail
cd "$(dirname "$0")"
root=..
jar="$root/backend-stub/target/cuedeck-server.jar"
started=$(date +%s)

fail() { echo "web-tests: $*" >&2; exit 1; }

if [ ! -x /usr/bin/chromium ]; then
  echo "web-tests: installing Debian's chromium"
  command -v apt-get >/dev/null || fail "/usr/bin/chromium is missing and there is no apt-get to install it"
  if [ "$(id -u)" -eq 0 ]; then SUDO=(); else SUDO=(sudo); fi
  "${SUDO[@]}" apt-get update -qq || fail "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq chromium >/dev/null \
    || fail "apt-get install chromium failed"
fi
[ -x /usr/bin/chromium ] || fail "/usr/bin/chromium is still missing"

command -v node >/dev/null || fail "Node.js 20 or newer is needed (node is not on the PATH)"
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 20 ] || fail "Node.js 20 or newer is needed; this is $(node --version)"
if [ ! -d node_modules/playwright-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error || fail "npm ci failed"
fi

sources=$(find "$root/backend-stub/src/main" "$root/protocol/src/main" "$root/backend-stub/pom.xml" "$root/pom.xml" \
  -newer "$jar" -print -quit 2>/dev/null || true)
if [ ! -f "$jar" ] || [ -n "$sources" ]; then
  echo "web-tests: building $jar"
  (cd "$root" && mvn -B -q -pl backend-stub -am -DskipTests package) || fail "the server jar did not build"
fi

node --test --test-reporter=spec companion.test.mjs
echo "web-tests: companion page browser test passed in $(( $(date +%s) - started )) s"
