/**
 * DigestVerifier's twin for large blobs that pass through (a copy): the hashing runs on a
 * worker thread, so the main thread only moves bytes. Hashing is about half the CPU a copy
 * spends in Node, and the main thread is the one a copy of several blobs at once waits on
 * (crane, in Go, hashes on every core). Same contract: the data flows on as it comes, and the
 * stream fails at its end, before it ends, when the bytes do not hash to `expected`.
 */
import { Transform, type TransformCallback } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { ImprintError } from '../errors.js';
import { algorithmOf, digestMismatch } from './digest.js';

/** Bytes handed to the worker at once: fewer messages, each still small. */
const BATCH_BYTES = 1024 * 1024;
/** Bytes handed over but not hashed yet, past which the stream waits (memory stays bounded). */
const MAX_BEHIND = 16 * 1024 * 1024;

// Plain JavaScript, evaluated as the worker: nothing to bundle or resolve at run time.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const hash = require('node:crypto').createHash(workerData.algorithm);
parentPort.on('message', (bytes) => {
  if (bytes === null) parentPort.postMessage({ digest: hash.digest('hex') });
  else { hash.update(bytes); parentPort.postMessage({ hashed: bytes.byteLength }); }
});
`;

export class WorkerDigestVerifier extends Transform {
  private readonly worker: Worker;
  private readonly algorithm: string;
  private batch: Buffer[] = [];
  private batchBytes = 0;
  private behind = 0;
  private waiting: (() => void) | undefined;
  private finished: ((hex: string) => void) | undefined;

  constructor(
    private readonly expected: string,
    private readonly what: string,
  ) {
    super();
    this.algorithm = algorithmOf(expected);
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { algorithm: this.algorithm },
    });
    this.worker.on('message', (message: { hashed?: number; digest?: string }) => {
      if (message.digest !== undefined) return this.finished?.(message.digest);
      this.behind -= message.hashed ?? 0;
      if (this.behind <= MAX_BEHIND) this.catchUp();
    });
    this.worker.on('error', (error) => this.destroy(hashingFailed(this.what, error)));
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.batch.push(chunk);
    this.batchBytes += chunk.length;
    if (this.batchBytes >= BATCH_BYTES) this.send();
    this.push(chunk);
    if (this.behind <= MAX_BEHIND) return callback();
    this.waiting = callback;
  }

  override _flush(callback: TransformCallback): void {
    this.send();
    this.finished = (hex) => {
      const actual = `${this.algorithm}:${hex}`;
      void this.worker.terminate();
      callback(actual === this.expected ? null : digestMismatch(this.what, this.expected, actual));
    };
    this.worker.postMessage(null);
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    void this.worker.terminate();
    callback(error);
  }

  private send(): void {
    if (this.batchBytes === 0) return;
    // A fresh buffer of its own (concat copies), so it can be moved to the worker, not copied.
    const bytes = Buffer.concat(this.batch, this.batchBytes);
    const owned = bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.length;
    this.worker.postMessage(bytes, owned ? [bytes.buffer] : []);
    this.behind += this.batchBytes;
    this.batch = [];
    this.batchBytes = 0;
  }

  private catchUp(): void {
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.();
  }
}

function hashingFailed(what: string, error: unknown): ImprintError {
  return new ImprintError('INTERNAL', `${what}: the digest check stopped (${String(error)}).`, {
    cause: error,
  });
}
