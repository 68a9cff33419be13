/**
 * `imprint verify --bundle`: the evidence comes from the bundle files publish wrote (its
 * bundle-path folder), never from the registry. A digest-pinned image whose manifest lies beside
 * the bundles needs no registry at all (every socket the process opens is recorded: none);
 * otherwise the registry is asked for the manifest once. An index is verified with each platform, bundles about other
 * images are ignored with a note, and a file that is not a bundle fails the run (exit 2).
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from '../../../src/doors/exit-codes.js';
import { startFaultProxy } from '../registry/fault-proxy.js';
import { checksOf, startWorld, type VerifyWorld, verifyCli, writePolicy } from './context.js';
import { type PushedImage, pushImage, pushIndex } from './evidence-store.js';
import { publishWithKey } from './key-publish.js';

let world: VerifyWorld;
let index: PushedImage;
let bundleDir: string;
let other: { image: PushedImage; bundleDir: string };

beforeAll(async () => {
  world = await startWorld();
  index = await pushIndex(world.client, 'files/app', 'v1');
  const published = await publishWithKey(world, index.reference);
  bundleDir = published.outputs['bundle-path']!;
  writeFileSync(join(world.work, 'files.pub'), published.publicKeyPem);
  // Another image signed with another key: its bundles belong to none of the images verified.
  const otherImage = await pushImage(world.client, 'files/other', 'v1');
  const otherRun = await publishWithKey(world, otherImage.reference);
  other = { image: otherImage, bundleDir: otherRun.outputs['bundle-path']! };
});
afterAll(async () => {
  await world?.stop();
});

/** Records the destination of every TCP connection this process opens. */
function recordConnections(): { destinations: string[]; restore(): void } {
  const destinations: string[] = [];
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const original = Socket.prototype.connect;
  Socket.prototype.connect = function (this: Socket, ...args: unknown[]) {
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

const pinned = () => `${world.registry.host}/files/app@${index.digest}`;

describe('verify --bundle with the folder publish wrote', () => {
  it('holds the bundles of the index and of each platform, and the index itself', () => {
    const names = readdirSync(bundleDir).sort();
    const hex = (digest: string) => digest.slice('sha256:'.length);
    expect(names).toEqual(
      [
        `${hex(index.digest)}.manifest.json`,
        `${hex(index.digest)}.signature.sigstore.json`,
        ...index.platforms!.map((p) => `${hex(p.digest)}.signature.sigstore.json`),
      ].sort(),
    );
  });

  it('a digest-pinned index verifies with each platform and opens no connection at all', async () => {
    const sigstoreBefore = { ...world.stack.counts };
    const sockets = recordConnections();
    let run;
    try {
      run = await verifyCli(world, [
        pinned(),
        '--key',
        './files.pub',
        '--bundle',
        bundleDir,
        '--offline',
      ]);
    } finally {
      sockets.restore();
    }
    expect(sockets.destinations).toEqual([]);
    expect(world.stack.counts).toEqual(sigstoreBefore);
    expect(run.code).toBe(EXIT_OK);
    const image = run.report.images[0]!;
    expect(image.platforms?.map((p) => [p.platform, p.outcome])).toEqual([
      ['linux/amd64', 'pass'],
      ['linux/arm64', 'pass'],
    ]);
    expect(run.log).toContain('evidence from 3 bundle file(s), not from the registry');
  });

  it('without the manifest among the files, the registry is asked for it once, and for no evidence', async () => {
    const proxy = await startFaultProxy(world.registry.url, {});
    try {
      const viaProxy = `${proxy.host}/files/app`;
      const bundlesOnly = await verifyCli(world, [
        `${viaProxy}@${index.digest}`,
        '--key',
        './files.pub',
        `--bundle=${join(bundleDir, '*.sigstore.json')}`,
        '--insecure-registries',
        proxy.host,
        '--offline',
      ]);
      expect(bundlesOnly.code).toBe(EXIT_OK);
      expect(proxy.seen.map((r) => `${r.method} ${r.url}`)).toEqual([
        `GET /v2/files/app/manifests/${index.digest}`,
      ]);
      // A tag (where the policy allows one) costs the same single request.
      proxy.seen.length = 0;
      const policy = writePolicy(
        world,
        'bundle-tags.yaml',
        [
          'apiVersion: imprint/v1',
          'kind: Policy',
          'images: {requireDigest: false}',
          'signers:',
          '  - key: ./files.pub',
        ].join('\n'),
      );
      const byTag = await verifyCli(world, [
        `${viaProxy}:v1`,
        '--policy',
        policy,
        '--bundle',
        bundleDir,
        '--insecure-registries',
        proxy.host,
        '--offline',
      ]);
      expect(byTag.code).toBe(EXIT_OK);
      expect(proxy.seen.map((r) => `${r.method} ${r.url}`)).toEqual([
        'GET /v2/files/app/manifests/v1',
      ]);
    } finally {
      await proxy.close();
    }
  });

  it('bundles about other images are ignored with a note, and do not count', async () => {
    const run = await verifyCli(world, [
      pinned(),
      '--key',
      './files.pub',
      '--bundle',
      bundleDir,
      '--bundle',
      join(other.bundleDir, '*.sigstore.json'),
      '--offline',
    ]);
    expect(run.code).toBe(EXIT_OK);
    expect(run.log).toContain(
      `bundle file ${join(other.bundleDir, `${other.image.digest.slice(7)}.signature.sigstore.json`)} ignored: it is about ${other.image.digest}, none of the images verified (or their platforms)`,
    );
    // The other image's own bundles, offered for this image's digest, still verify nothing here.
    const swapped = await verifyCli(world, [
      pinned(),
      '--key',
      './files.pub',
      '--bundle',
      other.bundleDir,
      '--offline',
    ]);
    expect(swapped.code).toBe(EXIT_FAILED);
    expect(checksOf(swapped).signer).toMatchObject({
      outcome: 'fail',
      found: 'no signature found',
    });
  });

  it('a platform whose bundle is missing fails: an index is verified with its platforms', async () => {
    const partial = mkdtempSync(join(tmpdir(), 'imprint-partial-bundles-'));
    cpSync(bundleDir, partial, { recursive: true });
    const arm64 = index.platforms![1]!.digest.slice(7);
    rmSync(join(partial, `${arm64}.signature.sigstore.json`));
    const run = await verifyCli(world, [
      pinned(),
      '--key',
      './files.pub',
      '--bundle',
      partial,
      '--offline',
    ]);
    expect(run.code).toBe(EXIT_FAILED);
    const platforms = run.report.images[0]!.platforms;
    expect(platforms.map((p) => [p.platform, p.outcome])).toEqual([
      ['linux/amd64', 'pass'],
      ['linux/arm64', 'fail'],
    ]);
  });

  it('a file that is not a bundle, or a path that does not exist, is bad input (exit 2)', async () => {
    const junk = join(mkdtempSync(join(tmpdir(), 'imprint-junk-')), 'junk.sigstore.json');
    writeFileSync(junk, '{"mediaType": "nope"');
    const broken = await verifyCli(world, [pinned(), '--key', './files.pub', '--bundle', junk]);
    expect(broken.code).toBe(EXIT_USAGE);
    expect(broken.log).toContain(`bundle file ${junk} is not a Sigstore bundle: malformed bundle`);
    const missing = await verifyCli(world, [
      pinned(),
      '--key',
      './files.pub',
      '--bundle',
      'nowhere/bundles',
    ]);
    expect(missing.code).toBe(EXIT_USAGE);
    expect(missing.log).toContain(
      'bundle file nowhere/bundles cannot be read: there is no such file or folder\n  hint: check the path',
    );
  });
});
