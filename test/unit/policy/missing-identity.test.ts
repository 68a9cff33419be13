/** A certificate without issuer or SAN matches no signer pattern, not even `.*` or `*`. */
import { evaluatePolicy } from '../../../src/policy/evaluate.js';
import { parsePolicy } from '../../../src/policy/load.js';
import type { CheckResult, ImageVerdict } from '../../../src/policy/verdict.js';
import { GITHUB, NOW, RELEASE, evidence, signature } from './evidence-builders.js';

function policy(signers: string) {
  return parsePolicy(`apiVersion: imprint/v1\nkind: Policy\nsigners:\n${signers}`);
}

function signerCheck(verdict: ImageVerdict): CheckResult {
  return verdict.checks.find((c) => c.check === 'signer')!;
}

describe('a certificate without issuer or SAN', () => {
  it('matches no pattern, not even one that matches everything', () => {
    const anything = policy(`  - issuerRegExp: ".*"\n    subjectRegExp: ".*"\n`);
    const noSan = signature({ signer: { kind: 'keyless', issuer: GITHUB, claims: {} } });
    expect(
      signerCheck(evaluatePolicy(anything, evidence({ signatures: [noSan] }), { now: NOW })),
    ).toMatchObject({
      outcome: 'fail',
      found:
        'signed by (no subject in the certificate) (issuer https://token.actions.githubusercontent.com) — the certificate names no subject (SAN), policy wants /^(?:.*)$/',
    });
    const noIssuer = signature({ signer: { kind: 'keyless', subject: RELEASE, claims: {} } });
    const globs = policy(`  - issuer: "*"\n    subject: "**"\n`);
    expect(
      signerCheck(evaluatePolicy(globs, evidence({ signatures: [noIssuer] }), { now: NOW })).found,
    ).toContain('the certificate names no OIDC issuer, policy wants *');
  });
});
