/**
 * The shared fixtures folder (real data other tools wrote): IMPRINT_FIXTURES, else
 * ../shared/fixtures next to the repository. Missing fixtures fail the run, never skip it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export function fixturesDir(): string {
  const dir = process.env.IMPRINT_FIXTURES ?? resolve(REPO_ROOT, '..', 'shared', 'fixtures');
  if (!existsSync(dir)) {
    throw new Error(
      `The interop fixtures are missing: ${dir} (set IMPRINT_FIXTURES to the fixtures folder)`,
    );
  }
  return dir;
}

export function trivyGoldensDir(): string {
  const dir = join(fixturesDir(), 'trivy', 'goldens');
  if (!existsSync(dir)) throw new Error(`The Trivy goldens are missing: ${dir}`);
  return dir;
}

export function readGolden(name: string): unknown {
  return JSON.parse(readFileSync(join(trivyGoldensDir(), name), 'utf8'));
}
