/**
 * The shared fixtures folder (real data other tools wrote): IMPRINT_FIXTURES, else
 * ../shared/fixtures next to the repository. Missing fixtures fail the run, never skip it.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** `syft-catalogers/` inside the fixtures folder (syft's own cataloger test data). */
export function syftFixturesDir(): string {
  const root = process.env.IMPRINT_FIXTURES ?? resolve(REPO_ROOT, '..', 'shared', 'fixtures');
  const dir = join(root, 'syft-catalogers');
  if (!existsSync(dir)) {
    throw new Error(
      `The interop fixtures are missing: ${dir} (set IMPRINT_FIXTURES to the fixtures folder)`,
    );
  }
  return dir;
}
