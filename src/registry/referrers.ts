/**
 * OCI 1.1 referrers (distribution spec "Listing Referrers", "Referrers Tag Schema"):
 * list the artifacts that point at a subject, and attach a new one. Registries with the
 * referrers API index a manifest by its `subject`; for those without it (distribution
 * 2.8) the client keeps an OCI index under the tag `<alg>-<hex>` itself, which is a
 * read-modify-write that concurrent writers can race: hence If-Match, read-back and retry.
 */
import { ImprintError, isImprintError } from '../errors.js';
import type { RegistryClient } from './client.js';
import { RegistryHttpError } from './http-errors.js';
import {
  type Descriptor,
  type ImageIndex,
  MEDIA_TYPES,
  parseIndex,
  parseManifest,
} from './manifest.js';
import { sha256Digest } from './digest.js';
import { nextLink } from './http-headers.js';
import { discard, readCapped } from './body.js';

export interface ReferrerToAttach {
  manifestBytes: Buffer;
  mediaType: string;
  artifactType: string;
  annotations?: Record<string, string>;
  subject: Descriptor;
}

export interface AttachedReferrer {
  descriptor: Descriptor;
  /** How the registry learnt about it: its own index, or our fallback tag. */
  via: 'referrers-api' | 'tag-schema';
}

export interface AttachOptions {
  /** Read-modify-write rounds before giving up on a contended fallback tag. Default 6. */
  attempts?: number;
  /** Wait before the second read-back that catches a writer who read before our write. Default 100 ms. */
  settleMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

const REFERRERS_LIMIT = 16 * 1024 * 1024;
const MAX_PAGES = 100;
/** Per client: does its registry have the referrers API? Unknown until first asked. */
const referrersApi = new WeakMap<RegistryClient, boolean>();

/** The fallback tag for a subject: `sha256-<hex>` (algorithm ≤ 32, hex ≤ 64 characters). */
export function referrersTag(subjectDigest: string): string {
  const [algorithm = '', hex = ''] = subjectDigest.split(':');
  return `${algorithm.slice(0, 32)}-${hex.slice(0, 64)}`;
}

export async function listReferrers(
  client: RegistryClient,
  repository: string,
  subjectDigest: string,
  options: { artifactType?: string } = {},
): Promise<Descriptor[]> {
  const fromApi =
    referrersApi.get(client) === false
      ? undefined
      : await queryApi(client, repository, subjectDigest, options.artifactType);
  // Spec: after a 404, a fallback tag that is not a valid index means "no referrers".
  const all =
    fromApi?.manifests ??
    (await readFallback(client, repository, subjectDigest, { lenient: true })).index.manifests;
  return options.artifactType && !fromApi?.filtered
    ? all.filter((d) => d.artifactType === options.artifactType)
    : all;
}

/** One referrer: the batch of one (see `attachReferrers`). */
export async function attachReferrer(
  client: RegistryClient,
  repository: string,
  referrer: ReferrerToAttach,
  options: AttachOptions = {},
): Promise<AttachedReferrer> {
  const [attached] = await attachReferrers(
    client,
    repository,
    referrer.subject.digest,
    [referrer],
    options,
  );
  return attached!;
}

/**
 * Several referrers of one subject: every manifest is pushed (in the given order, which is the
 * order they become visible on a registry with the referrers API), then the fallback index is
 * updated once for all of them, so 3 requests and one settle wait in all instead of per referrer.
 */
export async function attachReferrers(
  client: RegistryClient,
  repository: string,
  subjectDigest: string,
  referrers: readonly ReferrerToAttach[],
  options: AttachOptions = {},
): Promise<AttachedReferrer[]> {
  for (const referrer of referrers) checkSubject(referrer, subjectDigest);
  const descriptors: Descriptor[] = [];
  for (const referrer of referrers) {
    const put = await client.putManifestDetailed(
      repository,
      sha256Digest(referrer.manifestBytes),
      referrer.manifestBytes,
      referrer.mediaType,
    );
    if (put.ociSubject) referrersApi.set(client, true);
    descriptors.push(descriptorOf(referrer, put.digest));
  }
  if (descriptors.length === 0) return [];
  if (referrersApi.get(client) === undefined) await probeApi(client, repository, subjectDigest);
  if (referrersApi.get(client) === true) {
    return descriptors.map((descriptor) => ({ descriptor, via: 'referrers-api' }));
  }
  await addToFallbackIndex(client, repository, subjectDigest, descriptors, options);
  return descriptors.map((descriptor) => ({ descriptor, via: 'tag-schema' }));
}

function descriptorOf(referrer: ReferrerToAttach, digest: string): Descriptor {
  return {
    mediaType: referrer.mediaType,
    digest,
    size: referrer.manifestBytes.length,
    artifactType: referrer.artifactType,
    ...(referrer.annotations && Object.keys(referrer.annotations).length > 0
      ? { annotations: referrer.annotations }
      : {}),
  };
}

/** Learn whether the registry has the referrers API: one GET, status only. */
async function probeApi(
  client: RegistryClient,
  repository: string,
  subjectDigest: string,
): Promise<void> {
  const response = await client.transport.request({
    method: 'GET',
    path: `/v2/${repository}/referrers/${subjectDigest}`,
    repository,
    headers: { accept: MEDIA_TYPES.ociIndex },
    expect: [404],
  });
  await discard(response);
  referrersApi.set(client, response.status !== 404);
}

/** The referrers API answer (all pages), or undefined when the registry has no such API. */
async function queryApi(
  client: RegistryClient,
  repository: string,
  subjectDigest: string,
  artifactType: string | undefined,
): Promise<{ manifests: Descriptor[]; filtered: boolean } | undefined> {
  const query = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : '';
  let path: string | undefined = `/v2/${repository}/referrers/${subjectDigest}${query}`;
  const manifests: Descriptor[] = [];
  let filtered = true;
  for (let page = 0; path && page < MAX_PAGES; page += 1) {
    const response = await client.transport.request({
      method: 'GET',
      path,
      repository,
      headers: { accept: MEDIA_TYPES.ociIndex },
      expect: [404],
    });
    if (response.status === 404) {
      await discard(response);
      referrersApi.set(client, false);
      return undefined;
    }
    referrersApi.set(client, true);
    const bytes = await readCapped(
      response.body,
      REFERRERS_LIMIT,
      undefined,
      () =>
        new ImprintError(
          'MANIFEST_TOO_LARGE',
          `The referrers list of ${repository}@${subjectDigest} is larger than ${REFERRERS_LIMIT} bytes.`,
        ),
    );
    manifests.push(...parseIndex(bytes, response.headers['content-type']).manifests);
    const applied = (response.headers['oci-filters-applied'] ?? '').split(',').map((s) => s.trim());
    filtered &&= artifactType !== undefined && applied.includes('artifactType');
    path = nextLink(response.headers.link);
  }
  return { manifests, filtered };
}

/**
 * The fallback index under `<alg>-<hex>` (empty when the tag does not exist). Something
 * else under that tag is an error when we are about to overwrite it, or, when `lenient`,
 * read as "no referrers" (what the spec tells listing clients to assume).
 */
async function readFallback(
  client: RegistryClient,
  repository: string,
  subjectDigest: string,
  { lenient = false }: { lenient?: boolean } = {},
): Promise<{ index: ImageIndex; etag?: string }> {
  const tag = referrersTag(subjectDigest);
  try {
    // Accept every manifest type: a registry hides what it cannot serve as an index
    // behind a 404, and a squatted tag must be reported, not silently overwritten.
    const fetched = await client.getManifest(repository, tag, { maxBytes: REFERRERS_LIMIT });
    let index: ImageIndex;
    try {
      index = parseIndex(fetched.bytes, fetched.mediaType);
    } catch (error) {
      if (lenient) return { index: emptyIndex() };
      throw new ImprintError(
        'MANIFEST_INVALID',
        `The tag ${repository}:${tag} should hold the OCI index of referrers of ${subjectDigest}, but: ${(error as Error).message} Refusing to overwrite it.`,
        {
          cause: error,
          hint: 'Another tool wrote something else under this tag; delete or fix it.',
        },
      );
    }
    return { index, ...(fetched.etag ? { etag: fetched.etag } : {}) };
  } catch (error) {
    if (isImprintError(error, 'REGISTRY_NOT_FOUND')) {
      return { index: emptyIndex() };
    }
    throw error;
  }
}

/**
 * Read, merge every descriptor not yet listed, PUT (conditional when the registry gave an ETag),
 * and confirm with one read after the settle wait: long enough for a writer who read the old
 * index before our write to have overwritten it. That read is the next round's starting point,
 * so a lost race costs one PUT and one wait more, not a fresh start.
 */
async function addToFallbackIndex(
  client: RegistryClient,
  repository: string,
  subjectDigest: string,
  descriptors: readonly Descriptor[],
  options: AttachOptions,
): Promise<void> {
  const attempts = options.attempts ?? 6;
  const sleep =
    options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = options.random ?? Math.random;
  const tag = referrersTag(subjectDigest);
  let missing: Descriptor[] = [...descriptors];
  for (let attempt = 0; attempt <= attempts; attempt += 1) {
    const { index, etag } = await readFallback(client, repository, subjectDigest);
    missing = unlisted(index, descriptors);
    if (missing.length === 0) return; // all recorded (by us or a previous run): no duplicates
    if (attempt === attempts) break;
    const updated: ImageIndex = {
      ...index,
      mediaType: MEDIA_TYPES.ociIndex,
      manifests: [...index.manifests, ...missing],
    };
    try {
      await client.putManifestDetailed(
        repository,
        tag,
        Buffer.from(JSON.stringify(updated)),
        MEDIA_TYPES.ociIndex,
        conditionFor(index, etag),
      );
      await sleep(options.settleMs ?? 100);
    } catch (error) {
      if (!(error instanceof RegistryHttpError && error.status === 412)) throw error;
      await sleep(Math.floor(random() * 50 * 2 ** attempt)); // jitter breaks lock-step writers apart
    }
  }
  const what =
    missing.length === 1
      ? `referrer ${missing[0]!.digest}`
      : `referrers ${missing.map((d) => d.digest).join(', ')}`;
  throw new ImprintError(
    'REGISTRY_ERROR',
    `Could not record ${what} in ${repository}:${tag} after ${attempts} attempts: other writers kept replacing the index.`,
    { hint: 'Run the step again; attaching is idempotent.' },
  );
}

/** The descriptors not in the index yet, each once (a batch may name one manifest twice). */
function unlisted(index: ImageIndex, descriptors: readonly Descriptor[]): Descriptor[] {
  const seen = new Set(index.manifests.map((d) => d.digest));
  return descriptors.filter((d) => !seen.has(d.digest) && seen.add(d.digest));
}

/** If-Match the index we read; or, when there was none, create it only if still absent. */
function conditionFor(
  index: ImageIndex,
  etag: string | undefined,
): { ifMatch?: string; ifNoneMatch?: '*' } {
  if (etag) return { ifMatch: etag };
  return index.manifests.length === 0 ? { ifNoneMatch: '*' } : {};
}

function emptyIndex(): ImageIndex {
  return { schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests: [] };
}

function checkSubject(referrer: ReferrerToAttach, subjectDigest: string): void {
  if (referrer.subject.digest !== subjectDigest) {
    throw new ImprintError(
      'INPUT_INVALID',
      `A referrer of ${referrer.subject.digest} was given to attach to ${subjectDigest}: a batch holds the referrers of one subject.`,
      { hint: 'Attach the referrers of each subject in a batch of their own.' },
    );
  }
  const parsed = parseManifest(referrer.manifestBytes, referrer.mediaType);
  const subject = parsed.kind === 'manifest' ? parsed.manifest.subject : parsed.index.subject;
  if (subject?.digest !== subjectDigest) {
    throw new ImprintError(
      'MANIFEST_INVALID',
      `The referrer manifest's subject is ${subject?.digest ?? 'missing'}, expected ${subjectDigest}.`,
    );
  }
}
