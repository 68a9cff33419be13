/**
 * Authentication against real registries: Basic (htpasswd) and Bearer (token endpoint),
 * wrong and missing credentials, credentials met by an anonymous registry, credentials
 * found through a docker config and a real credential helper, and no secret in any log.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RegistryClient } from '../../../src/registry/client.js';
import { RegistryPool } from '../../../src/registry/pool.js';
import {
  installCredentialHelper,
  TEST_HELPER_NAME,
} from '../../harness/registry-credential-helper.js';
import { startRegistry, type TestRegistry } from '../../harness/registry.js';
import { startFaultProxy } from './fault-proxy.js';
import { clientFor, FAST_RETRY, pushSample, sampleImage } from './helpers.js';

const JWT = /eyJ[\w-]+\.[\w-]+\.[\w-]+/;

describe('registry authentication', () => {
  let basic: TestRegistry;
  let bearer: TestRegistry;
  let open: TestRegistry;
  const logs: string[] = [];
  const log = (line: string): void => void logs.push(line);

  beforeAll(async () => {
    [basic, bearer, open] = await Promise.all([
      startRegistry({ auth: 'basic' }),
      startRegistry({ auth: 'bearer', anonymousPull: true }),
      startRegistry({ auth: 'none' }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([basic.stop(), bearer.stop(), open.stop()]);
  });

  it('Basic: learns the scheme once, then sends credentials up front', async () => {
    const seen: string[] = [];
    const client = clientFor(basic, { log, onRequest: (m, u) => seen.push(`${m} ${u}`) });
    try {
      await pushSample(client, 'team/basic', sampleImage(), 'v1');
      await client.getManifest('team/basic', 'v1');
      const unauthorized = logs.filter((l) => l.endsWith('-> 401'));
      expect(unauthorized).toHaveLength(1);
      expect(logs.some((l) => l.includes('"authorization":"Basic <redacted>"'))).toBe(true);
    } finally {
      await client.close();
    }
  });

  it('Bearer: asks pull for reads, pull,push for writes, and reuses cached tokens', async () => {
    const client = clientFor(bearer, { log });
    const before = bearer.tokenRequests.length;
    try {
      await pushSample(client, 'team/bearer', sampleImage(), 'v1');
      await client.getManifest('team/bearer', 'v1');
      await client.listTags('team/bearer');
      const scopes = bearer.tokenRequests.slice(before).map((r) => r.scopes);
      // HEAD blob (read) → pull; POST upload (write) → pull,push; later reads reuse the push token.
      expect(scopes).toEqual([
        ['repository:team/bearer:pull'],
        ['repository:team/bearer:pull,push'],
      ]);
      expect(bearer.tokenRequests.slice(before).every((r) => r.account === bearer.username)).toBe(
        true,
      );
    } finally {
      await client.close();
    }
  });

  it('Bearer: reads of one repository sent at once share one token request, and one challenge round', async () => {
    const writer = clientFor(bearer);
    await pushSample(writer, 'team/many-a', sampleImage(), 'v1');
    await pushSample(writer, 'team/many-b', sampleImage(), 'v1');
    await writer.close();
    const seen: string[] = [];
    const reader = new RegistryClient(bearer.host, {
      insecure: true,
      retry: FAST_RETRY,
      onRequest: (method, url) => seen.push(`${method} ${new URL(url).pathname}`),
    });
    const before = bearer.tokenRequests.length;
    try {
      // Eight images of one repository verified at once, before any token came back; then
      // eight of another repository, once the registry's scheme is known.
      const eight = (repository: string) =>
        Promise.all(Array.from({ length: 8 }, () => reader.getManifest(repository, 'v1')));
      await eight('team/many-a');
      await eight('team/many-b');
      expect(bearer.tokenRequests.slice(before).map((r) => r.scopes)).toEqual([
        ['repository:team/many-a:pull'],
        ['repository:team/many-b:pull'],
      ]);
      // The first eight each met the challenge once (sent together, nobody knew it yet); the
      // next eight went out with the token: 8 + 1 token + 8 retried, then 1 token + 8.
      expect(seen.filter((line) => line.startsWith('GET /token'))).toHaveLength(2);
      expect(seen.filter((line) => line.endsWith('/manifests/v1'))).toHaveLength(24);
    } finally {
      await reader.close();
    }
  });

  it('Bearer: pulls a public repository anonymously, and a write then fails with how to log in', async () => {
    const writer = clientFor(bearer);
    await pushSample(writer, 'team/public', sampleImage(), 'v1');
    await writer.close();
    const anonymous = new RegistryClient(bearer.host, { insecure: true, retry: FAST_RETRY, log });
    try {
      expect((await anonymous.getManifest('team/public', 'v1')).size).toBeGreaterThan(0);
      const failure = anonymous.putManifest(
        'team/public',
        'v2',
        sampleImage().manifest,
        'application/vnd.oci.image.manifest.v1+json',
      );
      await expect(failure).rejects.toMatchObject({ code: 'REGISTRY_AUTH_FAILED' });
      await expect(failure).rejects.toThrow(
        `Registry ${bearer.host} did not accept anonymous access (no credentials were found) for push access to team/public`,
      );
      await expect(failure).rejects.toThrow(`docker login ${bearer.host}`);
    } finally {
      await anonymous.close();
    }
  });

  it('Bearer: an identity token is exchanged with the OAuth2 refresh-token grant', async () => {
    const client = new RegistryClient(bearer.host, {
      insecure: true,
      retry: FAST_RETRY,
      credentials: { identityToken: bearer.password, source: 'docker config identitytoken' },
    });
    try {
      const digest = await pushSample(client, 'team/oauth', sampleImage(), 'v1');
      expect((await client.getManifest('team/oauth', 'v1')).digest).toBe(digest);
      expect(bearer.tokenRequests.at(-1)?.account).toBe(bearer.username);
    } finally {
      await client.close();
    }
  });

  it.each([
    ['Basic', () => basic, 'HTTP 401 on'],
    ['Bearer', () => bearer, 'its token service'],
  ])(
    '%s: wrong credentials fail with REGISTRY_AUTH_FAILED naming the registry and how to log in',
    async (_n, which, detail) => {
      const registry = which();
      const client = new RegistryClient(registry.host, {
        insecure: true,
        retry: FAST_RETRY,
        log,
        credentials: {
          username: registry.username,
          password: 'wrong-password-123',
          source: 'registry-username/registry-password',
        },
      });
      try {
        const failure = pushSample(client, 'team/denied', sampleImage(), 'v1');
        await expect(failure).rejects.toMatchObject({ code: 'REGISTRY_AUTH_FAILED' });
        await expect(failure).rejects.toThrow(`Registry ${registry.host}`);
        await expect(failure).rejects.toThrow(
          'the credentials from registry-username/registry-password',
        );
        await expect(failure).rejects.toThrow(detail);
        await expect(failure).rejects.toThrow(
          `Log in with \`docker login ${registry.host}\`, or set the registry-username and registry-password inputs`,
        );
        await expect(failure).rejects.toThrow('packages: write');
        expect(logs.join('\n')).not.toContain('wrong-password-123');
      } finally {
        await client.close();
      }
    },
  );

  it('Basic: no credentials at all says so', async () => {
    const client = new RegistryClient(basic.host, { insecure: true, retry: FAST_RETRY });
    try {
      await expect(client.getManifest('team/basic', 'v1')).rejects.toThrow(
        `Registry ${basic.host} did not accept anonymous access (no credentials were found) for pull access to team/basic`,
      );
    } finally {
      await client.close();
    }
  });

  it('works against an anonymous registry with credentials configured, never sending them', async () => {
    const proxy = await startFaultProxy(open.url, {});
    const sawAuthorization: string[] = [];
    const client = new RegistryClient(proxy.host, {
      insecure: true,
      retry: FAST_RETRY,
      credentials: { username: 'someone', password: 'unused-password', source: 'test' },
      log: (line) => (line.includes('authorization') ? sawAuthorization.push(line) : undefined),
    });
    try {
      const digest = await pushSample(client, 'team/open', sampleImage(), 'v1');
      expect((await client.getManifest('team/open', digest)).digest).toBe(digest);
      expect(sawAuthorization).toEqual([]);
    } finally {
      await client.close();
      await proxy.close();
    }
  });

  it('a 403 becomes REGISTRY_DENIED with what access was refused and how to grant it', async () => {
    // Distribution answers missing rights with 401; ghcr.io and GitLab answer 403. The
    // fault-injecting proxy returns that 403 (their error body) in front of the real registry.
    const proxy = await startFaultProxy(basic.url, {
      respond: (request) =>
        request.method === 'PUT' && request.url.includes('/manifests/')
          ? {
              status: 403,
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({
                errors: [{ code: 'DENIED', message: 'permission_denied: write_package' }],
              }),
            }
          : undefined,
    });
    const client = new RegistryClient(proxy.host, {
      insecure: true,
      retry: FAST_RETRY,
      credentials: { username: basic.username, password: basic.password, source: 'GITHUB_TOKEN' },
    });
    try {
      const failure = pushSample(client, 'team/forbidden', sampleImage(), 'v1');
      await expect(failure).rejects.toMatchObject({ code: 'REGISTRY_DENIED' });
      await expect(failure).rejects.toThrow(
        `Registry ${proxy.host} denied push access to team/forbidden to the credentials from GITHUB_TOKEN`,
      );
      await expect(failure).rejects.toThrow('DENIED: permission_denied: write_package');
      await failure.catch((error: { hint?: string }) =>
        expect(error.hint).toContain('packages: write'),
      );
    } finally {
      await client.close();
      await proxy.close();
    }
  });

  it('finds credentials through DOCKER_CONFIG and a real credential helper', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'imprint-dockercfg-'));
    try {
      const helper = installCredentialHelper(dir);
      helper.store(bearer.host, bearer.username, bearer.password);
      mkdirSync(join(dir, 'cfg'));
      writeFileSync(
        join(dir, 'cfg', 'config.json'),
        JSON.stringify({ credHelpers: { [bearer.host]: TEST_HELPER_NAME } }),
      );
      const pool = new RegistryPool({
        insecureRegistries: [bearer.host],
        retry: FAST_RETRY,
        env: {
          DOCKER_CONFIG: join(dir, 'cfg'),
          PATH: `${helper.binDir}:${process.env.PATH ?? ''}`,
        },
      });
      try {
        await pushSample(await pool.client(bearer.host), 'team/helper', sampleImage(), 'v1');
        expect(helper.requests()).toEqual([bearer.host]);
      } finally {
        await pool.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('never writes a password, Basic value or token into its log', () => {
    const all = logs.join('\n');
    expect(logs.length).toBeGreaterThan(10);
    for (const secret of [basic.password, bearer.password]) {
      expect(all).not.toContain(secret);
      expect(all).not.toContain(Buffer.from(`${basic.username}:${secret}`).toString('base64'));
    }
    expect(all).not.toMatch(JWT);
    expect(all).toContain('Bearer <redacted>');
  });
});
