/**
 * https or plain http for a registry. https, unless the registry is listed in
 * insecure-registries, or it is on this machine (localhost, 127.0.0.0/8, ::1) and does not
 * speak TLS: docker (127.0.0.0/8 is insecure by default) and go-containerregistry (loopback
 * names fall back to http) reach a local test registry the same way, without a flag. Traffic
 * to loopback never leaves the machine, so there is nothing to read or change on the way.
 *
 * "Does not speak TLS" is asked with a TLS handshake and nothing else (no request, no
 * credentials): a peer that answers the handshake stays on https, even with a certificate
 * imprint does not trust (the request then says so and how to fix it); a port where nothing
 * listens stays on https (the request reports it unreachable). Only a peer that answers, but not
 * in TLS, is reached over http. A registry elsewhere is never moved off https without the flag.
 */
import { connect as connectTcp } from 'node:net';
import { connect as connectTls, type TLSSocket } from 'node:tls';
import { hostAndPort, isLoopbackRegistry, listsRegistry } from './hosts.js';

/** Loopback answers at once; a peer silent for this long does not speak TLS either. */
const TLS_PROBE_TIMEOUT_MS = 10_000;

/** `tls`: the handshake completed; `not-tls`: the peer answered otherwise; `no-answer`: no connection. */
export type TlsProbeResult = 'tls' | 'not-tls' | 'no-answer';
export type TlsProbe = (hostname: string, port: number) => Promise<TlsProbeResult>;

export interface SchemeChoice {
  /** Plain http instead of https. */
  insecure: boolean;
  /** Why http was chosen without the flag (loopback); undefined otherwise. */
  reason?: string;
}

export async function chooseScheme(
  registry: string,
  insecureRegistries: readonly string[] | undefined,
  probe: TlsProbe = probeTls,
): Promise<SchemeChoice> {
  if (listsRegistry(insecureRegistries, registry)) {
    return { insecure: true };
  }
  if (!isLoopbackRegistry(registry)) return { insecure: false };
  const { hostname, port = 443 } = hostAndPort(registry);
  if ((await probe(hostname, port)) !== 'not-tls') return { insecure: false };
  return {
    insecure: true,
    reason: 'a registry on this machine that does not speak TLS (as docker does for loopback)',
  };
}

/** A TLS handshake with `hostname:port`, certificate not judged: does the peer speak TLS at all? */
export function probeTls(
  hostname: string,
  port: number,
  timeoutMs = TLS_PROBE_TIMEOUT_MS,
): Promise<TlsProbeResult> {
  return new Promise((resolve) => {
    let connected = false;
    let settled = false;
    let tls: TLSSocket | undefined;
    const tcp = connectTcp({ host: hostname, port });
    const finish = (result: TlsProbeResult): void => {
      if (settled) return;
      settled = true;
      tls?.destroy();
      tcp.destroy();
      resolve(result);
    };
    tcp.setTimeout(timeoutMs, () => finish(connected ? 'not-tls' : 'no-answer'));
    tcp.once('error', () => finish(connected ? 'not-tls' : 'no-answer'));
    tcp.once('connect', () => {
      connected = true;
      tls = connectTls({
        socket: tcp,
        // Whether the certificate is trusted is the real request's question, not this one's.
        rejectUnauthorized: false,
        ...(hostname === 'localhost' && { servername: hostname }),
      });
      tls.once('secureConnect', () => finish('tls'));
      tls.once('error', () => finish('not-tls'));
      tls.once('close', () => finish('not-tls'));
    });
  });
}
