/**
 * The blobs of stored signatures and attestations, as one store reads and pushes them: every
 * read is capped at MAX_BUNDLE_BYTES (the one limit for publish's read-back and verify alike),
 * a blob read for one layer is not fetched again for another (several policy keys tried over
 * one cosign layer), and a blob pushed once (the empty config, an attestation on several
 * subjects) is not pushed again.
 */
import { ImprintError, isImprintError } from '../../errors.js';
import type { RegistryClient } from '../../registry/client.js';
import { type Blob, MAX_BUNDLE_BYTES } from './oci.js';

const MIB = 1024 * 1024;

export class StoredBlobs {
  private readonly reads = new Map<string, Promise<Buffer>>();
  private readonly failures = new Map<string, unknown>();
  private readonly pushed = new Set<string>();

  constructor(
    private readonly client: RegistryClient,
    private readonly repository: string,
  ) {}

  /** The blob, read once per store; `what` names it in a refusal ("the bundle of …"). */
  read(digest: string, what: string): Promise<Buffer> {
    let read = this.reads.get(digest);
    if (!read) {
      read = readStoredBlob(this.client, this.repository, digest, what).catch((error: unknown) => {
        this.failures.set(digest, error);
        throw error;
      });
      this.reads.set(digest, read);
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

  async push(blob: Blob): Promise<void> {
    if (this.pushed.has(blob.digest)) return;
    await this.client.pushBlob(this.repository, blob.bytes);
    this.pushed.add(blob.digest);
  }
}

/** One stored blob, capped: over the limit it is refused, and the message says what and why. */
export async function readStoredBlob(
  client: RegistryClient,
  repository: string,
  digest: string,
  what: string,
): Promise<Buffer> {
  try {
    return await client.getBlobBytes(repository, digest, MAX_BUNDLE_BYTES);
  } catch (error) {
    if (!isImprintError(error, 'BLOB_TOO_LARGE')) throw error;
    throw new ImprintError(
      'BLOB_TOO_LARGE',
      `${what} (${repository}@${digest} on ${client.registry}) is larger than ${MAX_BUNDLE_BYTES / MIB} MiB, the limit for a signature or attestation: refused, not read further.`,
      {
        cause: error,
        hint: 'a Sigstore bundle, even one carrying a whole SBOM, is far smaller: the registry serves something else in its place',
      },
    );
  }
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
