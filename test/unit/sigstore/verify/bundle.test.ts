import { createHash } from 'node:crypto';
import type { SerializedBundle } from '@sigstore/bundle';
import { readFileSync } from 'node:fs';
import { verifyBundle } from '../../../../src/sigstore/verify/bundle.js';
import { loadTrust, publicGoodTrust } from '../../../../src/sigstore/verify/trust.js';
import {
  CONFORMANCE_IDENTITY,
  CONFORMANCE_ISSUER,
  conformanceFile,
  readFixture,
} from '../../../interop/sigstore/fixtures.js';

// Real public-good bundles from sigstore-conformance, checked offline against the embedded root.
const trust = publicGoodTrust();
const artifact = readFixture('sigstore-conformance', 'bundle-verify', 'a.txt');
const happyBundle = readFileSync(
  conformanceFile('happy-path-v0.3-new-mediaType', 'bundle.sigstore.json'),
);
const identity = { issuer: CONFORMANCE_ISSUER, subject: CONFORMANCE_IDENTITY };

function bundleJson(caseName: string): SerializedBundle {
  return JSON.parse(
    readFileSync(conformanceFile(caseName, 'bundle.sigstore.json'), 'utf8'),
  ) as SerializedBundle;
}

describe('verifyBundle: keyless', () => {
  it('returns who signed, the decoded claims and what the log proved', () => {
    const result = verifyBundle(happyBundle, { trust, artifact });
    expect(result).toMatchObject({
      kind: 'keyless',
      issuer: CONFORMANCE_ISSUER,
      subject: CONFORMANCE_IDENTITY,
      tlog: true,
      timestamp: false,
    });
    expect(result.claims.runnerEnvironment).toBe('github-hosted');
    expect(result.integratedTime).toBeInstanceOf(Date);
    expect(result.signedTime).toEqual(result.integratedTime);
    expect(result.statement).toBeUndefined();
  });

  it('verifies against the digest alone', () => {
    const digest = `sha256:${createHash('sha256').update(artifact).digest('hex')}`;
    expect(verifyBundle(happyBundle, { trust, artifact: { digest }, identity }).subject).toBe(
      CONFORMANCE_IDENTITY,
    );
  });

  it('accepts an anchored regular expression that covers the whole SAN', () => {
    const policy = {
      issuer: CONFORMANCE_ISSUER,
      subjectRegExp: 'https://github\\.com/sigstore-conformance/.+@refs/heads/main',
    };
    expect(verifyBundle(happyBundle, { trust, artifact, identity: policy }).kind).toBe('keyless');
  });

  it('rejects a regular expression that matches only part of the SAN', () => {
    const policy = {
      issuer: CONFORMANCE_ISSUER,
      subjectRegExp: 'https://github\\.com/sigstore-conformance',
    };
    expect(() => verifyBundle(happyBundle, { trust, artifact, identity: policy })).toThrow(
      `expected identity an identity matching ^(?:${policy.subjectRegExp})$, found ${CONFORMANCE_IDENTITY}`,
    );
  });

  it('names the expected and found identity', () => {
    const wanted = 'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1';
    expect(() =>
      verifyBundle(happyBundle, { trust, artifact, identity: { ...identity, subject: wanted } }),
    ).toThrow(
      expect.objectContaining({
        code: 'VERIFY_FAILED',
        message: `expected identity ${wanted}, found ${CONFORMANCE_IDENTITY}`,
      }),
    );
  });

  it('names the expected and found issuer', () => {
    expect(() =>
      verifyBundle(happyBundle, {
        trust,
        artifact,
        identity: { ...identity, issuer: 'https://gitlab.com' },
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'VERIFY_FAILED',
        message: `expected issuer https://gitlab.com, found ${CONFORMANCE_ISSUER}`,
      }),
    );
  });

  it('says the artifact differs from what was signed', () => {
    const other = Buffer.from('not the signed file');
    expect(() => verifyBundle(happyBundle, { trust, artifact: other })).toThrow(
      expect.objectContaining({
        code: 'VERIFY_FAILED',
        message: expect.stringMatching(
          /^signature: the bundle signs sha256:a0cfc7[0-9a-f]+, the artifact is sha256:[0-9a-f]{64}$/,
        ),
      }),
    );
  });

  it('requires an RFC 3161 timestamp when asked and reports one when present', async () => {
    expect(() => verifyBundle(happyBundle, { trust, artifact, requireTimestamp: true })).toThrow(
      'timestamp: no RFC 3161 timestamp in the bundle, and the policy requires one',
    );
    const rekor2 = 'rekor2-timestamp-with-embedded-cert';
    const stagingTrust = await loadTrust({
      trustedRootPath: conformanceFile(rekor2, 'trusted_root.json'),
    });
    const result = verifyBundle(bundleJson(rekor2), {
      trust: stagingTrust,
      artifact,
      requireTimestamp: true,
    });
    expect(result).toMatchObject({ tlog: true, timestamp: true });
    expect(result.integratedTime).toBeUndefined();
    expect(result.signedTime).toBeInstanceOf(Date);
  });

  it('verifies a v0.1 bundle whose inclusion proof predates checkpoints by its SET', () => {
    // The same bundle as bundle-with-root-cert_fail, with the offending root taken out.
    const bundle = bundleJson('bundle-with-root-cert_fail');
    const chain = bundle.verificationMaterial.x509CertificateChain!.certificates;
    bundle.verificationMaterial.x509CertificateChain!.certificates = chain.slice(0, 1);
    expect(bundle.verificationMaterial.tlogEntries[0]?.inclusionProof?.checkpoint).toBeUndefined();
    const caseArtifact = readFileSync(conformanceFile('bundle-with-root-cert_fail', 'artifact'));
    expect(verifyBundle(bundle, { trust, artifact: caseArtifact })).toMatchObject({
      tlog: true,
      issuer: 'https://github.com/login/oauth',
    });
  });

  it('refuses a root certificate carried inside the bundle', () => {
    const caseArtifact = readFileSync(conformanceFile('bundle-with-root-cert_fail', 'artifact'));
    expect(() =>
      verifyBundle(bundleJson('bundle-with-root-cert_fail'), { trust, artifact: caseArtifact }),
    ).toThrow(
      'certificate chain: the bundle carries a self-signed root certificate (position 1); roots must come from the trusted root',
    );
  });
});

describe('verifyBundle: key-signed', () => {
  const keyCase = 'managed-key-happy-path';

  it('needs the public key', () => {
    expect(() => verifyBundle(bundleJson(keyCase), { trust, artifact })).toThrow(
      expect.objectContaining({
        code: 'VERIFY_FAILED',
        message: 'public key: the bundle is signed with a key, but no public key was given',
      }),
    );
  });

  it('verifies with the key and names it', async () => {
    const keyTrust = await loadTrust({ publicKeyPath: conformanceFile(keyCase, 'key.pub') });
    const result = verifyBundle(bundleJson(keyCase), { trust: keyTrust, artifact });
    expect(result).toMatchObject({
      kind: 'key',
      keyId: keyTrust.publicKey?.keyId,
      tlog: true,
      claims: {},
    });
    expect(result.subject).toBeUndefined();
  });

  it('refuses a key-signed bundle when a keyless identity is expected', async () => {
    const keyTrust = await loadTrust({ publicKeyPath: conformanceFile(keyCase, 'key.pub') });
    expect(() =>
      verifyBundle(bundleJson(keyCase), { trust: keyTrust, artifact, identity }),
    ).toThrow(
      expect.objectContaining({
        code: 'VERIFY_FAILED',
        message: `expected a keyless signature by ${CONFORMANCE_IDENTITY}, found a key-signed one`,
      }),
    );
  });

  it('takes a log time only under a verified SET: a moved integratedTime without one gives no time', async () => {
    const keyTrust = await loadTrust({ publicKeyPath: conformanceFile(keyCase, 'key.pub') });
    const genuine = verifyBundle(bundleJson(keyCase), { trust: keyTrust, artifact });
    expect(genuine.integratedTime).toBeInstanceOf(Date);
    expect(genuine.timestamp).toBe(true);

    const nextYear = String(Math.floor(Date.now() / 1000) + 365 * 24 * 3600);
    const stripped = bundleJson(keyCase);
    const entry = stripped.verificationMaterial.tlogEntries[0]!;
    expect(entry.inclusionProof?.checkpoint).toBeDefined();
    delete (entry as { inclusionPromise?: unknown }).inclusionPromise;
    delete (stripped.verificationMaterial as { timestampVerificationData?: unknown })
      .timestampVerificationData;
    entry.integratedTime = nextYear;
    const result = verifyBundle(stripped, { trust: keyTrust, artifact });
    expect(result).toMatchObject({ kind: 'key', tlog: true });
    expect(result.integratedTime).toBeUndefined();
    expect(result.signedTime).toBeUndefined();

    const moved = bundleJson(keyCase);
    moved.verificationMaterial.tlogEntries[0]!.integratedTime = nextYear;
    expect(() => verifyBundle(moved, { trust: keyTrust, artifact })).toThrow(
      expect.objectContaining({ code: 'VERIFY_FAILED' }),
    );
  });

  it('requires a log entry unless requireTlog is false', async () => {
    const keyTrust = await loadTrust({ publicKeyPath: conformanceFile(keyCase, 'key.pub') });
    const bundle = bundleJson(keyCase);
    bundle.verificationMaterial.tlogEntries = [];
    delete (bundle.verificationMaterial as { timestampVerificationData?: unknown })
      .timestampVerificationData;
    expect(() => verifyBundle(bundle, { trust: keyTrust, artifact })).toThrow(
      'transparency log: expected 1 tlog entries, got 0',
    );
    expect(verifyBundle(bundle, { trust: keyTrust, artifact, requireTlog: false })).toMatchObject({
      kind: 'key',
      tlog: false,
    });
  });
});

describe('verifyBundle: malformed input', () => {
  it('says the bundle is not JSON', () => {
    expect(() => verifyBundle('{"mediaType": "appl', { trust, artifact })).toThrow(
      expect.objectContaining({
        code: 'VERIFY_FAILED',
        message: expect.stringMatching(/^malformed bundle: it is not JSON \(/),
      }),
    );
  });

  it('says the bundle is not an object', () => {
    expect(() => verifyBundle('[1]', { trust, artifact })).toThrow(
      'malformed bundle: it is not a JSON object',
    );
  });

  it('lists the missing or invalid fields', () => {
    const bundle = bundleJson('happy-path-v0.3-new-mediaType');
    bundle.mediaType = 'application/vnd.dev.sigstore.bundle.v9+json';
    expect(() => verifyBundle(bundle, { trust, artifact })).toThrow(
      expect.objectContaining({
        code: 'VERIFY_FAILED',
        message: 'malformed bundle: invalid bundle (missing or invalid: mediaType)',
      }),
    );
  });

  it('needs the artifact for a message signature', () => {
    expect(() => verifyBundle(happyBundle, { trust })).toThrow(
      expect.objectContaining({
        code: 'INPUT_INVALID',
        message: 'a message-signature bundle needs the artifact (or its sha256 digest) to verify',
      }),
    );
  });

  it('refuses a digest that is not sha256', () => {
    expect(() => verifyBundle(happyBundle, { trust, artifact: { digest: 'md5:abc' } })).toThrow(
      expect.objectContaining({
        code: 'INPUT_INVALID',
        message: 'artifact digest "md5:abc" is not a sha256 digest',
      }),
    );
  });
});

describe('verifyBundle: damaged parts', () => {
  it('reports an RFC 3161 timestamp that does not parse as VERIFY_FAILED', async () => {
    const rekor2 = 'rekor2-timestamp-with-embedded-cert';
    const stagingTrust = await loadTrust({
      trustedRootPath: conformanceFile(rekor2, 'trusted_root.json'),
    });
    const bundle = bundleJson(rekor2);
    bundle.verificationMaterial.timestampVerificationData = {
      rfc3161Timestamps: [{ signedTimestamp: Buffer.from('not DER').toString('base64') }],
    };
    expect(() => verifyBundle(bundle, { trust: stagingTrust, artifact })).toThrow(
      expect.objectContaining({
        code: 'VERIFY_FAILED',
        message: expect.stringMatching(/^malformed bundle: /),
      }),
    );
  });
});
