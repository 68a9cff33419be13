/**
 * The HTTP layer under the registry client: one per registry host. It adds credentials
 * when challenged, retries what is worth retrying, follows redirects, and turns failures into
 * typed errors. Credentials go to the registry's origin only: not to another origin a `Link`,
 * an upload `Location` or a redirect names, and nothing leaves https for plain http.
 * Every exchange has a deadline covering its body too, so a trickling body cannot hang a run.
 *
 * Scheme: https unless `insecure` is set, in which case plain http is used. The transport does
 * not choose: the registry pool asks scheme.ts (insecure-registries, or a registry on this
 * machine that does not speak TLS), once, before the first request.
 */
import { rootCertificates } from 'node:tls';
import type { Readable } from 'node:stream';
import { Agent, request as undiciRequest } from 'undici';
import { ImprintError } from '../errors.js';
import { type Access, Authenticator, type Scope, type TokenRequest } from './auth.js';
import type { RegistryCredentials } from './credentials.js';
import { errorForStatus, unreachable } from './http-errors.js';
import { discard, readText } from './body.js';
import { DEFAULT_REQUEST_DEADLINE_MS, RequestDeadline } from './deadline.js';
import { onRegistryOrigin, refuseDowngrade } from './origin.js';
import { flattenHeaders, redactHeaders, redactUrl } from './http-headers.js';
import { registryApiHost } from './reference.js';
import {
  DEFAULT_RETRY_POLICY,
  describeNetworkError,
  isRetryableError,
  isRetryableStatus,
  retryDelay,
  type RetryPolicy,
} from './retry.js';

export interface TransportOptions {
  credentials?: RegistryCredentials;
  /** Use plain HTTP for this registry. */
  insecure?: boolean;
  /** Extra CA certificates (PEM) trusted in addition to Node's bundled roots. */
  caCertificates?: string[];
  retry?: Partial<RetryPolicy>;
  /** Time allowed for response headers, and for any pause in a body. Default 60 s. */
  timeoutMs?: number;
  /** Time allowed for a whole exchange, body included. Default 10 min. */
  requestDeadlineMs?: number;
  /** Called before every HTTP request (token requests and redirects included). */
  onRequest?: (method: string, url: string) => void;
  /** Debug lines; Authorization values are always redacted before they get here. */
  log?: (line: string) => void;
  /** Injected for tests: how to wait, and the randomness of the jitter. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export interface RegistryRequest {
  method: string;
  /** `/v2/...` relative to the registry, or an absolute URL (upload Locations). */
  path: string;
  repository?: string;
  access?: Access;
  headers?: Record<string, string>;
  /**
   * Buffers can be sent again (a retry, an auth round trip). A stream is sent once, with no
   * retry and no second try after a 401: the caller starts over from the data's source (a
   * blob copy downloads it again). Give its length in a content-length header.
   */
  body?: Buffer | string | Readable;
  /** Non-2xx statuses the caller handles itself (e.g. 404 on HEAD). */
  expect?: number[];
  /** Follow 3xx (blob downloads redirect to storage). */
  followRedirects?: boolean;
}

export interface RegistryResponse {
  status: number;
  /** Lowercase names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  body: Readable;
  url: string;
}

const DEFAULT_TIMEOUT_MS = 60_000;
const MAX_REDIRECTS = 5;
const ERROR_BODY_LIMIT = 64 * 1024;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export class RegistryTransport {
  readonly baseUrl: string;
  private readonly auth: Authenticator;
  private readonly dispatcher: Agent;
  private readonly policy: RetryPolicy;
  private readonly timeoutMs: number;
  private readonly requestDeadlineMs: number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(
    readonly registry: string,
    private readonly options: TransportOptions = {},
  ) {
    this.baseUrl = `${options.insecure ? 'http' : 'https'}://${registryApiHost(registry)}`;
    this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.requestDeadlineMs = options.requestDeadlineMs ?? DEFAULT_REQUEST_DEADLINE_MS;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const ca = options.caCertificates?.length
      ? [...rootCertificates, ...options.caCertificates]
      : undefined;
    this.dispatcher = new Agent({ connect: ca ? { ca } : {} });
    this.auth = new Authenticator(registry, options.credentials, (request) =>
      this.fetchToken(request),
    );
  }

  async request(request: RegistryRequest): Promise<RegistryResponse> {
    const target = new URL(request.path, this.baseUrl);
    refuseDowngrade(this.baseUrl, target, `A URL from registry ${this.registry}`);
    const url = target.toString();
    const scope: Scope | undefined = request.repository
      ? { repository: request.repository, access: request.access ?? 'pull' }
      : undefined;
    // A Link or Location on another origin is followed, but never with our credentials.
    const onRegistry = onRegistryOrigin(this.baseUrl, target);
    const response = await this.withRetries(
      request.method,
      url,
      request.expect,
      () =>
        onRegistry ? this.authorized(request, url, scope) : this.send(request, url, undefined),
      sentOnce(request.body) ? 1 : this.policy.attempts,
    );
    return this.check(response, request, scope);
  }

  async close(): Promise<void> {
    await this.dispatcher.close();
  }

  /** Close now, aborting whatever is still in flight (requests nobody waits for any more). */
  async destroy(): Promise<void> {
    await this.dispatcher.destroy();
  }

  private async authorized(
    request: RegistryRequest,
    url: string,
    scope: Scope | undefined,
  ): Promise<RegistryResponse> {
    const sent = await this.auth.authorizationFor(scope);
    let response = await this.send(request, url, sent);
    if (response.status === 401 && !sentOnce(request.body)) {
      const retryWith = await this.auth.respondTo(
        response.headers['www-authenticate'],
        scope,
        sent,
      );
      if (retryWith !== undefined) {
        await discard(response);
        response = await this.send(request, url, retryWith);
      }
    }
    return response;
  }

  /** One exchange, following redirects when asked; Authorization stays on the registry's origin. */
  private async send(
    request: RegistryRequest,
    url: string,
    authorization: string | undefined,
  ): Promise<RegistryResponse> {
    let current = new URL(url);
    let method = request.method;
    let body = request.body;
    for (let hop = 0; ; hop += 1) {
      const onRegistry = onRegistryOrigin(this.baseUrl, current);
      const headers = {
        ...request.headers,
        ...(authorization && onRegistry ? { authorization } : {}),
      };
      const response = await this.exchange(method, current.toString(), headers, body);
      const location = response.headers.location;
      if (
        !request.followRedirects ||
        sentOnce(body) ||
        !REDIRECTS.has(response.status) ||
        !location ||
        hop >= MAX_REDIRECTS
      ) {
        return response;
      }
      await discard(response);
      current = new URL(location, current);
      refuseDowngrade(this.baseUrl, current, `A redirect from registry ${this.registry}`);
      if (response.status === 303) {
        method = 'GET';
        body = undefined;
      }
    }
  }

  private async exchange(
    method: string,
    url: string,
    headers: Record<string, string>,
    body: RegistryRequest['body'],
  ): Promise<RegistryResponse> {
    this.options.onRequest?.(method, url);
    const deadline = new RequestDeadline(this.requestDeadlineMs, `${method} ${redactUrl(url)}`);
    let response;
    try {
      response = await undiciRequest(url, {
        method,
        headers,
        ...(body === undefined ? {} : { body }),
        dispatcher: this.dispatcher,
        headersTimeout: this.timeoutMs,
        bodyTimeout: this.timeoutMs,
        signal: deadline.signal,
      });
    } catch (error) {
      deadline.clear();
      throw deadline.expired ?? error;
    }
    deadline.coverBody(response.body);
    this.options.log?.(
      `${method} ${redactUrl(url)} ${JSON.stringify(redactHeaders(headers))} -> ${response.statusCode}`,
    );
    return {
      status: response.statusCode,
      headers: flattenHeaders(response.headers),
      body: response.body,
      url,
    };
  }

  private async withRetries(
    method: string,
    url: string,
    expect: number[] | undefined,
    attempt: () => Promise<RegistryResponse>,
    attempts = this.policy.attempts,
  ): Promise<RegistryResponse> {
    for (let retry = 0; ; retry += 1) {
      const last = retry + 1 >= attempts;
      let response: RegistryResponse;
      try {
        response = await attempt();
      } catch (error) {
        if (error instanceof ImprintError) throw error;
        const cause = describeNetworkError(error);
        if (last || !isRetryableError(error))
          throw unreachable(`${method} ${url}`, cause, retry + 1, error);
        await this.pause(retry, undefined, cause);
        continue;
      }
      if (!isRetryableStatus(response.status) || expect?.includes(response.status)) return response;
      const cause = `HTTP ${response.status}`;
      if (last) {
        await discard(response);
        throw unreachable(`${method} ${url}`, cause, retry + 1);
      }
      await discard(response);
      await this.pause(retry, response.headers['retry-after'], cause);
    }
  }

  private async pause(retry: number, retryAfter: string | undefined, cause: string): Promise<void> {
    const delay = retryDelay(retry, retryAfter, this.policy, this.options.random);
    this.options.log?.(`retrying in ${delay} ms after ${cause}`);
    await this.sleep(delay);
  }

  private async fetchToken(request: TokenRequest): Promise<{ status: number; json: unknown }> {
    refuseDowngrade(
      this.baseUrl,
      new URL(request.url),
      `The token realm of registry ${this.registry}`,
    );
    const response = await this.withRetries(request.method, request.url, undefined, () =>
      this.exchange(request.method, request.url, request.headers, request.body),
    );
    const text = await readText(
      response.body,
      ERROR_BODY_LIMIT,
      `The token service of ${this.registry}`,
    );
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, json };
  }

  private async check(
    response: RegistryResponse,
    request: RegistryRequest,
    scope: Scope | undefined,
  ): Promise<RegistryResponse> {
    const { status } = response;
    if ((status >= 200 && status < 400) || request.expect?.includes(status)) return response;
    // The error body only adds detail: one that breaks off or runs long does not hide the status.
    const body = await readText(response.body, ERROR_BODY_LIMIT, 'error body').catch(() => '');
    if (status === 401 && !onRegistryOrigin(this.baseUrl, new URL(response.url))) {
      throw new ImprintError(
        'REGISTRY_AUTH_FAILED',
        `${request.method} ${redactUrl(response.url)}, a URL registry ${this.registry} named on another origin, asks for credentials (HTTP 401); imprint sends credentials to ${this.baseUrl} only.`,
        {
          hint: 'A registry that sends clients elsewhere for pages or uploads must serve them from its own origin; check the registry (or a proxy in front of it).',
        },
      );
    }
    throw errorForStatus({
      registry: this.registry,
      method: request.method,
      url: response.url,
      status,
      body,
      ...(scope ? { repository: scope.repository, access: scope.access } : {}),
      ...(this.options.credentials ? { credentialSource: this.options.credentials.source } : {}),
    });
  }
}

/** A body that cannot be sent a second time. */
function sentOnce(body: RegistryRequest['body']): boolean {
  return body !== undefined && typeof body !== 'string' && !Buffer.isBuffer(body);
}
