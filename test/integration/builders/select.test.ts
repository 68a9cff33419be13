/**
 * Builder selection on this machine, probed for real: docker 20.10 with the legacy
 * builder and no buildx plugin, buildah installed.
 */
import { selectBuilder } from '../../../src/builders/builder.js';
import { BuildxBuilder } from '../../../src/builders/buildx.js';
import { recordingLog } from '../../unit/builders/log-recorder.js';
import { scratchContext } from './context.js';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

describe('selectBuilder (real probes)', () => {
  it('auto picks the legacy docker builder for one platform when buildx is missing', async () => {
    expect((await selectBuilder('auto', { platforms: ['linux/amd64'] })).name).toBe('docker');
  });

  it('auto picks buildah for several platforms when buildx is missing', async () => {
    const builder = await selectBuilder('auto', { platforms: ['linux/amd64', 'linux/arm64'] });
    expect(builder.name).toBe('buildah');
  });

  it('an explicit buildx fails with BUILDER_UNAVAILABLE saying what to install', async () => {
    await expect(selectBuilder('buildx')).rejects.toMatchObject({
      code: 'BUILDER_UNAVAILABLE',
      message: 'builder "buildx" is not available here',
      hint: expect.stringContaining('docker/setup-buildx-action'),
    });
  });

  it('an explicit docker whose CLI is missing fails with BUILDER_UNAVAILABLE', async () => {
    await expect(
      selectBuilder('docker', { dockerBinary: '/nonexistent/docker' }),
    ).rejects.toMatchObject({
      code: 'BUILDER_UNAVAILABLE',
      message: 'builder "docker" is not available here',
    });
  });

  it('an explicit buildah that works is returned', async () => {
    expect((await selectBuilder('buildah')).name).toBe('buildah');
  });

  it('a buildx build on a docker without buildx fails with BUILD_FAILED and docker’s words', async () => {
    const context = scratchContext();
    try {
      const attempt = new BuildxBuilder().build(
        {
          context,
          tags: ['127.0.0.1:5000/a/b:1'],
          platforms: [],
          buildArgs: {},
          labels: {},
          push: true,
          tempRoot: tmpdir(),
        },
        recordingLog(),
      );
      await expect(attempt).rejects.toMatchObject({
        code: 'BUILD_FAILED',
        message: expect.stringContaining('buildx'),
      });
    } finally {
      rmSync(context, { recursive: true, force: true });
    }
  });
});
