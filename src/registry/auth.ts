/**
 * Registry authentication (distribution token spec, docker/distribution docs/spec/auth):
 * answers `WWW-Authenticate` challenges with Basic credentials, or fetches a Bearer token
 * from the challenge's realm for the scope a request needs, and caches tokens per scope.
 * HTTP goes through the injected `fetchToken`, so retries and TLS settings are shared.
 */
import { ImprintError } from '../errors.js';
import { type Challenge, parseWwwAuthenticate } from './challenge.js';
import type { RegistryCredentials } from './credentials.js';

export type Access = 'pull' | 'push' | 'delete';

export interface Scope {
  repository: string;
  access: Access;
}

export interface TokenRequest {
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
}

/** Performs a token endpoint request; resolves to status and parsed JSON (or undefined). */
export type TokenFetcher = (request: TokenRequest) => Promise<{ status: number; json: unknown }>;

interface CachedToken {
  header: string;
  expiresAt: number;
}

/** Tokens without `expires_in` live 60 s (token spec); renew a little early. */
const DEFAULT_TOKEN_SECONDS = 60;
const RENEW_MARGIN_MS = 10_000;
const CLIENT_ID = 'imprint';

export function scopeString(scope: Scope): string {
  const actions = scope.access === 'push' ? 'pull,push' : scope.access;
  return `repository:${scope.repository}:${actions}`;
}

/** Where a token comes from: `token` (Docker) or `access_token` (OAuth2), with its lifetime. */
export function parseTokenResponse(
  json: unknown,
): { token: string; expiresInSeconds: number } | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const {
    token,
    access_token: accessToken,
    expires_in: expiresIn,
  } = json as Record<string, unknown>;
  const value = typeof token === 'string' && token !== '' ? token : accessToken;
  if (typeof value !== 'string' || value === '') return undefined;
  const seconds =
    typeof expiresIn === 'number' && expiresIn > 0 ? expiresIn : DEFAULT_TOKEN_SECONDS;
  return { token: value, expiresInSeconds: seconds };
}

/** How to give imprint credentials for `registry`, in words a person can follow. */
export function loginAdvice(registry: string): string {
  const github =
    registry === 'ghcr.io'
      ? '; on GitHub Actions pass `registry-password: ${{ secrets.GITHUB_TOKEN }}` and grant `permissions: packages: write`'
      : '; on GitHub Actions a GITHUB_TOKEN needs `permissions: packages: write` for ghcr.io';
  return `Log in with \`docker login ${registry}\`, or set the registry-username and registry-password inputs${github}.`;
}

export class Authenticator {
  private scheme: 'basic' | 'bearer' | undefined;
  private bearer: Challenge['params'] | undefined;
  private readonly tokens = new Map<string, CachedToken>();
  /**
   * Token requests in flight, by the scopes they ask for: the images verified at once all
   * need the same repository's token at the same moment, and one request serves them all.
   */
  private readonly inFlight = new Map<string, Promise<string>>();

  constructor(
    readonly registry: string,
    private readonly credentials: RegistryCredentials | undefined,
    private readonly fetchToken: TokenFetcher,
    private readonly now: () => number = Date.now,
  ) {}

  /** The Authorization header to send up front, when an earlier challenge taught us how. */
  async authorizationFor(scope: Scope | undefined): Promise<string | undefined> {
    if (this.scheme === 'basic') return this.basicHeader();
    if (this.scheme !== 'bearer' || !scope) return undefined;
    return this.cachedToken(scope) ?? (await this.requestToken(scope, undefined));
  }

  /**
   * After a 401: the header to retry with, or undefined when there is nothing new to try
   * (the caller then reports the failure). `sent` is the header the 401 answered.
   */
  async respondTo(
    wwwAuthenticate: string | undefined,
    scope: Scope | undefined,
    sent: string | undefined,
  ): Promise<string | undefined> {
    const challenges = parseWwwAuthenticate(wwwAuthenticate ?? '');
    const bearer = challenges.find((c) => c.scheme === 'bearer');
    if (bearer?.params.realm) {
      this.scheme = 'bearer';
      this.bearer = bearer.params;
      // Another request may have fetched a token for this scope since `sent` went out; a
      // challenge naming a scope of its own needs a token that asks for it.
      const asksOnlyFor =
        !bearer.params.scope || (scope && bearer.params.scope === scopeString(scope));
      const fresh = scope && asksOnlyFor ? this.cachedToken(scope) : undefined;
      if (fresh !== undefined && fresh !== sent) return fresh;
      if (scope) this.tokens.delete(scopeString(scope));
      const header = await this.requestToken(scope, bearer.params.scope, sent);
      return header === sent ? undefined : header;
    }
    if (challenges.some((c) => c.scheme === 'basic')) {
      this.scheme = 'basic';
      const header = this.basicHeader();
      return header === sent ? undefined : header;
    }
    return undefined;
  }

  private basicHeader(): string | undefined {
    const { username, password } = this.credentials ?? {};
    if (username === undefined || password === undefined) return undefined;
    return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  }

  private cachedToken(scope: Scope): string | undefined {
    // A pull,push token also serves reads of the same repository.
    const candidates =
      scope.access === 'pull' ? [scope, { ...scope, access: 'push' as const }] : [scope];
    for (const candidate of candidates) {
      const cached = this.tokens.get(scopeString(candidate));
      if (cached && cached.expiresAt > this.now()) return cached.header;
    }
    return undefined;
  }

  /**
   * A token for the scope (and the challenge's own scope), shared with a request for the same
   * scopes already in flight unless that one would bring back `refused`, the token a 401 just
   * turned down.
   */
  private async requestToken(
    scope: Scope | undefined,
    challengeScope: string | undefined,
    refused?: string,
  ): Promise<string> {
    const scopes = [
      ...new Set([scope ? scopeString(scope) : undefined, challengeScope].filter(isText)),
    ];
    const key = scopes.join(' ');
    const pending = this.inFlight.get(key);
    if (pending) {
      const header = await pending;
      if (header !== refused) return header;
    }
    const request = this.fetchNewToken(scope, scopes).finally(() => {
      if (this.inFlight.get(key) === request) this.inFlight.delete(key);
    });
    this.inFlight.set(key, request);
    return request;
  }

  private async fetchNewToken(scope: Scope | undefined, scopes: string[]): Promise<string> {
    const params = this.bearer ?? {};
    const realm = params.realm ?? '';
    const query = new URLSearchParams();
    if (params.service) query.set('service', params.service);
    const request = this.tokenRequest(realm, query, scopes);
    const { status, json } = await this.fetchToken(request);
    if (status === 401 || status === 403) {
      throw this.tokenRejected(status, realm);
    }
    if (status < 200 || status > 299) {
      throw new ImprintError(
        'REGISTRY_ERROR',
        `The token service of ${this.registry} (${realm}) answered HTTP ${status}.`,
      );
    }
    const parsed = parseTokenResponse(json);
    if (!parsed) {
      throw new ImprintError(
        'REGISTRY_PROTOCOL',
        `The token service of ${this.registry} (${realm}) returned no "token" or "access_token".`,
      );
    }
    const header = `Bearer ${parsed.token}`;
    const expiresAt = this.now() + parsed.expiresInSeconds * 1000 - RENEW_MARGIN_MS;
    if (scope) this.tokens.set(scopeString(scope), { header, expiresAt });
    return header;
  }

  private tokenRequest(realm: string, query: URLSearchParams, scopes: string[]): TokenRequest {
    const identityToken = this.credentials?.identityToken;
    if (identityToken) {
      // OAuth2 refresh-token grant, as Docker does with an identity token.
      const form = new URLSearchParams(query);
      form.set('grant_type', 'refresh_token');
      form.set('client_id', CLIENT_ID);
      form.set('refresh_token', identityToken);
      if (scopes.length > 0) form.set('scope', scopes.join(' '));
      return {
        url: realm,
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form.toString(),
      };
    }
    for (const scope of scopes) query.append('scope', scope);
    const basic = this.basicHeader();
    const separator = realm.includes('?') ? '&' : '?';
    return {
      url: `${realm}${separator}${query.toString()}`,
      method: 'GET',
      headers: basic ? { authorization: basic } : {},
    };
  }

  private tokenRejected(status: number, realm: string): ImprintError {
    const who = this.credentials
      ? `the credentials from ${this.credentials.source}`
      : 'anonymous access';
    return new ImprintError(
      'REGISTRY_AUTH_FAILED',
      `Registry ${this.registry} refused ${who}: its token service ${realm} answered HTTP ${status}. ` +
        loginAdvice(this.registry),
    );
  }
}

function isText(value: string | undefined): value is string {
  return typeof value === 'string' && value !== '';
}
