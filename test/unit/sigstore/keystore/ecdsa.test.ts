import { generateKeyPairSync, sign, verify } from 'node:crypto';
import { isImprintError } from '../../../../src/errors.js';
import { ecPointToSpkiPem, rawSignatureToDer } from '../../../../src/sigstore/keystore/ecdsa.js';

describe('raw r||s → DER', () => {
  it('matches a known vector: leading zeros dropped, a 0x00 before a high bit', () => {
    const r = Buffer.concat([Buffer.alloc(31), Buffer.from([0x05])]);
    const s = Buffer.alloc(32, 0xff);
    expect(rawSignatureToDer(Buffer.concat([r, s])).toString('hex')).toBe(
      `3026020105022100${'ff'.repeat(32)}`,
    );
  });

  it('turns a P1363 signature into one Node and every DER verifier accept', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    for (let round = 0; round < 20; round += 1) {
      const data = Buffer.from(`statement ${round}`);
      const raw = sign('sha256', data, { key: privateKey, dsaEncoding: 'ieee-p1363' });
      expect(verify('sha256', data, publicKey, rawSignatureToDer(raw))).toBe(true);
    }
  });

  it('refuses a signature that is not 64 bytes', () => {
    try {
      rawSignatureToDer(Buffer.alloc(96));
      throw new Error('accepted');
    } catch (error) {
      expect(isImprintError(error, 'KEY_STORE_FAILED')).toBe(true);
      expect((error as Error).message).toBe(
        'The key store returned a 96-byte signature; an ECDSA P-256 signature in r||s form is 64 bytes.',
      );
    }
  });
});

describe('EC point → SPKI PEM', () => {
  const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = publicKey.export({ format: 'jwk' });
  const point = Buffer.concat([
    Buffer.from([0x04]),
    Buffer.from(jwk.x!, 'base64url'),
    Buffer.from(jwk.y!, 'base64url'),
  ]);
  const pem = publicKey.export({ format: 'pem', type: 'spki' }).toString();

  it('reads a bare point and one wrapped in a DER OCTET STRING (CKA_EC_POINT)', () => {
    expect(ecPointToSpkiPem(point)).toBe(pem);
    expect(ecPointToSpkiPem(Buffer.concat([Buffer.from([0x04, 0x41]), point]))).toBe(pem);
  });

  it('refuses a compressed point', () => {
    expect(() =>
      ecPointToSpkiPem(Buffer.concat([Buffer.from([0x02]), point.subarray(1, 33)])),
    ).toThrow("The key store's public key is not an uncompressed P-256 point (33 bytes).");
  });
});
