/**
 * Credentials go to the registry's origin and nowhere else. Hostile scripted registries on
 * 127.0.0.1 (a node:http proxy in front of a real Basic-auth registry, or a small node:https
 * server) name URLs on another loopback port in their `Link` (next page of tags or referrers)
 * and upload `Location` headers. A second server there records every Authorization header it
 * receives, and, like a credential phisher, answers 401 with a Basic challenge. None may arrive.
 * An https registry that points to plain http is refused outright.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RegistryClient } from '../../../src/registry/client.js';
import { listReferrers } from '../../../src/registry/referrers.js';
import { makeServerCertificate } from '../../harness/registry-certs.js';
import { startRegistry, type TestRegistry } from '../../harness/registry.js';
import { startFaultProxy } from './fault-proxy.js';
import { FAST_RETRY, pushSample, sampleImage } from './helpers.js';

interface Recorder {
  url: string;
  /** Method, path and Authorization header (or "none") of every request received. */
  seen: string[];
  close(): Promise<void>;
}

/** Elsewhere on loopback: records what arrives and asks for Basic credentials. */
async function startRecorder(): Promise<Recorder> {
  const seen: string[] = [];
  const server = createHttpServer((request, response) => {
    seen.push(`${request.method} ${request.url} ${request.headers.authorization ?? 'none'}`);
    request.resume();
    response.writeHead(401, { 'www-authenticate': 'Basic realm="elsewhere"' });
    response.end();
  });
  await listen(server);
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () => close(server),
  };
}

function listen(server: Server): Promise<void> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

describe('credentials stay on the registry origin', () => {
  let registry: TestRegistry;
  let recorder: Recorder;

  beforeAll(async () => {
    [registry, recorder] = await Promise.all([startRegistry({ auth: 'basic' }), startRecorder()]);
  });
  afterAll(async () => {
    await recorder.close();
    await registry.stop();
  });
  beforeEach(() => {
    recorder.seen.length = 0;
  });

  function clientThrough(host: string): RegistryClient {
    return new RegistryClient(host, {
      insecure: true,
      retry: FAST_RETRY,
      credentials: { username: registry.username, password: registry.password, source: 'test' },
    });
  }

  it('a tag list whose next page is on another origin: followed without credentials', async () => {
    // Authenticated requests for the tag list get one page and a Link to the recorder.
    const proxy = await startFaultProxy(registry.url, {
      respond: (request) =>
        request.url.startsWith('/v2/team/app/tags/list') && request.headers.authorization
          ? {
              status: 200,
              headers: {
                'content-type': 'application/json',
                link: `<${recorder.url}/v2/team/app/tags/list?last=v1>; rel="next"`,
              },
              body: JSON.stringify({ name: 'team/app', tags: ['v1'] }),
            }
          : undefined,
    });
    const client = clientThrough(proxy.host);
    try {
      await pushSample(client, 'team/app', sampleImage(), 'v1');
      const failure = client.listTags('team/app');
      await expect(failure).rejects.toMatchObject({ code: 'REGISTRY_AUTH_FAILED' });
      await expect(failure).rejects.toThrow(
        `GET ${recorder.url}/v2/team/app/tags/list?last=v1, a URL registry ${proxy.host} named on another origin, asks for credentials (HTTP 401); imprint sends credentials to ${proxy.url} only.`,
      );
      expect(recorder.seen).toEqual(['GET /v2/team/app/tags/list?last=v1 none']);
    } finally {
      await client.close();
      await proxy.close();
    }
  });

  it('a referrers list whose next page is on another origin: followed without credentials', async () => {
    const digest = 'sha256:' + 'a'.repeat(64);
    const proxy = await startFaultProxy(registry.url, {
      respond: (request) =>
        request.url.startsWith('/v2/team/app/referrers/') && request.headers.authorization
          ? {
              status: 200,
              headers: {
                'content-type': 'application/vnd.oci.image.index.v1+json',
                link: `<${recorder.url}/v2/team/app/referrers/${digest}?page=2>; rel="next"`,
              },
              body: JSON.stringify({ schemaVersion: 2, manifests: [] }),
            }
          : undefined,
    });
    const client = clientThrough(proxy.host);
    try {
      await pushSample(client, 'team/app', sampleImage(), 'v1'); // learns Basic from the 401
      await expect(listReferrers(client, 'team/app', digest)).rejects.toMatchObject({
        code: 'REGISTRY_AUTH_FAILED',
      });
      expect(recorder.seen).toEqual([`GET /v2/team/app/referrers/${digest}?page=2 none`]);
    } finally {
      await client.close();
      await proxy.close();
    }
  });

  it('a blob upload whose Location is on another origin: the chunk goes there without credentials', async () => {
    const proxy = await startFaultProxy(registry.url, {
      headers: (request, headers) =>
        request.method === 'POST' && request.url.includes('/blobs/uploads/')
          ? { ...headers, location: `${recorder.url}/upload/session-1?_state=abc` }
          : headers,
    });
    const client = clientThrough(proxy.host);
    try {
      await expect(client.pushBlob('team/app', Buffer.from('layer bytes'))).rejects.toMatchObject({
        code: 'REGISTRY_AUTH_FAILED',
      });
      expect(recorder.seen).toHaveLength(1);
      expect(recorder.seen[0]).toMatch(
        /^PUT \/upload\/session-1\?_state=abc&digest=sha256%3A[0-9a-f]{64} none$/,
      );
    } finally {
      await client.close();
      await proxy.close();
    }
  });
});

describe('an https registry never continues on plain http', () => {
  let dir: string;
  let recorder: Recorder;
  let server: Server;
  let host: string;
  let caCertPem: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'imprint-downgrade-'));
    const certificate = makeServerCertificate(dir);
    caCertPem = certificate.caCertPem;
    recorder = await startRecorder();
    // A hostile scripted https registry: Basic auth, then Links, redirects and Locations to http.
    server = createHttpsServer(
      { cert: certificate.certPem, key: certificate.keyPem },
      (request, response) => {
        request.resume();
        if (request.url?.startsWith('/v2/team/bearer/')) {
          response.writeHead(401, {
            'www-authenticate': `Bearer realm="${recorder.url}/token",service="registry"`,
          });
          response.end();
          return;
        }
        if (!request.headers.authorization) {
          response.writeHead(401, { 'www-authenticate': 'Basic realm="registry"' });
          response.end();
          return;
        }
        const url = request.url ?? '/';
        if (url.startsWith('/v2/team/app/tags/list')) {
          response.writeHead(200, {
            'content-type': 'application/json',
            link: `<${recorder.url}/v2/team/app/tags/list?last=v1>; rel="next"`,
          });
          response.end(JSON.stringify({ name: 'team/app', tags: ['v1'] }));
        } else if (request.method === 'GET' && url.startsWith('/v2/team/app/blobs/sha256:')) {
          response.writeHead(307, { location: `${recorder.url}/storage/blob` });
          response.end();
        } else if (url.startsWith('/v2/team/app/blobs/uploads/')) {
          response.writeHead(202, { location: `${recorder.url}/upload/session-1` });
          response.end();
        } else {
          response.writeHead(404);
          response.end();
        }
      },
    );
    await listen(server);
    host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await close(server);
    await recorder.close();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    recorder.seen.length = 0;
  });

  function client(): RegistryClient {
    return new RegistryClient(host, {
      caCertificates: [caCertPem],
      retry: FAST_RETRY,
      credentials: { username: 'imprint', password: 'secret-registry-password', source: 'test' },
    });
  }

  it.each([
    [
      'a Link to the next page',
      (c: RegistryClient) => c.listTags('team/app'),
      'A URL from registry',
    ],
    [
      'a blob download redirect',
      (c: RegistryClient) => c.getBlobBytes('team/app', `sha256:${'b'.repeat(64)}`, 1024),
      'A redirect from registry',
    ],
    [
      'an upload Location',
      (c: RegistryClient) => c.pushBlob('team/app', Buffer.from('layer bytes')),
      'A URL from registry',
    ],
    [
      'a token realm',
      (c: RegistryClient) => c.getManifest('team/bearer', 'v1'),
      'The token realm of registry',
    ],
  ])(
    '%s on http is refused with REGISTRY_DOWNGRADE, and nothing is sent there',
    async (_, act, source) => {
      const registry = client();
      try {
        const failure = act(registry);
        await expect(failure).rejects.toMatchObject({ code: 'REGISTRY_DOWNGRADE' });
        await expect(failure).rejects.toThrow(
          new RegExp(
            `^${source} ${host} points from https to ${recorder.url}/[^ ]+: refusing to leave https\\.$`,
          ),
        );
        expect(recorder.seen).toEqual([]);
      } finally {
        await registry.close();
      }
    },
  );
});
