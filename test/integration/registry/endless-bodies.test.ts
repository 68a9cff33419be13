/**
 * Bodies without end. A hostile scripted registry on 127.0.0.1 (node:http) answers with error
 * bodies that never finish, retryable 503s whose bodies never finish, and a manifest that
 * trickles a byte at a time (never pausing long enough for undici's idle timeout). The client
 * must neither read them to the end nor wait for them: error and retry bodies are dropped past a
 * small cap, and every exchange has a deadline that covers its body.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DRAIN_LIMIT } from '../../../src/registry/body.js';
import { RegistryClient } from '../../../src/registry/client.js';

/** A run that takes longer than this hangs: the test fails instead of waiting on it. */
const HANG_MS = 20_000;

type Script = (url: string, response: ServerResponse) => void;

interface Hostile {
  host: string;
  /** Bytes the server managed to write per request path, so the cap can be checked. */
  written: Map<string, number>;
  close(): Promise<void>;
}

async function startHostile(script: Script): Promise<Hostile> {
  const written = new Map<string, number>();
  const server: Server = createServer((request, response) => {
    request.resume();
    const url = request.url ?? '/';
    const write = response.write.bind(response);
    response.write = ((chunk: Buffer | string, ...rest: never[]) => {
      written.set(url, (written.get(url) ?? 0) + Buffer.byteLength(chunk));
      return write(chunk, ...rest);
    }) as typeof response.write;
    script(url, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    host: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    written,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** Write `chunk` whenever the socket takes it, until the client goes away. */
function flood(response: ServerResponse, chunk: Buffer): void {
  const more = () => {
    while (!response.destroyed && response.write(chunk));
  };
  response.on('drain', more);
  more();
}

function trickle(response: ServerResponse): void {
  const timer = setInterval(() => response.write('x'), 50);
  response.on('close', () => clearInterval(timer));
}

async function within<T>(promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`still waiting after ${HANG_MS} ms`)), HANG_MS);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

describe('a hostile registry sends bodies without end', () => {
  const chunk = Buffer.alloc(16 * 1024, 'e');

  it('an error body that never ends: read up to the cap, then the 404 is reported', async () => {
    const hostile = await startHostile((_, response) => {
      response.writeHead(404, { 'content-type': 'application/json' });
      flood(response, chunk);
    });
    const client = new RegistryClient(hostile.host, { insecure: true });
    try {
      const failure = within(client.getManifest('team/app', 'v1'));
      await expect(failure).rejects.toMatchObject({ code: 'REGISTRY_NOT_FOUND' });
      await expect(failure).rejects.toThrow(
        `Not found on registry ${hostile.host} (HTTP 404 on GET http://${hostile.host}/v2/team/app/manifests/v1; the registry says: ${'e'.repeat(200)})`,
      );
    } finally {
      await hostile.close(); // first: a client still reading an endless body would wait forever
      await client.close();
    }
  });

  it('503s whose bodies never end: each dropped past the drain cap, retried, then REGISTRY_UNREACHABLE', async () => {
    const hostile = await startHostile((_, response) => {
      response.writeHead(503, { 'content-type': 'text/plain' });
      flood(response, chunk);
    });
    const client = new RegistryClient(hostile.host, {
      insecure: true,
      retry: { attempts: 3, baseDelayMs: 5, maxDelayMs: 10 },
    });
    try {
      const failure = within(client.getManifest('team/app', 'v1'));
      await expect(failure).rejects.toMatchObject({ code: 'REGISTRY_UNREACHABLE' });
      await expect(failure).rejects.toThrow(
        `Could not reach GET http://${hostile.host}/v2/team/app/manifests/v1 after 3 attempts: HTTP 503.`,
      );
      // The server could only push what fits in the socket buffers beyond what was read.
      const sent = hostile.written.get('/v2/team/app/manifests/v1') ?? 0;
      expect(sent).toBeLessThan(3 * (DRAIN_LIMIT + 8 * 1024 * 1024));
    } finally {
      await hostile.close(); // first: a client still reading an endless body would wait forever
      await client.close();
    }
  });

  it('a manifest that trickles forever: the request deadline ends it with REGISTRY_TIMEOUT', async () => {
    const hostile = await startHostile((_, response) => {
      response.writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json' });
      trickle(response);
    });
    const client = new RegistryClient(hostile.host, { insecure: true, requestDeadlineMs: 1000 });
    try {
      const started = Date.now();
      const failure = within(client.getManifest('team/app', 'v1'));
      await expect(failure).rejects.toMatchObject({ code: 'REGISTRY_TIMEOUT' });
      await expect(failure).rejects.toThrow(
        `GET http://${hostile.host}/v2/team/app/manifests/v1 did not finish within 1 s.`,
      );
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await hostile.close(); // first: a client still reading an endless body would wait forever
      await client.close();
    }
  });

  it('headers that never come: the request deadline ends the wait too, without a retry', async () => {
    const hostile = await startHostile(() => {
      // accept and say nothing
    });
    const attempts: string[] = [];
    const client = new RegistryClient(hostile.host, {
      insecure: true,
      requestDeadlineMs: 500,
      onRequest: (method, url) => attempts.push(`${method} ${url}`),
    });
    try {
      const failure = within(client.getManifest('team/app', 'v1'));
      await expect(failure).rejects.toMatchObject({ code: 'REGISTRY_TIMEOUT' });
      await expect(failure).rejects.toThrow(
        `GET http://${hostile.host}/v2/team/app/manifests/v1 did not finish within 500 ms.`,
      );
      expect(attempts).toHaveLength(1);
    } finally {
      await hostile.close(); // first: a client still reading an endless body would wait forever
      await client.close();
    }
  });
});
