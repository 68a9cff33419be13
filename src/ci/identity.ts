/**
 * The OIDC identity token keyless signing trades for a Fulcio certificate, from wherever the CI
 * platform puts it (its adapter names the sources): an explicit `identity-token` input,
 * `SIGSTORE_ID_TOKEN` (GitLab's `id_tokens:`), or GitHub's token endpoint. The token is decoded
 * (not verified: Fulcio does that) to fail early, with a fix, on a wrong audience or an expired
 * token. It is never logged: it is registered as a secret the moment it is read.
 */
import { ImprintError } from '../errors.js';
import type { CiPlatform } from './platform.js';

const SIGSTORE_AUDIENCE = 'sigstore';
/** A token with less time left than this is fetched again before use. */
const MIN_REMAINING_MS = 60_000;
const GITHUB_ATTEMPTS = 3;
const GITHUB_BACKOFF_MS = 250;

export type TokenSource = 'input' | 'SIGSTORE_ID_TOKEN' | 'github';

export interface IdentityTokenClaims {
  iss: string;
  sub?: string;
  aud: string[];
  /** Expiry, seconds since the epoch. */
  exp: number;
  [claim: string]: unknown;
}

export interface IdentityToken {
  token: string;
  claims: IdentityTokenClaims;
  source: TokenSource;
}

export interface IdentityTokenOptions {
  /** The `identity-token` input / `--identity-token` flag. */
  identityToken?: string;
  /** Where the job's token comes from, and what to say when there is none. */
  platform: Pick<CiPlatform, 'tokenSources' | 'missingTokenMessage' | 'maskSecret'>;
  /** Registers a secret with the log masker; defaults to the platform's (GitHub masks). */
  maskSecret?: (secret: string) => void;
  fetch?: typeof fetch;
  now?: () => number;
}

export async function getIdentityToken(options: IdentityTokenOptions): Promise<IdentityToken> {
  const { platform } = options;
  const mask = options.maskSecret ?? ((secret: string) => platform.maskSecret(secret));
  const now = options.now ?? Date.now;
  const found = await findToken(options, mask);
  if (!found) throw new ImprintError('IDENTITY_TOKEN_MISSING', platform.missingTokenMessage());
  mask(found.token);
  return { ...found, claims: decodeIdentityToken(found.token, found.source, now()) };
}

/**
 * A provider for @sigstore/sign's FulcioSigner: hands out the same token while it has a minute
 * left, and fetches a fresh one after (GitHub tokens live minutes; a publish can take longer).
 */
export function createIdentityProvider(options: IdentityTokenOptions): {
  getToken(): Promise<string>;
} {
  const now = options.now ?? Date.now;
  let current: IdentityToken | undefined;
  return {
    async getToken() {
      if (!current || current.claims.exp * 1000 - now() < MIN_REMAINING_MS) {
        current = await getIdentityToken(options);
      }
      return current.token;
    },
  };
}

async function findToken(
  options: IdentityTokenOptions,
  mask: (secret: string) => void,
): Promise<{ token: string; source: TokenSource } | undefined> {
  const explicit = options.identityToken?.trim();
  if (explicit) return { token: explicit, source: 'input' };
  const { sigstoreIdToken, githubRequest } = options.platform.tokenSources;
  if (sigstoreIdToken) return { token: sigstoreIdToken, source: 'SIGSTORE_ID_TOKEN' };
  if (githubRequest) {
    mask(githubRequest.token);
    const token = await requestGitHubToken(
      githubRequest.url,
      githubRequest.token,
      options.fetch ?? fetch,
    );
    return { token, source: 'github' };
  }
  return undefined;
}

/** GitHub's endpoint: `GET $ACTIONS_ID_TOKEN_REQUEST_URL&audience=sigstore` → `{value}`. */
async function requestGitHubToken(
  requestUrl: string,
  requestToken: string,
  fetchImpl: typeof fetch,
): Promise<string> {
  const url = new URL(requestUrl);
  url.searchParams.append('audience', SIGSTORE_AUDIENCE);
  let lastProblem = '';
  for (let attempt = 1; attempt <= GITHUB_ATTEMPTS; attempt += 1) {
    if (attempt > 1) await sleep(GITHUB_BACKOFF_MS * 2 ** (attempt - 2));
    let response: Response;
    try {
      response = await fetchImpl(url, {
        headers: { accept: 'application/json', authorization: `bearer ${requestToken}` },
      });
    } catch (error) {
      lastProblem = networkProblem(error);
      continue;
    }
    if (response.ok) return tokenFromBody(await response.text(), url.origin);
    lastProblem = `HTTP ${response.status}`;
    if (response.status < 500) {
      throw new ImprintError(
        'IDENTITY_TOKEN_MISSING',
        `GitHub's token service (${url.origin}) refused the OIDC token request: ${lastProblem}. ` +
          'The job needs "permissions: id-token: write".',
        { hint: 'add "permissions: id-token: write" to the job that runs imprint' },
      );
    }
  }
  throw new ImprintError(
    'IDENTITY_TOKEN_MISSING',
    `GitHub's token service (${url.origin}) did not hand out an OIDC token after ` +
      `${GITHUB_ATTEMPTS} attempts: ${lastProblem}.`,
    { hint: 'this is usually a passing GitHub outage: re-run the job' },
  );
}

function tokenFromBody(body: string, origin: string): string {
  let value: unknown;
  try {
    value = (JSON.parse(body) as { value?: unknown }).value;
  } catch {
    value = undefined;
  }
  if (typeof value !== 'string' || value === '') {
    throw new ImprintError(
      'IDENTITY_TOKEN_INVALID',
      `GitHub's token service (${origin}) answered without a token (expected JSON {"value": "<jwt>"}).`,
    );
  }
  return value;
}

const SOURCE_NAMES: Record<TokenSource, string> = {
  input: 'the identity-token input',
  SIGSTORE_ID_TOKEN: 'SIGSTORE_ID_TOKEN',
  github: "GitHub's token service",
};

const AUDIENCE_FIX: Record<TokenSource, string> = {
  input: 'mint the token for audience "sigstore"',
  SIGSTORE_ID_TOKEN:
    'on GitLab, declare it as id_tokens: SIGSTORE_ID_TOKEN: aud: sigstore in the job',
  github: 'imprint asks GitHub for audience "sigstore"; check ACTIONS_ID_TOKEN_REQUEST_URL',
};

/** Reads the claims of a JWT without verifying it, and checks what Fulcio will check. */
export function decodeIdentityToken(
  token: string,
  source?: TokenSource,
  nowMs: number = Date.now(),
): IdentityTokenClaims {
  const from = source ? SOURCE_NAMES[source] : 'the identity provider';
  const claims = payloadOf(token);
  if (!claims) {
    throw new ImprintError(
      'IDENTITY_TOKEN_INVALID',
      `The identity token from ${from} is not a JWT (expected three base64url parts joined by dots, the middle one a JSON object).`,
      { hint: 'pass the raw OIDC ID token, not a file name or a quoted string' },
    );
  }
  const audiences = typeof claims.aud === 'string' ? [claims.aud] : claims.aud;
  if (!Array.isArray(audiences) || !audiences.includes(SIGSTORE_AUDIENCE)) {
    throw new ImprintError(
      'IDENTITY_TOKEN_INVALID',
      `The identity token from ${from} is for audience ${JSON.stringify(claims.aud ?? null)}; ` +
        `Fulcio accepts only tokens for "${SIGSTORE_AUDIENCE}".`,
      { hint: AUDIENCE_FIX[source ?? 'input'] },
    );
  }
  if (typeof claims.exp !== 'number') {
    throw new ImprintError(
      'IDENTITY_TOKEN_INVALID',
      `The identity token from ${from} has no exp claim.`,
    );
  }
  if (claims.exp * 1000 <= nowMs) {
    const ago = Math.round((nowMs - claims.exp * 1000) / 1000);
    throw new ImprintError(
      'IDENTITY_TOKEN_INVALID',
      `The identity token from ${from} expired at ${new Date(claims.exp * 1000).toISOString()} (${ago} s ago).`,
      { hint: 'ID tokens live minutes: obtain it in the job that signs, right before signing' },
    );
  }
  if (typeof claims.iss !== 'string' || claims.iss === '') {
    throw new ImprintError(
      'IDENTITY_TOKEN_INVALID',
      `The identity token from ${from} has no iss claim.`,
    );
  }
  return { ...claims, iss: claims.iss, aud: audiences as string[], exp: claims.exp };
}

function payloadOf(token: string): Record<string, unknown> | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  try {
    const payload: unknown = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
    return payload && typeof payload === 'object' && !Array.isArray(payload)
      ? (payload as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * fetch's "fetch failed" hides the reason (ECONNREFUSED, …) in its cause. Read by shape, not
 * `instanceof`: fetch's errors may come from another realm (a VM context).
 */
function networkProblem(error: unknown): string {
  const { message, cause } = (error ?? {}) as { message?: unknown; cause?: { message?: unknown } };
  if (typeof cause?.message === 'string') return cause.message;
  return typeof message === 'string' ? message : String(error);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
