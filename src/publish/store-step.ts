/**
 * Storing what was signed, in plan order (attestations first, the image signatures last): a
 * Sigstore bundle as an OCI referrer of each subject, or a layer of its cosign `.sig` / `.att`
 * tag. Every manifest written carries imprint's predicate-digest and signer annotations, so a
 * re-run recognises its own work. The log ends with a ledger: what was stored, and if the
 * registry refused something, what was not.
 *
 * Referrers of one subject are attached in batches (one fallback-index update per batch), but
 * never across the line between attestations and signatures: per subject, its attestations in
 * one batch, its signature in a later one. One batch of both would be safe too (the fallback
 * index is replaced in one PUT, so a verifier sees all of it or none; with the referrers API
 * the manifests are pushed in plan order), but a failed write would then lose the attestations
 * with the signature, and the re-run would sign and log them again. Two batches cost one index
 * update (3 requests, one settle wait) more per subject, and keep the ledger exact: what the
 * index lists is stored, and a re-run only signs what is missing. The image's own signature
 * stays the last write of all, and the gates are asked right before it (`beforeSignatures`):
 * a failed gate leaves the attestations stored and the signatures out.
 */
import type { SerializedBundle } from '@sigstore/bundle';
import { PREDICATE_COSIGN_SIGN } from '../attest/predicate-types.js';
import type { AttestationStore } from '../attest/storage/store.js';
import type { Logger } from '../ci/log.js';
import { ImprintError, isImprintError, messageOf } from '../errors.js';
import type { Trust } from '../sigstore/verify/index.js';
import { subjectName } from './sign-step.js';
import { storeClassic } from './store-classic.js';
import { imprintAnnotations, type Location, type Placement } from './stored-lookup.js';

export interface ToStore {
  placement: Placement;
  bundle: SerializedBundle;
}

export interface StoredPlacement extends Placement {
  location: Location;
  /** `present`: a previous run stored the same thing, and it was not signed again. */
  status: 'stored' | 'present';
}

export interface StoreRequest {
  store: AttestationStore;
  /** In the order they are to be written. */
  items: readonly ToStore[];
  signer: string;
  trust?: Trust;
  /**
   * Asked once, after the attestations are stored and before the first image signature is
   * written: a reason to hold the signatures back (a failed gate), or undefined to write them.
   */
  beforeSignatures?: (signatures: readonly ToStore[]) => Promise<string | undefined>;
}

export interface StoreOutcome {
  stored: StoredPlacement[];
  /** The image signatures not written, and why. */
  heldBack?: { reason: string; items: ToStore[] };
}

/** One write: a batch of referrers of one subject, or one cosign classic layer. */
export type StoreStep =
  | { storage: 'referrers'; subjectDigest: string; items: ToStore[] }
  | { storage: 'classic'; items: [ToStore] };

export async function storeAll(request: StoreRequest, log: Logger): Promise<StoreOutcome> {
  const { store, items } = request;
  const signatures = items.filter((item) => isSignature(item.placement));
  const stored: StoredPlacement[] = [];
  let heldBack: StoreOutcome['heldBack'];
  let asked = false;
  for (const step of storeSteps(items)) {
    if (!asked && isSignature(step.items[0].placement)) {
      asked = true;
      const reason = await request.beforeSignatures?.(signatures);
      if (reason !== undefined) {
        heldBack = { reason, items: signatures };
        log.warning(
          `the image signature is not written: ${reason}. The attestations are stored; a re-run that passes signs.`,
        );
        break; // signatures come last: nothing else is left to write
      }
    }
    try {
      const locations =
        step.storage === 'referrers'
          ? await storeReferrers(store, step.items, request.signer)
          : [
              await storeClassic({
                store,
                ...step.items[0],
                signer: request.signer,
                ...(request.trust && { trust: request.trust }),
              }),
            ];
      step.items.forEach(({ placement }, i) => {
        stored.push({ ...placement, location: locations[i]!, status: 'stored' });
        log.info(
          `stored ${describePlacement(placement)} → ${describeLocation(store, locations[i]!)}`,
        );
      });
    } catch (error) {
      throw storeFailure(error, step.items, stored, items, store, log);
    }
  }
  const kept = heldBack ? `; held back ${heldBack.items.length}: ${heldBack.reason}` : '';
  log.info(
    `ledger: stored ${stored.length}/${items.length} in ${store.client.registry}/${store.repository}${kept}`,
  );
  return { stored, ...(heldBack && { heldBack }) };
}

/** An image signature (as opposed to an attestation): the writes that come last. */
export function isSignature(placement: Placement): boolean {
  return placement.job.predicateType === PREDICATE_COSIGN_SIGN;
}

/**
 * The writes for items in plan order. Pure. The plan is cut where it turns from attestations
 * to signatures (or back); within each part, the referrers of a subject go in one batch, placed
 * where its first item was, and cosign classic layers stay one write each.
 */
function storeSteps(items: readonly ToStore[]): StoreStep[] {
  const steps: StoreStep[] = [];
  let batches = new Map<string, ToStore[]>();
  let signatures: boolean | undefined;
  for (const item of items) {
    const { job, subject } = item.placement;
    const signature = isSignature(item.placement);
    if (signature !== signatures) batches = new Map(); // a batch never spans the line
    signatures = signature;
    if (job.storage !== 'referrer') {
      steps.push({ storage: 'classic', items: [item] });
      continue;
    }
    const batch = batches.get(subject.digest);
    if (batch) batch.push(item);
    else {
      const created = [item];
      batches.set(subject.digest, created);
      steps.push({ storage: 'referrers', subjectDigest: subject.digest, items: created });
    }
  }
  return steps;
}

/** One batch of referrers of one subject, each with imprint's annotations. */
async function storeReferrers(
  store: AttestationStore,
  items: readonly ToStore[],
  signer: string,
): Promise<Location[]> {
  const attached = await store.referrers.put(
    items[0]!.placement.subject.digest,
    items.map(({ placement, bundle }) => ({
      bundle,
      subject: placement.subject,
      annotations: imprintAnnotations(placement.job, signer),
    })),
  );
  return attached.map((descriptor) => ({ manifestDigest: descriptor.digest }));
}

/** The registry's error, with the ledger: what is in the registry now and what is not. */
function storeFailure(
  error: unknown,
  failed: readonly ToStore[],
  stored: readonly StoredPlacement[],
  items: readonly ToStore[],
  store: AttestationStore,
  log: Logger,
): ImprintError {
  const isStored = (p: Placement) => stored.some((s) => s.job === p.job && s.subject === p.subject);
  const missing = items
    .filter((item) => !isStored(item.placement))
    .map((item) => describePlacement(item.placement));
  const done = stored.map((placement) => describePlacement(placement));
  log.error(
    `ledger: stored ${stored.length}/${items.length} in ${store.client.registry}/${store.repository}`,
  );
  if (done.length > 0) log.error(`stored: ${done.join('; ')}`);
  log.error(`not stored: ${missing.join('; ')}`);
  const message =
    `${store.client.registry} did not accept ${failed.map((item) => describePlacement(item.placement)).join(', ')}: ${isImprintError(error) ? error.message : messageOf(error)} ` +
    `Stored ${stored.length} of ${items.length}${done.length > 0 ? ` (${done.join('; ')})` : ''}; not stored: ${missing.join('; ')}.`;
  return new ImprintError(isImprintError(error) ? error.code : 'REGISTRY_ERROR', message, {
    cause: error,
    hint:
      (isImprintError(error) && error.hint) ||
      'fix the registry access and re-run: what is stored is recognised and not signed again',
  });
}

export function describePlacement({ job, subject }: Placement): string {
  const where = { referrer: 'referrer', 'cosign-sig': '.sig', 'cosign-att': '.att' }[job.storage];
  return `${job.kind} (${where}) of ${subjectName(subject)}`;
}

function describeLocation(store: AttestationStore, location: Location): string {
  return location.tag
    ? `${store.repository}:${location.tag} (${location.manifestDigest})`
    : `${store.repository}@${location.manifestDigest}`;
}
