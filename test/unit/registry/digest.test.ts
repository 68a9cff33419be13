import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import {
  algorithmOf,
  DigestVerifier,
  digestOf,
  sha256Digest,
} from '../../../src/registry/digest.js';

const data = Buffer.from('layer bytes '.repeat(1000));
const hex = (algorithm: string): string => createHash(algorithm).update(data).digest('hex');

describe('digests', () => {
  it('computes sha256 and sha512 digests', () => {
    expect(sha256Digest(data)).toBe(`sha256:${hex('sha256')}`);
    expect(digestOf(data, 'sha512')).toBe(`sha512:${hex('sha512')}`);
  });

  it('knows the algorithm of a digest and refuses anything else', () => {
    expect(algorithmOf(`sha512:${hex('sha512')}`)).toBe('sha512');
    expect(() => algorithmOf('md5:abc')).toThrow(
      'Invalid digest: the digest "md5:abc" must start with "sha256:" or "sha512:".',
    );
  });
});

describe('DigestVerifier', () => {
  const chunks = (): Readable => Readable.from([data.subarray(0, 100), data.subarray(100)]);

  it('passes the bytes through when they match', async () => {
    for (const algorithm of ['sha256', 'sha512']) {
      const out = await buffer(
        chunks().pipe(new DigestVerifier(`${algorithm}:${hex(algorithm)}`, 'Blob x')),
      );
      expect(out.equals(data)).toBe(true);
    }
  });

  it('fails at the end with DIGEST_MISMATCH when they do not', async () => {
    const wrong = `sha256:${'0'.repeat(64)}`;
    await expect(
      buffer(chunks().pipe(new DigestVerifier(wrong, 'Blob team/app@x'))),
    ).rejects.toMatchObject({
      code: 'DIGEST_MISMATCH',
      message: `Blob team/app@x: expected digest ${wrong}, but the content hashes to sha256:${hex('sha256')}.`,
    });
  });
});
