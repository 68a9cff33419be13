import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** The shared fixtures folder (IMPRINT_FIXTURES, default ../shared/fixtures); throws when missing. */
export function fixturesRoot(): string {
  const root = process.env.IMPRINT_FIXTURES ?? path.resolve(REPO_ROOT, '..', 'shared', 'fixtures');
  if (!existsSync(root)) {
    throw new Error(
      `fixtures folder ${root} is missing: set IMPRINT_FIXTURES or check out shared/ beside the repo`,
    );
  }
  return root;
}

/** Path of a file under the fixtures folder. */
export function fixturePath(...parts: string[]): string {
  return path.join(fixturesRoot(), ...parts);
}

/** Bytes of a file under the fixtures folder. */
export function readFixture(...parts: string[]): Buffer {
  return readFileSync(fixturePath(...parts));
}

/** A sigstore-conformance bundle-verify case file. */
export function conformanceFile(caseName: string, file: string): string {
  return fixturePath('sigstore-conformance', 'bundle-verify', caseName, file);
}

/** The default identity and issuer of the conformance cases (fixtures README). */
export const CONFORMANCE_IDENTITY =
  'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main';
export const CONFORMANCE_ISSUER = 'https://token.actions.githubusercontent.com';
