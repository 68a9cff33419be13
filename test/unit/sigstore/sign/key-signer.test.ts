import { createHash, createPublicKey, verify } from 'node:crypto';
import { KeySigner, publicKeyHint } from '../../../../src/sigstore/sign/key-signer.js';

describe('KeySigner', () => {
  it('signs ECDSA P-256 / SHA-256 and names the key by the SHA-256 of its DER (base64)', async () => {
    const signer = KeySigner.ephemeral();
    const { signature, key } = await signer.sign(Buffer.from('payload'));
    const publicKey = createPublicKey(signer.publicKeyPem);
    expect(verify('sha256', Buffer.from('payload'), publicKey, signature)).toBe(true);
    const der = publicKey.export({ format: 'der', type: 'spki' });
    const hint = createHash('sha256').update(der).digest('base64');
    expect(key).toEqual({ $case: 'publicKey', publicKey: signer.publicKeyPem, hint });
    expect(publicKeyHint({ publicKey })).toBe(hint);
  });

  it('makes a new key every time it is asked for an ephemeral one', () => {
    expect(KeySigner.ephemeral().hint).not.toBe(KeySigner.ephemeral().hint);
  });
});
