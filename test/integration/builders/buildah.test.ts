/**
 * buildah against real registries (distribution 2.8, anonymous and Basic): real
 * multi-platform OCI indexes, read back with plain fetch.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BuildahBuilder, OCI_INDEX_MEDIA_TYPE } from '../../../src/builders/buildah.js';
import type { BuildRequest } from '../../../src/builders/model.js';
import { startRegistry, type TestRegistry } from '../../harness/registry.js';
import { recordingLog } from '../../unit/builders/log-recorder.js';
import { scratchContext, uniqueRepository } from './context.js';
import { getBlobJson, getManifest, headDigest } from './registry-read.js';

// vfs: overlay storage does not work on this machine (HARNESS.md).
const STORAGE = ['--storage-driver=vfs'];
const buildah = new BuildahBuilder({ storageDriver: 'vfs', isolation: 'chroot' });

/** The manifest list a build used, from its echoed `buildah build --manifest=…` command. */
function listNameOf(log: { infos: string[] }): string {
  const match = /--manifest=(localhost\/imprint-build-[0-9a-f-]+)/.exec(log.infos.join('\n'));
  if (!match) throw new Error('no buildah build --manifest line in the log');
  return `${match[1]}:latest`;
}

// Other suites may build with buildah at the same time: look only for this build's list.
function localImageNames(): string[] {
  return execFileSync('buildah', [...STORAGE, 'images', '--all', '--format={{.Name}}:{{.Tag}}'])
    .toString()
    .split('\n')
    .filter(Boolean);
}

describe('buildah builder (real buildah, real registries)', () => {
  let open: TestRegistry;
  let locked: TestRegistry;
  let context: string;
  /** The job's temp directory (the CI platform's tempRoot), fresh per test. */
  let runnerTemp: string;

  const request = (overrides: Partial<BuildRequest>): BuildRequest => ({
    context,
    tags: [],
    platforms: [],
    buildArgs: {},
    labels: {},
    push: true,
    insecureRegistries: [open.host, locked.host],
    tempRoot: runnerTemp,
    ...overrides,
  });

  beforeAll(async () => {
    [open, locked] = await Promise.all([startRegistry(), startRegistry({ auth: 'basic' })]);
    context = scratchContext();
  });

  beforeEach(() => {
    runnerTemp = mkdtempSync(join(tmpdir(), 'imprint-buildah-it-'));
  });

  afterEach(() => {
    rmSync(runnerTemp, { recursive: true, force: true });
  });

  afterAll(async () => {
    rmSync(context, { recursive: true, force: true });
    await Promise.all([open?.stop(), locked?.stop()]);
  });

  it('pushes a single platform as an OCI index and reports its digest and platform', async () => {
    const repository = uniqueRepository('buildah-single');
    const result = await buildah.build(
      request({ tags: [`${open.host}/${repository}:1`], platforms: ['linux/amd64'] }),
      recordingLog(),
    );

    const index = await getManifest(open, repository, '1');
    expect(index.contentType).toBe(OCI_INDEX_MEDIA_TYPE);
    expect(index.body.manifests).toHaveLength(1);
    expect(result).toEqual({
      digest: index.digest,
      pushed: true,
      builder: 'buildah',
      mediaType: OCI_INDEX_MEDIA_TYPE,
      platformDigests: { 'linux/amd64': index.body.manifests![0]!.digest },
    });
    expect(readdirSync(runnerTemp)).toEqual([]);
  });

  it('pushes linux/amd64 and linux/arm64 to a Basic-auth registry under two tags', async () => {
    const repository = uniqueRepository('buildah-multi');
    const tags = [`${locked.host}/${repository}:1`, `${locked.host}/${repository}:latest`];
    const registryAuth = [
      { registry: locked.host, username: locked.username, password: locked.password },
    ];
    const log = recordingLog();
    const result = await buildah.build(
      request({ tags, registryAuth, platforms: ['linux/amd64', 'linux/arm64'] }),
      log,
    );

    expect(await headDigest(locked, repository, '1')).toBe(result.digest);
    expect(await headDigest(locked, repository, 'latest')).toBe(result.digest);
    const index = await getManifest(locked, repository, result.digest);
    expect(index.contentType).toBe(OCI_INDEX_MEDIA_TYPE);
    const fromRegistry = Object.fromEntries(
      (index.body.manifests ?? []).map((entry) => [
        `${entry.platform!.os}/${entry.platform!.architecture}`,
        entry.digest,
      ]),
    );
    expect(Object.keys(fromRegistry).sort()).toEqual(['linux/amd64', 'linux/arm64']);
    expect(result.platformDigests).toEqual(fromRegistry);
    // Each platform image really is built for its platform.
    for (const [platform, digest] of Object.entries(fromRegistry)) {
      const manifest = await getManifest(locked, repository, digest);
      const config = await getBlobJson(locked, repository, manifest.body.config!.digest);
      expect(`${config.os}/${config.architecture}`).toBe(platform);
    }
    expect(log.all()).not.toContain(locked.password);
    expect(readdirSync(runnerTemp)).toEqual([]); // auth file and digest files removed
  });

  it('runs again with the same request and leaves no local manifest list behind', async () => {
    const repository = uniqueRepository('buildah-rerun');
    const same = request({
      tags: [`${open.host}/${repository}:1`],
      platforms: ['linux/amd64', 'linux/arm64'],
    });
    const logs = [recordingLog(), recordingLog()];
    const first = await buildah.build(same, logs[0]!);
    const second = await buildah.build(same, logs[1]!);

    expect(await headDigest(open, repository, '1')).toBe(second.digest);
    expect(Object.keys(second.platformDigests ?? {}).sort()).toEqual(
      Object.keys(first.platformDigests ?? {}).sort(),
    );
    expect(logs.flatMap((log) => log.warnings)).toEqual([]);
    const lists = logs.map(listNameOf);
    expect(lists[0]).not.toBe(lists[1]);
    expect(localImageNames()).not.toContain(lists[0]);
    expect(localImageNames()).not.toContain(lists[1]);
  });

  it('fails with REGISTRY_AUTH_FAILED naming the registry for a wrong password', async () => {
    const tags = [`${locked.host}/${uniqueRepository('buildah-wrong')}:1`];
    const registryAuth = [{ registry: locked.host, username: locked.username, password: 'not-it' }];
    const log = recordingLog();
    await expect(buildah.build(request({ tags, registryAuth }), log)).rejects.toMatchObject({
      code: 'REGISTRY_AUTH_FAILED',
      message: expect.stringContaining(
        `could not log in to registry ${locked.host} as "${locked.username}"`,
      ),
    });
    expect(log.all()).not.toContain('not-it');
    expect(readdirSync(runnerTemp)).toEqual([]);
  });

  it('fails with REGISTRY_AUTH_FAILED naming the registry when pushing without credentials', async () => {
    const tags = [`${locked.host}/${uniqueRepository('buildah-anon-to-basic')}:1`];
    await expect(buildah.build(request({ tags }), recordingLog())).rejects.toMatchObject({
      code: 'REGISTRY_AUTH_FAILED',
      message: expect.stringContaining(`pushing ${tags[0]} to registry ${locked.host} failed`),
      hint: expect.stringContaining(`registry-password for ${locked.host}`),
    });
  });

  it('fails with BUILD_FAILED carrying the end of the buildah output, and cleans up', async () => {
    const broken = scratchContext('FROM scratch\nCOPY missing.txt /missing.txt\n');
    try {
      const tags = [`${open.host}/${uniqueRepository('buildah-broken')}:1`];
      const log = recordingLog();
      await expect(buildah.build(request({ context: broken, tags }), log)).rejects.toMatchObject({
        code: 'BUILD_FAILED',
        message: expect.stringMatching(
          /^buildah build failed \(exit code \d+\):\n[\s\S]*missing\.txt/,
        ),
      });
      expect(localImageNames()).not.toContain(listNameOf(log));
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });

  it('keeps a local image under the tags when not pushing, its ID as the digest', async () => {
    const tag = `${open.host}/${uniqueRepository('buildah-local')}:1`;
    const result = await buildah.build(
      request({ tags: [tag], push: false, buildArgs: { X: '$(touch /tmp/imprint-pwned)' } }),
      recordingLog(),
    );
    try {
      const inspected = JSON.parse(
        execFileSync('buildah', [...STORAGE, 'inspect', '--type=image', tag]).toString(),
      );
      expect(result).toEqual({
        digest: `sha256:${inspected.FromImageID}`,
        pushed: false,
        builder: 'buildah',
      });
      expect(inspected.OCIv1.config.Labels).toMatchObject({ x: '$(touch /tmp/imprint-pwned)' });
    } finally {
      execFileSync('buildah', [...STORAGE, 'rmi', tag], { stdio: 'ignore' });
    }
  });
});
