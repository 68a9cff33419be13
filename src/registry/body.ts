/**
 * Reading HTTP response bodies safely: bounded, and always either consumed or torn down
 * so keep-alive connections are not left hanging.
 */
import type { Readable } from 'node:stream';
import type { ImprintError } from '../errors.js';

/** Read a body as text, stopping at `limit` bytes (the rest is discarded). */
export async function readText(body: Readable, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const buffer = chunk as Buffer;
    if (size < limit) chunks.push(buffer.subarray(0, limit - size));
    size += buffer.length;
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Read a stream, failing as soon as it passes `maxBytes` (never buffering beyond it). */
export async function readCapped(
  body: Readable,
  maxBytes: number,
  declaredLength: number | undefined,
  tooLarge: () => ImprintError,
): Promise<Buffer> {
  if (
    declaredLength !== undefined &&
    Number.isFinite(declaredLength) &&
    declaredLength > maxBytes
  ) {
    abandon(body);
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      abandon(body);
      throw tooLarge();
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Stop reading a body for good. undici reports the abort as an error: expected here. */
export function abandon(body: Readable): void {
  body.on('error', () => undefined);
  body.destroy();
}

/** Drain and drop a body we do not need (so its connection can be reused). */
export async function discard(response: { body: Readable }): Promise<void> {
  response.body.resume();
  await new Promise<void>((resolve) => {
    if (response.body.readableEnded || response.body.destroyed) resolve();
    else
      response.body
        .once('close', resolve)
        .once('end', resolve)
        .once('error', () => resolve());
  });
}
