/**
 * Signing keys from files people already have: cosign's encrypted `cosign.key`
 * (`ENCRYPTED SIGSTORE PRIVATE KEY`, or the older `ENCRYPTED COSIGN PRIVATE KEY`), plain PKCS#8
 * (`PRIVATE KEY`), SEC1 (`EC PRIVATE KEY`) and password-protected PKCS#8 (`ENCRYPTED PRIVATE
 * KEY`). imprint signs with ECDSA P-256 / SHA-256, cosign's default; other keys are refused with
 * a clear reason rather than producing signatures verifiers would not expect.
 */
import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import { ImprintError, messageOf } from '../../errors.js';
import {
  COSIGN_KEY_PEM_TYPE,
  decryptKey,
  encryptKey,
  SIGSTORE_KEY_PEM_TYPE,
} from './key-format.js';

export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** SPKI PEM, as `cosign.pub` holds it. */
  publicKeyPem: string;
}

export interface GeneratedKeyPair {
  /** cosign's encrypted format: write it as cosign.key. */
  privateKeyPem: string;
  /** SPKI `PUBLIC KEY` PEM: write it as cosign.pub. */
  publicKeyPem: string;
}

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)-----END \1-----/;
const SUPPORTED_CURVE = 'prime256v1';
const CURVE_NAMES: Record<string, string> = {
  prime256v1: 'P-256',
  secp384r1: 'P-384',
  secp521r1: 'P-521',
};

export async function loadSigningKey(pem: string, password = ''): Promise<SigningKey> {
  const block = PEM_BLOCK.exec(pem);
  if (!block) {
    throw new ImprintError(
      'KEY_INVALID',
      'The signing key is not PEM: no "-----BEGIN … PRIVATE KEY-----" block was found.',
      {
        hint: 'pass the contents of cosign.key (or a PKCS#8 PEM private key), not a path or base64',
      },
    );
  }
  const type = block[1]!;
  const der = Buffer.from(block[2]!.replace(/\s+/g, ''), 'base64');
  return signingKeyFrom(await privateKeyFrom(type, der, block[0], password));
}

async function privateKeyFrom(
  type: string,
  der: Buffer,
  pem: string,
  password: string,
): Promise<KeyObject> {
  switch (type) {
    case SIGSTORE_KEY_PEM_TYPE:
    case COSIGN_KEY_PEM_TYPE: {
      const pkcs8 = await decryptKey(der, password);
      return readKey(() => createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' }));
    }
    case 'PRIVATE KEY':
      return readKey(() => createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }));
    case 'EC PRIVATE KEY':
      return readKey(() => createPrivateKey({ key: der, format: 'der', type: 'sec1' }));
    case 'ENCRYPTED PRIVATE KEY':
      return encryptedPkcs8(pem, password);
    case 'RSA PRIVATE KEY':
      throw unsupported('an RSA key');
    case 'PUBLIC KEY':
    case 'CERTIFICATE':
      throw new ImprintError(
        'KEY_INVALID',
        `The signing key is a ${type.toLowerCase()}, not a private key.`,
        { hint: 'signing needs the private key (cosign.key); cosign.pub is for verifying' },
      );
    default:
      throw new ImprintError(
        'KEY_INVALID',
        `The signing key is a PEM "${type}" block, not a private key.`,
        { hint: 'pass cosign.key, or a PEM "PRIVATE KEY" / "EC PRIVATE KEY"' },
      );
  }
}

function encryptedPkcs8(pem: string, password: string): KeyObject {
  if (password === '') {
    throw new ImprintError(
      'KEY_PASSWORD_WRONG',
      'The private key is encrypted (ENCRYPTED PRIVATE KEY) and no password was given.',
      { hint: 'set key-password to the key passphrase' },
    );
  }
  try {
    return createPrivateKey({ key: pem, format: 'pem', passphrase: password });
  } catch (error) {
    throw new ImprintError(
      'KEY_PASSWORD_WRONG',
      'The password does not open the private key (ENCRYPTED PRIVATE KEY).',
      { cause: error, hint: 'set key-password to the passphrase the key was encrypted with' },
    );
  }
}

function readKey(make: () => KeyObject): KeyObject {
  try {
    return make();
  } catch (error) {
    throw new ImprintError(
      'KEY_INVALID',
      `The signing key could not be read: ${messageOf(error)}.`,
      {
        cause: error,
        hint: 'the PEM block is damaged or not a key: use the file as the tool that made it wrote it',
      },
    );
  }
}

function signingKeyFrom(privateKey: KeyObject): SigningKey {
  const kind = privateKey.asymmetricKeyType;
  if (kind !== 'ec') throw unsupported(`an ${String(kind).toUpperCase()} key`);
  const curve = privateKey.asymmetricKeyDetails?.namedCurve ?? 'unknown';
  if (curve !== SUPPORTED_CURVE) {
    throw unsupported(`an EC key on curve ${CURVE_NAMES[curve] ?? curve} (${curve})`);
  }
  const publicKey = createPublicKey(privateKey);
  return {
    privateKey,
    publicKey,
    publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
  };
}

function unsupported(what: string): ImprintError {
  return new ImprintError(
    'KEY_UNSUPPORTED',
    `The signing key is ${what}; imprint signs with ECDSA P-256 (cosign's default key type).`,
    { hint: 'make a P-256 key with `cosign generate-key-pair` or `imprint generate-key-pair`' },
  );
}

/** A cosign-compatible key pair: `cosign sign --key` and `cosign verify --key` accept it. */
export async function generateKeyPair(password: string): Promise<GeneratedKeyPair> {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const pkcs8 = privateKey.export({ format: 'der', type: 'pkcs8' });
  const container = await encryptKey(pkcs8, password);
  return {
    privateKeyPem: toPem(SIGSTORE_KEY_PEM_TYPE, container),
    publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
  };
}

/** PEM as Go's encoding/pem writes it: 64-column base64 lines. */
export function toPem(type: string, bytes: Buffer): string {
  const lines = bytes.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${type}-----\n${lines.join('\n')}\n-----END ${type}-----\n`;
}
