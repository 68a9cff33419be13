/**
 * Observes, and keeps on this machine, every HTTPS request the Sigstore clients make (they go
 * through make-fetch-happen → node:https): each is recorded as `https://host/path`, then sent to
 * the loopback STAND-IN named for its host, over plain HTTP. A host with no stand-in is refused
 * before any DNS lookup, so a test never reaches the Internet; the refusal is recorded too.
 */
import http from 'node:http';
import https from 'node:https';

export interface Rerouting {
  /** Every request made, as `https://host/path`, in order. */
  readonly requests: string[];
  restore(): void;
}

type RequestOptions = https.RequestOptions & { protocol?: string };

export function rerouteHttps(standIns: Record<string, string>): Rerouting {
  const requests: string[] = [];
  const original = https.request;
  const rerouted = (options: RequestOptions, ...rest: unknown[]) => {
    if (typeof options !== 'object' || options instanceof URL) {
      throw new Error('rerouteHttps: only option objects are rerouted (as minipass-fetch sends)');
    }
    const host = options.hostname ?? options.host ?? '';
    requests.push(`https://${host}${options.path ?? '/'}`);
    const standIn = standIns[host];
    if (standIn === undefined) throw new Error(`rerouteHttps: no stand-in for ${host}; refused`);
    const target = new URL(standIn);
    const local: RequestOptions = {
      ...options,
      protocol: 'http:',
      hostname: target.hostname,
      host: target.hostname,
      port: target.port,
      path: `${target.pathname.replace(/\/$/, '')}${options.path ?? '/'}`,
    };
    delete local.agent;
    delete local.servername;
    return (http.request as (...args: unknown[]) => http.ClientRequest)(local, ...rest);
  };
  https.request = rerouted as unknown as typeof https.request;
  return {
    requests,
    restore: () => {
      https.request = original;
    },
  };
}
