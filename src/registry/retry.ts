/**
 * When and how long to wait before trying a registry request again: exponential backoff
 * with full jitter (AWS architecture blog, "Exponential Backoff And Jitter"), `Retry-After`
 * honoured, and a fixed list of failures worth retrying. Pure apart from the injected clock.
 */

export interface RetryPolicy {
  /** Total attempts, the first one included. */
  attempts: number;
  /** Delay ceiling of the first retry; doubles each time. */
  baseDelayMs: number;
  /** Cap on any single backoff delay. */
  maxDelayMs: number;
  /** Cap on a server's `Retry-After`, so a hostile value cannot stall a pipeline. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  attempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 10_000,
  maxRetryAfterMs: 60_000,
};

/** Full jitter: a uniformly random delay in [0, min(max, base * 2^retry)). `retry` counts from 0. */
export function backoffDelay(
  retry: number,
  policy: RetryPolicy,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.floor(random() * ceiling);
}

/**
 * `Retry-After` as milliseconds to wait: delay-seconds or an HTTP-date (RFC 9110 §10.2.3).
 * Undefined when absent or unreadable; never negative.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!/[a-z]/i.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

/** How long to wait before retry number `retry` (0-based), preferring the server's word. */
export function retryDelay(
  retry: number,
  retryAfter: string | null | undefined,
  policy: RetryPolicy,
  random: () => number = Math.random,
  now: number = Date.now(),
): number {
  const asked = parseRetryAfter(retryAfter, now);
  if (asked !== undefined) return Math.min(asked, policy.maxRetryAfterMs);
  return backoffDelay(retry, policy, random);
}

export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 408 || (status >= 500 && status <= 599 && status !== 501);
}

const RETRYABLE_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
]);
// undici's own codes that are programming or configuration errors, not network weather.
const PERMANENT_UNDICI_CODES = new Set([
  'UND_ERR_INVALID_ARG',
  'UND_ERR_INVALID_RETURN_VALUE',
  'UND_ERR_NOT_SUPPORTED',
  'UND_ERR_ABORTED',
  'UND_ERR_REQ_CONTENT_LENGTH_MISMATCH',
  'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
  'UND_ERR_RES_EXCEEDED_MAX_SIZE',
]);

/** The error code of a network failure, looking through `cause` chains and aggregates. */
function networkErrorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    const nested = (current as { errors?: unknown[] }).errors;
    if (Array.isArray(nested) && nested.length > 0) current = nested[0];
    else current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

export function isRetryableError(error: unknown): boolean {
  const code = networkErrorCode(error);
  if (code === undefined) return false;
  if (RETRYABLE_ERROR_CODES.has(code)) return true;
  return code.startsWith('UND_ERR_') && !PERMANENT_UNDICI_CODES.has(code);
}

/** One readable line for a network failure: its code and the innermost message. */
export function describeNetworkError(error: unknown): string {
  const code = networkErrorCode(error);
  let deepest: unknown = error;
  for (let depth = 0; depth < 5 && (deepest as { cause?: unknown })?.cause; depth += 1) {
    deepest = (deepest as { cause?: unknown }).cause;
  }
  // Duck-typed: errors from Node internals come from another realm under test runners.
  const own = (deepest as { message?: unknown })?.message;
  const raw = typeof own === 'string' && own !== '' ? own : (code ?? String(deepest));
  // OpenSSL's "…:error:0A00010B:SSL routines:func:reason:file:line:" → reason
  const openssl = /:error:[0-9A-F]+:[^:]*:[^:]*:([^:]+):/.exec(raw)?.[1];
  const message = openssl ?? (raw.split('\n')[0] ?? '').trim();
  return code && !message.includes(code) ? `${code} (${message})` : message;
}
