/**
 * Time limits that a slow or hostile registry cannot stretch. undici's own timeouts bound the
 * wait for headers and any single pause in a body, so a body that trickles a byte now and then
 * never trips them; a deadline bounds the whole exchange, headers and body together.
 */
import type { Readable } from 'node:stream';
import { ImprintError } from '../errors.js';

/** One request, headers and body: long enough for a large layer on a slow link. */
export const DEFAULT_REQUEST_DEADLINE_MS = 10 * 60_000;

function describeDuration(ms: number): string {
  return ms >= 1000 && ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

export function timedOut(what: string, ms: number, hint: string): ImprintError {
  return new ImprintError(
    'REGISTRY_TIMEOUT',
    `${what} did not finish within ${describeDuration(ms)}.`,
    { hint },
  );
}

/** An abort signal that fires `ms` after it starts, with a REGISTRY_TIMEOUT as its reason. */
export class RequestDeadline {
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;

  constructor(ms: number, what: string) {
    this.timer = setTimeout(
      () =>
        this.controller.abort(
          timedOut(
            what,
            ms,
            'The registry answers too slowly or sends an endless body; check it, or raise the time limit.',
          ),
        ),
      ms,
    );
    this.timer.unref();
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** The timeout error when the deadline has passed. */
  get expired(): ImprintError | undefined {
    return this.signal.aborted ? (this.signal.reason as ImprintError) : undefined;
  }

  clear(): void {
    clearTimeout(this.timer);
  }

  /** Keep the deadline running until the response body is read or dropped. */
  coverBody(body: Readable): void {
    if (body.destroyed || body.readableEnded) this.clear();
    else body.once('close', () => this.clear());
  }
}
