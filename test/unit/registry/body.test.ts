import { Readable } from 'node:stream';
import { ImprintError } from '../../../src/errors.js';
import { readCapped, readText, transferFailed } from '../../../src/registry/body.js';

/** A body that sends `chunks`, then fails the way a reset socket does. */
function breaking(chunks: string[]): Readable {
  let sent = 0;
  return new Readable({
    read() {
      if (sent < chunks.length) this.push(Buffer.from(chunks[sent++]!));
      else this.destroy(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }));
    },
  });
}

const tooLarge = () => new ImprintError('BLOB_TOO_LARGE', 'too large');

describe('reading bodies', () => {
  it('a body that breaks off mid-read is REGISTRY_TRANSFER_FAILED, saying what and after how much', async () => {
    await expect(
      readCapped(breaking(['abc', 'de']), { maxBytes: 100, tooLarge, what: 'Blob x' }),
    ).rejects.toMatchObject({
      code: 'REGISTRY_TRANSFER_FAILED',
      message: 'Blob x: the transfer broke off after 5 bytes (read ECONNRESET).',
    });
    await expect(readText(breaking(['abc']), 100, 'Tag list')).rejects.toMatchObject({
      code: 'REGISTRY_TRANSFER_FAILED',
    });
  });

  it('typed errors pass through unchanged (a deadline, a digest mismatch)', () => {
    const typed = new ImprintError('REGISTRY_TIMEOUT', 'late');
    expect(transferFailed('Blob x', typed)).toBe(typed);
  });

  it('readText stops at the limit without reading the rest of an endless body', async () => {
    let served = 0;
    const endless = new Readable({
      read() {
        served += 1;
        this.push(Buffer.alloc(1024, 'e'));
      },
    });
    const text = await readText(endless, 4096, 'error body');
    expect(text).toBe('e'.repeat(4096));
    expect(served).toBeLessThan(40);
    expect(endless.destroyed).toBe(true);
  });

  it('readCapped refuses past the cap, and up front when Content-Length says so', async () => {
    await expect(
      readCapped(Readable.from([Buffer.alloc(10), Buffer.alloc(10)]), {
        maxBytes: 15,
        tooLarge,
        what: 'x',
      }),
    ).rejects.toMatchObject({ code: 'BLOB_TOO_LARGE' });
    await expect(
      readCapped(Readable.from([]), { maxBytes: 15, declaredLength: 16, tooLarge, what: 'x' }),
    ).rejects.toMatchObject({ code: 'BLOB_TOO_LARGE' });
  });
});
