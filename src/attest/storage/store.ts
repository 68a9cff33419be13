/**
 * The AttestationStore: where the signatures and attestations of one repository's images are
 * kept, read the same way by publish (re-run lookup, store, read-back) and by verify. Two
 * backends, as sigstore-js's OCIImage has them: Sigstore bundles as OCI 1.1 referrers, and
 * cosign classic `.sig` / `.att` tags; each offers list / find / put. The store is the one
 * cache of what the registry holds — referrer listings per subject, tag manifests, layer blobs
 * read and blobs pushed — and every stored blob is read under one size limit
 * (MAX_BUNDLE_BYTES) and a byte budget (READ_BUDGET_BYTES) the stores of a run share. A fresh
 * store sees the registry as it is now.
 */
import type { RegistryClient } from '../../registry/client.js';
import { CosignTagBackend } from './cosign-backend.js';
import { ReferrerBackend } from './referrer-backend.js';
import { StoredBlobs } from './stored-blobs.js';
import type { ByteBudget } from '../../util/byte-budget.js';

export class AttestationStore {
  readonly referrers: ReferrerBackend;
  readonly cosign: CosignTagBackend;

  private readonly blobs: StoredBlobs;

  /** `budget`: the byte budget of the run, shared by its stores (a store of its own by default). */
  constructor(
    readonly client: RegistryClient,
    readonly repository: string,
    budget?: ByteBudget,
  ) {
    this.blobs = new StoredBlobs(client, repository, budget);
    this.referrers = new ReferrerBackend(client, repository, this.blobs);
    this.cosign = new CosignTagBackend(client, repository, this.blobs);
  }

  /** Reading is done: the blobs kept give their bytes back to the budget. */
  release(): void {
    this.blobs.release();
  }
}
