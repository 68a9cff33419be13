import { createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { ImprintError } from '../../../../src/errors.js';
import { decryptKey, encryptKey } from '../../../../src/sigstore/sign/key-format.js';
import { generateKeyPair, loadSigningKey, toPem } from '../../../../src/sigstore/sign/keys.js';

async function failure(promise: Promise<unknown>): Promise<ImprintError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ImprintError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

function pemBody(pem: string): Buffer {
  return Buffer.from(pem.split('\n').slice(1, -2).join(''), 'base64');
}

/**
 * Vectors from go-securesystemslib's encrypted_test.go (the package cosign encrypts keys with):
 * passphrase "supersecret", one per scrypt parameter set. They were made with its Marshal, which
 * JSON-encodes the plaintext first: the box holds `"cmVhbGx5aW1wb3J0YW50"` (Go's JSON for the
 * bytes of "reallyimportant").
 */
const GO_VECTORS = {
  legacy:
    '{"kdf":{"name":"scrypt","params":{"N":32768,"r":8,"p":1},"salt":"WO3mVvyTwJ9vwT5/Tk5OW5WPIBUofMjcpEfrLnfY4uA="},"cipher":{"name":"nacl/secretbox","nonce":"tCy7HcTFr4uxv4Nrg/DWmncuZ148U1MX"},"ciphertext":"08n43p5G5yviPEZpO7tPPF4aZQkWiWjkv4taFdhDBA0tamKH4nw="}',
  standard:
    '{"kdf":{"name":"scrypt","params":{"N":65536,"r":8,"p":1},"salt":"FhzPOt9/bJG4PTq6lQ6ecG6GzaOuOy/ynG5+yRiFlNs="},"cipher":{"name":"nacl/secretbox","nonce":"aw1ng1jHaDz/tQ7V2gR9O2+IGQ8xJEuE"},"ciphertext":"HycvuLZL4sYH0BrYTh4E/H20VtAW6u5zL5Pr+IBjYLYnCPzDkq8="}',
  owasp:
    '{"kdf":{"name":"scrypt","params":{"N":131072,"r":8,"p":1},"salt":"m38E3kouJTtiheLQN22NQ8DTito5hrjpUIskqcd375k="},"cipher":{"name":"nacl/secretbox","nonce":"Y6PM13yA+o44pE/W1ZBwczeGnTV/m9Zc"},"ciphertext":"6H8sqj1K6B6yDjtH5AQ6lbFigg/C2yDDJc4rYJ79w9aVPImFIPI="}',
  unsupported:
    '{"kdf":{"name":"scrypt","params":{"N":99,"r":99,"p":99},"salt":"cZFcQJdwPhPyhU1R4qkl0qVOIjZd4V/7LYYAavq166k="},"cipher":{"name":"nacl/secretbox","nonce":"7vhRS7j0hEPBWV05skAdgLj81AkGeE7U"},"ciphertext":"6WYU/YSXVbYzl/NzaeAzmjLyfFhOOjLc0d8/GFV0aBFdJvyCcXc="}',
};

describe("cosign's encrypted key container", () => {
  it.each(['legacy', 'standard', 'owasp'] as const)('opens the Go-made %s vector', async (name) => {
    const plaintext = await decryptKey(Buffer.from(GO_VECTORS[name]), 'supersecret');
    const bytes = Buffer.from(JSON.parse(plaintext.toString()) as string, 'base64');
    expect(bytes.toString()).toBe('reallyimportant');
  });

  it('refuses scrypt parameters outside the known sets before deriving anything', async () => {
    const error = await failure(decryptKey(Buffer.from(GO_VECTORS.unsupported), 'supersecret'));
    expect(error.code).toBe('KEY_INVALID');
    expect(error.message).toBe(
      'The encrypted private key is malformed: scrypt parameters {"N":99,"r":99,"p":99} are not a set cosign uses.',
    );
  });

  it('writes the JSON fields, names and sizes Go writes, in its order', async () => {
    const container = await encryptKey(Buffer.from('secret'), 'pw');
    const json = JSON.parse(container.toString());
    expect(Object.keys(json)).toEqual(['kdf', 'cipher', 'ciphertext']);
    expect(json.kdf).toMatchObject({ name: 'scrypt', params: { N: 32768, r: 8, p: 1 } });
    expect(Object.keys(json.kdf.params)).toEqual(['N', 'r', 'p']);
    expect(Buffer.from(json.kdf.salt, 'base64')).toHaveLength(32);
    expect(json.cipher.name).toBe('nacl/secretbox');
    expect(Buffer.from(json.cipher.nonce, 'base64')).toHaveLength(24);
    expect((await decryptKey(container, 'pw')).toString()).toBe('secret');
  });

  it('tells a wrong password from a missing one', async () => {
    const container = await encryptKey(Buffer.from('secret'), 'pw');
    const wrong = await failure(decryptKey(container, 'nope'));
    expect(wrong.code).toBe('KEY_PASSWORD_WRONG');
    expect(wrong.describe()).toBe(
      'The password does not open the private key (a wrong password, or an altered key file).\n' +
        '  hint: set key-password (COSIGN_PASSWORD on the command line) to the password the key was made with',
    );
    const missing = await failure(decryptKey(container, ''));
    expect(missing.message).toBe('The private key is encrypted and no password was given.');
  });

  it.each([
    ['not JSON', 'garbage', 'its body is not the JSON cosign writes'],
    ['another kdf', '{"kdf":{"name":"pbkdf2"}}', 'kdf is not "scrypt"'],
    [
      'another cipher',
      '{"kdf":{"name":"scrypt"},"cipher":{"name":"aes"}}',
      'cipher is not "nacl/secretbox"',
    ],
    [
      'no ciphertext',
      '{"kdf":{"name":"scrypt","params":{"N":32768,"r":8,"p":1},"salt":"AA=="},"cipher":{"name":"nacl/secretbox","nonce":"AA=="}}',
      'ciphertext is missing',
    ],
  ])('refuses a container with %s', async (_, body, why) => {
    const error = await failure(decryptKey(Buffer.from(body), 'pw'));
    expect(error.code).toBe('KEY_INVALID');
    expect(error.message).toBe(`The encrypted private key is malformed: ${why}.`);
  });

  it('refuses a nonce of the wrong size', async () => {
    const json = JSON.parse((await encryptKey(Buffer.from('x'), 'pw')).toString());
    json.cipher.nonce = Buffer.alloc(12).toString('base64');
    const error = await failure(decryptKey(Buffer.from(JSON.stringify(json)), 'pw'));
    expect(error.message).toContain('nonce is 12 bytes; nacl/secretbox needs 24');
  });
});

describe('generateKeyPair / loadSigningKey', () => {
  it('round-trips a cosign key pair: ENCRYPTED SIGSTORE PRIVATE KEY, 64-column PEM', async () => {
    const pair = await generateKeyPair('hunter2');
    const lines = pair.privateKeyPem.trimEnd().split('\n');
    expect(lines[0]).toBe('-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----');
    expect(lines.at(-1)).toBe('-----END ENCRYPTED SIGSTORE PRIVATE KEY-----');
    expect(lines.slice(1, -1).every((line) => line.length <= 64)).toBe(true);
    expect(pair.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);

    const key = await loadSigningKey(pair.privateKeyPem, 'hunter2');
    expect(key.publicKeyPem).toBe(pair.publicKeyPem);
    const signature = sign('sha256', Buffer.from('data'), key.privateKey);
    expect(
      verify('sha256', Buffer.from('data'), createPublicKey(pair.publicKeyPem), signature),
    ).toBe(true);
  });

  it('reads the pre-2.0 ENCRYPTED COSIGN PRIVATE KEY header too', async () => {
    const pair = await generateKeyPair('pw');
    const legacy = toPem('ENCRYPTED COSIGN PRIVATE KEY', pemBody(pair.privateKeyPem));
    expect((await loadSigningKey(legacy, 'pw')).publicKeyPem).toBe(pair.publicKeyPem);
  });

  it('reads PKCS#8, SEC1 and passphrase-protected PKCS#8 P-256 keys, CRLF or not', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const expected = publicKey.export({ format: 'pem', type: 'spki' }).toString();
    const pkcs8 = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const sec1 = privateKey.export({ format: 'pem', type: 'sec1' }).toString();
    const encrypted = privateKey
      .export({ format: 'pem', type: 'pkcs8', cipher: 'aes-256-cbc', passphrase: 'pp' })
      .toString();
    expect((await loadSigningKey(pkcs8)).publicKeyPem).toBe(expected);
    expect((await loadSigningKey(pkcs8.replace(/\n/g, '\r\n'))).publicKeyPem).toBe(expected);
    expect((await loadSigningKey(sec1)).publicKeyPem).toBe(expected);
    expect((await loadSigningKey(encrypted, 'pp')).publicKeyPem).toBe(expected);
    expect((await failure(loadSigningKey(encrypted, 'bad'))).code).toBe('KEY_PASSWORD_WRONG');
    expect((await failure(loadSigningKey(encrypted))).message).toBe(
      'The private key is encrypted (ENCRYPTED PRIVATE KEY) and no password was given.',
    );
  });

  it('refuses keys imprint does not sign with, saying which', async () => {
    const p384 = generateKeyPairSync('ec', { namedCurve: 'P-384' }).privateKey;
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const ed = generateKeyPairSync('ed25519').privateKey;
    const cases: [string, string][] = [
      [
        p384.export({ format: 'pem', type: 'pkcs8' }).toString(),
        'an EC key on curve P-384 (secp384r1)',
      ],
      [rsa.export({ format: 'pem', type: 'pkcs8' }).toString(), 'an RSA key'],
      [rsa.export({ format: 'pem', type: 'pkcs1' }).toString(), 'an RSA key'],
      [ed.export({ format: 'pem', type: 'pkcs8' }).toString(), 'an ED25519 key'],
    ];
    for (const [pem, what] of cases) {
      const error = await failure(loadSigningKey(pem));
      expect(error.code).toBe('KEY_UNSUPPORTED');
      expect(error.message).toBe(
        `The signing key is ${what}; imprint signs with ECDSA P-256 (cosign's default key type).`,
      );
    }
  });

  it('refuses what is not a private key, saying what it is', async () => {
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const publicPem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
    const cases: [string, string][] = [
      [
        'cosign.key',
        'The signing key is not PEM: no "-----BEGIN … PRIVATE KEY-----" block was found.',
      ],
      [publicPem, 'The signing key is a public key, not a private key.'],
      [
        toPem('X509 CRL', Buffer.from('x')),
        'The signing key is a PEM "X509 CRL" block, not a private key.',
      ],
    ];
    for (const [pem, message] of cases) {
      const error = await failure(loadSigningKey(pem));
      expect(error.code).toBe('KEY_INVALID');
      expect(error.message).toBe(message);
    }
    const damaged = await failure(loadSigningKey(toPem('PRIVATE KEY', Buffer.from('not DER'))));
    expect(damaged.code).toBe('KEY_INVALID');
    expect(damaged.message).toMatch(/^The signing key could not be read: /);
  });

  it('refuses an encrypted cosign key whose plaintext is not PKCS#8', async () => {
    const container = await encryptKey(Buffer.from('not a key'), 'pw');
    const error = await failure(
      loadSigningKey(toPem('ENCRYPTED SIGSTORE PRIVATE KEY', container), 'pw'),
    );
    expect(error.code).toBe('KEY_INVALID');
  });
});
