#!/usr/bin/env bash
# The one test command (README, .ci/run): readies the machine, then runs every suite:
# type check, unit, integration (real Docker engine, registries, loopback Sigstore),
# interop (real data other tools wrote, from ../shared/fixtures or IMPRINT_FIXTURES) and
# peers (real cosign, crane and sigstore-python, built by scripts/peers.sh in the set-up).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
imprint_setup
ensure_peers

export IMPRINT_FIXTURES="${IMPRINT_FIXTURES:-$(cd .. && pwd)/shared/fixtures}"
if [ ! -d "$IMPRINT_FIXTURES" ]; then
  echo "The interop fixtures are missing: $IMPRINT_FIXTURES (set IMPRINT_FIXTURES)." >&2
  exit 1
fi

npm run -s typecheck
jest() { node --experimental-vm-modules node_modules/jest/bin/jest.js --ci "$@"; }
if [ "$#" -gt 0 ]; then
  jest "$@"
else
  # The unit tests run with coverage and must stay above the floor in jest.config.js
  # (coverageThreshold); the slower suites run without the instrumentation.
  # Both run even when the first fails, so one run reports every failure.
  status=0
  jest --selectProjects unit --coverage || status=$?
  jest --selectProjects integration interop peers || status=$?
  exit "$status"
fi
