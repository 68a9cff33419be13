import { Readable } from 'node:stream';
import { gzipSync, zstdCompressSync } from 'node:zlib';
import { ImprintError } from '../../../src/errors.js';
import type { LayerSource } from '../../../src/sbom/layers.js';
import type { Cataloger } from '../../../src/sbom/model.js';
import { walkLayer } from '../../../src/sbom/walk-layer.js';
import { HeldBytes } from '../../../src/sbom/walk-limits.js';
import { GZIP, PLAIN, ZSTD, gzipLayer, rawLayer, tarBytes, ustarHeader } from './support/layers.js';

const wantsTxt: Cataloger = {
  name: 'txt',
  wants: (path) => path.endsWith('.txt'),
  catalog: () => ({ components: [], warnings: [] }),
};
const options = { catalogers: [wantsTxt], maxFileBytes: 1024 };

async function failureOf(promise: Promise<unknown>): Promise<ImprintError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ImprintError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('walkLayer', () => {
  it('keeps the bytes of wanted files only, and every entry kind', async () => {
    const layer = await gzipLayer([
      { name: 'etc/', type: 'directory' },
      { name: 'etc/a.txt', body: 'alpha' },
      { name: 'etc/b.bin', body: 'binary' },
      { name: 'etc/link', type: 'symlink', linkname: 'a.txt' },
      { name: 'etc/hard.txt', type: 'link', linkname: 'etc/a.txt' },
    ]);
    const scan = await walkLayer(layer, options);
    expect(scan.digest).toBe(layer.digest);
    expect([...scan.entries.keys()]).toEqual([
      'etc',
      'etc/a.txt',
      'etc/b.bin',
      'etc/link',
      'etc/hard.txt',
    ]);
    expect(scan.entries.get('etc/a.txt')!.content!.toString()).toBe('alpha');
    expect(scan.entries.get('etc/a.txt')!.wantedBy).toEqual(['txt']);
    expect(scan.entries.get('etc/b.bin')!.content).toBeUndefined();
    expect(scan.entries.get('etc/link')).toMatchObject({ kind: 'symlink', linkTarget: 'a.txt' });
    // A hard link shares its target's bytes.
    expect(scan.entries.get('etc/hard.txt')!.content!.toString()).toBe('alpha');
    expect(scan.warnings).toEqual([]);
  });

  it('records whiteouts and opaque directories instead of entries', async () => {
    const scan = await walkLayer(
      await gzipLayer([
        { name: 'usr/share/.wh.gone.txt' },
        { name: 'opt/app/.wh..wh..opq' },
        { name: 'opt/app/new.txt', body: 'n' },
      ]),
      options,
    );
    expect(scan.removed).toEqual(['usr/share/gone.txt']);
    expect(scan.opaqueDirs).toEqual(['opt/app']);
    expect([...scan.entries.keys()]).toEqual(['opt/app/new.txt']);
  });

  it('reads uncompressed and zstd layers', async () => {
    const tarball = await tarBytes([{ name: 'x.txt', body: 'plain' }]);
    const plain = await walkLayer(rawLayer(tarball, PLAIN), options);
    expect(plain.entries.get('x.txt')!.content!.toString()).toBe('plain');
    const zstd = await walkLayer(rawLayer(zstdCompressSync(tarball), ZSTD), options);
    expect(zstd.entries.get('x.txt')!.content!.toString()).toBe('plain');
  });

  it('normalises absolute names and rejects names that climb out of the root', async () => {
    const layer = await gzipLayer([
      { name: '/etc/abs.txt', body: 'a' },
      { name: './etc/../etc/dot.txt', body: 'd' },
      { name: '../../etc/passwd.txt', body: 'evil' },
      { name: 'etc/../../escape.txt', body: 'evil' },
    ]);
    const scan = await walkLayer(layer, options);
    expect([...scan.entries.keys()]).toEqual(['etc/abs.txt', 'etc/dot.txt']);
    expect(scan.warnings).toEqual([
      `layer ${layer.digest}: skipped entry "../../etc/passwd.txt" because its name climbs out of the image root`,
      `layer ${layer.digest}: skipped entry "etc/../../escape.txt" because its name climbs out of the image root`,
    ]);
  });

  it('refuses a layer with more entries than the limit (whiteouts count too), naming the cap', async () => {
    const items = Array.from({ length: 11 }, (_, i) => ({ name: `gone/.wh.file${i}` }));
    const layer = await gzipLayer(items);
    const error = await failureOf(walkLayer(layer, { ...options, maxEntriesPerLayer: 10 }));
    expect(error.code).toBe('LAYER_INVALID');
    expect(error.message).toBe(
      `layer ${layer.digest} has more than 10 entries, the limit per layer (maxEntriesPerLayer): refused rather than walked`,
    );
    const atLimit = await walkLayer(await gzipLayer(items.slice(0, 10)), {
      ...options,
      maxEntriesPerLayer: 10,
    });
    expect(atLimit.removed).toHaveLength(10);
  });

  it('refuses to hold more wanted bytes than the limit, across the layers of one walk', async () => {
    const held = new HeldBytes(1000);
    const first = await gzipLayer([{ name: 'a.txt', body: Buffer.alloc(600, 1) }]);
    const second = await gzipLayer([{ name: 'b.txt', body: Buffer.alloc(600, 1) }]);
    await walkLayer(first, { ...options, held });
    const error = await failureOf(walkLayer(second, { ...options, held }));
    expect(error.code).toBe('LAYER_INVALID');
    expect(error.message).toBe(
      `keeping /b.txt of layer ${second.digest} would make the SBOM walk hold more than 1000 bytes of wanted files, the limit (maxHeldBytes): refused rather than walked`,
    );
    // Files nobody wants are never held, however many there are.
    const unwanted = await gzipLayer(
      Array.from({ length: 20 }, (_, i) => ({ name: `bin/${i}.bin`, body: Buffer.alloc(600) })),
    );
    await expect(
      walkLayer(unwanted, { ...options, held: new HeldBytes(1000) }),
    ).resolves.toBeDefined();
  });

  it('skips a wanted file over the size limit with a warning, without reading it', async () => {
    const layer = await gzipLayer([
      { name: 'big.txt', body: Buffer.alloc(2048, 1) },
      { name: 'small.txt', body: 'ok' },
    ]);
    const scan = await walkLayer(layer, options);
    expect(scan.entries.get('big.txt')!.content).toBeUndefined();
    expect(scan.entries.get('small.txt')!.content!.toString()).toBe('ok');
    expect(scan.warnings).toEqual([
      `layer ${layer.digest}: skipped /big.txt (2048 bytes), over the per-file limit of 1024 bytes; raise maxFileBytes to catalogue it`,
    ]);
  });

  it('streams past an entry of 2 GiB without buffering it', async () => {
    const size = 2 * 1024 ** 3;
    const zeros = Buffer.alloc(4 * 1024 * 1024);
    const after = await tarBytes([{ name: 'after.txt', body: 'still here' }]);
    function* blob(): Generator<Buffer> {
      yield ustarHeader('huge.txt', size);
      for (let sent = 0; sent < size; sent += zeros.length) yield zeros;
      yield after;
    }
    const layer: LayerSource = {
      digest: 'sha256:' + 'b'.repeat(64),
      mediaType: PLAIN,
      open: () => Promise.resolve(Readable.from(blob())),
    };
    const before = process.memoryUsage().rss;
    const scan = await walkLayer(layer, options);
    expect(process.memoryUsage().rss - before).toBeLessThan(256 * 1024 * 1024);
    expect(scan.entries.get('huge.txt')).toMatchObject({ size });
    expect(scan.entries.get('huge.txt')!.content).toBeUndefined();
    expect(scan.entries.get('after.txt')!.content!.toString()).toBe('still here');
    expect(scan.warnings).toEqual([
      `layer ${layer.digest}: skipped /huge.txt (${size} bytes), over the per-file limit of 1024 bytes; raise maxFileBytes to catalogue it`,
    ]);
  }, 60_000);

  it('streams an oversized file to catalogers that can scan it, warning only for the others', async () => {
    const lengths: Cataloger = {
      name: 'lengths',
      wants: (path) => path.endsWith('.txt'),
      scanOversized: () => {
        let total = 0;
        return { write: (chunk) => (total += chunk.length), end: () => Buffer.from(String(total)) };
      },
      catalog: () => ({ components: [], warnings: [] }),
    };
    const layer = await gzipLayer([{ name: 'big.txt', body: Buffer.alloc(5000, 1) }]);
    const alone = await walkLayer(layer, { catalogers: [lengths], maxFileBytes: 1024 });
    expect(alone.entries.get('big.txt')!.reduced!.get('lengths')!.toString()).toBe('5000');
    expect(alone.entries.get('big.txt')!.wantedBy).toEqual(['lengths']);
    expect(alone.warnings).toEqual([]);
    const mixed = await walkLayer(layer, { catalogers: [wantsTxt, lengths], maxFileBytes: 1024 });
    expect(mixed.entries.get('big.txt')!.wantedBy).toEqual(['lengths']);
    expect(mixed.warnings).toEqual([
      `layer ${layer.digest}: skipped /big.txt (5000 bytes), over the per-file limit of 1024 bytes; raise maxFileBytes to catalogue it`,
    ]);
  });

  it('fails on an entry whose header claims more bytes than the layer holds', async () => {
    const bytes = Buffer.concat([ustarHeader('claims.txt', 2 * 1024 ** 3), Buffer.alloc(4096)]);
    const layer = rawLayer(bytes, PLAIN);
    const error = await failureOf(walkLayer(layer, options));
    expect(error.code).toBe('LAYER_INVALID');
    expect(error.message).toBe(
      `layer ${layer.digest} ends in the middle of a tar entry: the archive is truncated`,
    );
  });

  it('fails on data that is not gzip, naming the layer and the media type', async () => {
    const layer = rawLayer(Buffer.from('this is not gzip at all'));
    const error = await failureOf(walkLayer(layer, options));
    expect(error.code).toBe('LAYER_INVALID');
    expect(error.message).toBe(
      `layer ${layer.digest} is not valid gzip data (incorrect header check)`,
    );
    expect(error.hint).toBe(
      `its media type ${GZIP} promises gzip; the blob is corrupt, truncated or labelled wrongly`,
    );
  });

  it('fails on truncated gzip data', async () => {
    const whole = gzipSync(await tarBytes([{ name: 'a.txt', body: Buffer.alloc(100_000, 7) }]));
    const layer = rawLayer(whole.subarray(0, Math.floor(whole.length / 2)));
    const error = await failureOf(walkLayer(layer, options));
    expect(error.code).toBe('LAYER_INVALID');
    expect(error.message).toBe(
      `layer ${layer.digest} is not valid gzip data (unexpected end of file)`,
    );
  });

  it('fails on a truncated tar', async () => {
    const whole = await tarBytes([{ name: 'a.txt', body: Buffer.alloc(10_000, 7) }]);
    const layer = rawLayer(whole.subarray(0, 3000), PLAIN);
    const error = await failureOf(walkLayer(layer, options));
    expect(error.code).toBe('LAYER_INVALID');
    expect(error.message).toBe(
      `layer ${layer.digest} ends in the middle of a tar entry: the archive is truncated`,
    );
  });

  it('fails on bytes that are not a tar archive', async () => {
    const layer = rawLayer(Buffer.alloc(1024, 0x41), PLAIN);
    const error = await failureOf(walkLayer(layer, options));
    expect(error.code).toBe('LAYER_INVALID');
    expect(error.message).toBe(
      `layer ${layer.digest} is not a valid tar archive (Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?)`,
    );
  });

  it('refuses a media type that is not a tar layer, naming it', async () => {
    const layer = rawLayer(Buffer.from('{}'), 'application/vnd.in-toto+json');
    const error = await failureOf(walkLayer(layer, options));
    expect(error.code).toBe('LAYER_INVALID');
    expect(error.message).toBe(
      `layer ${layer.digest} has media type "application/vnd.in-toto+json", which is not a tar layer imprint can read`,
    );
  });

  it('reports a layer that cannot be opened, and passes typed errors through', async () => {
    const digest = 'sha256:' + 'c'.repeat(64);
    const broken: LayerSource = {
      digest,
      mediaType: GZIP,
      open: () => Promise.reject(new Error('socket hang up')),
    };
    const error = await failureOf(walkLayer(broken, options));
    expect(error.code).toBe('SBOM_FAILED');
    expect(error.message).toBe(`could not open layer ${digest}: socket hang up`);

    const mismatch = new ImprintError('DIGEST_MISMATCH', 'blob digest differs');
    const typed: LayerSource = { digest, mediaType: GZIP, open: () => Promise.reject(mismatch) };
    expect(await failureOf(walkLayer(typed, options))).toBe(mismatch);
  });

  it('reports a stream that fails mid-read', async () => {
    const digest = 'sha256:' + 'd'.repeat(64);
    async function* failing(): AsyncGenerator<Buffer> {
      yield gzipSync(await tarBytes([{ name: 'a.txt', body: 'x' }])).subarray(0, 20);
      throw new Error('connection reset');
    }
    const layer: LayerSource = {
      digest,
      mediaType: GZIP,
      open: () => Promise.resolve(Readable.from(failing())),
    };
    const error = await failureOf(walkLayer(layer, options));
    expect(error.code).toBe('SBOM_FAILED');
    expect(error.message).toBe(`could not read layer ${digest}: connection reset`);
  });

  it('lets a cataloger shrink what it keeps, or drop the file', async () => {
    const reducer: Cataloger = {
      name: 'reducer',
      wants: (path) => path.startsWith('bin/'),
      reduce: (_path, content) =>
        content.toString().startsWith('keep') ? Buffer.from('kept') : undefined,
      catalog: () => ({ components: [], warnings: [] }),
    };
    const scan = await walkLayer(
      await gzipLayer([
        { name: 'bin/a', body: 'keep me' },
        { name: 'bin/b', body: 'drop me' },
      ]),
      { catalogers: [reducer], maxFileBytes: 1024 },
    );
    expect(scan.entries.get('bin/a')!.reduced!.get('reducer')!.toString()).toBe('kept');
    expect(scan.entries.get('bin/a')!.content).toBeUndefined();
    expect(scan.entries.get('bin/b')!.wantedBy).toBeUndefined();
  });
});
