/**
 * The shared fixtures folder (IMPRINT_FIXTURES, else ../shared/fixtures beside the repo).
 * Missing fixtures fail the run loudly; nothing is skipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export function fixturePath(...parts: string[]): string {
  const root = process.env.IMPRINT_FIXTURES ?? resolve(REPO_ROOT, '..', 'shared', 'fixtures');
  if (!existsSync(root)) {
    throw new Error(
      `The interop fixtures are missing: ${root} (set IMPRINT_FIXTURES to the fixtures folder)`,
    );
  }
  const path = join(root, ...parts);
  if (!existsSync(path)) throw new Error(`Fixture missing: ${path}`);
  return path;
}

export function readFixtureText(...parts: string[]): string {
  return readFileSync(fixturePath(...parts), 'utf8');
}
