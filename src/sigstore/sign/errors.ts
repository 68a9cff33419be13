/**
 * @sigstore/sign's errors → ImprintError, naming the service that failed and its URL. Its
 * messages are never passed through unfiltered: one of them embeds the identity token.
 */
import { ImprintError, isImprintError, messageOf } from '../../errors.js';
import { PUBLIC_GOOD_URLS } from '../instances.js';
import type { SigstoreEndpoints } from './endpoints.js';

type Service = 'Fulcio' | 'Rekor' | 'the timestamp authority';

const SERVICE_BY_CODE: Record<string, Service> = {
  CA_CREATE_SIGNING_CERTIFICATE_ERROR: 'Fulcio',
  TLOG_CREATE_ENTRY_ERROR: 'Rekor',
  TLOG_FETCH_ENTRY_ERROR: 'Rekor',
  TSA_CREATE_TIMESTAMP_ERROR: 'the timestamp authority',
};

const WHAT_FAILED: Record<Service, string> = {
  Fulcio: 'did not issue a signing certificate',
  Rekor: 'did not log the signature',
  'the timestamp authority': 'did not timestamp the signature',
};

interface SigstoreLibraryError {
  code?: string;
  cause?: unknown;
}

export function toSigningError(
  error: unknown,
  endpoints: SigstoreEndpoints,
  attempts: number,
  secrets: string[],
): ImprintError {
  const redact = (text: string) => secrets.reduce((t, s) => (s ? t.split(s).join('***') : t), text);
  if (isImprintError(error)) return error;
  const { code, cause } = (error ?? {}) as SigstoreLibraryError;
  if (code === 'IDENTITY_TOKEN_READ_ERROR' && isImprintError(cause)) return cause;
  if (code === 'IDENTITY_TOKEN_PARSE_ERROR') {
    return new ImprintError(
      'IDENTITY_TOKEN_INVALID',
      'The identity token has no subject: it carries neither a verified "email" nor a "sub" claim.',
      { hint: 'use the ID token your CI platform issues for the job' },
    );
  }
  const service = code ? SERVICE_BY_CODE[code] : undefined;
  if (!service) {
    return new ImprintError('SIGNING_FAILED', `Signing failed: ${redact(messageOf(error))}`, {
      cause: error,
    });
  }
  const url = urlOf(service, endpoints);
  const { detail, transient } = describeCause(cause);
  const tries = transient ? ` (gave up after ${attempts} attempts)` : '';
  return new ImprintError(
    'SIGNING_FAILED',
    `${service} at ${url} ${WHAT_FAILED[service]}: ${redact(detail)}${tries}.`,
    { cause: error, hint: hintFor(service, url, transient, endpoints) },
  );
}

function urlOf(service: Service, endpoints: SigstoreEndpoints): string {
  if (service === 'Fulcio') return endpoints.fulcioUrl ?? '(no Fulcio URL)';
  if (service === 'Rekor') return endpoints.rekorUrl ?? '(no Rekor URL)';
  return endpoints.tsaUrl ?? '(no TSA URL)';
}

/** An HTTP status with the service's own message, or the network reason. */
function describeCause(cause: unknown): { detail: string; transient: boolean } {
  // Read by shape: these errors come from @sigstore/sign's fetch stack, possibly another realm.
  const { statusCode, code, message } = (cause ?? {}) as Record<string, unknown>;
  const text = typeof message === 'string' ? message : String(cause);
  if (typeof statusCode === 'number') {
    const said = text.replace(/^\(\d+\)\s*/, '');
    const transient = statusCode >= 500 || statusCode === 408 || statusCode === 429;
    return { detail: `HTTP ${statusCode}${said ? ` ${said}` : ''}`, transient };
  }
  return { detail: `unreachable (${typeof code === 'string' ? code : text})`, transient: true };
}

function hintFor(
  service: Service,
  url: string,
  transient: boolean,
  endpoints: SigstoreEndpoints,
): string {
  if (transient) {
    const status =
      endpoints.instance === 'public-good'
        ? `; Sigstore posts outages at ${PUBLIC_GOOD_URLS.status}`
        : '';
    return `check that ${url} is reachable from this runner and re-run${status}`;
  }
  if (service === 'Fulcio') {
    return 'Fulcio refused the request: the token\'s issuer must be one Fulcio trusts, its audience "sigstore"';
  }
  return `${service} refused the request; its answer above says why`;
}
