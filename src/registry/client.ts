/**
 * An OCI distribution client for one registry host: manifests, blobs, tags. Every byte
 * read is checked against its digest before anyone uses it; every manifest written is
 * checked against the digest the registry reports back.
 */
import type { Readable } from 'node:stream';
import { ImprintError } from '../errors.js';
import {
  mountBlob,
  pushBlob,
  type PushBlobOptions,
  type PushedBlob,
  statBlob,
} from './blob-upload.js';
import { algorithmOf, DigestVerifier, digestMismatch, digestOf, sha256Digest } from './digest.js';
import { type Descriptor, MANIFEST_ACCEPT } from './manifest.js';
import { nextLink } from './http-headers.js';
import { tooManyPages } from './http-errors.js';
import { isDigest } from './reference.js';
import { abandon, discard, readCapped, readText, transferFailed } from './body.js';
import { RegistryTransport, type RegistryResponse, type TransportOptions } from './transport.js';

export interface FetchedManifest {
  digest: string;
  mediaType: string;
  bytes: Buffer;
  size: number;
  /** The registry's ETag, for conditional updates (`If-Match`). */
  etag?: string;
}

export interface PutManifestResult {
  digest: string;
  /** `OCI-Subject` response header: set by registries that index referrers. */
  ociSubject?: string;
}

export interface ManifestReadOptions {
  accept?: string;
  maxBytes?: number;
}

const DEFAULT_MANIFEST_LIMIT = 4 * 1024 * 1024;
/** Pages of a tag list read before giving up; a `next` link after them is an error. */
export const MAX_TAG_PAGES = 1000;
const GENERIC_TYPES = new Set(['', 'application/json', 'text/plain', 'application/octet-stream']);

export class RegistryClient {
  readonly transport: RegistryTransport;

  constructor(
    readonly registry: string,
    options: TransportOptions = {},
  ) {
    this.transport = new RegistryTransport(registry, options);
  }

  async getManifest(
    repository: string,
    reference: string,
    options: ManifestReadOptions = {},
  ): Promise<FetchedManifest> {
    return (await this.fetchManifest(repository, reference, options, false))!;
  }

  /**
   * The manifest, or undefined when the registry answers 404: for tags that are often absent
   * (a cosign `.sig`, a referrers fallback tag), asked without building an error for the answer.
   */
  async findManifest(
    repository: string,
    reference: string,
    options: ManifestReadOptions = {},
  ): Promise<FetchedManifest | undefined> {
    return this.fetchManifest(repository, reference, options, true);
  }

  private async fetchManifest(
    repository: string,
    reference: string,
    options: ManifestReadOptions,
    absentIsAnswer: boolean,
  ): Promise<FetchedManifest | undefined> {
    const maxBytes = options.maxBytes ?? DEFAULT_MANIFEST_LIMIT;
    const what = `Manifest ${nameOf(repository, reference)} on ${this.registry}`;
    const response = await this.transport.request({
      method: 'GET',
      path: `/v2/${repository}/manifests/${reference}`,
      repository,
      headers: { accept: options.accept ?? MANIFEST_ACCEPT },
      ...(absentIsAnswer && { expect: [404] }),
    });
    if (absentIsAnswer && response.status === 404) {
      await discard(response);
      return undefined;
    }
    const declared = Number(response.headers['content-length']);
    const bytes = await readCapped(response.body, {
      maxBytes,
      declaredLength: declared,
      what,
      tooLarge: () =>
        new ImprintError(
          'MANIFEST_TOO_LARGE',
          `${what} is larger than the limit of ${maxBytes} bytes.`,
          {
            hint: 'Manifests are small JSON documents; a larger one is a registry fault or an attack.',
          },
        ),
    });
    const digest = verifyManifestDigest(
      what,
      bytes,
      reference,
      response.headers['docker-content-digest'],
    );
    return {
      digest,
      mediaType: manifestMediaType(response.headers['content-type'], bytes),
      bytes,
      size: bytes.length,
      ...(response.headers.etag ? { etag: response.headers.etag } : {}),
    };
  }

  /** The manifest's descriptor, or undefined when the tag or digest does not exist. */
  async headManifest(repository: string, reference: string): Promise<Descriptor | undefined> {
    const response = await this.transport.request({
      method: 'HEAD',
      path: `/v2/${repository}/manifests/${reference}`,
      repository,
      headers: { accept: MANIFEST_ACCEPT },
      expect: [404],
    });
    await discard(response);
    if (response.status === 404) return undefined;
    const digest = response.headers['docker-content-digest'];
    const size = Number(response.headers['content-length']);
    const mediaType = (response.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '';
    if (digest && isDigest(digest) && Number.isSafeInteger(size) && !GENERIC_TYPES.has(mediaType)) {
      if (
        isDigest(reference) &&
        algorithmOf(reference) === algorithmOf(digest) &&
        reference !== digest
      ) {
        throw new ImprintError(
          'DIGEST_MISMATCH',
          `Registry ${this.registry} answered HEAD ${repository}@${reference} with the digest ${digest}.`,
        );
      }
      return { mediaType, digest, size };
    }
    // Some registries leave HEAD answers bare: fetch and compute instead.
    const fetched = await this.getManifest(repository, reference);
    return { mediaType: fetched.mediaType, digest: fetched.digest, size: fetched.size };
  }

  async putManifest(
    repository: string,
    reference: string,
    bytes: Buffer,
    mediaType: string,
  ): Promise<string> {
    return (await this.putManifestDetailed(repository, reference, bytes, mediaType)).digest;
  }

  /**
   * PUT a manifest. `ifMatch` (an ETag read before) or `ifNoneMatch: '*'` (create only)
   * make the write conditional on registries that support it: 412 when someone else wrote first.
   */
  async putManifestDetailed(
    repository: string,
    reference: string,
    bytes: Buffer,
    mediaType: string,
    options: { ifMatch?: string; ifNoneMatch?: '*' } = {},
  ): Promise<PutManifestResult> {
    const digest = sha256Digest(bytes);
    const what = `Manifest pushed to ${this.registry}/${repository}`;
    if (isDigest(reference) && reference !== digestOf(bytes, algorithmOf(reference))) {
      throw digestMismatch(`${what} by digest`, reference, digestOf(bytes, algorithmOf(reference)));
    }
    const response = await this.transport.request({
      method: 'PUT',
      path: `/v2/${repository}/manifests/${reference}`,
      repository,
      access: 'push',
      headers: {
        'content-type': mediaType,
        ...(options.ifMatch ? { 'if-match': options.ifMatch } : {}),
        ...(options.ifNoneMatch ? { 'if-none-match': options.ifNoneMatch } : {}),
      },
      body: bytes,
    });
    await discard(response);
    const stored = response.headers['docker-content-digest'];
    if (stored && stored !== digest && stored !== reference) {
      throw new ImprintError(
        'DIGEST_MISMATCH',
        `${what} as ${reference}: the registry reports digest ${stored}, but the bytes sent hash to ${digest}.`,
        {
          hint: 'Something between imprint and the registry changed the manifest; do not trust this push.',
        },
      );
    }
    const ociSubject = response.headers['oci-subject'];
    return { digest, ...(ociSubject ? { ociSubject } : {}) };
  }

  async deleteManifest(repository: string, digest: string): Promise<void> {
    await discard(
      await this.transport.request({
        method: 'DELETE',
        path: `/v2/${repository}/manifests/${digest}`,
        repository,
        access: 'delete',
      }),
    );
  }

  /**
   * A stream of the blob that errors with DIGEST_MISMATCH at its end if the bytes are wrong,
   * and with REGISTRY_TRANSFER_FAILED (or REGISTRY_TIMEOUT) if the transfer breaks off.
   */
  async getBlob(repository: string, digest: string): Promise<Readable> {
    const what = `Blob ${repository}@${digest} from ${this.registry}`;
    const verifier = new DigestVerifier(digest, what);
    const response = await this.transport.request({
      method: 'GET',
      path: `/v2/${repository}/blobs/${digest}`,
      repository,
      followRedirects: true,
    });
    let received = 0;
    response.body.on('data', (chunk: Buffer) => (received += chunk.length));
    response.body.on('error', (error) => verifier.destroy(transferFailed(what, error, received)));
    // A reader that stops early (a size limit) must not leave the download running.
    verifier.on('close', () => {
      if (!response.body.readableEnded) abandon(response.body);
    });
    return response.body.pipe(verifier);
  }

  async getBlobBytes(repository: string, digest: string, maxBytes: number): Promise<Buffer> {
    const stream = await this.getBlob(repository, digest);
    return readCapped(stream, {
      maxBytes,
      what: `Blob ${repository}@${digest} from ${this.registry}`,
      tooLarge: () =>
        new ImprintError(
          'BLOB_TOO_LARGE',
          `Blob ${repository}@${digest} on ${this.registry} is larger than the limit of ${maxBytes} bytes.`,
        ),
    });
  }

  async hasBlob(repository: string, digest: string): Promise<boolean> {
    return (await statBlob(this.transport, repository, digest)) !== undefined;
  }

  /** Link a blob of `from` (same registry) into `repository`; false when the registry would not. */
  async mountBlob(repository: string, digest: string, from: string): Promise<boolean> {
    return mountBlob(this.transport, repository, digest, from);
  }

  async pushBlob(
    repository: string,
    data: Buffer | Readable,
    options: PushBlobOptions = {},
  ): Promise<PushedBlob> {
    return pushBlob(this.transport, repository, data, options);
  }

  /**
   * Every tag of the repository, following `Link: <…>; rel="next"` pages. `pageSize`
   * asks for pages of that many tags (`?n=`); registries may page on their own anyway.
   */
  async listTags(repository: string, options: { pageSize?: number } = {}): Promise<string[]> {
    const tags: string[] = [];
    const query = options.pageSize ? `?n=${options.pageSize}` : '';
    let path: string | undefined = `/v2/${repository}/tags/list${query}`;
    for (let page = 0; path; page += 1) {
      if (page === MAX_TAG_PAGES) {
        throw tooManyPages(
          `The tag list of ${repository} on ${this.registry}`,
          MAX_TAG_PAGES,
          path,
        );
      }
      const response: RegistryResponse = await this.transport.request({
        method: 'GET',
        path,
        repository,
      });
      tags.push(
        ...tagsOf(
          await readText(
            response.body,
            DEFAULT_MANIFEST_LIMIT,
            `The tag list of ${repository} on ${this.registry}`,
          ),
          this.registry,
          repository,
        ),
      );
      path = nextLink(response.headers.link);
    }
    return tags;
  }

  async close(): Promise<void> {
    await this.transport.close();
  }

  /** Close now, aborting requests still in flight that nobody waits for any more. */
  async destroy(): Promise<void> {
    await this.transport.destroy();
  }
}

/** The digest the bytes really have, after checking it against what was asked for and what the registry claims. */
function verifyManifestDigest(
  what: string,
  bytes: Buffer,
  reference: string,
  claimed: string | undefined,
): string {
  if (isDigest(reference)) {
    const actual = digestOf(bytes, algorithmOf(reference));
    if (actual !== reference) throw digestMismatch(what, reference, actual);
  }
  if (claimed && isDigest(claimed)) {
    const actual = digestOf(bytes, algorithmOf(claimed));
    if (actual !== claimed)
      throw digestMismatch(`${what} (Docker-Content-Digest)`, claimed, actual);
  }
  return isDigest(reference) ? reference : sha256Digest(bytes);
}

function manifestMediaType(contentType: string | undefined, bytes: Buffer): string {
  const header = (contentType ?? '').split(';')[0]?.trim() ?? '';
  if (!GENERIC_TYPES.has(header)) return header;
  const body = parseJson(bytes.toString('utf8')) as { mediaType?: unknown } | undefined;
  return typeof body?.mediaType === 'string' ? body.mediaType : header;
}

function tagsOf(text: string, registry: string, repository: string): string[] {
  const parsed = parseJson(text) as { tags?: unknown } | undefined;
  const tags = parsed?.tags ?? [];
  if (!parsed || !Array.isArray(tags) || tags.some((tag) => typeof tag !== 'string')) {
    throw new ImprintError(
      'REGISTRY_PROTOCOL',
      `Registry ${registry} sent a tag list for ${repository} that is not {"tags": ["…", …]}.`,
    );
  }
  return tags as string[];
}

/** `repo:tag` or `repo@digest`, as people write them. */
function nameOf(repository: string, reference: string): string {
  return `${repository}${isDigest(reference) ? '@' : ':'}${reference}`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
