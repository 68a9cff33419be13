/**
 * Blob uploads (OCI distribution spec, "Pushing blobs"): skip when the registry has the
 * blob, POST+PUT for a buffer, POST + PATCH chunks (Content-Range) + PUT for streams and
 * for data larger than the chunk size. Chunks are buffered so a retry can resend them.
 */
import { createHash } from 'node:crypto';
import { pipeline, type Readable, Transform } from 'node:stream';
import { ImprintError } from '../errors.js';
import { digestMismatch, sha256Digest } from './digest.js';
import { discard } from './body.js';
import { bufferChunks, readAhead, regroup } from './chunks.js';
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
  /**
   * A stream of known `size` goes up in one PATCH, straight from the stream (as crane does):
   * no chunk is buffered, so nothing is copied in memory and the registry does its per-PATCH
   * work once. Such a request cannot be retried; the caller starts over (copy downloads the
   * blob again). Default: PATCH chunks of `chunkSize`, each retried on its own.
   */
  oneRequest?: boolean;
  /** The caller has just seen the registry lack the blob: do not ask again. */
  knownMissing?: boolean;
}

export interface PushedBlob {
  digest: string;
  size: number;
  /** True when the registry already had it and nothing was uploaded. */
  existed: boolean;
}

const DEFAULT_CHUNK_SIZE = 8 * 1024 * 1024;
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
  const existing =
    options.digest && !options.knownMissing
      ? await statBlob(transport, repository, options.digest)
      : undefined;
  if (options.digest && existing) {
    data.destroy(); // the registry has it: do not read what would be thrown away
    return { digest: options.digest, size: existing.size, existed: true };
  }
  const location = await startUpload(transport, repository);
  if (options.oneRequest && options.digest !== undefined && options.size !== undefined) {
    return uploadInOneRequest(transport, repository, location, data, {
      digest: options.digest,
      size: options.size,
      verified: options.streamVerifiesDigest === true,
    });
  }
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

/**
 * One streamed PATCH with the blob's length, then the PUT that commits it. The registry
 * checks the digest on commit; the stream is also checked here (hashed, unless it verifies
 * itself), and a stream that failed, even after the registry answered, is never committed.
 */
async function uploadInOneRequest(
  transport: RegistryTransport,
  repository: string,
  firstLocation: string,
  data: Readable,
  expected: { digest: string; size: number; verified: boolean },
): Promise<PushedBlob> {
  let failure: Error | undefined;
  const hash = expected.verified ? undefined : createHash('sha256');
  let sent = 0;
  // Counts (and hashes) what goes out, without taking the data from the request.
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      sent += chunk.length;
      hash?.update(chunk);
      callback(null, chunk);
    },
  });
  // pipeline, not pipe: a stream that already failed (a small blob whose digest check fails
  // before the upload starts) still fails the request instead of leaving it waiting.
  // Only the source's own failure is kept: a request that failed says so itself.
  pipeline(data, meter, () => {
    if (data.errored) failure ??= data.errored;
  });
  let location = firstLocation;
  try {
    const response = await transport.request({
      method: 'PATCH',
      path: location,
      repository,
      access: 'push',
      headers: { 'content-type': OCTET_STREAM, 'content-length': String(expected.size) },
      body: meter,
    });
    await discard(response);
    location = uploadLocation(response.headers.location, repository, 'PATCH');
  } catch (error) {
    data.destroy(); // stop the download this upload was fed by
    await cancel(transport, repository, location);
    throw failure ?? error;
  }
  const digest = hash ? `sha256:${hash.digest('hex')}` : expected.digest;
  const problem =
    failure ??
    (digest !== expected.digest
      ? digestMismatch(`Blob for ${repository}`, expected.digest, digest)
      : sent !== expected.size
        ? new ImprintError(
            'DIGEST_MISMATCH',
            `Blob for ${repository}: expected ${expected.size} bytes, read ${sent}.`,
          )
        : undefined);
  if (problem) {
    await cancel(transport, repository, location);
    throw problem;
  }
  await commit(transport, repository, location, expected.digest, undefined);
  return { digest: expected.digest, size: sent, existed: false };
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
