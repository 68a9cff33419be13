/**
 * Reading HTTP response bodies safely: bounded in size, always either consumed or torn down
 * so keep-alive connections are not left hanging, and every failure while reading turned into
 * a typed error at the point of reading (a reset, a truncated or stalled body is a registry
 * failure, never mistaken for bad content).
 */
import type { Readable } from 'node:stream';
import { ImprintError } from '../errors.js';
import { describeNetworkError } from './retry.js';

/** A body we do not need is drained (to reuse its connection) up to this size, then dropped. */
export const DRAIN_LIMIT = 64 * 1024;
/** …and for at most this long: an endless or trickling body is cut off, not waited for. */
const DRAIN_TIMEOUT_MS = 5_000;

/** REGISTRY_TRANSFER_FAILED for a body that broke off; typed errors pass through unchanged. */
export function transferFailed(what: string, error: unknown, bytesRead?: number): ImprintError {
  if (error instanceof ImprintError) return error;
  const after = bytesRead === undefined ? '' : ` after ${bytesRead} bytes`;
  return new ImprintError(
    'REGISTRY_TRANSFER_FAILED',
    `${what}: the transfer broke off${after} (${describeNetworkError(error)}).`,
    {
      cause: error,
      hint: 'The connection to the registry was reset, cut short or stalled; nothing read from it was used. Run again; if it persists, check the registry and the network.',
    },
  );
}

/** Read a body as text, stopping at `limit` bytes (the rest is not read: the body is dropped). */
export async function readText(body: Readable, limit: number, what: string): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of body) {
      const buffer = chunk as Buffer;
      chunks.push(buffer.subarray(0, limit - size));
      size += buffer.length;
      if (size >= limit) break; // leaving the loop destroys the stream
    }
  } catch (error) {
    throw transferFailed(what, error, size);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export interface CappedRead {
  maxBytes: number;
  /** Content-Length, when the registry sent one: refused up front when it is too large. */
  declaredLength?: number;
  tooLarge: () => ImprintError;
  /** What is being read, for the message when the transfer breaks off. */
  what: string;
}

/** Read a stream, failing as soon as it passes `maxBytes` (never buffering beyond it). */
export async function readCapped(body: Readable, limits: CappedRead): Promise<Buffer> {
  const { maxBytes, declaredLength } = limits;
  if (
    declaredLength !== undefined &&
    Number.isFinite(declaredLength) &&
    declaredLength > maxBytes
  ) {
    abandon(body);
    throw limits.tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of body) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) {
        abandon(body);
        throw limits.tooLarge();
      }
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    throw transferFailed(limits.what, error, size);
  }
  return Buffer.concat(chunks);
}

/** Stop reading a body for good. undici reports the abort as an error: expected here. */
export function abandon(body: Readable): void {
  body.on('error', () => undefined);
  body.destroy();
}

/**
 * Drop a body we do not need: drained so its connection can be reused when it is short and
 * quick, destroyed (costing only the connection) past DRAIN_LIMIT bytes or DRAIN_TIMEOUT_MS.
 */
export async function discard(response: { body: Readable }): Promise<void> {
  const { body } = response;
  if (body.readableEnded || body.destroyed) return;
  await new Promise<void>((resolve) => {
    let size = 0;
    const finish = () => {
      clearTimeout(timer);
      resolve();
    };
    const cutOff = () => {
      abandon(body);
      finish();
    };
    const timer = setTimeout(cutOff, DRAIN_TIMEOUT_MS);
    timer.unref();
    body
      .on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > DRAIN_LIMIT) cutOff();
      })
      .once('end', finish)
      .once('close', finish)
      .once('error', finish);
  });
}
