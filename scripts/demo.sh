#!/usr/bin/env bash
# npm run demo: readies the machine (Node 24, Docker engine, registry, builders), then runs
# scripts/demo.ts, bundled on the fly because it reuses the test harness's servers.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
imprint_setup
[ -f dist/cli.js ] || npm run -s build
export STORAGE_DRIVER="${STORAGE_DRIVER:-vfs}"
node node_modules/@vercel/ncc/dist/ncc/cli.js build scripts/demo.ts -o .tmp/demo -q >/dev/null
exec node .tmp/demo/index.js "$(pwd)/out/demo"
