/**
 * The legacy docker builder against the real Docker engine and real registries
 * (distribution 2.8, anonymous and Basic).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BuildRequest } from '../../../src/builders/model.js';
import { DockerBuilder } from '../../../src/builders/docker.js';
import { startRegistry, type TestRegistry } from '../../harness/registry.js';
import { recordingLog } from '../../unit/builders/log-recorder.js';
import { scratchContext, uniqueRepository } from './context.js';
import { headDigest } from './registry-read.js';

const docker = new DockerBuilder();
const createdTags: string[] = [];
/** The job's temp directory (the CI platform's tempRoot), fresh per test. */
let runnerTemp: string;

function request(context: string, overrides: Partial<BuildRequest>): BuildRequest {
  return {
    context,
    tags: [],
    platforms: [],
    buildArgs: {},
    labels: {},
    push: true,
    tempRoot: runnerTemp,
    ...overrides,
  };
}

function tagsFor(registry: TestRegistry, repository: string, ...tags: string[]): string[] {
  const references = tags.map((tag) => `${registry.host}/${repository}:${tag}`);
  createdTags.push(...references);
  return references;
}

function inspect(reference: string): { Id: string; Config: { Labels: Record<string, string> } } {
  const [image] = JSON.parse(
    execFileSync('docker', ['image', 'inspect', reference]).toString(),
  ) as [{ Id: string; Config: { Labels: Record<string, string> } }];
  return image;
}

describe('docker builder (real engine, real registries)', () => {
  let open: TestRegistry;
  let locked: TestRegistry;
  let context: string;
  let scratch: string;
  const savedEnv = { DOCKER_CONFIG: process.env.DOCKER_CONFIG };

  beforeAll(async () => {
    [open, locked] = await Promise.all([startRegistry(), startRegistry({ auth: 'basic' })]);
    context = scratchContext();
  });

  beforeEach(() => {
    // A private user config and temp folder per test: the build must leave both as found.
    scratch = mkdtempSync(join(tmpdir(), 'imprint-docker-it-'));
    process.env.DOCKER_CONFIG = join(scratch, 'user-docker');
    runnerTemp = join(scratch, 'runner-temp');
    execFileSync('mkdir', ['-p', process.env.DOCKER_CONFIG, runnerTemp]);
    writeFileSync(join(process.env.DOCKER_CONFIG, 'config.json'), '{"auths":{}}');
  });

  afterEach(() => {
    for (const [key, value] of Object.entries(savedEnv)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    rmSync(scratch, { recursive: true, force: true });
  });

  afterAll(async () => {
    if (createdTags.length > 0) {
      execFileSync('docker', ['image', 'rm', '--force', ...createdTags], { stdio: 'ignore' });
    }
    rmSync(context, { recursive: true, force: true });
    await Promise.all([open?.stop(), locked?.stop()]);
  });

  it('pushes every tag and returns the digest the registry serves', async () => {
    const repository = uniqueRepository('docker-anon');
    const tags = tagsFor(open, repository, '1', 'latest');
    const log = recordingLog();
    const result = await docker.build(request(context, { tags }), log);

    expect(result).toMatchObject({ builder: 'docker', pushed: true });
    expect(result.digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(await headDigest(open, repository, '1')).toBe(result.digest);
    expect(await headDigest(open, repository, 'latest')).toBe(result.digest);
    expect(log.infos).toContain(`$ docker push ${tags[1]}`);
  });

  it('logs in to a Basic-auth registry with a temporary config and leaves the user config alone', async () => {
    const repository = uniqueRepository('docker-basic');
    const tags = tagsFor(locked, repository, '1');
    const registryAuth = [
      { registry: locked.host, username: locked.username, password: locked.password },
    ];
    const log = recordingLog();
    const result = await docker.build(request(context, { tags, registryAuth }), log);

    expect(await headDigest(locked, repository, '1')).toBe(result.digest);
    expect(readFileSync(join(process.env.DOCKER_CONFIG!, 'config.json'), 'utf8')).toBe(
      '{"auths":{}}',
    );
    expect(readdirSync(runnerTemp)).toEqual([]); // temporary config removed
    expect(log.all()).not.toContain(locked.password);
    expect(log.infos).toContain(
      `$ docker login --username ${locked.username} --password-stdin ${locked.host}`,
    );
  });

  it('fails with REGISTRY_AUTH_FAILED naming the registry for a wrong password', async () => {
    const tags = tagsFor(locked, uniqueRepository('docker-wrong'), '1');
    const registryAuth = [{ registry: locked.host, username: locked.username, password: 'not-it' }];
    const log = recordingLog();
    const attempt = docker.build(request(context, { tags, registryAuth }), log);

    await expect(attempt).rejects.toMatchObject({
      code: 'REGISTRY_AUTH_FAILED',
      message: expect.stringContaining(
        `could not log in to registry ${locked.host} as "${locked.username}"`,
      ),
      hint: `check the username and password (or token) for ${locked.host}`,
    });
    expect(log.all()).not.toContain('not-it');
    expect(readdirSync(runnerTemp)).toEqual([]);
  });

  it('fails with REGISTRY_AUTH_FAILED naming the registry when pushing without credentials', async () => {
    const tags = tagsFor(locked, uniqueRepository('docker-anon-to-basic'), '1');
    await expect(docker.build(request(context, { tags }), recordingLog())).rejects.toMatchObject({
      code: 'REGISTRY_AUTH_FAILED',
      message: expect.stringContaining(`pushing ${tags[0]} to registry ${locked.host} failed`),
      hint: expect.stringContaining(`registry-password for ${locked.host}`),
    });
  });

  it('passes build-args and labels holding shell metacharacters literally', async () => {
    const marker = join(scratch, 'pwned');
    const hostile = `$(touch ${marker}); touch ${marker}; \`touch ${marker}\``;
    const tags = tagsFor(open, uniqueRepository('docker-literal'), '1');
    const result = await docker.build(
      request(context, {
        tags,
        push: false,
        buildArgs: { X: hostile },
        labels: { y: `; rm -rf ${scratch} | touch ${marker}` },
      }),
      recordingLog(),
    );

    const image = inspect(tags[0]!);
    expect(image.Config.Labels).toEqual({ x: hostile, y: `; rm -rf ${scratch} | touch ${marker}` });
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(scratch)).toBe(true);
    expect(result).toEqual({ digest: image.Id, pushed: false, builder: 'docker' });
  });

  it('rebuilds every step with no-cache, where a plain rebuild uses the cache', async () => {
    const tags = tagsFor(open, uniqueRepository('docker-no-cache'), '1');
    await docker.build(request(context, { tags }), recordingLog());
    const cached = recordingLog();
    await docker.build(request(context, { tags }), cached);
    expect(cached.all()).toContain('Using cache');
    const fresh = recordingLog();
    await docker.build(request(context, { tags, noCache: true, pull: true }), fresh);
    expect(fresh.infos.find((line) => line.startsWith('$ docker build'))).toContain(
      ' --pull --no-cache ',
    );
    expect(fresh.all()).not.toContain('Using cache');
  });

  it('refuses a build secret before the engine is asked, naming the builders that have it', async () => {
    const tags = tagsFor(open, uniqueRepository('docker-secret'), '1');
    const log = recordingLog();
    await expect(
      docker.build(
        request(context, { tags, secrets: [{ id: 'token', kind: 'value', value: 'v4lue' }] }),
        log,
      ),
    ).rejects.toMatchObject({
      code: 'INPUT_CONFLICT',
      hint: 'use builder: buildx or builder: buildah, or remove "secrets / secret-files"',
    });
    expect(log.infos).toEqual([]);
  });

  it('fails with BUILD_FAILED carrying the end of the docker output', async () => {
    const broken = scratchContext('FROM scratch\nCOPY missing.txt /missing.txt\n');
    try {
      const tags = tagsFor(open, uniqueRepository('docker-broken'), '1');
      await expect(docker.build(request(broken, { tags }), recordingLog())).rejects.toMatchObject({
        code: 'BUILD_FAILED',
        message: expect.stringMatching(
          /^docker build failed \(exit code 1\):\n[\s\S]*missing\.txt/,
        ),
      });
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});
