import type { SerializedBundle } from '@sigstore/bundle';
import { verifyBundle } from '../../../src/sigstore/verify/bundle.js';
import { publicGoodTrust } from '../../../src/sigstore/verify/trust.js';
import { readFixture } from './fixtures.js';

// A real public-good bundle carrying a CycloneDX attestation (Trivy's test data), verified
// offline against the embedded root with the identity its certificate names.
const SUBJECT_DIGEST = 'sha256:ea9c657ca44371fadd027510f2a1a68b799003294bf6a4827827971cc4390ad4';
const identity = {
  issuer: 'https://github.com/login/oauth',
  subject: 'thomas.grininger@ringodev.com',
};
const trust = publicGoodTrust();

function bundle(): SerializedBundle {
  return JSON.parse(
    readFixture('trivy', 'sigstore-bundle.json').toString('utf8'),
  ) as SerializedBundle;
}

describe('Trivy fixture bundle (DSSE, CycloneDX)', () => {
  it('verifies and returns the in-toto statement', () => {
    const result = verifyBundle(bundle(), {
      trust,
      identity,
      artifact: { digest: SUBJECT_DIGEST },
    });
    expect(result).toMatchObject({
      kind: 'keyless',
      tlog: true,
      payloadType: 'application/vnd.in-toto+json',
    });
    expect(result.statement?.predicateType).toBe('https://cyclonedx.org/bom');
    expect(result.statement?.subject).toEqual([
      {
        name: 'ghcr.io/ringodev/demo-sbom',
        digest: { sha256: SUBJECT_DIGEST.slice('sha256:'.length) },
      },
    ]);
    expect(result.statement?.predicate).toMatchObject({ bomFormat: 'CycloneDX' });
  });

  it('rejects it when another digest is expected', () => {
    const other = `sha256:${'0'.repeat(64)}`;
    expect(() => verifyBundle(bundle(), { trust, identity, artifact: { digest: other } })).toThrow(
      expect.objectContaining({
        code: 'VERIFY_FAILED',
        message: `attestation subject does not match: expected ${other}, found ghcr.io/ringodev/demo-sbom@${SUBJECT_DIGEST}`,
      }),
    );
  });

  it('rejects it when the statement subject was changed', () => {
    const tampered = bundle();
    const statement = JSON.parse(
      Buffer.from(tampered.dsseEnvelope!.payload, 'base64').toString('utf8'),
    );
    const forged = `${'1'.repeat(64)}`;
    statement.subject[0].digest.sha256 = forged;
    tampered.dsseEnvelope!.payload = Buffer.from(JSON.stringify(statement)).toString('base64');
    expect(() =>
      verifyBundle(tampered, { trust, identity, artifact: { digest: `sha256:${forged}` } }),
    ).toThrow(
      expect.objectContaining({
        code: 'VERIFY_FAILED',
        message: 'transparency log entry: DSSE payload hash mismatch',
      }),
    );
  });
});
