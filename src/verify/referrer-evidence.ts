/**
 * Sigstore bundles stored as OCI referrers of a digest (FORMATS.md §1), read through the
 * store's referrer backend: list the referrers (referrers API, or the sha256-<hex> tag-schema
 * fallback), fetch each bundle artifact's manifest and its bundle layer, verify, classify.
 * Requests: 1 list + 2 per bundle.
 *
 * Every failure to fetch or read (a status, a reset, a body cut short or stalled, a digest that
 * does not match) is fatal: evidence we could not read may be the evidence that fails the image,
 * so an older, cleaner report must not decide in its place. Only what is decided about bytes read
 * in full and digest-checked (not a bundle artifact, a bundle that does not verify) is a
 * non-fatal problem of that one referrer.
 */
import { PREDICATE_COSIGN_SIGN } from '../attest/predicate-types.js';
import {
  ANNOTATION_BUNDLE_CONTENT,
  ANNOTATION_PREDICATE_TYPE,
} from '../attest/storage/annotations.js';
import {
  artifactTypeOf,
  bundleLayerOf,
  isBundleType,
  mayHoldBundle,
} from '../attest/storage/referrer-backend.js';
import type { AttestationStore } from '../attest/storage/store.js';
import type { FetchedManifest } from '../registry/client.js';
import type { Descriptor } from '../registry/manifest.js';
import { verifyBundleBytes } from './bundles.js';
import { classify, problem } from './classify.js';
import { mapLimit } from './concurrency.js';
import { add, type Collected, emptyCollected, oneLine, registryProblem } from './collected.js';
import type { TrustSet } from './trust.js';

/** An image re-attested nightly collects many referrers: fetch them a few at a time. */
const BUNDLES_AT_ONCE = 8;

export interface SubjectContext {
  /** The subject's repository, read through one store by every evidence reader. */
  store: AttestationStore;
  digest: string;
  trusts: TrustSet;
}

export async function referrerEvidence(context: SubjectContext): Promise<Collected> {
  const collected = emptyCollected();
  let descriptors: Descriptor[];
  try {
    descriptors = await context.store.referrers.list(context.digest);
  } catch (error) {
    collected.problems.push(registryProblem(`listing the referrers of ${context.digest}`, error));
    return collected;
  }
  const bundles = descriptors.filter(mayHoldBundle);
  const results = await mapLimit(bundles, BUNDLES_AT_ONCE, (d) => oneReferrer(context, d));
  for (const result of results) if (result) add(collected, result);
  return collected;
}

async function oneReferrer(context: SubjectContext, descriptor: Descriptor) {
  const { referrers } = context.store;
  const location = `referrer ${descriptor.digest}`;
  const claimed = claimedKind(descriptor);
  const unusable = (error: unknown) =>
    problem(claimed.subject, claimed.predicateType, { location }, oneLine(error));
  const unreadable = (error: unknown) => ({
    kind: 'problem' as const,
    problem: registryProblem(`reading ${location} of ${context.digest}`, error),
  });
  let manifest: FetchedManifest;
  try {
    manifest = await referrers.manifest(descriptor.digest);
  } catch (error) {
    return unreadable(error);
  }
  if (!isBundleType(descriptor.artifactType) && !isBundleType(artifactTypeOf(manifest))) {
    return undefined; // listed vaguely, and not a bundle after all
  }
  let layer: Descriptor;
  try {
    layer = bundleLayerOf(manifest);
  } catch (error) {
    return unusable(error);
  }
  let bytes: Buffer;
  try {
    bytes = await referrers.bundle(layer, location);
  } catch (error) {
    return unreadable(error);
  }
  try {
    const signedBy = verifyBundleBytes(bytes, context.digest, context.trusts);
    return classify(signedBy, { subjectDigest: context.digest, source: 'referrer', location });
  } catch (error) {
    const said = claimed.predicateType ? claimed : (claimedByPayload(bytes) ?? claimed);
    return problem(said.subject, said.predicateType, { location }, oneLine(error));
  }
}

/**
 * What the (unverified) statement in a DSSE bundle says it is, when the annotations do not:
 * cosign v3's referrers carry no predicate type annotation in the tag-schema index. Used only
 * to file a failure under the right check (a signature the policy cannot check is reported by
 * the signer check, not as an attestation).
 */
function claimedByPayload(
  bytes: Buffer,
): { subject: 'signature' | 'attestation'; predicateType?: string } | undefined {
  try {
    const bundle = JSON.parse(bytes.toString('utf8')) as { dsseEnvelope?: { payload?: string } };
    const payload = bundle.dsseEnvelope?.payload;
    if (typeof payload !== 'string') return undefined;
    const statement = JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as {
      predicateType?: unknown;
    };
    if (typeof statement.predicateType !== 'string') return undefined;
    return statement.predicateType === PREDICATE_COSIGN_SIGN
      ? { subject: 'signature' }
      : { subject: 'attestation', predicateType: statement.predicateType };
  } catch {
    return undefined;
  }
}

/** What the annotations say the bundle is, used only to file a failure under the right check. */
function claimedKind(descriptor: Descriptor): {
  subject: 'signature' | 'attestation';
  predicateType?: string;
} {
  const predicateType = descriptor.annotations?.[ANNOTATION_PREDICATE_TYPE];
  if (predicateType === PREDICATE_COSIGN_SIGN) return { subject: 'signature' };
  if (predicateType) return { subject: 'attestation', predicateType };
  return descriptor.annotations?.[ANNOTATION_BUNDLE_CONTENT] === 'message-signature'
    ? { subject: 'signature' }
    : { subject: 'attestation' };
}
