import { rmSync } from 'node:fs';
import {
  DockerBuilder,
  dockerBuildArguments,
  parsePushDigest,
} from '../../../src/builders/docker.js';
import { validatedBuild } from './build-fixture.js';
import { recordingLog } from './log-recorder.js';

// What `docker push` (CLI 28, engine 20.10) printed for a two-tag push on this machine.
const PUSH_OUTPUT = [
  'The push refers to repository [127.0.0.1:5999/t/d]',
  '4f6379b69df6: Preparing',
  '4f6379b69df6: Pushed',
  '1: digest: sha256:9eca6b25d045efd0c6fe00c03692f76009d1c149bdb19074039f06ab6fecfcc9 size: 524',
].join('\n');

describe('dockerBuildArguments', () => {
  it('passes every setting as --flag=value and the context last', () => {
    const build = validatedBuild({
      platforms: ['linux/amd64'],
      buildArgs: { X: '`id`; rm -rf /' },
      labels: { team: 'platform' },
      target: 'final',
    });
    expect(dockerBuildArguments(build)).toEqual([
      'build',
      `--file=${build.dockerfile}`,
      '--platform=linux/amd64',
      '--target=final',
      '--build-arg=X=`id`; rm -rf /',
      '--label=team=platform',
      '--tag=127.0.0.1:5000/team/app:1',
      '--tag=127.0.0.1:5000/team/app:latest',
      build.context,
    ]);
    rmSync(build.context, { recursive: true });
  });
});

describe('parsePushDigest', () => {
  it('reads the digest from the line naming the tag', () => {
    expect(parsePushDigest(PUSH_OUTPUT, '1')).toBe(
      'sha256:9eca6b25d045efd0c6fe00c03692f76009d1c149bdb19074039f06ab6fecfcc9',
    );
  });

  it('finds nothing for another tag or output without a digest line', () => {
    expect(parsePushDigest(PUSH_OUTPUT, '2')).toBeUndefined();
    expect(parsePushDigest(PUSH_OUTPUT.replace(/size: 524/, ''), '1')).toBeUndefined();
  });

  it('treats a tag with regex characters literally', () => {
    const output = 'v1.0: digest: sha256:' + 'b'.repeat(64) + ' size: 10';
    expect(parsePushDigest(output, 'v1.0')).toBe('sha256:' + 'b'.repeat(64));
    expect(parsePushDigest(output, 'v1x0')).toBeUndefined();
  });
});

describe('DockerBuilder input checks (no process starts)', () => {
  it('refuses several platforms, suggesting buildx or buildah', async () => {
    const build = validatedBuild();
    const log = recordingLog();
    const attempt = new DockerBuilder({ binary: 'imprint-no-docker-here' }).build(
      { ...build.request, platforms: ['linux/amd64', 'linux/arm64'] },
      log,
    );
    await expect(attempt).rejects.toMatchObject({
      code: 'INPUT_INVALID',
      message:
        'the legacy docker builder cannot build several platforms at once (linux/amd64, linux/arm64)',
      hint: 'use builder: buildx (docker/setup-buildx-action) or builder: buildah',
    });
    expect(log.infos).toEqual([]);
    rmSync(build.context, { recursive: true });
  });

  it('checks the context before running anything', async () => {
    const build = validatedBuild();
    rmSync(build.context, { recursive: true });
    await expect(
      new DockerBuilder({ binary: 'imprint-no-docker-here' }).build(build.request, recordingLog()),
    ).rejects.toMatchObject({ code: 'BUILD_CONTEXT_MISSING' });
  });

  it('warns that the daemon, not imprint, decides on plain http for non-loopback registries', async () => {
    const build = validatedBuild();
    const log = recordingLog();
    const attempt = new DockerBuilder({ binary: 'imprint-no-docker-here' }).build(
      { ...build.request, insecureRegistries: ['127.0.0.1:5000', 'registry.internal:5000'] },
      log,
    );
    await expect(attempt).rejects.toMatchObject({ code: 'BUILDER_UNAVAILABLE' });
    expect(log.warnings).toEqual([
      'the docker daemon decides whether registry.internal:5000 may use plain http: list it under "insecure-registries" in daemon.json',
    ]);
    rmSync(build.context, { recursive: true });
  });
});
