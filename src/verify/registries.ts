/**
 * One registry client per registry host for a whole verification run: credentials are looked
 * up once, tokens and the "has a referrers API" answer are cached by the client, and
 * connections are reused across images.
 */
import type { Logger } from '../ci/log.js';
import { RegistryClient } from '../registry/client.js';
import { resolveCredentials } from '../registry/credentials.js';
import type { RetryPolicy } from '../registry/retry.js';
import type { TransportOptions } from '../registry/transport.js';

export interface RegistryOptions {
  /** Hosts reached over plain HTTP (host:port as in the reference). */
  insecureRegistries?: readonly string[];
  /** Extra CA certificates (PEM) for registries with a private CA. */
  caCertificates?: readonly string[];
  /** Where credentials are looked up (CI variables, DOCKER_CONFIG). */
  env?: NodeJS.ProcessEnv;
  /** Per-request time limit; the registry client's default (60 s) when omitted. */
  timeoutMs?: number;
  /** Time limit of one request, its body included; the client's default (10 min) when omitted. */
  requestDeadlineMs?: number;
  /** Time limit of gathering one image's evidence; DEFAULT_IMAGE_DEADLINE_MS when omitted. */
  imageDeadlineMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Called before every HTTP request to a registry (counting, tracing). */
  onRequest?: (method: string, url: string) => void;
}

export class RegistryPool {
  private readonly clients = new Map<string, Promise<RegistryClient>>();

  constructor(
    private readonly options: RegistryOptions = {},
    private readonly log?: Logger,
  ) {}

  client(registry: string): Promise<RegistryClient> {
    let client = this.clients.get(registry);
    if (!client) {
      client = this.connect(registry);
      this.clients.set(registry, client);
    }
    return client;
  }

  /** Every answer the run waited for is in; requests still in flight (an image past its deadline) are aborted. */
  async close(): Promise<void> {
    const clients = await Promise.allSettled(this.clients.values());
    await Promise.all(
      clients.map((result) =>
        result.status === 'fulfilled' ? result.value.destroy() : Promise.resolve(),
      ),
    );
    this.clients.clear();
  }

  private async connect(registry: string): Promise<RegistryClient> {
    const { options, log } = this;
    const credentials = await resolveCredentials(registry, { env: options.env ?? process.env });
    log?.addSecret(credentials?.password);
    log?.addSecret(credentials?.identityToken);
    log?.debug(
      credentials
        ? `registry ${registry}: credentials from ${credentials.source}`
        : `registry ${registry}: no credentials found, reading anonymously`,
    );
    return new RegistryClient(registry, {
      ...(credentials && { credentials }),
      ...transportOptions(registry, options),
      ...(log && { log: (line: string) => log.debug(line) }),
    });
  }
}

function transportOptions(registry: string, options: RegistryOptions): TransportOptions {
  const insecure = (options.insecureRegistries ?? []).some(
    (host) => host.toLowerCase() === registry.toLowerCase(),
  );
  return {
    insecure,
    ...(options.caCertificates?.length && { caCertificates: [...options.caCertificates] }),
    ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
    ...(options.requestDeadlineMs !== undefined && {
      requestDeadlineMs: options.requestDeadlineMs,
    }),
    ...(options.retry && { retry: options.retry }),
    ...(options.onRequest && { onRequest: options.onRequest }),
  };
}
