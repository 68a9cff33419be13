/**
 * A registry on this machine that speaks plain HTTP is reached without insecure-registries, as
 * docker and go-containerregistry reach it; one that speaks TLS stays on https; a registry
 * elsewhere is never moved off https without the flag. Real registries (distribution) on
 * 127.0.0.1, through the registry pool every command opens its clients with.
 */
import { RegistryPool } from '../../../src/registry/pool.js';
import type { TlsProbe } from '../../../src/registry/scheme.js';
import { startRegistry, type TestRegistry } from '../../harness/registry.js';
import { FAST_RETRY, pushSample, sampleImage } from './helpers.js';

/** No credentials anywhere: not the docker config of whoever runs the tests. */
const NO_CREDENTIALS = { DOCKER_CONFIG: '/nonexistent/imprint-test' };

let plain: TestRegistry;
let tls: TestRegistry;
beforeAll(async () => {
  [plain, tls] = await Promise.all([startRegistry(), startRegistry({ tls: true })]);
});
afterAll(async () => {
  await Promise.all([plain?.stop(), tls?.stop()]);
});

describe('a loopback registry', () => {
  it('speaking plain HTTP is pushed to and read over http without insecure-registries', async () => {
    const pool = new RegistryPool({ retry: FAST_RETRY, env: NO_CREDENTIALS });
    try {
      const client = await pool.client(plain.host);
      expect(client.transport.baseUrl).toBe(`http://${plain.host}`);
      const image = sampleImage();
      const digest = await pushSample(client, 'loopback/plain', image, 'v1');
      expect((await client.getManifest('loopback/plain', 'v1')).digest).toBe(digest);
    } finally {
      await pool.close();
    }
  });

  it('speaking TLS stays on https, its certificate checked as always', async () => {
    const trusting = new RegistryPool({
      retry: FAST_RETRY,
      env: NO_CREDENTIALS,
      ...(tls.caCertPem && { caCertificates: [tls.caCertPem] }),
    });
    const untrusting = new RegistryPool({
      retry: { ...FAST_RETRY, attempts: 1 },
      env: NO_CREDENTIALS,
    });
    try {
      const client = await trusting.client(tls.host);
      expect(client.transport.baseUrl).toBe(`https://${tls.host}`);
      await pushSample(client, 'loopback/tls', sampleImage(), 'v1');
      const refused = await untrusting.client(tls.host);
      expect(refused.transport.baseUrl).toBe(`https://${tls.host}`);
      await expect(refused.headManifest('loopback/tls', 'v1')).rejects.toMatchObject({
        code: 'REGISTRY_UNREACHABLE',
        hint: "The registry's TLS certificate is not trusted: pass its CA certificate (PEM) to imprint.",
      });
    } finally {
      await Promise.all([trusting.close(), untrusting.close()]);
    }
  });
});

describe('the pool', () => {
  it('opens one client per registry, however the name is spelled', async () => {
    const pool = new RegistryPool({ env: NO_CREDENTIALS });
    try {
      const hub = await pool.client('docker.io');
      expect(await pool.client('Index.Docker.io')).toBe(hub);
      expect(await pool.client('registry-1.docker.io')).toBe(hub);
      expect(await pool.client('ghcr.io')).not.toBe(hub);
    } finally {
      await pool.close();
    }
  });
});

describe('a registry elsewhere', () => {
  it('stays on https without insecure-registries, and is not even probed', async () => {
    const probed: string[] = [];
    const probeTls: TlsProbe = (hostname, port) => {
      probed.push(`${hostname}:${port}`);
      return Promise.resolve('not-tls');
    };
    const pool = new RegistryPool({ env: NO_CREDENTIALS, probeTls });
    const listed = new RegistryPool({
      env: NO_CREDENTIALS,
      probeTls,
      insecureRegistries: ['10.1.2.3:5000'],
    });
    try {
      for (const registry of ['10.1.2.3:5000', 'registry.example.com', '127.0.0.1.nip.io:5000']) {
        expect((await pool.client(registry)).transport.baseUrl).toBe(`https://${registry}`);
      }
      expect((await listed.client('10.1.2.3:5000')).transport.baseUrl).toBe('http://10.1.2.3:5000');
      expect(probed).toEqual([]);
    } finally {
      await Promise.all([pool.close(), listed.close()]);
    }
  });
});
