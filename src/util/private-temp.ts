/**
 * A private temporary directory for files that hold secrets (registry logins for a build):
 * under the job's temporary space — the CI platform's tempRoot (src/ci/platform.ts):
 * RUNNER_TEMP on GitHub (emptied after every job), CI_BUILDS_DIR on GitLab, else the system's;
 * mode 0700, so only this user can list or read what goes in; removed when done, and on exit
 * or a signal (a cancelled job) if never done.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { onExit } from './cleanup.js';

export interface PrivateTempDir {
  path: string;
  /** Removes the directory and all in it; safe to call more than once. */
  remove(): void;
}

export function privateTempDir(prefix: string, root: string): PrivateTempDir {
  const path = mkdtempSync(join(root, prefix));
  chmodSync(path, 0o700); // mkdtemp makes it 0700 already; say so rather than rely on it
  const removeNow = () => rmSync(path, { recursive: true, force: true });
  const forget = onExit(removeNow);
  return {
    path,
    remove: () => {
      removeNow();
      forget();
    },
  };
}
