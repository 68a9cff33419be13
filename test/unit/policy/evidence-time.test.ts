/**
 * Which attestation is the newest and whether it is fresh enough, decided by signed times
 * only: the proven log/TSA time, the time the statement itself records, never the order the
 * registry listed them in; times in the future are refused.
 */
import { evaluatePolicy } from '../../../src/policy/evaluate.js';
import { parsePolicy } from '../../../src/policy/load.js';
import {
  freshnessTime,
  futureTimeProblem,
  orderingTime,
  statementTime,
} from '../../../src/policy/signing-time.js';
import type { VerifiedAttestation } from '../../../src/policy/evidence.js';
import type { Finding } from '../../../src/scan/model.js';
import type { CheckResult, ImageVerdict } from '../../../src/policy/verdict.js';
import { attestation, evidence, NOW } from './evidence-builders.js';

const VULN = 'https://cosign.sigstore.dev/attestation/vuln/v1';
const SLSA = 'https://slsa.dev/provenance/v1';
const CDX = 'https://cyclonedx.org/bom';

function vuln(ids: string[], finishedOn?: string) {
  return {
    scanner: { result: { Results: [{ Vulnerabilities: ids.map((id) => ({ id })) }] } },
    ...(finishedOn && { metadata: { scanFinishedOn: finishedOn } }),
  };
}

/** Findings as the Trivy reader would return them: one CRITICAL per listed id. */
const parseTrivyReport = (report: unknown): Finding[] => {
  const results = (report as { Results: { Vulnerabilities: { id: string }[] }[] }).Results;
  return results.flatMap((r) =>
    r.Vulnerabilities.map((v): Finding => ({
      id: v.id,
      severity: 'CRITICAL',
      packageName: 'libssl3',
      installedVersion: '3.0.0',
    })),
  );
};

function policy(rule: string) {
  return parsePolicy(`apiVersion: imprint/v1
kind: Policy
signers:
  - key: ./cosign.pub
attestations:
${rule}`);
}

const byKey = { signer: { kind: 'key' as const, keyRef: './cosign.pub' } };
const vulnPolicy = policy(`  - type: ${VULN}\n    vulnerabilities: {maxSeverity: HIGH}\n`);

function run(rule: ReturnType<typeof policy>, attestations: VerifiedAttestation[]): ImageVerdict {
  return evaluatePolicy(rule, evidence({ signatures: [], attestations }), {
    now: NOW,
    parseTrivyReport,
  });
}

function find(verdict: ImageVerdict, id: string): CheckResult {
  const found = verdict.checks.find((c) => c.check === id);
  if (!found) throw new Error(`no check ${id}`);
  return found;
}

describe('signing-time', () => {
  it('reads the time a vuln report and SLSA provenance record, and nothing from other types', () => {
    expect(statementTime(VULN, vuln([], '2026-05-01T00:00:00Z'))).toEqual(
      new Date('2026-05-01T00:00:00Z'),
    );
    expect(
      statementTime(SLSA, { runDetails: { metadata: { finishedOn: '2026-05-02T00:00:00Z' } } }),
    ).toEqual(new Date('2026-05-02T00:00:00Z'));
    expect(statementTime(VULN, vuln([], ''))).toBeUndefined();
    expect(statementTime(VULN, { metadata: { scanFinishedOn: 'yesterday' } })).toBeUndefined();
    expect(statementTime(CDX, { metadata: { timestamp: '2026-05-01T00:00:00Z' } })).toBeUndefined();
  });

  it('freshness is the earlier of the proven and the recorded time, and needs a proven one', () => {
    const resigned = attestation(VULN, vuln([], '2026-04-01T00:00:00Z'), {
      signedAt: '2026-05-31T12:00:00Z',
    });
    expect(freshnessTime(resigned)).toEqual(new Date('2026-04-01T00:00:00Z'));
    const unproven = attestation(VULN, vuln([], '2026-05-31T00:00:00Z'), { signedAt: undefined });
    expect(freshnessTime(unproven)).toBeUndefined();
    expect(orderingTime(unproven)).toEqual(new Date('2026-05-31T00:00:00Z'));
  });

  it('a time in the future beyond five minutes is a problem; within the skew it is not', () => {
    const soon = attestation(VULN, {}, { signedAt: '2026-06-01T12:04:00Z' });
    expect(futureTimeProblem(soon, NOW)).toBeUndefined();
    const later = attestation(VULN, {}, { signedAt: '2027-06-01T12:00:00Z' });
    expect(futureTimeProblem(later, NOW)).toBe(
      'its signing time 2027-06-01T12:00:00Z lies in the future (now 2026-06-01T12:00:00.000Z): a log or timestamp authority clock is wrong, or the evidence was forged',
    );
    const recorded = attestation(VULN, vuln([], '2027-01-01T00:00:00Z'));
    expect(futureTimeProblem(recorded, NOW)).toBe(
      'the time its statement records (2027-01-01T00:00:00.000Z) lies in the future (now 2026-06-01T12:00:00.000Z)',
    );
  });
});

describe('the newest attestation', () => {
  it('evidence signed in the future is refused, so it cannot be the newest', () => {
    const forged = attestation(VULN, vuln([]), { ...byKey, signedAt: '2027-06-01T12:00:00Z' });
    const genuine = attestation(VULN, vuln(['CVE-1']), { ...byKey });
    const verdict = run(vulnPolicy, [forged, genuine]);
    expect(find(verdict, 'vulnerabilities').outcome).toBe('fail');
  });

  it('evidence without any time ties with the newest: the report with more findings decides', () => {
    const timeless = attestation(VULN, vuln([]), { ...byKey, signedAt: undefined });
    const dated = attestation(VULN, vuln(['CVE-1']), { ...byKey });
    for (const order of [
      [timeless, dated],
      [dated, timeless],
    ]) {
      expect(find(run(vulnPolicy, order), 'vulnerabilities').outcome).toBe('fail');
    }
  });

  it('a statement time orders evidence that has no proven time', () => {
    const older = attestation(VULN, vuln(['CVE-1'], '2026-05-01T00:00:00Z'), {
      ...byKey,
      signedAt: undefined,
    });
    const newer = attestation(VULN, vuln([], '2026-05-30T00:00:00Z'), {
      ...byKey,
      signedAt: undefined,
    });
    expect(find(run(vulnPolicy, [newer, older]), 'vulnerabilities').outcome).toBe('pass');
    expect(find(run(vulnPolicy, [older, newer]), 'vulnerabilities').outcome).toBe('pass');
  });

  it('a tie between different contents of another type fails, whatever the order', () => {
    const sbomPolicy = policy(`  - type: ${CDX}\n`);
    const a = attestation(CDX, { components: [{ name: 'a' }] }, { ...byKey });
    const b = attestation(CDX, { components: [{ name: 'b' }] }, { ...byKey });
    for (const order of [
      [a, b],
      [b, a],
    ]) {
      expect(find(run(sbomPolicy, order), `attestation:${CDX}`)).toMatchObject({
        outcome: 'fail',
        found:
          `2 ${CDX} attestations could each be the newest (signed with key ./cosign.pub at 2026-05-31T12:00:00.000Z; ` +
          'signed with key ./cosign.pub at 2026-05-31T12:00:00.000Z), they say different things, and nothing signed orders them',
        hint: 'remove the stale attestations, or attest with a transparency log or timestamp authority so that each carries a proven time',
      });
    }
  });

  it('a tie between BuildKit SBOMs under one index signature says how to build with one', () => {
    const sbomPolicy = policy(`  - type: ${CDX}\n`);
    const [a, b] = ['a', 'b'].map((name) =>
      attestation(CDX, { components: [{ name }] }, { ...byKey, source: 'buildkit' }),
    );
    expect(find(run(sbomPolicy, [a!, b!]), `attestation:${CDX}`)).toMatchObject({
      outcome: 'fail',
      hint: 'BuildKit attached several SBOMs to this platform (BUILDKIT_SBOM_SCAN_STAGE or BUILDKIT_SBOM_SCAN_CONTEXT), all under one index signature, and imprint verify judges one document per platform: build with one SBOM scan, or attest the SBOM with imprint publish',
    });
    // One BuildKit SBOM beside a referrer one keeps the general hint.
    const referrer = attestation(CDX, { components: [{ name: 'c' }] }, { ...byKey });
    expect(find(run(sbomPolicy, [a!, referrer]), `attestation:${CDX}`).hint).toBe(
      'remove the stale attestations, or attest with a transparency log or timestamp authority so that each carries a proven time',
    );
  });

  it('a tie between the same content, or between reports with as many findings, is no tie or fails', () => {
    const sbomPolicy = policy(`  - type: ${CDX}\n`);
    const same = [attestation(CDX, { components: [] }), attestation(CDX, { components: [] })].map(
      (a) => ({ ...a, ...byKey }),
    );
    expect(find(run(sbomPolicy, same), `attestation:${CDX}`).outcome).toBe('pass');
    const one = attestation(VULN, vuln(['CVE-1']), { ...byKey });
    const other = attestation(VULN, vuln(['CVE-2']), { ...byKey });
    expect(find(run(vulnPolicy, [one, other]), `attestation:${VULN}`).outcome).toBe('fail');
  });

  it('maxAge judges the earlier of the log time and the recorded scan time', () => {
    const maxAge = policy(`  - type: ${VULN}\n    maxAge: 720h\n`);
    const resigned = attestation(VULN, vuln([], '2026-04-01T12:00:00Z'), { ...byKey });
    expect(find(run(maxAge, [resigned]), `attestation:${VULN}`)).toMatchObject({
      outcome: 'fail',
      found:
        'signed with key ./cosign.pub — its statement records 2026-04-01T12:00:00.000Z (signed 2026-05-31T12:00:00Z) (61d ago), older than maxAge 720h',
    });
    const fresh = attestation(VULN, vuln([], '2026-05-31T11:00:00Z'), { ...byKey });
    expect(find(run(maxAge, [fresh]), `attestation:${VULN}`).outcome).toBe('pass');
  });

  it('a key signer with no log and no timestamp is judged by the time its statement records', () => {
    const noLog = parsePolicy(`apiVersion: imprint/v1
kind: Policy
trust: {requireTlog: false}
signers:
  - key: ./cosign.pub
attestations:
  - type: ${VULN}
    maxAge: 720h
  - type: ${CDX}
    maxAge: 720h
`);
    const unproven = { ...byKey, tlogProven: false, signedAt: undefined };
    const fresh = attestation(VULN, vuln([], '2026-05-31T11:00:00Z'), unproven);
    expect(freshnessTime(fresh)).toEqual(new Date('2026-05-31T11:00:00Z'));
    const sbom = attestation(CDX, { metadata: { timestamp: '2026-05-31T11:00:00Z' } }, unproven);
    const passing = run(noLog, [fresh, sbom]);
    expect(find(passing, `attestation:${VULN}`).outcome).toBe('pass');
    // CycloneDX records no time imprint trusts, so nothing dates it: maxAge cannot pass.
    expect(find(passing, `attestation:${CDX}`)).toMatchObject({
      outcome: 'fail',
      found:
        'signed with key ./cosign.pub — it carries no proven signing time and its statement records none to check maxAge 720h against',
    });
    const replayed = attestation(VULN, vuln([], '2026-03-01T00:00:00Z'), unproven);
    expect(find(run(noLog, [replayed]), `attestation:${VULN}`)).toMatchObject({
      outcome: 'fail',
      found:
        'signed with key ./cosign.pub — its statement records 2026-03-01T00:00:00.000Z (no log or timestamp proves when it was signed) (92d 12h ago), older than maxAge 720h',
    });
    // A keyless signer's statement time alone proves nothing: no proven time, no freshness.
    const keyless = attestation(VULN, vuln([], '2026-05-31T11:00:00Z'), {
      tlogProven: false,
      signedAt: undefined,
    });
    expect(freshnessTime(keyless)).toBeUndefined();
  });
});
