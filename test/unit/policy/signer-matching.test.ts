/**
 * `count: N` is met by N different signers, each filling its own policy entry; overlapping
 * entries are warned about at load; a certificate without issuer or SAN matches nothing.
 */
import { evaluatePolicy } from '../../../src/policy/evaluate.js';
import { parsePolicy } from '../../../src/policy/load.js';
import { matchSigners } from '../../../src/policy/rules/signer-matching.js';
import { signerOverlapWarnings } from '../../../src/policy/signer-overlap.js';
import type { CheckResult, ImageVerdict } from '../../../src/policy/verdict.js';
import { GITHUB, NOW, RELEASE, evidence, keyless, signature } from './evidence-builders.js';

function policy(signers: string, count = 2) {
  return parsePolicy(`apiVersion: imprint/v1\nkind: Policy\nsigners:\n${signers}count: ${count}\n`);
}

function signerCheck(verdict: ImageVerdict): CheckResult {
  return verdict.checks.find((c) => c.check === 'signer')!;
}

const byKey = (keyRef: string, keyId?: string) =>
  signature({ signer: { kind: 'key', keyRef, ...(keyId && { keyId }) } });

describe('count: N', () => {
  it('one key listed twice is one signer, however many copies of its signature exist', () => {
    const twice = policy('  - key: ./a.pub\n  - key: ./a.pub\n');
    const verdict = evaluatePolicy(
      twice,
      evidence({ signatures: [byKey('./a.pub', 'aa'), byKey('./a.pub', 'aa')] }),
      { now: NOW },
    );
    expect(signerCheck(verdict)).toMatchObject({
      outcome: 'fail',
      found:
        'only 1 distinct signer(s) fill a policy entry, 2 needed (one signer, or copies of one signature, count once); signed with key ./a.pub (key id aa); signed with key ./a.pub (key id aa)',
      hint: 'have 2 different signers among those the policy lists sign ghcr.io/acme/app@sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    });
  });

  it('overlapping keyless entries are not both filled by one identity', () => {
    const overlapping = policy(
      `  - issuer: ${GITHUB}\n    subject: ${RELEASE}\n  - issuer: ${GITHUB}\n    subject: "https://github.com/acme/app/**"\n`,
    );
    const one = evidence({ signatures: [signature(), signature()] });
    expect(signerCheck(evaluatePolicy(overlapping, one, { now: NOW })).outcome).toBe('fail');
    const other = keyless(
      'https://github.com/acme/app/.github/workflows/nightly.yml@refs/heads/main',
    );
    const two = evidence({ signatures: [signature(), signature({ signer: other })] });
    expect(signerCheck(evaluatePolicy(overlapping, two, { now: NOW }))).toMatchObject({
      outcome: 'pass',
      found: `${RELEASE} (issuer ${GITHUB}); https://github.com/acme/app/** (issuer ${GITHUB})`,
    });
  });

  it('finds the assignment a greedy first match would miss', () => {
    // Entry 0 accepts either party, entry 1 only the release workflow: greedy gives the
    // release workflow to entry 0 and leaves entry 1 empty; a matching fills both.
    const signers = parsePolicy(
      `apiVersion: imprint/v1\nkind: Policy\nsigners:\n  - issuer: ${GITHUB}\n    subject: "https://github.com/acme/app/**"\n  - issuer: ${GITHUB}\n    subject: ${RELEASE}\ncount: 2\n`,
    ).signers;
    const nightly = keyless(
      'https://github.com/acme/app/.github/workflows/nightly.yml@refs/heads/main',
    );
    const result = matchSigners(signers, [signature(), signature({ signer: nightly })]);
    expect(
      result.pairs.map((p) => [p.signer, p.identity.kind === 'keyless' && p.identity.subject]),
    ).toEqual([
      [0, nightly.subject],
      [1, RELEASE],
    ]);
    expect(result.parties).toBe(2);
  });
});

describe('a signature signed in the future', () => {
  it('is not counted, and the report says why', () => {
    const one = policy('  - key: ./a.pub\n', 1);
    const future = signature({
      signer: { kind: 'key', keyRef: './a.pub' },
      signedAt: '2027-01-01T00:00:00Z',
    });
    expect(
      signerCheck(evaluatePolicy(one, evidence({ signatures: [future] }), { now: NOW })),
    ).toMatchObject({
      outcome: 'fail',
      found:
        'signed with key ./a.pub — its signing time 2027-01-01T00:00:00Z lies in the future (now 2026-06-01T12:00:00.000Z): a log or timestamp authority clock is wrong, or the evidence was forged',
    });
  });
});

describe('signerOverlapWarnings', () => {
  it('names entries one signer can fill twice, only when count asks for several', () => {
    expect(signerOverlapWarnings(policy('  - key: ./a.pub\n  - key: ./a.pub\n'))).toEqual([
      'signers[0] and signers[1] can be filled by the same signer (key ./a.pub listed twice): with count 2 each must be a different signer, so one signature fills only one of them',
    ]);
    expect(signerOverlapWarnings(policy('  - key: ./a.pub\n  - key: ./a.pub\n', 1))).toEqual([]);
    expect(signerOverlapWarnings(policy('  - key: ./a.pub\n  - key: ./b.pub\n'))).toEqual([]);
  });

  it('keyless: an exact subject the other pattern matches, or patterns with compatible starts', () => {
    const glob = policy(
      `  - issuer: ${GITHUB}\n    subject: ${RELEASE}\n  - issuer: ${GITHUB}\n    subject: "https://github.com/acme/*/.github/workflows/release.yml@refs/tags/*"\n`,
    );
    expect(signerOverlapWarnings(glob)).toHaveLength(1);
    const disjoint = policy(
      `  - issuer: ${GITHUB}\n    subjectRegExp: "https://github\\\\.com/acme/.*"\n  - issuer: ${GITHUB}\n    subjectRegExp: "https://github\\\\.com/other/.*"\n`,
    );
    expect(signerOverlapWarnings(disjoint)).toEqual([]);
    const alternation = policy(
      `  - issuer: ${GITHUB}\n    subjectRegExp: "https://github\\\\.com/acme/.*"\n  - issuer: ${GITHUB}\n    subjectRegExp: "x|https://github\\\\.com/acme/a"\n`,
    );
    expect(signerOverlapWarnings(alternation)).toHaveLength(1);
    const otherClaim = policy(
      `  - issuer: ${GITHUB}\n    subject: "https://github.com/**"\n    claims: {runnerEnvironment: github-hosted}\n  - issuer: ${GITHUB}\n    subject: "https://github.com/**"\n    claims: {runnerEnvironment: self-hosted}\n`,
    );
    expect(signerOverlapWarnings(otherClaim)).toEqual([]);
  });
});
