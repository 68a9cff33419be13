/**
 * A fault-injecting proxy: a loopback node:http server in front of a REAL registry.
 * Requests pass through unchanged unless a rule answers them itself (a 429, a 403), rewrites
 * the registry's answer (tampered bytes), holds the request up (a slow network), or takes the
 * raw response over (a reset or endless body). Nothing here imitates a registry: every request
 * that is not faulted is served by distribution itself.
 */
import {
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ProxiedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

export interface CannedResponse {
  status: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export interface FaultRule {
  /** Answer the request without forwarding it. */
  respond?: (request: ProxiedRequest) => CannedResponse | undefined;
  /** Rewrite the registry's response body (Content-Length is fixed up). */
  rewrite?: (request: ProxiedRequest, body: Buffer) => Buffer;
  /** Rewrite the registry's response headers. */
  headers?: (request: ProxiedRequest, headers: OutgoingHttpHeaders) => OutgoingHttpHeaders;
  /** Hold the request this many ms before forwarding it (a slow or congested network). */
  delayMs?: (request: ProxiedRequest) => number;
  /** Hold the request until the promise settles (one that must wait for another to pass). */
  hold?: (request: ProxiedRequest) => Promise<void> | undefined;
  /**
   * Answer with the registry's real status, headers and body in hand, writing the response
   * yourself (cut it short, reset it, never end it); return false to let it through.
   */
  takeOver?: (
    request: ProxiedRequest,
    answer: { status: number; headers: OutgoingHttpHeaders; body: Buffer },
    response: ServerResponse,
  ) => boolean;
}

export interface FaultProxy {
  host: string;
  url: string;
  /** Every request the proxy received, in order. */
  seen: ProxiedRequest[];
  close(): Promise<void>;
}

export async function startFaultProxy(target: string, rule: FaultRule): Promise<FaultProxy> {
  const targetUrl = new URL(target);
  const seen: ProxiedRequest[] = [];
  const server = createServer((incoming, outgoing) => {
    const request = {
      method: incoming.method ?? 'GET',
      url: incoming.url ?? '/',
      headers: incoming.headers,
    };
    seen.push(request);
    const canned = rule.respond?.(request);
    if (canned) {
      incoming.resume();
      outgoing.writeHead(canned.status, canned.headers ?? {});
      outgoing.end(canned.body ?? '');
      return;
    }
    const delay = rule.delayMs?.(request) ?? 0;
    const forward = () => {
      const upstream = httpRequest(
        {
          host: targetUrl.hostname,
          port: targetUrl.port,
          method: request.method,
          path: request.url,
          headers: { ...incoming.headers, host: targetUrl.host },
        },
        (answer: IncomingMessage) => {
          const chunks: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => chunks.push(chunk));
          answer.on('end', () => {
            const original = Buffer.concat(chunks);
            const body = rule.rewrite ? rule.rewrite(request, original) : original;
            let headers: OutgoingHttpHeaders = { ...answer.headers };
            if (headers['content-length'] !== undefined && request.method !== 'HEAD') {
              headers['content-length'] = String(body.length);
            }
            if (rule.headers) headers = rule.headers(request, headers);
            const status = answer.statusCode ?? 502;
            if (rule.takeOver?.(request, { status, headers, body }, outgoing)) return;
            // Locations point at the registry; keep the client talking to the proxy.
            if (typeof headers.location === 'string') {
              headers.location = headers.location.replace(targetUrl.origin, `http://${host}`);
            }
            outgoing.writeHead(answer.statusCode ?? 502, headers);
            outgoing.end(request.method === 'HEAD' ? undefined : body);
          });
        },
      );
      upstream.on('error', (error) => {
        outgoing.writeHead(502);
        outgoing.end(String(error));
      });
      incoming.pipe(upstream);
    };
    const held = rule.hold?.(request);
    if (held) {
      incoming.pause();
      void held.finally(forward);
    } else if (delay > 0) {
      // Hold the request (its body stays paused) and send it upstream after the delay.
      incoming.pause();
      setTimeout(forward, delay);
    } else forward();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    host,
    url: `http://${host}`,
    seen,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
