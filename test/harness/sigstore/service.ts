/**
 * One loopback HTTP service of the Sigstore stack (Fulcio, Rekor, TSA, OIDC issuer, GitHub
 * token endpoint): a node:http server on 127.0.0.1 with a request counter and outage controls,
 * so negative tests exercise real sockets, real 5xx answers and real refused connections.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ServiceRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

export interface ServiceReply {
  status: number;
  body: string | Buffer;
  contentType?: string;
  headers?: Record<string, string> | undefined;
}

export type ServiceHandler = (request: ServiceRequest) => Promise<ServiceReply>;

/**
 * An outage to simulate on the next `times` requests:
 * - `status` answers with that HTTP status (default 503) without reaching the handler;
 * - `drop-after-commit` lets the handler run (the entry is logged, the certificate issued) and
 *   then drops the connection without an answer: a client retry then meets the committed state.
 */
export interface Fault {
  times: number;
  status?: number;
  mode?: 'status' | 'drop-after-commit';
}

export class LoopbackService {
  /** Requests received, outages included. */
  count = 0;
  private readonly faults: Fault[] = [];

  private constructor(
    readonly name: string,
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(name: string, handler: ServiceHandler): Promise<LoopbackService> {
    const started: { service?: LoopbackService } = {};
    const server = createServer((req, res) => {
      if (started.service) void started.service.serve(req, res, handler);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    started.service = new LoopbackService(name, server, `http://127.0.0.1:${port}`);
    return started.service;
  }

  fail(fault: Fault): void {
    this.faults.push({ ...fault });
  }

  /** Stops listening: later requests meet a refused connection, as with a service that is down. */
  async stop(): Promise<void> {
    if (!this.server.listening) return;
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }

  private nextFault(): Fault | undefined {
    const fault = this.faults[0];
    if (!fault) return undefined;
    fault.times -= 1;
    if (fault.times <= 0) this.faults.shift();
    return fault;
  }

  private async serve(
    req: IncomingMessage,
    res: ServerResponse,
    handler: ServiceHandler,
  ): Promise<void> {
    this.count += 1;
    const body = await readBody(req);
    const fault = this.nextFault();
    if (fault && fault.mode !== 'drop-after-commit') {
      const status = fault.status ?? 503;
      send(res, {
        status,
        contentType: 'application/json',
        body: JSON.stringify({ code: status, message: `${this.name} is unavailable (simulated)` }),
      });
      return;
    }
    const url = new URL(req.url ?? '/', this.url);
    let reply: ServiceReply;
    try {
      reply = await handler({
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body,
      });
    } catch (error) {
      reply = { status: 500, contentType: 'text/plain', body: String(error) };
    }
    if (fault) {
      res.socket?.destroy();
      return;
    }
    send(res, reply);
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, reply: ServiceReply): void {
  res.writeHead(reply.status, {
    'content-type': reply.contentType ?? 'application/json',
    ...reply.headers,
  });
  res.end(reply.body);
}

export function json(
  status: number,
  value: unknown,
  headers?: Record<string, string>,
): ServiceReply {
  return { status, contentType: 'application/json', body: JSON.stringify(value), headers };
}
