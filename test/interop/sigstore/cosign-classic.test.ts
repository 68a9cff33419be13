import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import {
  verifyCosignSignatures,
  type BlobFetcher,
} from '../../../src/sigstore/verify/cosign-classic.js';
import { parsePublicKey, publicGoodTrust, type Trust } from '../../../src/sigstore/verify/trust.js';
import { fixturePath } from './fixtures.js';

// Real cosign signatures (connaisseur test data): key-signed by alice/bob/charlie and one keyless
// signature from the public-good instance, verified offline against the embedded root.
const IMAGE = fixturePath('cosign-classic', 'securesystemsengineering', 'testimage');
const KEYLESS_DIGEST = 'sha256:31dc72a13a0c34b40eb95419d2b2fd67320c856baf3b72da518023ee8d370aee';
const ALICE_DIGEST = 'sha256:071bf7a986f1ca9cb2a1f0bc8392822a7777f90d58f2d2c6f271913e08de7c81';
const THREE_SIGNERS_DIGEST =
  'sha256:bfec161fecb0a887df7cb85e4da327c65986ccda7060cf3cd92171c6c90d7533';

/** The fixtures keep blobs as files named after their digest. */
const fetchBlob: BlobFetcher = (digest) => readFile(`${IMAGE}/blobs/${digest}.json`);

function manifestFor(digest: string): unknown {
  return JSON.parse(
    readFileSync(`${IMAGE}/manifests/${digest.replace(':', '-')}.sig.json`, 'utf8'),
  );
}

function trustWithKey(name: string): Trust {
  const file = fixturePath('cosign-classic', `${name}.key`);
  return publicGoodTrust(parsePublicKey(readFileSync(file, 'utf8'), file));
}

describe('cosign classic signatures made by cosign', () => {
  it('verifies the keyless signature: chain at integrated time, SCT, SET and Rekor body', async () => {
    const result = await verifyCosignSignatures(manifestFor(KEYLESS_DIGEST), fetchBlob, {
      trust: publicGoodTrust(),
      expectedDigest: KEYLESS_DIGEST,
      identity: {
        issuer: 'https://github.com/login/oauth',
        subject: 'philipp.belitz@securesystems.de',
      },
    });
    expect(result.failures).toEqual([]);
    expect(result.verified).toHaveLength(1);
    expect(result.verified[0]).toMatchObject({
      kind: 'keyless',
      issuer: 'https://github.com/login/oauth',
      subject: 'philipp.belitz@securesystems.de',
      tlog: true,
      integratedTime: new Date(1717082297 * 1000),
      dockerReference: 'index.docker.io/phbelitz/rekor-test',
    });
  });

  it('rejects the keyless signature for another identity', async () => {
    const result = await verifyCosignSignatures(manifestFor(KEYLESS_DIGEST), fetchBlob, {
      trust: publicGoodTrust(),
      expectedDigest: KEYLESS_DIGEST,
      identity: { issuer: 'https://github.com/login/oauth', subject: 'someone@example.com' },
    });
    expect(result.verified).toEqual([]);
    expect(result.failures[0]?.error.message).toBe(
      'expected identity someone@example.com, found philipp.belitz@securesystems.de',
    );
  });

  it('rejects the keyless signature against a trusted root of another instance', async () => {
    const { loadTrust } = await import('../../../src/sigstore/verify/trust.js');
    const staging = await loadTrust({
      trustedRootPath: fixturePath(
        'sigstore-conformance',
        'bundle-verify',
        'managed-key-and-trusted-root',
        'trusted_root.json',
      ),
    });
    const result = await verifyCosignSignatures(manifestFor(KEYLESS_DIGEST), fetchBlob, {
      trust: staging,
      expectedDigest: KEYLESS_DIGEST,
    });
    expect(result.verified).toEqual([]);
    expect(result.failures[0]?.error.message).toMatch(/^certificate chain: /);
  });

  it("verifies alice's key-signed signature with alice's key only", async () => {
    const options = { expectedDigest: ALICE_DIGEST, requireTlog: false };
    const alice = await verifyCosignSignatures(manifestFor(ALICE_DIGEST), fetchBlob, {
      ...options,
      trust: trustWithKey('alice'),
    });
    expect(alice.verified.map((v) => v.kind)).toEqual(['key']);
    for (const other of ['bob', 'charlie', 'default']) {
      const result = await verifyCosignSignatures(manifestFor(ALICE_DIGEST), fetchBlob, {
        ...options,
        trust: trustWithKey(other),
      });
      expect(result.verified).toEqual([]);
      expect(result.failures[0]?.error.message).toMatch(
        /^signature: it does not verify with the signing key/,
      );
    }
  });

  it('finds each of three signers in its own layer', async () => {
    const options = { expectedDigest: THREE_SIGNERS_DIGEST, requireTlog: false };
    const layers: Record<string, number[]> = {};
    for (const signer of ['alice', 'bob', 'charlie', 'default']) {
      const result = await verifyCosignSignatures(manifestFor(THREE_SIGNERS_DIGEST), fetchBlob, {
        ...options,
        trust: trustWithKey(signer),
      });
      layers[signer] = result.verified.map((v) => v.layer);
    }
    expect(layers).toEqual({ alice: [0], bob: [1], charlie: [2], default: [] });
  });

  it('rejects real signatures when a different image digest is expected', async () => {
    const result = await verifyCosignSignatures(manifestFor(ALICE_DIGEST), fetchBlob, {
      trust: trustWithKey('alice'),
      expectedDigest: THREE_SIGNERS_DIGEST,
      requireTlog: false,
    });
    expect(result.verified).toEqual([]);
    expect(result.failures[0]?.error.message).toBe(
      `signature is for ${ALICE_DIGEST}, expected ${THREE_SIGNERS_DIGEST}`,
    );
    const keyless = await verifyCosignSignatures(manifestFor(KEYLESS_DIGEST), fetchBlob, {
      trust: publicGoodTrust(),
      expectedDigest: ALICE_DIGEST,
    });
    expect(keyless.failures[0]?.error.message).toBe(
      `signature is for ${KEYLESS_DIGEST}, expected ${ALICE_DIGEST}`,
    );
  });
});
