/**
 * BuildKit's SBOMs (`docker buildx build --sbom=true`, docker/build-push-action `sbom: true`) as
 * evidence, under one trust rule. BuildKit signs none of its attestations: each is an in-toto
 * statement in a layer of an attestation manifest, which the image index names by digest. So
 * a verified signature over the index digest covers them too, by content addressing (index →
 * attestation manifest → statement, each digest checked as it is read), and the statement
 * counts as an attestation made by that signer, with that signature's proofs: the policy then
 * judges it as any other (its signer, its trust, maxAge). Without such a signature, or with
 * signatures only on the platform manifests (which name nothing of it), the SBOM does not
 * count: it is reported as an unsigned BuildKit SBOM, ignored.
 *
 * Requests: none when the index lists no attestation manifest; else 1 per attestation manifest,
 * and, when the index is signed, 1 blob per SPDX layer (read under the run's byte budget).
 * Failing to read is fatal, as for every other evidence; what is decided about bytes read in
 * full and digest-checked (a statement about another image) is a non-fatal problem.
 */
import { PREDICATE_SPDX } from '../attest/predicate-types.js';
import {
  type AttestationManifestEntry,
  attestationManifestsOf,
  readStatement,
  type Refused,
  spdxLayersOf,
  type StatementLayer,
} from '../attest/storage/buildkit.js';
import { readStoredBlob } from '../attest/storage/stored-blobs.js';
import type { EvidenceProblem, VerifiedSignature } from '../policy/evidence.js';
import type { RegistryClient } from '../registry/client.js';
import { type ImageIndex, parseManifest } from '../registry/manifest.js';
import type { ByteBudget } from '../util/byte-budget.js';
import { unverified } from './classify.js';
import { type Collected, emptyCollected, oneLine, registryProblem } from './collected.js';

export interface BuildKitContext {
  client: RegistryClient;
  repository: string;
  index: ImageIndex;
  indexDigest: string;
  /** The verified signatures found for the index: those over its digest vouch for what it names. */
  indexSignatures: readonly VerifiedSignature[];
  budget: ByteBudget;
}

export interface BuildKitEvidence {
  /** Index entries refused (no platform named, not a manifest): problems of the index. */
  indexProblems: EvidenceProblem[];
  /** What was found for each platform manifest, by its digest. */
  byPlatform: Map<string, Collected>;
}

/**
 * Attestation manifests of one index that are read. BuildKit writes one per platform image, and
 * verify reads at most 64 platforms; an index listing more would turn one image into a flood of
 * requests, so it fails, with the count, rather than being read in part.
 */
export const MAX_ATTESTATION_MANIFESTS = 64;

export async function buildKitEvidence(context: BuildKitContext): Promise<BuildKitEvidence> {
  const { entries, refused } = attestationManifestsOf(context.index);
  const result: BuildKitEvidence = {
    indexProblems: refused.map((r) => refusedProblem(r, undefined)),
    byPlatform: new Map(),
  };
  if (entries.length > MAX_ATTESTATION_MANIFESTS) {
    result.indexProblems.push({
      subject: 'image',
      reason: `the index ${context.indexDigest} lists ${entries.length} BuildKit attestation manifests, more than the ${MAX_ATTESTATION_MANIFESTS} verify reads: refused rather than verified in part`,
      fatal: true,
    });
    return result;
  }
  const signatures = context.indexSignatures.filter((s) => s.signedDigest === context.indexDigest);
  for (const entry of entries) {
    let collected = result.byPlatform.get(entry.platformDigest);
    if (!collected) result.byPlatform.set(entry.platformDigest, (collected = emptyCollected()));
    await oneAttestationManifest(context, entry, signatures, collected);
  }
  return result;
}

async function oneAttestationManifest(
  context: BuildKitContext,
  entry: AttestationManifestEntry,
  signatures: readonly VerifiedSignature[],
  collected: Collected,
): Promise<void> {
  const where = `BuildKit attestation manifest ${entry.descriptor.digest}`;
  let parsed;
  try {
    const fetched = await context.client.getManifest(context.repository, entry.descriptor.digest);
    parsed = parseManifest(fetched.bytes, fetched.mediaType);
  } catch (error) {
    collected.problems.push(
      isInvalid(error)
        ? refusedProblem({ location: where, reason: oneLine(error) }, PREDICATE_SPDX)
        : registryProblem(`reading the ${where}`, error),
    );
    return;
  }
  const { layers, refused } = spdxLayersOf(parsed, entry);
  collected.problems.push(...refused.map((r) => refusedProblem(r, PREDICATE_SPDX)));
  if (layers.length === 0) return;
  if (signatures.length === 0) {
    collected.problems.push(
      unverified(
        'attestation',
        PREDICATE_SPDX,
        where,
        `unsigned BuildKit SBOM, ignored: BuildKit signs none of its attestations, and no signature verifies over the index ${context.indexDigest} that names this manifest by digest (a signature on the platform manifest does not cover it); sign the index digest (imprint publish and cosign sign do)`,
      ),
    );
    return;
  }
  for (const layer of layers) {
    await oneLayer(context, entry, layer, signatures, collected);
  }
}

async function oneLayer(
  context: BuildKitContext,
  entry: AttestationManifestEntry,
  layer: StatementLayer,
  signatures: readonly VerifiedSignature[],
  collected: Collected,
): Promise<void> {
  const where = `BuildKit attestation manifest ${entry.descriptor.digest} layer ${layer.index}`;
  let bytes: Buffer;
  try {
    bytes = await readStoredBlob(
      context.client,
      context.repository,
      { digest: layer.descriptor.digest, size: layer.descriptor.size, what: `the ${where}` },
      context.budget,
    );
  } catch (error) {
    collected.problems.push(registryProblem(`reading the ${where}`, error));
    return;
  }
  const reading = readStatement(bytes, layer, entry.platformDigest);
  if (reading.kind === 'refused') {
    collected.problems.push(
      refusedProblem({ location: where, reason: reading.reason }, PREDICATE_SPDX),
    );
    return;
  }
  if (reading.kind === 'other') return;
  // One attestation per index signature: each signer vouches for it, and the policy decides
  // which of them it trusts, with that signature's proofs.
  for (const signature of signatures) {
    collected.attestations.push({
      ...reading.statement,
      signer: signature.signer,
      source: 'buildkit',
      location: `${where}, covered by the index signature ${signature.location ?? `from ${signature.source}`}`,
      tlogProven: signature.tlogProven,
      timestampProven: signature.timestampProven,
      ...(signature.signedAt !== undefined && { signedAt: signature.signedAt }),
    });
  }
}

function refusedProblem(refused: Refused, about: string | undefined): EvidenceProblem {
  return unverified('attestation', about, refused.location, refused.reason);
}

function isInvalid(error: unknown): boolean {
  return (error as { code?: string }).code === 'MANIFEST_INVALID';
}
