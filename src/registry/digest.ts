/**
 * Content digests: computing them, and checking bytes against them while they stream,
 * so nothing read from a registry is trusted before it matches its name.
 */
import { createHash, type Hash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { ImprintError } from '../errors.js';
import { digestProblem } from './reference.js';

export type DigestAlgorithm = 'sha256' | 'sha512';

export function sha256Digest(bytes: Uint8Array | string): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

export function digestOf(bytes: Uint8Array, algorithm: DigestAlgorithm = 'sha256'): string {
  return `${algorithm}:${createHash(algorithm).update(bytes).digest('hex')}`;
}

/** The algorithm of a valid digest; REFERENCE_INVALID for anything else. */
export function algorithmOf(digest: string): DigestAlgorithm {
  const problem = digestProblem(digest);
  if (problem) throw new ImprintError('REFERENCE_INVALID', `Invalid digest: ${problem}.`);
  return digest.slice(0, digest.indexOf(':')) as DigestAlgorithm;
}

export function digestMismatch(what: string, expected: string, actual: string): ImprintError {
  return new ImprintError(
    'DIGEST_MISMATCH',
    `${what}: expected digest ${expected}, but the content hashes to ${actual}.`,
    {
      hint: 'The registry (or something between it and you) returned different bytes; do not use this content.',
    },
  );
}

/**
 * A pass-through stream that hashes what flows through it and fails at the end when
 * the total does not match `expected`. Size limits are the reader's job (readCapped).
 */
export class DigestVerifier extends Transform {
  private readonly hash: Hash;

  constructor(
    private readonly expected: string,
    private readonly what: string,
  ) {
    super();
    this.hash = createHash(algorithmOf(expected));
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.hash.update(chunk);
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    const actual = `${algorithmOf(this.expected)}:${this.hash.digest('hex')}`;
    callback(actual === this.expected ? null : digestMismatch(this.what, this.expected, actual));
  }
}
