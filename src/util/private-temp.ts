/**
 * A private temporary directory for files that hold secrets (registry logins for a build):
 * under the CI job's own temporary space — RUNNER_TEMP on GitHub (emptied after every job),
 * CI_BUILDS_DIR on GitLab — else the system's; mode 0700, so only this user can list or read
 * what goes in; removed when done, and on exit or a signal (a cancelled job) if never done.
 */
import { chmodSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onExit } from './cleanup.js';

export interface PrivateTempDir {
  path: string;
  /** Removes the directory and all in it; safe to call more than once. */
  remove(): void;
}

/**
 * Where private temporary directories go for this environment: the first of the CI's own
 * spaces that exists as a directory (a shell runner, or gitlab-ci-local, may name a
 * CI_BUILDS_DIR that is not there), else the system's.
 */
export function privateTempRoot(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = [env.RUNNER_TEMP, env.CI_BUILDS_DIR].filter((dir): dir is string => !!dir);
  return candidates.find(isDirectory) ?? tmpdir();
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export function privateTempDir(
  prefix: string,
  env: NodeJS.ProcessEnv = process.env,
): PrivateTempDir {
  const path = mkdtempSync(join(privateTempRoot(env), prefix));
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
