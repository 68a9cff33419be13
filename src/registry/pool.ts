/**
 * The one way imprint opens registry clients (publish, verify, copy, sbom): one client per
 * registry for a whole run, so credentials are looked up once, tokens and the "has a referrers
 * API" answer are cached by the client, and connections are reused across images. Which
 * registry a name means follows the rule of hosts.ts; https or plain http, that of scheme.ts.
 */
import type { Logger } from '../ci/log.js';
import { RegistryClient } from './client.js';
import { type RegistryCredentials, resolveCredentials } from './credentials.js';
import { registryKey, sameRegistry } from './hosts.js';
import type { RetryPolicy } from './retry.js';
import { chooseScheme, type TlsProbe } from './scheme.js';
import type { TransportOptions } from './transport.js';

export interface RegistryOptions {
  /** Registries reached over plain HTTP (`host[:port]`, matched by the rule of hosts.ts). */
  insecureRegistries?: readonly string[];
  /** Extra CA certificates (PEM) for registries with a private CA. */
  caCertificates?: readonly string[];
  /** Where credentials are looked up (CI variables, DOCKER_CONFIG). */
  env?: NodeJS.ProcessEnv;
  /** registry-username / registry-password, presented to this one registry (publish's target). */
  login?: RegistryLogin;
  /** More explicit logins, one per registry (promote's source and destination). */
  logins?: readonly RegistryLogin[];
  /** Per-request time limit; the registry client's default (60 s) when omitted. */
  timeoutMs?: number;
  /** Time limit of one request, its body included; the client's default (10 min) when omitted. */
  requestDeadlineMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Called before every HTTP request to a registry (counting, tracing). */
  onRequest?: (method: string, url: string) => void;
  /** Where the credential source is logged: publish says it, verify and copy keep it for debug. */
  announce?: 'info' | 'debug';
  /** Injected for tests: whether a loopback peer speaks TLS (scheme.ts). */
  probeTls?: TlsProbe;
}

export interface RegistryLogin {
  registry: string;
  username?: string;
  password?: string;
  /** The inputs that gave them, for messages (default: registry-username/registry-password). */
  inputs?: readonly [string, string];
}

export interface RegistryAccess {
  client: RegistryClient;
  /** What the client presents; builders and scanners log in with the same. */
  credentials: RegistryCredentials | undefined;
}

export class RegistryPool {
  private readonly opened = new Map<string, Promise<RegistryAccess>>();

  constructor(
    private readonly options: RegistryOptions = {},
    private readonly log?: Logger,
  ) {}

  /** The client of `registry` (`host[:port]` as in an image reference). */
  async client(registry: string): Promise<RegistryClient> {
    return (await this.access(registry)).client;
  }

  /** The client of `registry` and the credentials it presents. */
  access(registry: string): Promise<RegistryAccess> {
    const key = registryKey(registry);
    let access = this.opened.get(key);
    if (!access) {
      access = this.open(key);
      this.opened.set(key, access);
    }
    return access;
  }

  /** Every answer the run waited for is in; requests still in flight (an image past its deadline) are aborted. */
  async close(): Promise<void> {
    const opened = await Promise.allSettled(this.opened.values());
    await Promise.all(
      opened.map((result) =>
        result.status === 'fulfilled' ? result.value.client.destroy() : Promise.resolve(),
      ),
    );
    this.opened.clear();
  }

  private async open(registry: string): Promise<RegistryAccess> {
    const { options, log } = this;
    const login = [options.login, ...(options.logins ?? [])].find(
      (candidate) => candidate !== undefined && sameRegistry(candidate.registry, registry),
    );
    const credentials = await resolveCredentials(registry, {
      ...(login && { explicit: login }),
      env: options.env ?? process.env,
    });
    log?.addSecret(credentials?.password);
    log?.addSecret(credentials?.identityToken);
    const say = (line: string) =>
      options.announce === 'info' ? log?.info(line) : log?.debug(line);
    say(
      credentials
        ? `registry ${registry}: credentials from ${credentials.source}`
        : `registry ${registry}: no credentials found, trying anonymous access`,
    );
    const scheme = await chooseScheme(registry, options.insecureRegistries, options.probeTls);
    if (scheme.reason) say(`registry ${registry}: plain HTTP, ${scheme.reason}`);
    const client = new RegistryClient(registry, {
      ...(credentials && { credentials }),
      insecure: scheme.insecure,
      ...transportOptions(options),
      ...(log && { log: (line: string) => log.debug(line) }),
    });
    return { client, credentials };
  }
}

function transportOptions(options: RegistryOptions): TransportOptions {
  return {
    ...(options.caCertificates?.length && { caCertificates: [...options.caCertificates] }),
    ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
    ...(options.requestDeadlineMs !== undefined && {
      requestDeadlineMs: options.requestDeadlineMs,
    }),
    ...(options.retry && { retry: options.retry }),
    ...(options.onRequest && { onRequest: options.onRequest }),
  };
}
