/**
 * Sigstore bundles stored as OCI referrers of a digest (FORMATS.md §1): list the referrers
 * (referrers API, or the sha256-<hex> tag-schema fallback), fetch each bundle artifact's
 * manifest and its bundle layer, verify, classify. Requests: 1 list + 2 per bundle.
 *
 * Every failure to fetch or read (a status, a reset, a body cut short or stalled, a digest that
 * does not match) is fatal: evidence we could not read may be the evidence that fails the image,
 * so an older, cleaner report must not decide in its place. Only what is decided about bytes read
 * in full and digest-checked (not a bundle artifact, a bundle that does not verify) is a
 * non-fatal problem of that one referrer.
 */
import { PREDICATE_COSIGN_SIGN } from '../attest/predicate-types.js';
import { MAX_BUNDLE_BYTES } from '../attest/storage/oci.js';
import type { FetchedManifest, RegistryClient } from '../registry/client.js';
import { type Descriptor, parseManifest } from '../registry/manifest.js';
import { listReferrers } from '../registry/referrers.js';
import { ImprintError } from '../errors.js';
import { verifyBundleBytes } from './bundles.js';
import { classify, problem } from './classify.js';
import { mapLimit } from './concurrency.js';
import { add, type Collected, emptyCollected, oneLine, registryProblem } from './collected.js';
import type { TrustSet } from './trust.js';

export const BUNDLE_ARTIFACT_PREFIX = 'application/vnd.dev.sigstore.bundle';
const ANNOTATION_PREDICATE_TYPE = 'dev.sigstore.bundle.predicateType';
const ANNOTATION_CONTENT = 'dev.sigstore.bundle.content';
/** An image re-attested nightly collects many referrers: fetch them a few at a time. */
const BUNDLES_AT_ONCE = 8;

export interface SubjectContext {
  client: RegistryClient;
  repository: string;
  digest: string;
  trusts: TrustSet;
}

export async function referrerEvidence(context: SubjectContext): Promise<Collected> {
  const collected = emptyCollected();
  let descriptors: Descriptor[];
  try {
    descriptors = await listReferrersOnce(context);
  } catch (error) {
    collected.problems.push(registryProblem(`listing the referrers of ${context.digest}`, error));
    return collected;
  }
  const bundles = descriptors.filter(mayHoldBundle);
  const results = await mapLimit(bundles, BUNDLES_AT_ONCE, (d) => oneReferrer(context, d));
  for (const result of results) if (result) add(collected, result);
  return collected;
}

const EMPTY_ARTIFACT_TYPE = 'application/vnd.oci.empty.v1+json';

/**
 * A bundle by its listed artifact type, or perhaps one: go-containerregistry's tag-schema
 * fallback before v0.21 (cosign v2.6 `--new-bundle-format`) lists a referrer under its
 * config's media type, the empty descriptor's, with no annotations. Those are looked at.
 */
function mayHoldBundle(descriptor: Descriptor): boolean {
  const type = descriptor.artifactType;
  return type === undefined || type === EMPTY_ARTIFACT_TYPE || isBundleType(type);
}

function isBundleType(type: string | undefined): boolean {
  return type?.startsWith(BUNDLE_ARTIFACT_PREFIX) === true;
}

/**
 * The first listing on a registry learns whether it has the referrers API (distribution 2.8
 * answers 404 and the client falls back to the tag schema from then on); listings that start
 * meanwhile wait for that answer instead of each probing the API.
 */
const firstListing = new WeakMap<RegistryClient, Promise<unknown>>();

async function listReferrersOnce(context: SubjectContext): Promise<Descriptor[]> {
  const { client, repository, digest } = context;
  const first = firstListing.get(client);
  if (first) {
    await first.catch(() => undefined);
    return listReferrers(client, repository, digest);
  }
  const listing = listReferrers(client, repository, digest);
  firstListing.set(client, listing);
  return listing;
}

async function oneReferrer(context: SubjectContext, descriptor: Descriptor) {
  const { client, repository } = context;
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
    manifest = await client.getManifest(repository, descriptor.digest);
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
    bytes = await client.getBlobBytes(repository, layer.digest, MAX_BUNDLE_BYTES);
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

function artifactTypeOf(fetched: FetchedManifest): string | undefined {
  try {
    const parsed = parseManifest(fetched.bytes, fetched.mediaType);
    return parsed.kind === 'manifest' ? parsed.manifest.artifactType : undefined;
  } catch {
    return undefined; // not a manifest: bundleLayerOf says so
  }
}

/**
 * The bundle of a referrer manifest, read as above in one go: the one reader of stored bundles
 * outside verify too (publish's read-back), with the same layer rule and size limit.
 */
export async function fetchBundle(
  context: Pick<SubjectContext, 'client' | 'repository'>,
  descriptor: Pick<Descriptor, 'digest'>,
): Promise<Buffer> {
  const { client, repository } = context;
  const layer = bundleLayerOf(await client.getManifest(repository, descriptor.digest));
  return client.getBlobBytes(repository, layer.digest, MAX_BUNDLE_BYTES);
}

/** The bundle layer of a referrer's manifest (read in full and digest-checked by the client). */
function bundleLayerOf(fetched: FetchedManifest): Descriptor {
  const parsed = parseManifest(fetched.bytes, fetched.mediaType);
  const layer =
    parsed.kind === 'manifest'
      ? parsed.manifest.layers.find((l) => l.mediaType.startsWith(BUNDLE_ARTIFACT_PREFIX))
      : undefined;
  if (!layer) {
    throw new ImprintError(
      'VERIFY_FAILED',
      `the artifact holds no ${BUNDLE_ARTIFACT_PREFIX}… layer, so there is no bundle to verify`,
      { hint: 'a Sigstore bundle referrer has one layer holding the bundle JSON (FORMATS.md §1)' },
    );
  }
  return layer;
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
  return descriptor.annotations?.[ANNOTATION_CONTENT] === 'message-signature'
    ? { subject: 'signature' }
    : { subject: 'attestation' };
}
