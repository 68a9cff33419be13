/**
 * Expiry dates in the policy file: `YYYY-MM-DD` means the end of that day (UTC), so an
 * entry written "expires: 2026-12-31" still applies all of New Year's Eve. The same
 * rule as the scan gate's ignore entries (src/scan/gate.ts `ruleExpiry`).
 */

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;

export function parseExpiry(text: string): Date | undefined {
  if (!DATE_ONLY.test(text) && !RFC3339.test(text)) return undefined;
  const time = new Date(DATE_ONLY.test(text) ? `${text}T23:59:59.999Z` : text);
  if (Number.isNaN(time.getTime())) return undefined;
  // Reject dates JavaScript silently rolls over (2026-02-30 → March 2).
  if (DATE_ONLY.test(text) && time.toISOString().slice(0, 10) !== text) return undefined;
  return time;
}

export function isValidExpiry(text: string): boolean {
  return parseExpiry(text) !== undefined;
}

export function isExpired(text: string, now: Date): boolean {
  const expiry = parseExpiry(text);
  // An unreadable expiry cannot keep a waiver alive: fail closed.
  return expiry === undefined || expiry.getTime() < now.getTime();
}

/** A time from evidence (ISO string), or undefined when absent or unreadable. */
export function parseTime(text: string | undefined): Date | undefined {
  if (text === undefined) return undefined;
  const time = new Date(text);
  return Number.isNaN(time.getTime()) ? undefined : time;
}
