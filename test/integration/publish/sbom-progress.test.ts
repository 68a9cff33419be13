/**
 * The SBOM step reports the layer bytes it reads: an image pushed to a real registry, the
 * step run with the run's progress, and the log must end the layer reading with the total.
 */
import { createHash } from 'node:crypto';
import { progressFor } from '../../../src/ci/progress.js';
import { generateSboms } from '../../../src/publish/sbom-step.js';
import { descriptorOf, MEDIA_TYPES } from '../../../src/registry/manifest.js';
import { parseReference } from '../../../src/registry/reference.js';
import { capturedContext } from '../../harness/context.js';
import { startRegistry, type TestRegistry } from '../../harness/registry.js';
import { clientFor } from '../registry/helpers.js';
import { PLAIN, tarBytes } from '../../unit/sbom/support/layers.js';

const FILE_BYTES = 100 * 1024;
/** A plain tar of one 100 KiB file: 512 B header + 100 KiB + 1 KiB end-of-archive = 101.5 KiB. */
const LAYER_BYTES = 512 + FILE_BYTES + 1024;

let registry: TestRegistry;

beforeAll(async () => {
  registry = await startRegistry();
});
afterAll(async () => {
  await registry?.stop();
});

/** Two uncompressed layers (so their sizes are known exactly), a config and the manifest. */
async function pushImage(repository: string): Promise<{ digest: string; layers: Buffer[] }> {
  const client = clientFor(registry);
  const layers = await Promise.all(
    ['a', 'b'].map((name) =>
      tarBytes([{ name: `data/${name}.bin`, body: Buffer.alloc(FILE_BYTES, name) }]),
    ),
  );
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      rootfs: {
        type: 'layers',
        diff_ids: layers.map((l) => `sha256:${createHash('sha256').update(l).digest('hex')}`),
      },
    }),
  );
  for (const blob of [config, ...layers]) await client.pushBlob(repository, blob);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociManifest,
      config: descriptorOf(config, MEDIA_TYPES.ociConfig),
      layers: layers.map((layer) => descriptorOf(layer, PLAIN)),
    }),
  );
  const digest = await client.putManifest(repository, 'v1', manifest, MEDIA_TYPES.ociManifest);
  await client.close();
  return { digest, layers };
}

describe('SBOM step progress', () => {
  it('logs a final line with the bytes of every layer read from the registry', async () => {
    const { digest, layers } = await pushImage('acme/progress');
    expect(layers.map((layer) => layer.length)).toEqual([LAYER_BYTES, LAYER_BYTES]);
    const { context, output } = capturedContext();
    const client = clientFor(registry);
    try {
      await generateSboms(
        {
          client,
          repository: parseReference(`${registry.host}/acme/progress`),
          pinned: {
            digest,
            mediaType: MEDIA_TYPES.ociManifest,
            imageRef: `${registry.host}/acme/progress@${digest}`,
            platformDigests: {},
          },
          tempRoot: context.platform.tempRoot,
          // Not a terminal, so the lines go through the run's logger as in CI.
          progress: progressFor(context, { isTTY: false, write: () => true }),
        },
        context.log,
      );
    } finally {
      await client.close();
    }
    // 2 × 101.5 KiB
    expect(output()).toMatch(
      new RegExp(
        `^SBOM ${registry.host.replace(/\./g, '\\.')}/acme/progress: layers: 203 KiB in \\d+\\.\\d s, [\\d.]+ (B|KiB|MiB|GiB)/s$`,
        'm',
      ),
    );
  });
});
