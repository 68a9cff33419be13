import { isImprintError } from '../errors.js';

/**
 * The message of a thrown value. Duck-typed rather than `instanceof Error`: stream and sqlite
 * errors may come from another realm (Node internals under a test VM) and still carry one.
 */
export function detailOf(error: unknown): string {
  if (isImprintError(error)) return error.describe();
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}
