/** The sigstore-conformance bundle-verify cases and their command lines (fixtures README). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fixturesRoot } from './fixtures.js';

// sigstore-conformance bundle-verify cases, driven through the client protocol exactly as the
// conformance suite drives a CLI (README of the fixture folder gives the defaults).
export const CASES_DIR = path.join(fixturesRoot(), 'sigstore-conformance', 'bundle-verify');
const DEFAULT_IDENTITY =
  'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main';
const DEFAULT_ISSUER = 'https://token.actions.githubusercontent.com';
export const EXPECTED_CASES = 44;

export const cases = readdirSync(CASES_DIR)
  .filter((name) => statSync(path.join(CASES_DIR, name)).isDirectory())
  .sort();

export function artifactFor(name: string): string {
  const own = path.join(CASES_DIR, name, 'artifact');
  return existsSync(own) ? own : path.join(CASES_DIR, 'a.txt');
}

export function argsFor(name: string, artifact = artifactFor(name)): string[] {
  const dir = path.join(CASES_DIR, name);
  const file = (f: string) => path.join(dir, f);
  const text = (f: string, fallback: string) =>
    existsSync(file(f)) ? readFileSync(file(f), 'utf8').trim() : fallback;
  const args = ['verify-bundle', '--bundle', file('bundle.sigstore.json')];
  if (existsSync(file('key.pub'))) args.push('--key', file('key.pub'));
  else {
    args.push('--certificate-identity', text('identity', DEFAULT_IDENTITY));
    args.push('--certificate-oidc-issuer', text('issuer', DEFAULT_ISSUER));
  }
  if (existsSync(file('trusted_root.json'))) args.push('--trusted-root', file('trusted_root.json'));
  args.push(artifact);
  return args;
}
