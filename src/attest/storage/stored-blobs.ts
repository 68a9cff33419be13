/**
 * The blobs of stored signatures and attestations, as one store reads and pushes them: every
 * read is capped at MAX_BUNDLE_BYTES (the one limit for publish's read-back and verify alike)
 * and at the size its descriptor declares, and reserves that much of the run's byte budget
 * before it starts (READ_BUDGET_BYTES, shared by every store of a verify run), so what a
 * registry serves can never make a run hold more than the budget. A blob read for one layer is
 * not fetched again for another (several policy keys tried over one cosign layer) while the
 * budget lets the store keep it, and a blob pushed once (the empty config, an attestation on
 * several subjects) is not pushed again.
 */
import { ImprintError, isImprintError } from '../../errors.js';
import type { RegistryClient } from '../../registry/client.js';
import { type BudgetLease, ByteBudget } from '../../util/byte-budget.js';
import { type Blob, MAX_BUNDLE_BYTES, READ_BUDGET_BYTES } from './oci.js';

const MIB = 1024 * 1024;

/** One stored blob to read: its digest, the size its descriptor declares, and what it is. */
export interface StoredBlobRead {
  digest: string;
  /** From the manifest naming the blob; not a whole number of bytes: read up to the limit. */
  size?: unknown;
  /** Names it in a refusal ("the bundle of …"). */
  what: string;
}

export class StoredBlobs {
  private readonly reads = new Map<string, Promise<Buffer>>();
  private readonly kept: BudgetLease[] = [];
  private readonly failures = new Map<string, unknown>();
  private readonly pushed = new Set<string>();

  constructor(
    private readonly client: RegistryClient,
    private readonly repository: string,
    readonly budget = new ByteBudget(READ_BUDGET_BYTES),
  ) {}

  /** The blob, read once per store while the budget lets the store keep it. */
  read(blob: StoredBlobRead): Promise<Buffer> {
    let read = this.reads.get(blob.digest);
    if (!read) {
      read = readStoredBlob(this.client, this.repository, blob, this.budget).then(
        (bytes) => {
          const lease = this.budget.tryKeep(bytes.length);
          if (lease) this.kept.push(lease);
          else this.reads.delete(blob.digest); // not kept: read again if asked again
          return bytes;
        },
        (error: unknown) => {
          this.failures.set(blob.digest, error);
          throw error;
        },
      );
      this.reads.set(blob.digest, read);
    }
    return read;
  }

  /** Why the blob could not be read, whatever a verifier made of it afterwards. */
  readError(digest: string): unknown {
    return this.failures.get(digest);
  }

  wasUnread(digest: string): boolean {
    return this.failures.has(digest);
  }

  /** Forget the blobs kept and give their bytes back to the budget (the store's reading is done). */
  release(): void {
    for (const lease of this.kept.splice(0)) lease.release();
    this.reads.clear();
  }

  async push(blob: Blob): Promise<void> {
    if (this.pushed.has(blob.digest)) return;
    await this.client.pushBlob(this.repository, blob.bytes);
    this.pushed.add(blob.digest);
  }
}

/**
 * One stored blob, capped and paid for: over the limit, or over the size its descriptor
 * declares, it is refused and the message says what and why; the read waits for its bytes in
 * the budget and gives them back when it ends (a verifier checks the bytes at once after).
 */
export async function readStoredBlob(
  client: RegistryClient,
  repository: string,
  blob: StoredBlobRead,
  budget: ByteBudget,
): Promise<Buffer> {
  const { digest, what } = blob;
  const where = `${what} (${repository}@${digest} on ${client.registry})`;
  const declared = declaredSize(blob.size);
  if (declared !== undefined && declared > MAX_BUNDLE_BYTES) throw overTheLimit(where);
  const cap = declared ?? MAX_BUNDLE_BYTES;
  const lease = await budget.acquire(cap);
  try {
    return await client.getBlobBytes(repository, digest, cap);
  } catch (error) {
    if (!isImprintError(error, 'BLOB_TOO_LARGE')) throw error;
    if (declared === undefined) throw overTheLimit(where, error);
    throw new ImprintError(
      'BLOB_TOO_LARGE',
      `${where} is larger than the ${declared} bytes its descriptor declares: refused, not read further.`,
      {
        cause: error,
        hint: 'a registry serves a blob exactly as its manifest describes it: this one serves something else in its place',
      },
    );
  } finally {
    lease.release();
  }
}

function declaredSize(size: unknown): number | undefined {
  return typeof size === 'number' && Number.isSafeInteger(size) && size >= 0 ? size : undefined;
}

function overTheLimit(where: string, cause?: unknown): ImprintError {
  return new ImprintError(
    'BLOB_TOO_LARGE',
    `${where} is larger than ${MAX_BUNDLE_BYTES / MIB} MiB, the limit for a signature or attestation: refused, not read further.`,
    {
      ...(cause !== undefined && { cause }),
      hint: 'a Sigstore bundle, even one carrying a whole SBOM, is far smaller: the registry serves something else in its place',
    },
  );
}

/** Refuses to store what no reader would read back: a bundle or layer over the limit. */
export function checkStorable(bytes: Buffer, what: string): void {
  if (bytes.length <= MAX_BUNDLE_BYTES) return;
  throw new ImprintError(
    'BLOB_TOO_LARGE',
    `${what} is ${bytes.length} bytes, more than ${MAX_BUNDLE_BYTES / MIB} MiB, the limit publish's read-back and verify read a signature or attestation with: not stored.`,
    { hint: 'attest a smaller predicate (an SBOM of fewer components), or attach it another way' },
  );
}
