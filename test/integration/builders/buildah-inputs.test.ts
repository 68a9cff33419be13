/**
 * The build inputs with a real buildah and a real registry: secrets that reach the RUN step and
 * nothing else (not the layers, the config, its history, buildah's arguments or the log), a
 * registry cache pushed and pulled back into an empty store, --no-cache, --pull, annotations in
 * the pushed manifest, and named build contexts. Each test reads what was pushed with plain
 * fetch, not with the product's client.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BuildahBuilder } from '../../../src/builders/buildah.js';
import type { BuildRequest, BuildResult } from '../../../src/builders/model.js';
import { startRegistry, type TestRegistry } from '../../harness/registry.js';
import { recordingLog } from '../../unit/builders/log-recorder.js';
import { scratchContext, uniqueRepository } from './context.js';
import { layerTar, tarFiles } from './layers.js';
import { type PrivateBuildah, privateBuildah, pushShellBase } from './private-buildah.js';
import { getBlobBytes, getManifest, listTags } from './registry-read.js';

/** Everything a pushed single-platform build consists of, as the registry serves it. */
interface PushedImage {
  manifest: { annotations?: Record<string, string>; layers?: { digest: string }[] };
  manifestText: string;
  indexText: string;
  configText: string;
  config: { rootfs: { diff_ids: string[] }; history?: unknown[] };
  /** Each layer: its blob as pushed, and as a tar. */
  layers: { blob: Buffer; tar: Buffer }[];
}

describe('buildah build inputs (real buildah, real registry)', () => {
  let registry: TestRegistry;
  let buildah: PrivateBuildah;
  let builder: BuildahBuilder;
  let runnerTemp: string;
  let base: string;

  beforeAll(async () => {
    registry = await startRegistry();
    buildah = privateBuildah();
    builder = new BuildahBuilder({
      binary: buildah.binary,
      storageDriver: 'vfs',
      isolation: 'chroot',
    });
    base = `${registry.host}/${uniqueRepository('shell')}:1`;
    pushShellBase(buildah, base, 'first');
  });

  beforeEach(() => {
    runnerTemp = mkdtempSync(join(tmpdir(), 'imprint-buildah-inputs-it-'));
  });

  afterEach(() => rmSync(runnerTemp, { recursive: true, force: true }));

  afterAll(async () => {
    buildah?.remove();
    await registry?.stop();
  });

  const request = (
    context: string,
    repository: string,
    overrides: Partial<BuildRequest> = {},
  ): BuildRequest => ({
    context,
    tags: [`${registry.host}/${repository}:1`],
    platforms: ['linux/amd64'],
    buildArgs: {},
    labels: {},
    push: true,
    insecureRegistries: [registry.host],
    tempRoot: runnerTemp,
    ...overrides,
  });

  async function pushed(repository: string, result: BuildResult): Promise<PushedImage> {
    const index = await getManifest(registry, repository, result.digest);
    const entry = index.body.manifests![0]!;
    const manifest = await getManifest(registry, repository, entry.digest);
    const configBytes = await getBlobBytes(registry, repository, manifest.body.config!.digest);
    const layers = [];
    for (const layer of manifest.body.layers ?? []) {
      const blob = await getBlobBytes(registry, repository, layer.digest);
      layers.push({ blob, tar: layerTar(blob) });
    }
    return {
      manifest: manifest.body,
      manifestText: JSON.stringify(manifest.body),
      indexText: JSON.stringify(index.body),
      configText: configBytes.toString('utf8'),
      config: JSON.parse(configBytes.toString('utf8')) as PushedImage['config'],
      layers,
    };
  }

  it('mounts inline, environment and file secrets in the RUN step, and leaves them nowhere else', async () => {
    const salt = Math.random().toString(36).slice(2, 10);
    const secrets = {
      inline: `inline-value-${salt}`,
      env: `env-value-${salt}`,
      file: `file-value-${salt}`,
    };
    const context = scratchContext(
      [
        `FROM ${base}`,
        'RUN --mount=type=secret,id=inline --mount=type=secret,id=fromenv --mount=type=secret,id=fromfile \\',
        '  wc -c < /run/secrets/inline > /inline-length && wc -c < /run/secrets/fromenv > /env-length && \\',
        '  cat /run/secrets/fromfile > /dev/null && wc -c < /run/secrets/fromfile > /file-length && \\',
        '  cat /run/secrets/inline',
        '',
      ].join('\n'),
    );
    const secretFile = join(context, '..', `imprint-secret-${salt}`);
    writeFileSync(secretFile, secrets.file);
    process.env.IMPRINT_IT_BUILD_SECRET = secrets.env;
    const repository = uniqueRepository('buildah-secrets');
    const log = recordingLog();
    try {
      const result = await builder.build(
        request(context, repository, {
          secrets: [
            { id: 'inline', kind: 'value', value: secrets.inline },
            { id: 'fromenv', kind: 'env', variable: 'IMPRINT_IT_BUILD_SECRET' },
            { id: 'fromfile', kind: 'file', path: secretFile },
          ],
        }),
        log,
      );

      const image = await pushed(repository, result);
      // The RUN step read each secret: their lengths are in the image.
      const files = new Map(image.layers.flatMap(({ tar }) => [...tarFiles(tar)]));
      expect(files.get('inline-length')?.trim()).toBe(String(secrets.inline.length));
      expect(files.get('env-length')?.trim()).toBe(String(secrets.env.length));
      expect(files.get('file-length')?.trim()).toBe(String(secrets.file.length));
      expect([...files.keys()].filter((name) => name.startsWith('run/secrets'))).toEqual([]);
      // No value anywhere: layers (as pushed and unpacked), config with its history, manifests.
      const everything = [
        ...image.layers.flatMap(({ blob, tar }) => [
          blob.toString('latin1'),
          tar.toString('latin1'),
        ]),
        image.configText,
        image.manifestText,
        image.indexText,
      ];
      expect(image.config.history?.length).toBeGreaterThan(0);
      for (const value of Object.values(secrets)) {
        expect(everything.filter((text) => text.includes(value))).toEqual([]);
        // Nor what buildah was started with, nor the log.
        expect(buildah.recordedArguments()).not.toContain(value);
        expect(log.all()).not.toContain(value);
      }
      expect(buildah.recordedArguments()).toContain(
        '--secret=id=fromenv,env=IMPRINT_IT_BUILD_SECRET\n',
      );
      // The RUN step printed the inline secret: the log shows the mask.
      expect(log.infos.some((line) => line.includes('***'))).toBe(true);
      expect(readdirSync(runnerTemp)).toEqual([]); // the inline value's file is gone
    } finally {
      delete process.env.IMPRINT_IT_BUILD_SECRET;
      rmSync(secretFile, { force: true });
      rmSync(context, { recursive: true, force: true });
    }
  });

  it('pushes a layer cache to a registry and builds from it in an empty store; --no-cache ignores it', async () => {
    const context = scratchContext(
      `FROM ${base}\nRUN wc -c /bin/sh > /shell-size\nCOPY hello.txt /hello.txt\n`,
    );
    const cacheRepository = uniqueRepository('buildah-cache');
    const cache = `type=registry,ref=${registry.host}/${cacheRepository}`;
    try {
      const firstLog = recordingLog();
      const repository = uniqueRepository('buildah-cached');
      const first = await builder.build(
        request(context, repository, { cacheTo: [cache] }),
        firstLog,
      );
      expect(firstLog.all()).toContain(`Pushing cache ${registry.host}/${cacheRepository}:`);
      expect((await listTags(registry, cacheRepository)).length).toBeGreaterThanOrEqual(2);

      // Nothing local is left: only the registry cache can make the next build reuse layers.
      buildah.empty();
      const secondLog = recordingLog();
      const second = await builder.build(
        request(context, repository, { cacheFrom: [cache] }),
        secondLog,
      );
      expect(secondLog.all()).toContain(
        `Cache pulled from remote ${registry.host}/${cacheRepository}:`,
      );
      const [firstImage, secondImage] = [
        await pushed(repository, first),
        await pushed(repository, second),
      ];
      expect(secondImage.config.rootfs.diff_ids).toEqual(firstImage.config.rootfs.diff_ids);

      buildah.empty();
      const freshLog = recordingLog();
      await builder.build(
        request(context, repository, { cacheFrom: [cache], noCache: true }),
        freshLog,
      );
      expect(buildah.recordedArguments()).toContain('--no-cache\n');
      expect(freshLog.all()).not.toContain('Cache pulled from remote');
      expect(freshLog.all()).not.toContain('Using cache');
    } finally {
      rmSync(context, { recursive: true, force: true });
    }
  });

  // buildah 1.28 asks the registry for the base on every build by default; pull: true makes
  // that `--pull=always`, which must still build from what the registry serves now.
  it('with pull: true builds from the base the registry serves now, not the one held locally', async () => {
    const movingBase = `${registry.host}/${uniqueRepository('moving-base')}:1`;
    pushShellBase(buildah, movingBase, 'first');
    const [baseRepository] = movingBase.slice(registry.host.length + 1).split(':');
    const diffIds = async () => {
      const manifest = await getManifest(registry, baseRepository!, '1');
      const config = await getBlobBytes(registry, baseRepository!, manifest.body.config!.digest);
      return (JSON.parse(config.toString('utf8')) as PushedImage['config']).rootfs.diff_ids;
    };
    const firstBase = await diffIds();
    const context = scratchContext(`FROM ${movingBase}\nCOPY hello.txt /hello.txt\n`);
    const repository = uniqueRepository('buildah-pull');
    try {
      buildah.empty();
      await builder.build(request(context, repository), recordingLog()); // pulls the first base
      pushShellBase(buildah, movingBase, 'second');
      const secondBase = await diffIds();
      expect(secondBase).not.toEqual(firstBase);

      const fresh = await builder.build(
        request(context, repository, { pull: true }),
        recordingLog(),
      );
      expect((await pushed(repository, fresh)).config.rootfs.diff_ids.slice(0, 1)).toEqual(
        secondBase,
      );
      expect(buildah.recordedArguments()).toContain('--pull=always\n');
    } finally {
      rmSync(context, { recursive: true, force: true });
    }
  });

  it('gives a RUN step an SSH agent socket for the key, and leaves the key out of the image', async () => {
    const keys = mkdtempSync(join(tmpdir(), 'imprint-ssh-key-'));
    const key = join(keys, 'deploy');
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'imprint-test', '-f', key]);
    const context = scratchContext(
      `FROM ${base}\nRUN --mount=type=ssh,id=deploy test -S "$SSH_AUTH_SOCK" && echo agent > /ssh-agent-seen\n`,
    );
    const repository = uniqueRepository('buildah-ssh');
    try {
      const result = await builder.build(
        request(context, repository, { ssh: [`deploy=${key}`] }),
        recordingLog(),
      );
      const image = await pushed(repository, result);
      const files = new Map(image.layers.flatMap(({ tar }) => [...tarFiles(tar)]));
      expect(files.get('ssh-agent-seen')).toBe('agent\n');
      const privateKey = readFileSync(key, 'utf8').split('\n')[1]!;
      for (const { blob, tar } of image.layers) {
        expect(blob.toString('latin1')).not.toContain(privateKey);
        expect(tar.toString('latin1')).not.toContain(privateKey);
      }
      expect(buildah.recordedArguments()).toContain(`--ssh=deploy=${key}\n`);
    } finally {
      rmSync(keys, { recursive: true, force: true });
      rmSync(context, { recursive: true, force: true });
    }
  });

  it('puts annotations into the pushed image manifest and copies from a named build context', async () => {
    const extra = mkdtempSync(join(tmpdir(), 'imprint-extra-context-'));
    mkdirSync(join(extra, 'docs'));
    writeFileSync(join(extra, 'docs', 'notes.txt'), 'from the named context\n');
    const context = scratchContext('FROM scratch\nCOPY --from=extra docs/notes.txt /notes.txt\n');
    const repository = uniqueRepository('buildah-annotations');
    try {
      const result = await builder.build(
        request(context, repository, {
          annotations: [
            'org.opencontainers.image.description=Built, with commas',
            'manifest:org.example.flavour=plain',
          ],
          buildContexts: { extra },
        }),
        recordingLog(),
      );
      const image = await pushed(repository, result);
      expect(image.manifest.annotations).toMatchObject({
        'org.opencontainers.image.description': 'Built, with commas',
        'org.example.flavour': 'plain',
      });
      const files = new Map(image.layers.flatMap(({ tar }) => [...tarFiles(tar)]));
      expect(files.get('notes.txt')).toBe('from the named context\n');
    } finally {
      rmSync(extra, { recursive: true, force: true });
      rmSync(context, { recursive: true, force: true });
    }
  });
});
