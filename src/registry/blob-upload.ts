/**
 * Blob uploads (OCI distribution spec, "Pushing blobs"): skip when the registry has the
 * blob, POST+PUT for a buffer, POST + PATCH chunks (Content-Range) + PUT for streams and
 * for data larger than the chunk size. Chunks are buffered so a retry can resend them.
 */
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { ImprintError } from '../errors.js';
import { digestMismatch, sha256Digest } from './digest.js';
import { discard } from './body.js';
import type { RegistryTransport } from './transport.js';

export interface PushBlobOptions {
  /** The digest the data must have; checked before the upload is committed. */
  digest?: string;
  /** The size the data must have (streams). */
  size?: number;
  /** Upload in PATCH chunks of this many bytes (buffers larger than it, and all streams). */
  chunkSize?: number;
  /**
   * The stream checks `digest` itself and errors at its end when the bytes are wrong (a blob
   * read with `getBlob`), so hashing it again here would only cost time: the upload is not
   * committed after a stream error either way.
   */
  streamVerifiesDigest?: boolean;
}

export interface PushedBlob {
  digest: string;
  size: number;
  /** True when the registry already had it and nothing was uploaded. */
  existed: boolean;
}

export const DEFAULT_CHUNK_SIZE = 8 * 1024 * 1024;
const OCTET_STREAM = 'application/octet-stream';

/** The size of a blob the registry holds, or undefined when it does not have it. */
export async function statBlob(
  transport: RegistryTransport,
  repository: string,
  digest: string,
): Promise<{ size: number } | undefined> {
  const response = await transport.request({
    method: 'HEAD',
    path: `/v2/${repository}/blobs/${digest}`,
    repository,
    expect: [404],
    followRedirects: true,
  });
  await discard(response);
  if (response.status === 404) return undefined;
  return { size: Number(response.headers['content-length'] ?? Number.NaN) };
}

export async function pushBlob(
  transport: RegistryTransport,
  repository: string,
  data: Buffer | Readable,
  options: PushBlobOptions = {},
): Promise<PushedBlob> {
  if (Buffer.isBuffer(data)) return pushBuffer(transport, repository, data, options);
  const existing = options.digest
    ? await statBlob(transport, repository, options.digest)
    : undefined;
  if (options.digest && existing) {
    data.destroy(); // the registry has it: do not read what would be thrown away
    return { digest: options.digest, size: existing.size, existed: true };
  }
  const location = await startUpload(transport, repository);
  return uploadChunks(transport, repository, location, data, options);
}

/**
 * Cross-repository mount (distribution spec, "Mounting a blob from another repository"):
 * true when the registry linked the blob into `repository` without a byte moving. A registry
 * that will not mount (no pull access to `from`, or no support) opens an upload session
 * instead (202); that session is abandoned and false returned, so the caller uploads.
 */
export async function mountBlob(
  transport: RegistryTransport,
  repository: string,
  digest: string,
  from: string,
): Promise<boolean> {
  const query = `?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}`;
  const response = await transport.request({
    method: 'POST',
    path: `/v2/${repository}/blobs/uploads/${query}`,
    repository,
    access: 'push',
  });
  await discard(response);
  if (response.status === 201) return true;
  if (response.headers.location) await cancel(transport, repository, response.headers.location);
  return false;
}

async function pushBuffer(
  transport: RegistryTransport,
  repository: string,
  data: Buffer,
  options: PushBlobOptions,
): Promise<PushedBlob> {
  const digest = sha256Digest(data);
  if (options.digest && options.digest !== digest) {
    throw digestMismatch(`Blob for ${repository}`, options.digest, digest);
  }
  if (await statBlob(transport, repository, digest))
    return { digest, size: data.length, existed: true };
  const location = await startUpload(transport, repository);
  const chunkSize = options.chunkSize ?? Number.POSITIVE_INFINITY;
  if (data.length > chunkSize) {
    return uploadChunks(transport, repository, location, bufferChunks(data, chunkSize), {
      ...options,
      digest,
    });
  }
  await commit(transport, repository, location, digest, data);
  return { digest, size: data.length, existed: false };
}

async function startUpload(transport: RegistryTransport, repository: string): Promise<string> {
  const response = await transport.request({
    method: 'POST',
    path: `/v2/${repository}/blobs/uploads/`,
    repository,
    access: 'push',
  });
  await discard(response);
  return uploadLocation(response.headers.location, repository, 'POST');
}

async function uploadChunks(
  transport: RegistryTransport,
  repository: string,
  firstLocation: string,
  chunks: AsyncIterable<Buffer> | Iterable<Buffer>,
  options: PushBlobOptions,
): Promise<PushedBlob> {
  const trusted = options.streamVerifiesDigest === true && options.digest !== undefined;
  const hash = trusted ? undefined : createHash('sha256');
  let location = firstLocation;
  let offset = 0;
  for await (const chunk of readAhead(regroup(chunks, options.chunkSize ?? DEFAULT_CHUNK_SIZE))) {
    hash?.update(chunk);
    const response = await transport.request({
      method: 'PATCH',
      path: location,
      repository,
      access: 'push',
      headers: {
        'content-type': OCTET_STREAM,
        'content-range': `${offset}-${offset + chunk.length - 1}`,
      },
      body: chunk,
    });
    await discard(response);
    offset += chunk.length;
    location = uploadLocation(response.headers.location, repository, 'PATCH');
  }
  const digest = hash ? `sha256:${hash.digest('hex')}` : options.digest!;
  const problem =
    options.digest && options.digest !== digest
      ? digestMismatch(`Blob for ${repository}`, options.digest, digest)
      : options.size !== undefined && options.size !== offset
        ? new ImprintError(
            'DIGEST_MISMATCH',
            `Blob for ${repository}: expected ${options.size} bytes, read ${offset}.`,
          )
        : undefined;
  if (problem) {
    await cancel(transport, repository, location);
    throw problem;
  }
  await commit(transport, repository, location, digest, undefined);
  return { digest, size: offset, existed: false };
}

async function commit(
  transport: RegistryTransport,
  repository: string,
  location: string,
  digest: string,
  body: Buffer | undefined,
): Promise<void> {
  const separator = location.includes('?') ? '&' : '?';
  const response = await transport.request({
    method: 'PUT',
    path: `${location}${separator}digest=${encodeURIComponent(digest)}`,
    repository,
    access: 'push',
    headers: body ? { 'content-type': OCTET_STREAM } : {},
    body: body ?? Buffer.alloc(0),
  });
  await discard(response);
  const stored = response.headers['docker-content-digest'];
  if (stored && stored !== digest)
    throw digestMismatch(`Blob upload to ${repository}`, digest, stored);
}

/** Abandon an upload we will not commit; failures here do not matter. */
async function cancel(
  transport: RegistryTransport,
  repository: string,
  location: string,
): Promise<void> {
  try {
    await discard(
      await transport.request({
        method: 'DELETE',
        path: location,
        repository,
        access: 'push',
        expect: [404, 405],
      }),
    );
  } catch {
    // the upload expires on its own
  }
}

function uploadLocation(location: string | undefined, repository: string, step: string): string {
  if (!location) {
    throw new ImprintError(
      'REGISTRY_PROTOCOL',
      `The registry sent no Location header after ${step} of a blob upload to ${repository}.`,
    );
  }
  return location;
}

function* bufferChunks(data: Buffer, size: number): Iterable<Buffer> {
  for (let start = 0; start < data.length; start += size) yield data.subarray(start, start + size);
}

/**
 * Start reading the next chunk while the caller sends this one: without it a stream from
 * another registry sits paused during every PATCH, and download and upload take turns.
 */
async function* readAhead<T>(source: AsyncIterable<T>): AsyncIterable<T> {
  const iterator = source[Symbol.asyncIterator]();
  let next = iterator.next();
  try {
    for (;;) {
      const result = await next;
      if (result.done) return;
      next = iterator.next();
      // Handled here so an upload that fails first leaves no unhandled rejection behind;
      // awaiting it above still throws.
      next.catch(() => undefined);
      yield result.value;
    }
  } finally {
    void iterator.return?.()?.catch?.(() => undefined);
  }
}

/** Re-cut a stream's pieces into chunks of exactly `size` bytes (the last one shorter). */
async function* regroup(
  source: AsyncIterable<Buffer> | Iterable<Buffer>,
  size: number,
): AsyncIterable<Buffer> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  for await (const piece of source) {
    let rest = Buffer.isBuffer(piece) ? piece : Buffer.from(piece);
    while (pendingBytes + rest.length >= size) {
      const take = size - pendingBytes;
      yield Buffer.concat([...pending, rest.subarray(0, take)]);
      rest = rest.subarray(take);
      pending = [];
      pendingBytes = 0;
    }
    if (rest.length > 0) {
      pending.push(rest);
      pendingBytes += rest.length;
    }
  }
  if (pendingBytes > 0) yield Buffer.concat(pending);
}
