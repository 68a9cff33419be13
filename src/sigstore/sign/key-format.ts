/**
 * cosign's encrypted private key container (`-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----`):
 * the PEM body is JSON from go-securesystemslib's `encrypted` package —
 * `{"kdf":{"name":"scrypt","params":{"N","r","p"},"salt"},"cipher":{"name":"nacl/secretbox","nonce"},"ciphertext"}`
 * (byte fields in standard base64) — whose plaintext is the PKCS#8 DER private key. The key is
 * scrypt(password, salt) and the box is NaCl secretbox (XSalsa20-Poly1305).
 */
import { randomBytes, scrypt as scryptCallback } from 'node:crypto';
import { promisify } from 'node:util';
import nacl from 'tweetnacl';
import { ImprintError } from '../../errors.js';

const scrypt = promisify(scryptCallback) as (
  password: Buffer,
  salt: Buffer,
  keylen: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

export const SIGSTORE_KEY_PEM_TYPE = 'ENCRYPTED SIGSTORE PRIVATE KEY';
/** What cosign wrote before v2.0; still read by cosign. */
export const COSIGN_KEY_PEM_TYPE = 'ENCRYPTED COSIGN PRIVATE KEY';

const KEY_SIZE = 32;
const SALT_SIZE = 32;
const NONCE_SIZE = 24;
/**
 * The parameter sets go-securesystemslib accepts (Legacy, Standard, OWASP): anything else is
 * refused before deriving, so a tampered file cannot make us burn memory. cosign writes Legacy.
 */
const SCRYPT_PARAMETER_SETS = [
  { N: 32768, r: 8, p: 1 },
  { N: 65536, r: 8, p: 1 },
  { N: 131072, r: 8, p: 1 },
] as const;
const WRITE_PARAMETERS = SCRYPT_PARAMETER_SETS[0];

export interface EncryptedKeyJSON {
  kdf: { name: 'scrypt'; params: { N: number; r: number; p: number }; salt: string };
  cipher: { name: 'nacl/secretbox'; nonce: string };
  ciphertext: string;
}

export async function encryptKey(plaintext: Buffer, password: string): Promise<Buffer> {
  const salt = randomBytes(SALT_SIZE);
  const nonce = randomBytes(NONCE_SIZE);
  const key = await deriveKey(password, salt, WRITE_PARAMETERS);
  const ciphertext = nacl.secretbox(plaintext, nonce, key);
  // Field order as Go's encoding/json writes the struct, so the file reads like cosign's.
  const container: EncryptedKeyJSON = {
    kdf: { name: 'scrypt', params: { ...WRITE_PARAMETERS }, salt: salt.toString('base64') },
    cipher: { name: 'nacl/secretbox', nonce: nonce.toString('base64') },
    ciphertext: Buffer.from(ciphertext).toString('base64'),
  };
  return Buffer.from(JSON.stringify(container));
}

/** The plaintext (PKCS#8 DER for cosign keys); KEY_PASSWORD_WRONG when the box does not open. */
export async function decryptKey(containerBytes: Buffer, password: string): Promise<Buffer> {
  const container = parseContainer(containerBytes);
  const salt = Buffer.from(container.kdf.salt, 'base64');
  const nonce = Buffer.from(container.cipher.nonce, 'base64');
  if (nonce.length !== NONCE_SIZE) {
    throw new ImprintError(
      'KEY_INVALID',
      `The encrypted key's nonce is ${nonce.length} bytes; nacl/secretbox needs ${NONCE_SIZE}.`,
    );
  }
  const key = await deriveKey(password, salt, container.kdf.params);
  const opened = nacl.secretbox.open(Buffer.from(container.ciphertext, 'base64'), nonce, key);
  if (!opened) {
    throw new ImprintError(
      'KEY_PASSWORD_WRONG',
      password === ''
        ? 'The private key is encrypted and no password was given.'
        : 'The password does not open the private key (a wrong password, or an altered key file).',
      {
        hint: 'set key-password (COSIGN_PASSWORD on the command line) to the password the key was made with',
      },
    );
  }
  return Buffer.from(opened);
}

function parseContainer(bytes: Buffer): EncryptedKeyJSON {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw invalid('its body is not the JSON cosign writes');
  }
  const container = value as Partial<EncryptedKeyJSON> | null;
  if (container?.kdf?.name !== 'scrypt') throw invalid(`kdf is not "scrypt"`);
  if (container.cipher?.name !== 'nacl/secretbox') throw invalid(`cipher is not "nacl/secretbox"`);
  const params = container.kdf.params;
  const known = SCRYPT_PARAMETER_SETS.some(
    (set) => set.N === params?.N && set.r === params?.r && set.p === params?.p,
  );
  if (!known) {
    throw invalid(`scrypt parameters ${JSON.stringify(params ?? null)} are not a set cosign uses`);
  }
  for (const [field, text] of [
    ['kdf.salt', container.kdf.salt],
    ['cipher.nonce', container.cipher.nonce],
    ['ciphertext', container.ciphertext],
  ] as const) {
    if (typeof text !== 'string' || text === '') throw invalid(`${field} is missing`);
  }
  return container as EncryptedKeyJSON;
}

function invalid(why: string): ImprintError {
  return new ImprintError('KEY_INVALID', `The encrypted private key is malformed: ${why}.`, {
    hint: 'use the cosign.key file as cosign generate-key-pair wrote it',
  });
}

async function deriveKey(
  password: string,
  salt: Buffer,
  params: { N: number; r: number; p: number },
): Promise<Uint8Array> {
  // scrypt needs 128·N·r bytes; Node's default cap (32 MiB) is below the larger sets.
  const maxmem = 256 * params.N * params.r;
  const key = await scrypt(Buffer.from(password, 'utf8'), salt, KEY_SIZE, { ...params, maxmem });
  return new Uint8Array(key);
}
