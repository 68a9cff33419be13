import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { conformanceVerifyBundle } from '../../../src/sigstore/verify/conformance.js';
import { EXPECTED_CASES, argsFor, artifactFor, cases } from './conformance-cases.js';

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
