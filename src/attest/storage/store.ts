/**
 * The AttestationStore: where the signatures and attestations of one repository's images are
 * kept, read the same way by publish (re-run lookup, store, read-back) and by verify. Two
 * backends, as sigstore-js's OCIImage has them: Sigstore bundles as OCI 1.1 referrers, and
 * cosign classic `.sig` / `.att` tags; each offers list / find / put. The store is the one
 * cache of what the registry holds — referrer listings per subject, tag manifests, layer blobs
 * read and blobs pushed — and every stored blob is read under one size limit
 * (MAX_BUNDLE_BYTES). A fresh store sees the registry as it is now.
 */
import type { RegistryClient } from '../../registry/client.js';
import { CosignTagBackend } from './cosign-backend.js';
import { ReferrerBackend } from './referrer-backend.js';
import { StoredBlobs } from './stored-blobs.js';

export class AttestationStore {
  readonly referrers: ReferrerBackend;
  readonly cosign: CosignTagBackend;

  constructor(
    readonly client: RegistryClient,
    readonly repository: string,
  ) {
    const blobs = new StoredBlobs(client, repository);
    this.referrers = new ReferrerBackend(client, repository, blobs);
    this.cosign = new CosignTagBackend(client, repository, blobs);
  }
}
