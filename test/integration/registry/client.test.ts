/**
 * The registry client against real distribution 2.8 registries, one per auth variant:
 * blobs (monolithic and chunked), manifests, tags, digest checks on every read.
 */
import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { RegistryClient } from '../../../src/registry/client.js';
import { MEDIA_TYPES, parseManifest } from '../../../src/registry/manifest.js';
import { type RegistryOptions, startRegistry, type TestRegistry } from '../../harness/registry.js';
import { clientFor, pushSample, sampleImage } from './helpers.js';

const variants: Array<[string, RegistryOptions]> = [
  ['anonymous', { auth: 'none' }],
  ['basic', { auth: 'basic' }],
  ['bearer', { auth: 'bearer' }],
  ['tls', { auth: 'none', tls: true }],
  ['bearer over tls', { auth: 'bearer', tls: true }],
];

describe.each(variants)('registry client against a %s registry', (_name, options) => {
  let registry: TestRegistry;
  let client: RegistryClient;
  const requests: string[] = [];

  beforeAll(async () => {
    registry = await startRegistry(options);
    client = clientFor(registry, { onRequest: (method, url) => requests.push(`${method} ${url}`) });
  });
  afterAll(async () => {
    await client.close();
    await registry.stop();
  });

  it('pushes blobs and a manifest, then reads them back by tag and by digest', async () => {
    const image = sampleImage();
    const digest = await pushSample(client, 'team/app', image, '1.0.0');
    expect(digest).toBe(image.manifestDigest);

    const byTag = await client.getManifest('team/app', '1.0.0');
    expect(byTag).toMatchObject({
      digest,
      mediaType: MEDIA_TYPES.ociManifest,
      size: image.manifest.length,
    });
    expect(byTag.bytes.equals(image.manifest)).toBe(true);
    const byDigest = await client.getManifest('team/app', digest);
    expect(byDigest.digest).toBe(digest);

    expect(await client.headManifest('team/app', '1.0.0')).toEqual({
      mediaType: MEDIA_TYPES.ociManifest,
      digest,
      size: image.manifest.length,
    });
    expect(await client.headManifest('team/app', 'no-such-tag')).toBeUndefined();

    const parsed = parseManifest(byTag.bytes, byTag.mediaType);
    expect(parsed.kind).toBe('manifest');
    const layerDigest = parsed.kind === 'manifest' ? parsed.manifest.layers[0]!.digest : '';
    expect((await client.getBlobBytes('team/app', layerDigest, 4096)).equals(image.layer)).toBe(
      true,
    );
    expect(await client.hasBlob('team/app', layerDigest)).toBe(true);
    expect(await client.listTags('team/app')).toEqual(['1.0.0']);
  });

  it('skips a blob the registry already has', async () => {
    const blob = randomBytes(300);
    const first = await client.pushBlob('team/skip', blob);
    const before = requests.length;
    const second = await client.pushBlob('team/skip', blob);
    expect(first.existed).toBe(false);
    expect(second).toEqual({ digest: first.digest, size: 300, existed: true });
    // One HEAD, no upload (plus at most one token request on bearer registries).
    const made = requests.slice(before);
    expect(made.filter((r) => r.startsWith('HEAD '))).toHaveLength(1);
    expect(made.filter((r) => /^(POST|PUT|PATCH) /.test(r))).toHaveLength(0);
  });

  it('uploads a stream in PATCH chunks with Content-Range and commits it by digest', async () => {
    const data = randomBytes(70_000);
    const digest = `sha256:${createHash('sha256').update(data).digest('hex')}`;
    const before = requests.length;
    const pushed = await client.pushBlob(
      'team/chunked',
      Readable.from([data.subarray(0, 1000), data.subarray(1000)]),
      {
        chunkSize: 32 * 1024,
      },
    );
    expect(pushed).toEqual({ digest, size: 70_000, existed: false });
    expect(requests.slice(before).filter((r) => r.startsWith('PATCH '))).toHaveLength(3);
    expect(await text(await client.getBlob('team/chunked', digest))).toBe(data.toString());
  });

  it('uploads a buffer larger than the chunk size in chunks too', async () => {
    const data = randomBytes(10_000);
    const before = requests.length;
    const pushed = await client.pushBlob('team/chunked', data, { chunkSize: 4096 });
    expect(pushed.size).toBe(10_000);
    expect(requests.slice(before).filter((r) => r.startsWith('PATCH '))).toHaveLength(3);
    expect((await client.getBlobBytes('team/chunked', pushed.digest, 20_000)).equals(data)).toBe(
      true,
    );
  });

  it('lists every tag (distribution 2.8 answers in one unsorted page, whatever ?n= says)', async () => {
    const image = sampleImage();
    await pushSample(client, 'team/tags', image, 't1');
    for (const tag of ['t2', 't3', 't4', 't5']) {
      await client.putManifest('team/tags', tag, image.manifest, MEDIA_TYPES.ociManifest);
    }
    expect((await client.listTags('team/tags', { pageSize: 2 })).sort()).toEqual([
      't1',
      't2',
      't3',
      't4',
      't5',
    ]);
  });

  it('refuses blobs whose data does not have the digest given, before committing them', async () => {
    const data = randomBytes(500);
    const wrong = `sha256:${'0'.repeat(64)}`;
    await expect(client.pushBlob('team/wrong', data, { digest: wrong })).rejects.toMatchObject({
      code: 'DIGEST_MISMATCH',
      message: expect.stringContaining(
        `Blob for team/wrong: expected digest ${wrong}, but the content hashes to sha256:`,
      ) as unknown,
    });
    await expect(
      client.pushBlob('team/wrong', Readable.from([data]), { digest: wrong, chunkSize: 256 }),
    ).rejects.toMatchObject({ code: 'DIGEST_MISMATCH' });
    await expect(
      client.pushBlob('team/wrong', Readable.from([data]), { size: 501 }),
    ).rejects.toMatchObject({
      code: 'DIGEST_MISMATCH',
      message: 'Blob for team/wrong: expected 501 bytes, read 500.',
    });
    expect(await client.hasBlob('team/wrong', wrong)).toBe(false);
  });

  it('caps getBlobBytes with BLOB_TOO_LARGE', async () => {
    const pushed = await client.pushBlob('team/big', randomBytes(5000));
    await expect(client.getBlobBytes('team/big', pushed.digest, 4999)).rejects.toMatchObject({
      code: 'BLOB_TOO_LARGE',
      message: `Blob team/big@${pushed.digest} on ${registry.host} is larger than the limit of 4999 bytes.`,
    });
  });

  it('deletes a manifest by digest', async () => {
    const digest = await pushSample(client, 'team/deleted', sampleImage(), 'gone');
    await client.deleteManifest('team/deleted', digest);
    expect(await client.headManifest('team/deleted', digest)).toBeUndefined();
  });

  it('refuses a missing manifest with REGISTRY_NOT_FOUND naming the registry', async () => {
    await expect(client.getManifest('team/app', 'missing')).rejects.toMatchObject({
      code: 'REGISTRY_NOT_FOUND',
      message: expect.stringContaining(`Not found on registry ${registry.host}`) as unknown,
    });
    await expect(client.getManifest('team/app', 'missing')).rejects.toThrow('MANIFEST_UNKNOWN');
  });
});
