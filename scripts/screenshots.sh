#!/usr/bin/env bash
# npm run screenshots: draws the summaries `npm run demo` wrote (out/demo) as GitHub shows them,
# into docs/images, with the machine's headless Chromium. scripts/screenshots.ts is bundled on
# the fly like the demo; playwright-core stays outside the bundle (it loads its own files).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/node24/package/bin:$PATH"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if [ ! -x "${IMPRINT_CHROMIUM:-/usr/bin/chromium}" ]; then
  echo "screenshots: no Chromium at ${IMPRINT_CHROMIUM:-/usr/bin/chromium}; install it with: apt-get install -y chromium" >&2
  exit 1
fi
node node_modules/@vercel/ncc/dist/ncc/cli.js build scripts/screenshots.ts -o .tmp/screenshots \
  -e playwright-core -q >/dev/null
# Defaults first: a later --from / --to given by the caller wins.
exec node .tmp/screenshots/index.js --from out/demo --to docs/images "$@"
