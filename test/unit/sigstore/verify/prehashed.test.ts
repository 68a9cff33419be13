import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { verifyPrehashed } from '../../../../src/sigstore/verify/prehashed.js';

// Real keys and signatures from node:crypto; verifyPrehashed sees only the digest.
const DATA = Buffer.from('imprint prehashed check');
const DIGEST = createHash('sha256').update(DATA).digest();
const OTHER_DIGEST = createHash('sha256').update('other').digest();

describe('verifyPrehashed', () => {
  it.each(['P-256', 'P-384'])(
    'checks an ECDSA %s signature against the sha256 digest',
    (namedCurve) => {
      const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve });
      const signature = sign('sha256', DATA, privateKey);
      expect(verifyPrehashed(publicKey, DIGEST, signature)).toBe(true);
      expect(verifyPrehashed(publicKey, OTHER_DIGEST, signature)).toBe(false);
    },
  );

  it('rejects a signature from another key and a malformed signature', () => {
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const other = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    expect(verifyPrehashed(publicKey, DIGEST, sign('sha256', DATA, other.privateKey))).toBe(false);
    expect(verifyPrehashed(publicKey, DIGEST, Buffer.from('not der'))).toBe(false);
  });

  it('checks an RSA PKCS#1 v1.5 signature against the sha256 digest', () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const signature = sign('sha256', DATA, privateKey);
    expect(verifyPrehashed(publicKey, DIGEST, signature)).toBe(true);
    expect(verifyPrehashed(publicKey, OTHER_DIGEST, signature)).toBe(false);
  });

  it('says an Ed25519 signature needs the artifact itself', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    expect(() => verifyPrehashed(publicKey, DIGEST, sign(null, DATA, privateKey))).toThrow(
      expect.objectContaining({
        code: 'VERIFY_FAILED',
        message: 'ed25519 signatures cannot be checked against a digest alone',
        hint: 'pass the artifact file instead of sha256:<digest>',
      }),
    );
  });
});
