#!/usr/bin/env bash
# npm run bench [-- NAME]: runs bench/NAME.ts (default: all), bundled on the fly like the demo.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
imprint_setup
ensure_peers
export STORAGE_DRIVER="${STORAGE_DRIVER:-vfs}"
names=("$@")
if [ "${#names[@]}" -eq 0 ]; then
  mapfile -t names < <(find bench -maxdepth 1 -name '*.ts' -printf '%f\n' | sed 's/\.ts$//' | sort)
fi
for name in "${names[@]}"; do
  echo "## bench/$name"
  node node_modules/@vercel/ncc/dist/ncc/cli.js build "bench/$name.ts" -o ".tmp/bench/$name" -q >/dev/null
  node ".tmp/bench/$name/index.js"
done
