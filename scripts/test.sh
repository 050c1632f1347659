#!/usr/bin/env bash
# The test command: builds the solution and runs the whole suite against SQLite, then against a
# private PostgreSQL server that this script starts (and installs from Debian's packages if missing).
# Usage: bash scripts/test.sh            (both databases)
#        ZHIFA_TEST_ONLY=sqlite bash scripts/test.sh   (skip PostgreSQL)
set -euo pipefail
cd "$(dirname "$0")/.."

PG_PORT="${ZHIFA_TEST_PG_PORT:-55432}"
LOG_DIR="$(mktemp -d /tmp/zhifa-test-logs.XXXXXX)"

find_pg_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

install_postgres() {
  if [ -z "$(find_pg_bin)" ]; then
    echo "== installing PostgreSQL from Debian's packages"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq postgresql >/dev/null
  fi
}

# Real tools the tests drive: Chinese fonts for generated PDFs (the document renderer embeds the
# TrueType font of fonts-wqy-zenhei), poppler and tesseract to read them back, ffmpeg, ImageMagick and
# exiftool to make test media, Chromium for the browser tests, and Node.js with npm for axe-core and the
# standard tus client.
TOOL_PACKAGES="fonts-noto-cjk fonts-wqy-zenhei poppler-utils tesseract-ocr tesseract-ocr-chi-sim ffmpeg imagemagick libimage-exiftool-perl chromium"
install_tools() {
  local missing=""
  for package in $TOOL_PACKAGES; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing="$missing $package"
  done
  # Node.js may come from another source (NodeSource's nodejs bundles npm and conflicts with Debian's npm
  # package), so the commands are checked, not the package names.
  command -v node >/dev/null || missing="$missing nodejs"
  command -v npm >/dev/null || missing="$missing npm"
  if [ -n "$missing" ]; then
    echo "== installing from Debian's packages:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq $missing >/dev/null
  fi
}

PG_DIR=""
stop_postgres() {
  if [ -n "$PG_DIR" ] && [ -f "$PG_DIR/data/postmaster.pid" ]; then
    as_pg "$(find_pg_bin)/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
  fi
}
trap stop_postgres EXIT

# PostgreSQL refuses to run as root, so as root the server runs as the postgres user.
as_pg() {
  if [ "$(id -u)" = "0" ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

start_postgres() {
  local bin
  bin="$(find_pg_bin)"
  PG_DIR="$(mktemp -d /tmp/zhifa-pg.XXXXXX)"
  if [ "$(id -u)" = "0" ]; then
    chown postgres "$PG_DIR"
  fi
  echo "== starting PostgreSQL ($bin) on 127.0.0.1:$PG_PORT in $PG_DIR"
  as_pg "$bin/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$LOG_DIR/initdb.log"
  # A throwaway test server: durability is not under test here, speed is, so fsync is off.
  as_pg "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w start \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" >/dev/null
}

run_tests() {
  local label="$1"; shift
  echo "== tests on $label"
  local log="$LOG_DIR/$label.log"
  set +e
  dotnet test "$@" --no-build -c Release 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  set -e
  return "$status"
}

install_tools

echo "== installing the browser test tools (npm ci in tests/browser-tools)"
npm ci --prefix tests/browser-tools --no-audit --no-fund >/dev/null
echo "== installing the tus-js-client that the upload tests run under Node.js (npm ci)"
(cd tests/tus-client && npm ci --no-audit --no-fund >/dev/null)

echo "== building"
dotnet build Zhifa.slnx -c Release -warnaserror
echo "== checking the formatting (dotnet format --verify-no-changes)"
dotnet format Zhifa.slnx --verify-no-changes --no-restore

status=0
ZHIFA_TEST_DATABASE=sqlite run_tests sqlite Zhifa.slnx || status=1

if [ "${ZHIFA_TEST_ONLY:-}" != "sqlite" ]; then
  install_postgres
  start_postgres
  ZHIFA_TEST_DATABASE=postgres \
  ZHIFA_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres" \
    run_tests postgres tests/Zhifa.Web.Tests/Zhifa.Web.Tests.csproj || status=1
fi

# One closing line over both runs, in the form CI reads: "N passed, N failed".
passed=$(grep -hoE 'Passed: +[0-9]+' "$LOG_DIR"/*.log | awk '{s+=$2} END {print s+0}')
failed=$(grep -hoE 'Failed: +[0-9]+' "$LOG_DIR"/*.log | awk '{s+=$2} END {print s+0}')
if [ "$passed" = "0" ]; then
  status=1
fi
echo "tests: $passed passed, $failed failed"
exit "$status"
