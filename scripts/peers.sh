#!/usr/bin/env bash
# Installs the peer tools the peers tests run (cosign v3 and v2, crane, sigstore-python, moto, Trivy,
# syft, the test's own Trivy DB builder, OPA, the Kyverno CLI and policy-controller's tester) at the versions pinned in test/peers/tools.json,
# into a cache outside the clone:
#   ${IMPRINT_PEERS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/imprint-peers}/<name>@<version>/
# A tool already there costs nothing; a version change builds only that tool. Each build runs in
# a temporary folder that is renamed into place at the end, so a killed build leaves no half tool.
# Usage: scripts/peers.sh [name...]   (no names: every tool). Needs node, go and python3.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TABLE="$ROOT/test/peers/tools.json"
CACHE="${IMPRINT_PEERS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/imprint-peers}"

peers_log() { printf '[peers] %s\n' "$*" >&2; }

# Debian's golang-go (1.19) predates toolchain downloads and cannot build these modules; the Go
# the machine kind ships (HARNESS.md) lives in /usr/local/go.
if [ -x /usr/local/go/bin/go ]; then PATH="/usr/local/go/bin:$PATH"; fi

require_go() {
  local version
  version="$(go env GOVERSION 2>/dev/null || echo none)"
  if [[ ! "$version" =~ ^go1\.(2[1-9]|[3-9][0-9]) ]]; then
    peers_log "Go $version cannot build the peer tools: install Go 1.21 or newer (it fetches the toolchain a module asks for)"
    return 1
  fi
}

# One line per tool: name, kind, package, version, first word of its command, build environment
# (K=V,K=V or -), linker flags with {version} filled in (or -), tab-separated.
tool_rows() {
  node -e '
    const { tools } = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    for (const t of tools) {
      const env = Object.entries(t.env ?? {}).map(([k, v]) => `${k}=${v}`).join(",") || "-";
      const ldflags = (t.ldflags ?? "-").replaceAll("{version}", t.version.replace(/^v/, ""));
      console.log([t.name, t.kind, t.package, t.version, t.command[0], env, ldflags].join("\t"));
    }
  ' "$TABLE"
}

# A Go module kept in this repository (kind go-local) is versioned by its sources: the SHA-256
# of `sha256sum` over its go.mod, go.sum and .go files in byte order, first 12 hex digits.
# test/peers/tools.ts computes the same, so an edited tool is rebuilt, never found stale.
source_version() { # dir
  (cd "$1" && find . -type f \( -name '*.go' -o -name go.mod -o -name go.sum \) | LC_ALL=C sort |
    xargs sha256sum) | sha256sum | cut -c1-12 | sed 's/^/src-/'
}

build_go() { # package version dir
  require_go
  # -trimpath: the binary does not depend on where the module cache is. LDFLAGS: what the
  # tool's release build stamps in, e.g. the version `trivy --version` prints (else "dev").
  GOBIN="$3" GOFLAGS="${GOFLAGS:+$GOFLAGS }-trimpath" go install -ldflags="${LDFLAGS:-}" "$1@$2"
}

build_go_local() { # module-dir version dir
  require_go
  (cd "$ROOT/$1" && GOFLAGS="${GOFLAGS:+$GOFLAGS }-trimpath" go build -ldflags="${LDFLAGS:-}" -o "$3/" .)
}

build_go_wrapper() { # package version dir name entry
  # `go install pkg@version` refuses a module whose go.mod has replace directives (Kyverno,
  # policy-controller): test/peers/go/<name>/ is a module that requires it at the pinned version
  # and repeats its replaces; its go.sum pins every dependency.
  require_go
  local module="$ROOT/test/peers/go/$4" found
  found="$(cd "$module" && go list -mod=readonly -f '{{.Module.Version}}' "$1")"
  if [ "$found" != "$2" ]; then
    peers_log "$4: $module/go.mod requires $found, tools.json pins $2: change both together"
    return 1
  fi
  (cd "$module" && GOFLAGS="${GOFLAGS:+$GOFLAGS }-trimpath" go build -mod=readonly -o "$3/$5" "$1")
}

build_pip() { # package version dir
  # The venv is built in the temporary folder and then renamed: its console scripts carry the
  # old path in their shebang, so tools.json runs `bin/python -m <module>`, which moves safely.
  python3 -m venv "$3"
  "$3/bin/python" -m pip install --quiet --disable-pip-version-check "$1==$2"
}

install_tool() { # name kind package version entry env ldflags
  local name="$1" kind="$2" package="$3" version="$4" entry="$5" env="$6" ldflags="$7"
  if [ "$kind" = go-local ]; then version="$(source_version "$ROOT/$package")"; fi
  local dir="$CACHE/$name@$version"
  local started=$SECONDS
  exec 9>"$CACHE/.$name@$version.lock"
  flock 9 # another set-up building the same tool: wait for it, then find it cached
  if [ -e "$dir/$entry" ]; then
    peers_log "$name $version: cached ($dir)"
    exec 9>&-
    return
  fi
  # Under the lock, any build folder of this tool is a leftover of a killed build.
  rm -rf "$CACHE/.build-$name@$version".*
  local work
  work="$(mktemp -d "$CACHE/.build-$name@$version.XXXXXX")"
  chmod 755 "$work"
  peers_log "$name $version: building ($kind $package)"
  # The tool's own build environment, e.g. Trivy needs GOEXPERIMENT=jsonv2 (its goreleaser.yml).
  local -a build_env=()
  if [ "$env" != - ]; then IFS=, read -r -a build_env <<<"$env"; fi
  if [ "$ldflags" = - ]; then ldflags=''; fi
  if ! (for setting in "${build_env[@]}"; do export "${setting?}"; done
    LDFLAGS="$ldflags" "build_${kind//-/_}" "$package" "$version" "$work" "$name" "$entry"); then
    rm -rf "$work"
    peers_log "$name $version: the build failed"
    return 1
  fi
  rm -rf "$dir" # a folder without its entry point is a leftover of an older layout
  mv -T "$work" "$dir"
  exec 9>&-
  peers_log "$name $version: built in $((SECONDS - started)) s ($dir)"
}

main() {
  mkdir -p "$CACHE"
  local total=$SECONDS wanted=" $* " found=0
  while IFS=$'\t' read -r name kind package version entry env ldflags; do
    if [ $# -gt 0 ] && [[ "$wanted" != *" $name "* ]]; then continue; fi
    found=$((found + 1))
    install_tool "$name" "$kind" "$package" "$version" "$entry" "$env" "$ldflags"
  done < <(tool_rows)
  if [ $# -gt 0 ] && [ "$found" -ne $# ]; then
    peers_log "unknown tool among: $* (see $TABLE)"
    return 1
  fi
  peers_log "peers ready in $((SECONDS - total)) s ($CACHE)"
}

main "$@"
