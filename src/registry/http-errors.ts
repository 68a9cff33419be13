/**
 * Turning registry HTTP failures into typed errors with messages a person can act on.
 * Pure: status, request and the registry's error body in; ImprintError out.
 */
import { ImprintError } from '../errors.js';
import { type Access, loginAdvice } from './auth.js';
import { redactUrl } from './http-headers.js';

/** A registry answer with an unexpected status; `status` lets callers react to e.g. 412. */
export class RegistryHttpError extends ImprintError {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super('REGISTRY_ERROR', message);
  }
}

export interface FailedExchange {
  registry: string;
  method: string;
  url: string;
  status: number;
  /** Response body (possibly truncated): distribution's `{"errors":[{code,message,detail}]}`. */
  body: string;
  repository?: string;
  access?: Access;
  /** Where the credentials came from, or undefined when anonymous. */
  credentialSource?: string;
}

/** `MANIFEST_UNKNOWN: manifest unknown` style summary of the registry's error body. */
export function registryErrorDetail(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { errors?: Array<{ code?: unknown; message?: unknown }> };
    const parts = (parsed.errors ?? []).map((e) =>
      [e.code, e.message].filter((x) => typeof x === 'string' && x !== '').join(': '),
    );
    const text = parts.filter(Boolean).join('; ');
    return text === '' ? undefined : text;
  } catch {
    const trimmed = body.trim().split('\n')[0] ?? '';
    return trimmed === '' ? undefined : trimmed.slice(0, 200);
  }
}

export function errorForStatus(exchange: FailedExchange): ImprintError {
  const { registry, method, url, status } = exchange;
  const detail = registryErrorDetail(exchange.body);
  const said = detail ? `; the registry says: ${detail}` : '';
  const where = `HTTP ${status} on ${method} ${url}${said}`;
  const who = exchange.credentialSource
    ? `the credentials from ${exchange.credentialSource}`
    : 'anonymous access (no credentials were found)';
  const what = exchange.repository
    ? `${exchange.access ?? 'pull'} access to ${exchange.repository}`
    : 'access';

  if (status === 401) {
    return new ImprintError(
      'REGISTRY_AUTH_FAILED',
      `Registry ${registry} did not accept ${who} for ${what} (${where}). ${loginAdvice(registry)}`,
    );
  }
  if (status === 403) {
    return new ImprintError(
      'REGISTRY_DENIED',
      `Registry ${registry} denied ${what} to ${who} (${where}).`,
      {
        hint:
          'The account is known but lacks permission: grant it write access to the repository ' +
          '(on GitHub Actions: `permissions: packages: write`; on GitLab: a token with write_registry).',
      },
    );
  }
  if (status === 404) {
    return new ImprintError('REGISTRY_NOT_FOUND', `Not found on registry ${registry} (${where}).`);
  }
  return new RegistryHttpError(status, `Registry ${registry} answered ${where}.`);
}

export function unreachable(
  url: string,
  cause: string,
  attempts: number,
  error?: unknown,
): ImprintError {
  return new ImprintError(
    'REGISTRY_UNREACHABLE',
    `Could not reach ${url} after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${cause}.`,
    {
      ...(error === undefined ? {} : { cause: error }),
      hint: tlsHint(cause) ?? 'Check that the registry host and port are right and that it is up.',
    },
  );
}

/**
 * A paginated answer (referrers, tags) that still names a next page after `pages` pages: the
 * list is incomplete, and what it lacks may be exactly what matters (the newest attestation).
 */
export function tooManyPages(what: string, pages: number, next: string): ImprintError {
  return new ImprintError(
    'REGISTRY_TOO_MANY_PAGES',
    `${what} still had more pages after ${pages} pages (next: ${URL.canParse(next) ? redactUrl(next) : next}); refusing to act on an incomplete list.`,
    {
      hint: 'A registry that pages endlessly is faulty or hostile; if the list is really this long, prune it (old referrers, stale tags).',
    },
  );
}

function tlsHint(cause: string): string | undefined {
  if (/CERT|self[- ]signed|UNABLE_TO_VERIFY|ALTNAME/i.test(cause)) {
    return "The registry's TLS certificate is not trusted: pass its CA certificate (PEM) to imprint.";
  }
  if (/EPROTO|wrong version number|packet length too long/i.test(cause)) {
    return 'The registry may speak plain HTTP: mark it insecure if that is intended.';
  }
  return undefined;
}
