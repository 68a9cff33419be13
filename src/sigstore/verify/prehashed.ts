/**
 * Signature checks over a digest when the artifact itself is not at hand (`sha256:<hex>` in the
 * conformance protocol). node:crypto always hashes its input, so for ECDSA the verification
 * equation is evaluated here over the NIST curves with BigInt; RSA PKCS#1 v1.5 is checked by
 * recovering the DigestInfo. This is verification only: no secret ever passes through it.
 */
import { constants, createECDH, publicDecrypt, type KeyObject } from 'node:crypto';
import { ASN1Obj } from '@sigstore/core';
import { ImprintError } from '../../errors.js';

interface Curve {
  /** OpenSSL name, used to derive the generator point. */
  ecdhName: string;
  p: bigint;
  n: bigint;
}

// All three are short Weierstrass curves with a = -3.
const CURVES: Record<string, Curve> = {
  'P-256': {
    ecdhName: 'prime256v1',
    p: 2n ** 256n - 2n ** 224n + 2n ** 192n + 2n ** 96n - 1n,
    n: 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n,
  },
  'P-384': {
    ecdhName: 'secp384r1',
    p: 2n ** 384n - 2n ** 128n - 2n ** 96n + 2n ** 32n - 1n,
    n: 0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973n,
  },
};

// DER prefix of DigestInfo { sha256 } in a PKCS#1 v1.5 signature.
const SHA256_DIGEST_INFO = Buffer.from('3031300d060960864801650304020105000420', 'hex');

type Point = { x: bigint; y: bigint; z: bigint } | null;

/** Verifies `signature` (DER ECDSA or RSA PKCS#1 v1.5) over an already computed sha256 digest. */
export function verifyPrehashed(key: KeyObject, digest: Buffer, signature: Buffer): boolean {
  switch (key.asymmetricKeyType) {
    case 'ec':
      return verifyEcdsa(key, digest, signature);
    case 'rsa':
      return verifyRsaPkcs1(key, digest, signature);
    default:
      throw new ImprintError(
        'VERIFY_FAILED',
        `${key.asymmetricKeyType ?? 'unknown'} signatures cannot be checked against a digest alone`,
        { hint: 'pass the artifact file instead of sha256:<digest>' },
      );
  }
}

function verifyEcdsa(key: KeyObject, digest: Buffer, signature: Buffer): boolean {
  const jwk = key.export({ format: 'jwk' });
  const curve = jwk.crv === undefined ? undefined : CURVES[jwk.crv];
  if (curve === undefined || jwk.x === undefined || jwk.y === undefined) {
    throw new ImprintError(
      'VERIFY_FAILED',
      `ECDSA curve ${jwk.crv ?? '?'} is not supported for digest-only checks`,
      {
        hint: 'pass the artifact file instead of sha256:<digest>',
      },
    );
  }
  const rs = parseDerSignature(signature);
  if (rs === undefined) return false;
  const { r, s } = rs;
  const { n, p } = curve;
  if (r <= 0n || r >= n || s <= 0n || s >= n) return false;
  const w = modPow(s, n - 2n, n);
  const e = digestToInteger(digest, n);
  const u1 = mod(e * w, n);
  const u2 = mod(r * w, n);
  const q = { x: fromBase64Url(jwk.x), y: fromBase64Url(jwk.y), z: 1n };
  const sum = add(multiply(generator(curve), u1, p), multiply(q, u2, p), p);
  if (sum === null) return false;
  const zInverse = modPow(sum.z, p - 2n, p);
  return mod(sum.x * zInverse * zInverse, p) % n === r;
}

function verifyRsaPkcs1(key: KeyObject, digest: Buffer, signature: Buffer): boolean {
  try {
    const recovered = publicDecrypt({ key, padding: constants.RSA_PKCS1_PADDING }, signature);
    return recovered.equals(Buffer.concat([SHA256_DIGEST_INFO, digest]));
  } catch {
    return false;
  }
}

function parseDerSignature(signature: Buffer): { r: bigint; s: bigint } | undefined {
  try {
    const [r, s] = ASN1Obj.parseBuffer(Buffer.from(signature)).subs;
    return r && s ? { r: r.toInteger(), s: s.toInteger() } : undefined;
  } catch {
    return undefined;
  }
}

/** FIPS 186-4: use the leftmost bits of the digest when it is longer than the group order. */
function digestToInteger(digest: Buffer, n: bigint): bigint {
  const value = digest.length === 0 ? 0n : BigInt(`0x${digest.toString('hex')}`);
  const excess = digest.length * 8 - n.toString(2).length;
  return excess > 0 ? value >> BigInt(excess) : value;
}

/** The generator, taken from OpenSSL (the public key of private key 1) rather than typed in. */
function generator(curve: Curve): Point {
  const ecdh = createECDH(curve.ecdhName);
  const size = Math.ceil(curve.p.toString(2).length / 8);
  const one = Buffer.alloc(size);
  one[size - 1] = 1;
  ecdh.setPrivateKey(one);
  const point = ecdh.getPublicKey();
  return {
    x: BigInt(`0x${point.subarray(1, 1 + size).toString('hex')}`),
    y: BigInt(`0x${point.subarray(1 + size).toString('hex')}`),
    z: 1n,
  };
}

function multiply(point: Point, scalar: bigint, p: bigint): Point {
  let result: Point = null;
  for (const bit of scalar.toString(2)) {
    result = double(result, p);
    if (bit === '1') result = add(result, point, p);
  }
  return result;
}

// Jacobian coordinates: x = X/Z², y = Y/Z³; a = -3.
function double(point: Point, p: bigint): Point {
  if (point === null || point.y === 0n) return null;
  const { x, y, z } = point;
  const delta = mod(z * z, p);
  const gamma = mod(y * y, p);
  const beta = mod(x * gamma, p);
  const alpha = mod(3n * (x - delta) * (x + delta), p);
  const x3 = mod(alpha * alpha - 8n * beta, p);
  const z3 = mod((y + z) * (y + z) - gamma - delta, p);
  const y3 = mod(alpha * (4n * beta - x3) - 8n * gamma * gamma, p);
  return { x: x3, y: y3, z: z3 };
}

function add(a: Point, b: Point, p: bigint): Point {
  if (a === null) return b;
  if (b === null) return a;
  const z1z1 = mod(a.z * a.z, p);
  const z2z2 = mod(b.z * b.z, p);
  const u1 = mod(a.x * z2z2, p);
  const u2 = mod(b.x * z1z1, p);
  const s1 = mod(a.y * b.z * z2z2, p);
  const s2 = mod(b.y * a.z * z1z1, p);
  if (u1 === u2) return s1 === s2 ? double(a, p) : null;
  const h = mod(u2 - u1, p);
  const r = mod(s2 - s1, p);
  const hh = mod(h * h, p);
  const hhh = mod(h * hh, p);
  const x3 = mod(r * r - hhh - 2n * u1 * hh, p);
  const y3 = mod(r * (u1 * hh - x3) - s1 * hhh, p);
  const z3 = mod(h * a.z * b.z, p);
  return { x: x3, y: y3, z: z3 };
}

function mod(value: bigint, m: bigint): bigint {
  const result = value % m;
  return result < 0n ? result + m : result;
}

function modPow(base: bigint, exponent: bigint, m: bigint): bigint {
  let result = 1n;
  let b = mod(base, m);
  let e = exponent;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % m;
    b = (b * b) % m;
    e >>= 1n;
  }
  return result;
}

function fromBase64Url(value: string): bigint {
  return BigInt(`0x${Buffer.from(value, 'base64url').toString('hex')}`);
}
