import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { conformanceVerifyBundle } from '../../../src/sigstore/verify/conformance.js';
import { fixturesRoot } from './fixtures.js';

// sigstore-conformance bundle-verify cases, driven through the client protocol exactly as the
// conformance suite drives a CLI (README of the fixture folder gives the defaults).
const CASES_DIR = path.join(fixturesRoot(), 'sigstore-conformance', 'bundle-verify');
const DEFAULT_IDENTITY =
  'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main';
const DEFAULT_ISSUER = 'https://token.actions.githubusercontent.com';
const EXPECTED_CASES = 44;

const cases = readdirSync(CASES_DIR)
  .filter((name) => statSync(path.join(CASES_DIR, name)).isDirectory())
  .sort();

function artifactFor(name: string): string {
  const own = path.join(CASES_DIR, name, 'artifact');
  return existsSync(own) ? own : path.join(CASES_DIR, 'a.txt');
}

function argsFor(name: string, artifact = artifactFor(name)): string[] {
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

describe('sigstore-conformance bundle-verify', () => {
  it(`has all ${EXPECTED_CASES} cases`, () => {
    expect(cases).toHaveLength(EXPECTED_CASES);
  });

  it.each(cases)('%s', async (name) => {
    expectOutcome(name, await conformanceVerifyBundle(argsFor(name)));
  });

  // The protocol's other artifact form: only the digest, so message signatures are checked
  // against the digest without the file.
  it.each(cases)('%s (sha256:DIGEST)', async (name) => {
    const digest = `sha256:${createHash('sha256')
      .update(readFileSync(artifactFor(name)))
      .digest('hex')}`;
    expectOutcome(name, await conformanceVerifyBundle(argsFor(name, digest)));
  });
});

function expectOutcome(name: string, result: { ok: boolean; message: string }): void {
  if (name.endsWith('_fail')) {
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/^verification failed: /);
  } else {
    expect(result).toEqual({ ok: true, message: expect.stringMatching(/^verified: signed by /) });
  }
}
