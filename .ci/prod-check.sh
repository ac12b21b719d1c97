#!/usr/bin/env bash
# The production build runs with production dependencies only (ADR 0023):
#   1. build dist/ (npm run build) and check every package the compiled code imports is a dependency;
#   2. copy the tracked files WITHOUT src/, test/, e2e/, bench/ plus dist/ into a temporary directory,
#      `npm ci --omit=dev` there, and check the development tools (tsx, vite, vitest, typescript, esbuild) are absent;
#   3. start `npm run start:prod` there on a fresh embedded database with the demo, wait for /readyz,
#      fetch the web app and an API page, run the `shenpi` CLI, then SIGTERM and expect exit 0.
# Usage: .ci/prod-check.sh [--no-build]     (SHENPI_PROD_CHECK_DEMO=0 for an empty bureau; faster)
set -uo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
fail() { echo "prod-check FAILED: $*" >&2; [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null; exit 1; }

if [ "${1:-}" != "--no-build" ]; then
  npm run build || fail "npm run build"
fi
node scripts/runtime-imports.mjs || fail "the compiled code imports packages that are not production dependencies"

work="$(mktemp -d "${TMPDIR:-/tmp}/shenpi-prod.XXXXXX")"
trap 'rm -rf "$work"' EXIT
git ls-files -z | grep -zvE '^(src|test|e2e|bench)/' | xargs -0 cp --parents -t "$work" || fail "copy"
cp -r dist "$work/dist"
cd "$work" || exit 1
t0=$(date +%s)
npm ci --omit=dev --no-audit --no-fund --loglevel=error >npm-ci.log 2>&1 || { cat npm-ci.log; fail "npm ci --omit=dev"; }
echo "npm ci --omit=dev: $(( $(date +%s) - t0 )) s, $(ls node_modules | wc -l) top-level packages"
for dev in tsx vite vitest typescript esbuild @playwright/test; do
  [ -e "node_modules/$dev" ] && fail "development package $dev was installed"
done

port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
export PORT="$port" HOST=127.0.0.1 SHENPI_DATA_DIR="$work/data" SHENPI_DEMO="${SHENPI_PROD_CHECK_DEMO:-1}" LOG_LEVEL=warn
unset DATABASE_URL
t0=$(date +%s.%N)
node dist/server/main.js >server.log 2>&1 &   # = npm run start:prod, without npm in between (its exit status on SIGTERM is 143)
pid=$!
ready=""
for _ in $(seq 1 600); do
  kill -0 "$pid" 2>/dev/null || { cat server.log; fail "the server exited"; }
  if curl -sf "http://127.0.0.1:$port/readyz" >/dev/null; then ready=1; break; fi
  sleep 0.5
done
[ -n "$ready" ] || { tail -50 server.log; fail "/readyz did not answer in 300 s"; }
echo "/readyz answered after $(node -e "console.log((Date.now()/1000-$t0).toFixed(1))") s (fresh embedded database, SHENPI_DEMO=$SHENPI_DEMO)"
curl -sf "http://127.0.0.1:$port/" | grep -q '<div id="root">' || fail "the web app (dist/web) is not served at /"
curl -sf "http://127.0.0.1:$port/api/v1/catalog/stats" >/dev/null || fail "GET /api/v1/catalog/stats"
curl -sf "http://127.0.0.1:$port/api/openapi.json" >/dev/null || fail "GET /api/openapi.json"
node bin/shenpi.mjs --help >/dev/null || fail "the shenpi CLI (dist/cli) does not run"
kill -TERM "$pid"
wait "$pid"
rc=$?
pid=""
[ "$rc" = 0 ] || { tail -20 server.log; fail "SIGTERM: exit $rc, expected 0"; }
if grep -q '"level":[56]0' server.log; then grep '"level":[56]0' server.log | head -5; fail "errors in the server log"; fi
echo "prod-check passed: npm ci --omit=dev, npm run start:prod, /readyz, /, the API, the CLI, SIGTERM → 0"
