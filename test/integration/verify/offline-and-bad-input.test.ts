/**
 * Offline means offline: with `--offline` and a trusted root, verification opens sockets to
 * the registry and nothing else (every socket connect of the process is recorded), the
 * Sigstore services see no request, and the registry sees exactly the documented minimum of
 * requests per image. Then the failures a person meets: an image that does not exist, a
 * registry that never answers, a malformed policy, an unreadable manifest.
 */
import { createServer, Socket, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { EXIT_FAILED, EXIT_USAGE } from '../../../src/doors/exit-codes.js';
import { startFaultProxy, type FaultProxy } from '../registry/fault-proxy.js';
import { attachFullEvidence, pushImage, SBOM } from './evidence-store.js';
import { checksOf, startWorld, type VerifyWorld, verifyCli, writePolicy } from './context.js';

let world: VerifyWorld;

beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => {
  await world?.stop();
});

const POLICY = [
  'apiVersion: imprint/v1',
  'kind: Policy',
  'signers:',
  '  - key: ./alice.pub',
  'attestations:',
  `  - type: ${SBOM}`,
  '  - type: https://slsa.dev/provenance/v1',
].join('\n');

/** Records the destination of every TCP connection this process opens. */
function recordConnections(): { destinations: string[]; restore(): void } {
  const destinations: string[] = [];
  // Kept to be called with the socket as `this` (apply below), and put back afterwards.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const original = Socket.prototype.connect;
  Socket.prototype.connect = function (this: Socket, ...args: unknown[]) {
    // net.connect passes normalised arguments as one array: [options, listener].
    const first = (Array.isArray(args[0]) ? args[0][0] : args[0]) as
      { host?: string; port?: number; path?: string } | number;
    destinations.push(
      typeof first === 'number'
        ? `localhost:${first}`
        : (first.path ?? `${first.host ?? 'localhost'}:${first.port}`),
    );
    return (original as (...a: unknown[]) => Socket).apply(this, args);
  };
  return { destinations, restore: () => (Socket.prototype.connect = original) };
}

describe('offline verification', () => {
  let proxy: FaultProxy;
  beforeAll(async () => {
    proxy = await startFaultProxy(world.registry.url, {});
  });
  afterAll(async () => {
    await proxy.close();
  });

  it('talks to the registry only, and only the documented minimum: 4 + 2n requests per image (+1 probe per run)', async () => {
    const images = [
      await pushImage(world.client, 'verify/offline', 'a'),
      await pushImage(world.client, 'verify/offline', 'b'),
    ];
    for (const image of images) await attachFullEvidence(world.client, image, world.alice);
    const references = images.map((image) => image.pinned.replace(world.registry.host, proxy.host));
    const policy = writePolicy(world, 'offline.yaml', POLICY);
    const sigstoreBefore = { ...world.stack.counts };
    proxy.seen.length = 0;
    const sockets = recordConnections();
    let run;
    try {
      run = await verifyCli(world, [
        ...references,
        '--policy',
        policy,
        '--offline',
        '--insecure-registries',
        proxy.host,
      ]);
    } finally {
      sockets.restore();
    }
    expect(run.code).toBe(0);
    // The proxy runs in this process too: its upstream sockets to the registry are recorded as well.
    expect(new Set(sockets.destinations)).toEqual(new Set([proxy.host, world.registry.host]));
    expect(world.stack.counts).toEqual(sigstoreBefore);
    // Per image: manifest 1 + referrers list 1 + 4 bundles × 2 + .sig/.att 2 = 12; once per run:
    // the referrers API probe that learns distribution 2.8 has none.
    const requests = proxy.seen.map(
      (r) => `${r.method} ${r.url.replace(/sha256[:-][a-f0-9]{64}/g, 'D')}`,
    );
    expect(requests.filter((r) => r.includes('/referrers/'))).toEqual([
      'GET /v2/verify/offline/referrers/D',
    ]);
    expect(proxy.seen).toHaveLength(2 * 12 + 1);
  });
});

describe('failures a person meets', () => {
  it('an image that does not exist fails, saying the registry does not know it', async () => {
    const reference = `${world.registry.host}/verify/nothing:1.0`;
    const run = await verifyCli(world, [
      reference,
      '--policy',
      writePolicy(world, 'nothing.yaml', POLICY),
    ]);
    expect(run.code).toBe(EXIT_FAILED);
    expect(checksOf(run)['image.resolved']).toMatchObject({
      outcome: 'fail',
      found: expect.stringMatching(
        new RegExp(
          `^unresolved: reading ${reference.replace(/[.]/g, '\\.')}: Not found on registry .*MANIFEST_UNKNOWN`,
        ),
      ),
      hint: 'check that the reference exists and the registry credentials can read it',
    });
  });

  it('a registry that never answers fails within the time limit, with the reason', async () => {
    const silent: Server = createServer(() => {
      // accept and say nothing
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const host = `127.0.0.1:${(silent.address() as AddressInfo).port}`;
    try {
      const started = Date.now();
      const run = await verifyCli(
        world,
        [
          `${host}/verify/app:1`,
          '--policy',
          writePolicy(world, 'silent.yaml', POLICY),
          '--insecure-registries',
          host,
        ],
        {
          timeoutMs: 300,
          retry: { attempts: 1 },
        },
      );
      expect(Date.now() - started).toBeLessThan(5000);
      expect(run.code).toBe(EXIT_FAILED);
      expect(checksOf(run)['evidence.registry']).toMatchObject({
        outcome: 'fail',
        found: expect.stringMatching(
          new RegExp(
            `^reading ${host}/verify/app:1: Could not reach GET http://${host}/v2/verify/app/manifests/1 after 1 attempt: .*[Tt]imeout`,
          ),
        ),
      });
    } finally {
      silent.close();
    }
  });

  it('a malformed policy stops before any registry request, naming the line', async () => {
    const policy = writePolicy(world, 'malformed.yaml', `${POLICY}\nmode: enforced\n`);
    const run = await verifyCli(world, [`${world.registry.host}/verify/app:1`, '--policy', policy]);
    expect(run.code).toBe(EXIT_USAGE);
    expect(run.log).toContain('malformed.yaml:8:7 mode:');
    expect(run.report.images).toBeUndefined();
  });

  it('an unreadable manifest file is named', async () => {
    const run = await verifyCli(world, [
      '--manifests',
      'deploy/missing.yaml',
      '--policy',
      writePolicy(world, 'any.yaml', POLICY),
    ]);
    expect(run.code).toBe(EXIT_USAGE);
    expect(run.log).toContain('error: deploy/missing.yaml: cannot read the manifest: no such file');
  });
});
