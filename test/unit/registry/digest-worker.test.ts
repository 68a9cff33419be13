/** WorkerDigestVerifier: bytes flow on unchanged, and the stream fails before its end on a wrong digest. */
import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { WorkerDigestVerifier } from '../../../src/registry/digest-worker.js';

/** 48 MiB in 1 MiB pieces: more than the worker may fall behind, so the stream waits for it. */
const PIECES = Array.from({ length: 48 }, () => randomBytes(1024 * 1024));
const DIGEST = `sha256:${createHash('sha256').update(Buffer.concat(PIECES)).digest('hex')}`;

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('WorkerDigestVerifier', () => {
  it('passes the bytes on unchanged and ends when they hash to the digest', async () => {
    const out = await collect(
      Readable.from(PIECES).pipe(new WorkerDigestVerifier(DIGEST, 'Blob x')),
    );
    expect(out.equals(Buffer.concat(PIECES))).toBe(true);
  }, 60_000);

  it('fails before the end when one byte differs, naming the blob and both digests', async () => {
    const tampered = PIECES.map((piece, index) => {
      if (index !== 30) return piece;
      const copy = Buffer.from(piece);
      copy[7] = copy[7]! ^ 0xff;
      return copy;
    });
    const verifier = Readable.from(tampered).pipe(new WorkerDigestVerifier(DIGEST, 'Blob x'));
    let ended = false;
    verifier.on('end', () => (ended = true));
    await expect(collect(verifier)).rejects.toMatchObject({
      code: 'DIGEST_MISMATCH',
      message: expect.stringContaining(
        `Blob x: expected digest ${DIGEST}, but the content hashes to sha256:`,
      ),
    });
    expect(ended).toBe(false);
  }, 60_000);

  it('refuses a digest it cannot check', () => {
    expect(() => new WorkerDigestVerifier('md5:abc', 'Blob x')).toThrow(/Invalid digest/);
  });
});
