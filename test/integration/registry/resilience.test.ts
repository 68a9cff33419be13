/**
 * What the client does when the network or the registry misbehaves: nothing listening,
 * rate limits, slow answers, tampered bytes, oversized manifests, redirects to storage.
 * Faults come from a fault-injecting proxy in front of a real registry; waits are injected
 * (recorded, not slept) so the suite stays fast.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { text } from 'node:stream/consumers';
import { RegistryClient } from '../../../src/registry/client.js';
import { MEDIA_TYPES } from '../../../src/registry/manifest.js';
import { freePort } from '../../harness/ports.js';
import { startRegistry, type TestRegistry } from '../../harness/registry.js';
import { startFaultProxy } from './fault-proxy.js';
import { clientFor, pushSample, sampleImage, type SampleImage } from './helpers.js';

describe('registry client resilience', () => {
  let registry: TestRegistry;
  let image: SampleImage;
  let digest: string;

  beforeAll(async () => {
    registry = await startRegistry({ auth: 'basic' });
    image = sampleImage(2048);
    const client = clientFor(registry);
    digest = await pushSample(client, 'team/app', image, 'v1');
    await client.close();
  });
  afterAll(async () => {
    await registry.stop();
  });

  /** A client that goes through `host` (a proxy) with the registry's credentials and recorded waits. */
  function proxiedClient(host: string, waits: number[], extra = {}): RegistryClient {
    return new RegistryClient(host, {
      insecure: true,
      credentials: { username: registry.username, password: registry.password, source: 'test' },
      retry: { attempts: 4, baseDelayMs: 100, maxDelayMs: 1000 },
      sleep: (ms) => {
        waits.push(ms);
        return Promise.resolve();
      },
      ...extra,
    });
  }

  it('retries a port with nothing listening, then fails with REGISTRY_UNREACHABLE naming the URL and cause', async () => {
    const port = await freePort();
    const waits: number[] = [];
    const attempts: string[] = [];
    const client = proxiedClient(`127.0.0.1:${port}`, waits, {
      onRequest: (m: string, u: string) => attempts.push(`${m} ${u}`),
    });
    const started = Date.now();
    const failure = client.getManifest('team/app', 'v1');
    await expect(failure).rejects.toMatchObject({ code: 'REGISTRY_UNREACHABLE' });
    await expect(failure).rejects.toThrow(
      `Could not reach GET http://127.0.0.1:${port}/v2/team/app/manifests/v1 after 4 attempts: connect ECONNREFUSED`,
    );
    expect(attempts).toHaveLength(4);
    // Full jitter: each wait below its doubling ceiling (100, 200, 400 ms).
    expect(waits).toHaveLength(3);
    waits.forEach((wait, i) => expect(wait).toBeLessThan(100 * 2 ** i));
    expect(Date.now() - started).toBeLessThan(5000);
    await client.close();
  });

  it('does not retry a TLS registry whose CA it was not given, and says how to fix it', async () => {
    const tls = await startRegistry({ tls: true });
    const attempts: string[] = [];
    const client = new RegistryClient(tls.host, {
      onRequest: (m, u) => attempts.push(`${m} ${u}`),
    });
    try {
      const failure = client.getManifest('team/app', 'v1');
      await expect(failure).rejects.toMatchObject({ code: 'REGISTRY_UNREACHABLE' });
      await expect(failure).rejects.toThrow(
        `Could not reach GET ${tls.url}/v2/team/app/manifests/v1 after 1 attempt: UNABLE_TO_VERIFY_LEAF_SIGNATURE`,
      );
      await failure.catch((error: { hint?: string }) =>
        expect(error.hint).toBe(
          "The registry's TLS certificate is not trusted: pass its CA certificate (PEM) to imprint.",
        ),
      );
      expect(attempts).toHaveLength(1);
    } finally {
      await client.close();
      await tls.stop();
    }
  });

  it('waits as long as Retry-After says after a 429, then succeeds', async () => {
    let limited = 0;
    const proxy = await startFaultProxy(registry.url, {
      respond: (request) =>
        request.url.includes('/manifests/') && limited++ < 2
          ? {
              status: 429,
              headers: {
                'retry-after': limited === 1 ? '2' : new Date(Date.now() + 3000).toUTCString(),
              },
            }
          : undefined,
    });
    const waits: number[] = [];
    const client = proxiedClient(proxy.host, waits);
    try {
      const fetched = await client.getManifest('team/app', 'v1');
      expect(fetched.digest).toBe(digest);
      expect(waits[0]).toBe(2000);
      // HTTP-date form: about 3 s from now (whole seconds in the header).
      expect(waits[1]).toBeGreaterThan(1000);
      expect(waits[1]).toBeLessThanOrEqual(3000);
      // Two 429s, then the registry's Basic challenge, then the answer.
      expect(proxy.seen.filter((r) => r.url.includes('/manifests/'))).toHaveLength(4);
    } finally {
      await client.close();
      await proxy.close();
    }
  });

  it('gives up on a registry that keeps answering 503 with REGISTRY_UNREACHABLE', async () => {
    const proxy = await startFaultProxy(registry.url, {
      respond: () => ({ status: 503, body: 'maintenance' }),
    });
    const waits: number[] = [];
    const client = proxiedClient(proxy.host, waits);
    try {
      await expect(client.headManifest('team/app', 'v1')).rejects.toThrow(
        `Could not reach HEAD ${proxy.url}/v2/team/app/manifests/v1 after 4 attempts: HTTP 503.`,
      );
      expect(proxy.seen).toHaveLength(4);
    } finally {
      await client.close();
      await proxy.close();
    }
  });

  it('times out a registry that never answers, per request, and retries', async () => {
    const silent = createServer(() => undefined); // accepts, never responds
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const host = `127.0.0.1:${(silent.address() as AddressInfo).port}`;
    const waits: number[] = [];
    const client = proxiedClient(host, waits, {
      timeoutMs: 150,
      retry: { attempts: 2, baseDelayMs: 1 },
    });
    try {
      await expect(client.getManifest('team/app', 'v1')).rejects.toThrow(
        `Could not reach GET http://${host}/v2/team/app/manifests/v1 after 2 attempts: UND_ERR_HEADERS_TIMEOUT`,
      );
    } finally {
      await client.close();
      silent.closeAllConnections();
      silent.close();
    }
  });

  describe('tampered bytes (the proxy alters what the registry sent)', () => {
    const tamper = (body: Buffer): Buffer =>
      Buffer.from(body.toString('utf8').replace('"schemaVersion":2', '"schemaVersion": 2'));

    it('a manifest fetched by digest must hash to that digest', async () => {
      const proxy = await startFaultProxy(registry.url, {
        rewrite: (request, body) => (request.url.includes('/manifests/') ? tamper(body) : body),
      });
      const client = proxiedClient(proxy.host, []);
      try {
        const failure = client.getManifest('team/app', digest);
        await expect(failure).rejects.toMatchObject({ code: 'DIGEST_MISMATCH' });
        await expect(failure).rejects.toThrow(
          `Manifest team/app@${digest} on ${proxy.host}: expected digest ${digest}, but the content hashes to sha256:`,
        );
        // By tag, the registry's Docker-Content-Digest header is the yardstick.
        await expect(client.getManifest('team/app', 'v1')).rejects.toThrow(
          `Manifest team/app:v1 on ${proxy.host} (Docker-Content-Digest): expected digest ${digest}`,
        );
      } finally {
        await client.close();
        await proxy.close();
      }
    });

    it('HEAD and PUT answers that name another digest are refused', async () => {
      const forged = `sha256:${'f'.repeat(64)}`;
      const proxy = await startFaultProxy(registry.url, {
        headers: (request, headers) =>
          request.url.includes('/manifests/')
            ? { ...headers, 'docker-content-digest': forged }
            : headers,
      });
      const client = proxiedClient(proxy.host, []);
      try {
        await expect(client.headManifest('team/app', digest)).rejects.toMatchObject({
          code: 'DIGEST_MISMATCH',
          message: `Registry ${proxy.host} answered HEAD team/app@${digest} with the digest ${forged}.`,
        });
        await expect(
          client.putManifest('team/app', 'v2', image.manifest, MEDIA_TYPES.ociManifest),
        ).rejects.toMatchObject({
          code: 'DIGEST_MISMATCH',
          message: `Manifest pushed to ${proxy.host}/team/app as v2: the registry reports digest ${forged}, but the bytes sent hash to ${digest}.`,
        });
        // Pushing under a digest the bytes do not have never reaches the registry.
        const before = proxy.seen.length;
        await expect(
          client.putManifest('team/app', forged, image.manifest, MEDIA_TYPES.ociManifest),
        ).rejects.toThrow(
          `Manifest pushed to ${proxy.host}/team/app by digest: expected digest ${forged}, but the content hashes to ${digest}.`,
        );
        expect(proxy.seen.length).toBe(before);
      } finally {
        await client.close();
        await proxy.close();
      }
    });

    it('a blob stream fails at its end when the bytes do not match', async () => {
      const proxy = await startFaultProxy(registry.url, {
        rewrite: (request, body) =>
          request.url.includes('/blobs/sha256:') && body.length > 0
            ? Buffer.concat([body.subarray(1), Buffer.from('x')])
            : body,
      });
      const client = proxiedClient(proxy.host, []);
      const layer = `sha256:${(await import('node:crypto')).createHash('sha256').update(image.layer).digest('hex')}`;
      try {
        await expect(text(await client.getBlob('team/app', layer))).rejects.toMatchObject({
          code: 'DIGEST_MISMATCH',
          message: expect.stringContaining(
            `Blob team/app@${layer} from ${proxy.host}: expected digest ${layer}`,
          ) as unknown,
        });
      } finally {
        await client.close();
        await proxy.close();
      }
    });
  });

  it('stops reading a manifest past the size limit, with or without Content-Length', async () => {
    const client = clientFor(registry);
    const proxy = await startFaultProxy(registry.url, {
      rewrite: (_r, body) => body,
      headers: (_r, headers) => {
        delete headers['content-length'];
        return headers;
      },
    });
    const chunked = proxiedClient(proxy.host, []);
    try {
      const limit = image.manifest.length - 1;
      for (const c of [client, chunked]) {
        const failure = c.getManifest('team/app', 'v1', { maxBytes: limit });
        await expect(failure).rejects.toMatchObject({ code: 'MANIFEST_TOO_LARGE' });
        await expect(failure).rejects.toThrow(`is larger than the limit of ${limit} bytes`);
      }
      expect((await chunked.getManifest('team/app', 'v1')).digest).toBe(digest);
    } finally {
      await client.close();
      await chunked.close();
      await proxy.close();
    }
  });

  it('follows a blob redirect to storage without sending Authorization there', async () => {
    const storageHeaders: IncomingHttpHeaders[] = [];
    const storage = createServer((request, response) => {
      storageHeaders.push(request.headers);
      response.end(image.layer);
    });
    await new Promise<void>((resolve) => storage.listen(0, '127.0.0.1', resolve));
    const storageUrl = `http://127.0.0.1:${(storage.address() as AddressInfo).port}/bucket/layer?sig=abc`;
    const layer = `sha256:${(await import('node:crypto')).createHash('sha256').update(image.layer).digest('hex')}`;
    const proxy = await startFaultProxy(registry.url, {
      respond: (request) =>
        request.method === 'GET' && request.url.endsWith(`/blobs/${layer}`)
          ? { status: 307, headers: { location: storageUrl } }
          : undefined,
    });
    const client = proxiedClient(proxy.host, []);
    try {
      await client.getManifest('team/app', 'v1'); // learns Basic: later requests carry credentials
      expect((await client.getBlobBytes('team/app', layer, 4096)).equals(image.layer)).toBe(true);
      const blobRequest = proxy.seen.find((r) => r.url.endsWith(`/blobs/${layer}`));
      expect(blobRequest?.headers.authorization).toMatch(/^Basic /);
      expect(storageHeaders).toHaveLength(1);
      expect(storageHeaders[0]!.authorization).toBeUndefined();
    } finally {
      await client.close();
      await proxy.close();
      storage.close();
    }
  });
});
