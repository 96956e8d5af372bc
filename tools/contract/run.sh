#!/usr/bin/env bash
# The API contract, checked from outside: schemathesis (PyPI, pinned) against /api/openapi.json of the real app on
# a real Neo4j. Every check class runs; the rejections the OpenAPI document cannot state (values that depend on
# the data, Cypher's own grammar, rules across fields) are listed per operation in schemathesis.toml and
# explained in the README. Usage: bash tools/contract/run.sh [max examples per operation, default 30]
set -euo pipefail
cd "$(dirname "$0")/../.."
here=tools/contract
node tools/setup.mjs start
venv=.cache/schemathesis-venv
examples="${1:-30}"

if [ ! -x "$venv/bin/schemathesis" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q "schemathesis==4.32.5"
fi

data=$(mktemp -d)
port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
log="$data/app.log"
# A generous rate limit: schemathesis sends far more than an analyst would, from one address.
PORT=$port NEO4J_LOCAL_DATA="$data/neo4j" SNAPSHOT_CACHE_DIR="$data/cache" CYPHER_RATE_LIMIT_PER_MIN=100000 \
  CYPHER_CONCURRENCY_PER_CLIENT=8 LOG_LEVEL=warn node --import tsx server/main.ts >"$log" 2>&1 &
app=$!
# The app itself (not a wrapper), so SIGTERM reaches the process that stops its Neo4j.
cleanup() {
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  rm -rf "$data"
}
trap cleanup EXIT

for _ in $(seq 1 180); do
  if curl -fsS "http://127.0.0.1:$port/api/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$app" 2>/dev/null; then cat "$log"; echo "the app did not start" >&2; exit 1; fi
  sleep 1
done

# The full report goes to a file and is printed only when something fails; a passing run prints its counts.
report="$data/schemathesis.txt"
if "$venv/bin/schemathesis" --config-file "$here/schemathesis.toml" run "http://127.0.0.1:$port/api/openapi.json" \
  --checks all --max-examples "$examples" --seed 1 --workers 1 --no-color \
  --report junit --report-dir "test-artifacts/schemathesis" >"$report" 2>&1; then
  echo "[contract] schemathesis against /api/openapi.json: $(grep -E '^ *[0-9]+ generated' "$report" | sed 's/^ *//')"
else
  cat "$report"
  echo "[contract] schemathesis FAILED" >&2
  exit 1
fi
