/**
 * Reading stored blobs under the one size limit, the size each descriptor declares, and the
 * run's byte budget, over a stand-in client that records the caps it was asked to read with.
 */
import { jest } from '@jest/globals';
import { MAX_BUNDLE_BYTES } from '../../../../src/attest/storage/oci.js';
import { readStoredBlob, StoredBlobs } from '../../../../src/attest/storage/stored-blobs.js';
import { ImprintError } from '../../../../src/errors.js';
import type { RegistryClient } from '../../../../src/registry/client.js';
import { ByteBudget } from '../../../../src/util/byte-budget.js';

const DIGEST = `sha256:${'b'.repeat(64)}`;
const WHERE = `the bundle of x (team/app@${DIGEST} on registry.test)`;

function standIn(serve: (cap: number) => Buffer, budget?: ByteBudget) {
  const caps: number[] = [];
  const inUseDuringRead: number[] = [];
  const client = {
    registry: 'registry.test',
    getBlobBytes: jest.fn((_repository: string, _digest: string, cap: number) => {
      caps.push(cap);
      if (budget) inUseDuringRead.push(budget.inUse);
      return new Promise<Buffer>((resolve) => resolve(serve(cap)));
    }),
  };
  return { client: client as unknown as RegistryClient, caps, inUseDuringRead };
}

const tooLarge = () => {
  throw new ImprintError('BLOB_TOO_LARGE', 'over the cap');
};

describe('readStoredBlob', () => {
  it('reads with the declared size as the cap, paying for it in the budget while it reads', async () => {
    const budget = new ByteBudget(1024);
    const { client, caps, inUseDuringRead } = standIn(() => Buffer.from('{}'), budget);
    const blob = { digest: DIGEST, size: 2, what: 'the bundle of x' };
    await expect(readStoredBlob(client, 'team/app', blob, budget)).resolves.toEqual(
      Buffer.from('{}'),
    );
    expect(caps).toEqual([2]);
    expect(inUseDuringRead).toEqual([2]);
    expect(budget.inUse).toBe(0);
  });

  it('refuses a blob served larger than its descriptor declares, and gives the bytes back', async () => {
    const budget = new ByteBudget(1024);
    const { client } = standIn(tooLarge);
    const reading = readStoredBlob(
      client,
      'team/app',
      { digest: DIGEST, size: 10, what: 'the bundle of x' },
      budget,
    );
    await expect(reading).rejects.toMatchObject({ code: 'BLOB_TOO_LARGE' });
    await expect(reading).rejects.toThrow(
      `${WHERE} is larger than the 10 bytes its descriptor declares: refused, not read further.`,
    );
    expect(budget.inUse).toBe(0);
  });

  it('refuses a descriptor declaring more than the limit without reading it', async () => {
    const { client, caps } = standIn(() => Buffer.alloc(0));
    const blob = { digest: DIGEST, size: MAX_BUNDLE_BYTES + 1, what: 'the bundle of x' };
    await expect(readStoredBlob(client, 'team/app', blob, new ByteBudget(1024))).rejects.toThrow(
      `${WHERE} is larger than 64 MiB, the limit for a signature or attestation: refused, not read further.`,
    );
    expect(caps).toEqual([]);
  });

  it.each([undefined, -1, 1.5, '10'])(
    'reads up to the limit when the declared size is %p, and refuses more',
    async (size) => {
      const { client, caps } = standIn(tooLarge);
      const blob = { digest: DIGEST, size, what: 'the bundle of x' };
      await expect(readStoredBlob(client, 'team/app', blob, new ByteBudget(1024))).rejects.toThrow(
        `${WHERE} is larger than 64 MiB, the limit for a signature or attestation: refused, not read further.`,
      );
      expect(caps).toEqual([MAX_BUNDLE_BYTES]);
    },
  );
});

describe('StoredBlobs', () => {
  it('keeps a blob read once while the budget has room, and gives it back on release', async () => {
    const budget = new ByteBudget(100);
    const { client, caps } = standIn((cap) => Buffer.alloc(cap, 0x20));
    const blobs = new StoredBlobs(client, 'team/app', budget);
    const blob = { digest: DIGEST, size: 40, what: 'the layer' };
    await blobs.read(blob);
    await blobs.read(blob);
    expect(caps).toEqual([40]);
    expect(budget.inUse).toBe(40);
    blobs.release();
    expect(budget.inUse).toBe(0);
    await blobs.read(blob);
    expect(caps).toEqual([40, 40]);
  });

  it('does not keep a blob past half the budget: it is read again when asked again', async () => {
    const budget = new ByteBudget(100);
    const { client, caps } = standIn((cap) => Buffer.alloc(cap, 0x20));
    const blobs = new StoredBlobs(client, 'team/app', budget);
    const blob = { digest: DIGEST, size: 60, what: 'the layer' };
    await blobs.read(blob);
    await blobs.read(blob);
    expect(caps).toEqual([60, 60]);
    expect(budget.inUse).toBe(0);
  });
});
