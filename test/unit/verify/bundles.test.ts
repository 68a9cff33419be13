/** verifyBundleBytes + classify over real key-signed bundles (no network: no witnesses). */
import { isImprintError } from '../../../src/errors.js';
import { verifyBundleBytes } from '../../../src/verify/bundles.js';
import { PREDICATE_COSIGN_SIGN } from '../../../src/attest/predicate-types.js';
import { classify } from '../../../src/verify/classify.js';
import { bytesOf, sha256, statement, type TestKey, testKey, trustSet } from './signing.js';

const IMAGE = `sha256:${'1'.repeat(64)}`;
const OTHER = `sha256:${'2'.repeat(64)}`;
const SBOM = 'https://cyclonedx.org/bom';
let alice: TestKey;
let bob: TestKey;

beforeAll(async () => {
  [alice, bob] = await Promise.all([testKey(), testKey()]);
});

function failure(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (isImprintError(error, 'VERIFY_FAILED')) return error.message;
    throw error;
  }
  throw new Error('expected VERIFY_FAILED');
}

const found = {
  subjectDigest: IMAGE,
  source: 'referrer' as const,
  location: 'referrer sha256:abc',
};

describe('verifyBundleBytes', () => {
  it('a key-signed statement verifies with the policy key that signed it, named as the policy writes it', async () => {
    const bundle = await alice.signer.signDsse(statement(IMAGE, SBOM, { bomFormat: 'CycloneDX' }));
    const trusts = trustSet({ './bob.pub': bob.publicKeyPem, './alice.pub': alice.publicKeyPem });
    const { verified, signer } = verifyBundleBytes(bytesOf(bundle), IMAGE, trusts);
    expect(signer).toEqual({
      kind: 'key',
      keyRef: './alice.pub',
      keyId: trusts.keys[1]!.trust.publicKey!.keyId,
    });
    expect(verified.statement?.predicateType).toBe(SBOM);
    expect(verified.tlog).toBe(false);
  });

  it('a key none of the policy keys verifies: each key and why', async () => {
    const bundle = await alice.signer.signDsse(statement(IMAGE, SBOM));
    const message = failure(() =>
      verifyBundleBytes(bytesOf(bundle), IMAGE, trustSet({ './bob.pub': bob.publicKeyPem })),
    );
    expect(message).toMatch(
      /^signed with a key that none of the policy's keys verifies \(\.\/bob\.pub: signature: .+\)$/,
    );
  });

  it('a key-signed bundle and a policy without key signers', async () => {
    const bundle = await alice.signer.signDsse(statement(IMAGE, SBOM));
    expect(failure(() => verifyBundleBytes(bytesOf(bundle), IMAGE, trustSet()))).toBe(
      'signed with a public key, but the policy names no key signer to check it with',
    );
  });

  it('a tampered payload does not verify', async () => {
    const bundle = await alice.signer.signDsse(statement(IMAGE, SBOM));
    const tampered = structuredClone(bundle);
    tampered.dsseEnvelope!.payload = Buffer.from(
      JSON.stringify(statement(IMAGE, SBOM, { evil: true })),
    ).toString('base64');
    expect(
      failure(() =>
        verifyBundleBytes(
          bytesOf(tampered),
          IMAGE,
          trustSet({ './alice.pub': alice.publicKeyPem }),
        ),
      ),
    ).toContain('none of the policy');
  });

  it('bytes that are not a bundle', () => {
    expect(failure(() => verifyBundleBytes(Buffer.from('not json'), IMAGE, trustSet()))).toMatch(
      /^malformed bundle: it is not JSON/,
    );
  });

  it('a message signature over the manifest bytes verifies, but is no image signature', async () => {
    const manifest = Buffer.from('{"schemaVersion":2}');
    const bundle = await alice.signer.signMessage(manifest);
    const trusts = trustSet({ './alice.pub': alice.publicKeyPem });
    const ok = verifyBundleBytes(bytesOf(bundle), sha256(manifest), trusts);
    expect(classify(ok, { ...found, subjectDigest: sha256(manifest) })).toEqual({
      kind: 'problem',
      problem: {
        subject: 'signature',
        fatal: false,
        reason: `referrer sha256:abc: a plain message signature over the manifest bytes is not an image signature: only a DSSE ${PREDICATE_COSIGN_SIGN} statement or a cosign simple-signing payload naming the digest counts`,
      },
    });
    expect(failure(() => verifyBundleBytes(bytesOf(bundle), OTHER, trusts))).toContain(
      `the artifact is ${OTHER}`,
    );
  });
});

describe('classify', () => {
  const trusts = () => trustSet({ './alice.pub': alice.publicKeyPem });

  it('a cosign sign statement over this digest is an image signature', async () => {
    const bundle = await alice.signer.signDsse(statement(IMAGE, PREDICATE_COSIGN_SIGN));
    expect(classify(verifyBundleBytes(bytesOf(bundle), IMAGE, trusts()), found)).toEqual({
      kind: 'signature',
      signature: {
        signer: expect.objectContaining({ kind: 'key', keyRef: './alice.pub' }),
        signedDigest: IMAGE,
        source: 'referrer',
        location: 'referrer sha256:abc',
        tlogProven: false,
        timestampProven: false,
      },
    });
  });

  it('any other statement is an attestation carrying its predicate', async () => {
    const bundle = await alice.signer.signDsse(statement(IMAGE, SBOM, { components: [] }));
    const result = classify(verifyBundleBytes(bytesOf(bundle), IMAGE, trusts()), found);
    expect(result).toMatchObject({
      kind: 'attestation',
      attestation: { predicateType: SBOM, predicate: { components: [] }, subjectDigests: [IMAGE] },
    });
  });

  it('a statement about another digest (copied onto this image) is a problem, filed under its type', async () => {
    const bundle = await alice.signer.signDsse(statement(OTHER, SBOM));
    expect(classify(verifyBundleBytes(bytesOf(bundle), IMAGE, trusts()), found)).toEqual({
      kind: 'problem',
      problem: {
        subject: 'attestation',
        about: SBOM,
        fatal: false,
        reason: `referrer sha256:abc: its statement is about ${OTHER}, not this image (${IMAGE}): it was made for another image and copied here`,
      },
    });
    const signature = await alice.signer.signDsse(statement(OTHER, PREDICATE_COSIGN_SIGN));
    expect(classify(verifyBundleBytes(bytesOf(signature), IMAGE, trusts()), found)).toMatchObject({
      kind: 'problem',
      problem: { subject: 'signature' },
    });
  });

  it('a DSSE payload that is not an in-toto statement says nothing about the image', async () => {
    const bundle = await alice.signer.signDsse(Buffer.from('hello'), 'text/plain');
    expect(classify(verifyBundleBytes(bytesOf(bundle), IMAGE, trusts()), found)).toMatchObject({
      kind: 'problem',
      problem: {
        subject: 'signature',
        reason: expect.stringContaining('the DSSE payload is text/plain, not an in-toto statement'),
      },
    });
  });
});
