/**
 * OCI 1.1 referrers (distribution spec "Listing Referrers", "Referrers Tag Schema"):
 * list the artifacts that point at a subject, and attach a new one. Registries with the
 * referrers API index a manifest by its `subject`; for those without it (distribution
 * 2.8) the client keeps an OCI index under the tag `<alg>-<hex>` itself (fallback-index.ts).
 */

export { referrersTag };
import { ImprintError } from '../errors.js';
import type { RegistryClient } from './client.js';
import {
  addToFallbackIndex,
  type FallbackWriteOptions,
  readFallback,
  referrersTag,
  REFERRERS_LIMIT,
} from './fallback-index.js';
import { tooManyPages } from './http-errors.js';
import { type Descriptor, MEDIA_TYPES, parseIndex, parseManifest } from './manifest.js';
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

/** How the fallback index is written on registries without the referrers API. */
export type AttachOptions = FallbackWriteOptions;

/** Pages of a referrers answer read before giving up; a `next` link after them is an error. */
export const MAX_REFERRER_PAGES = 100;
/** Per client: does its registry have the referrers API? Unknown until first asked. */
const referrersApi = new WeakMap<RegistryClient, boolean>();

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
  for (let page = 0; path; page += 1) {
    if (page === MAX_REFERRER_PAGES) {
      throw tooManyPages(
        `The referrers list of ${repository}@${subjectDigest} on ${client.registry}`,
        MAX_REFERRER_PAGES,
        path,
      );
    }
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
    const bytes = await readCapped(response.body, {
      maxBytes: REFERRERS_LIMIT,
      what: `The referrers list of ${repository}@${subjectDigest} on ${client.registry}`,
      tooLarge: () =>
        new ImprintError(
          'MANIFEST_TOO_LARGE',
          `The referrers list of ${repository}@${subjectDigest} is larger than ${REFERRERS_LIMIT} bytes.`,
        ),
    });
    manifests.push(...parseIndex(bytes, response.headers['content-type']).manifests);
    const applied = (response.headers['oci-filters-applied'] ?? '').split(',').map((s) => s.trim());
    filtered &&= artifactType !== undefined && applied.includes('artifactType');
    path = nextLink(response.headers.link);
  }
  return { manifests, filtered };
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
