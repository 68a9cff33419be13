/**
 * A real docker credential helper for tests: `docker-credential-imprinttest`, a small
 * POSIX shell program that follows the docker-credential-helpers protocol (`get` reads the
 * server URL on stdin, prints {"ServerURL","Username","Secret"}, or "credentials not
 * found" with exit 1). Its store is a folder of files named after the server URL.
 */
import { appendFileSync, chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const TEST_HELPER_NAME = 'imprinttest';

const SCRIPT = `#!/bin/sh
# docker-credential-imprinttest: credential helper protocol, file-backed (tests only).
set -u
store="$(dirname "$0")/imprinttest-store"
action="\${1:-}"
if [ "$action" != "get" ]; then
  echo "docker-credential-imprinttest: unsupported action '$action'" >&2
  exit 2
fi
read -r server || true
printf '%s\\n' "$server" >> "$store/requests.log"
key=$(printf '%s' "$server" | tr '/:' '__')
if [ -f "$store/$key.fail" ]; then
  cat "$store/$key.fail" >&2
  exit 3
fi
if [ -f "$store/$key" ]; then
  cat "$store/$key"
  exit 0
fi
echo "credentials not found in native keychain"
exit 1
`;

export interface InstalledHelper {
  /** Folder to put first on PATH. */
  binDir: string;
  /** Store credentials for a server URL (as the helper will be asked for it). */
  store(serverUrl: string, username: string, secret: string): void;
  /** Make `get` for this server URL fail with `message` on stderr. */
  failFor(serverUrl: string, message: string): void;
  /** Server URLs the helper was asked about, in order. */
  requests(): string[];
}

export function installCredentialHelper(dir: string): InstalledHelper {
  const binDir = join(dir, 'bin');
  const storeDir = join(binDir, 'imprinttest-store');
  mkdirSync(storeDir, { recursive: true });
  const program = join(binDir, `docker-credential-${TEST_HELPER_NAME}`);
  writeFileSync(program, SCRIPT);
  chmodSync(program, 0o755);
  appendFileSync(join(storeDir, 'requests.log'), '');
  const key = (serverUrl: string): string => serverUrl.replace(/[/:]/g, '_');
  return {
    binDir,
    store: (serverUrl, username, secret) =>
      writeFileSync(
        join(storeDir, key(serverUrl)),
        JSON.stringify({ ServerURL: serverUrl, Username: username, Secret: secret }),
      ),
    failFor: (serverUrl, message) =>
      writeFileSync(join(storeDir, `${key(serverUrl)}.fail`), message),
    requests: () =>
      readFileSync(join(storeDir, 'requests.log'), 'utf8').split('\n').filter(Boolean),
  };
}
