import { rmSync } from 'node:fs';
import {
  buildahBuildArguments,
  buildahGlobalArguments,
  manifestPushArguments,
} from '../../../src/builders/buildah.js';
import { imageIdsWithDigests, instanceDigests } from '../../../src/builders/buildah-support.js';
import { validatedBuild } from './build-fixture.js';

const AMD64 = 'sha256:397ad6e80aedafcc637244ecae2b503d83f70db813c1a4233a6bc279b33d9893';
const ARM64 = 'sha256:12607f0a683ce2d8f3850ec0ca1f817983748dce3944fac16e1435724ee4b9fb';

describe('buildah arguments', () => {
  it('builds every platform into the manifest list', () => {
    const build = validatedBuild({
      platforms: ['linux/amd64', 'linux/arm64'],
      buildArgs: { X: '$(touch /tmp/pwned)' },
      labels: { a: 'b' },
    });
    expect(
      buildahBuildArguments(build, {
        isolation: 'chroot',
        manifest: 'localhost/imprint-build-1',
        authFile: '/tmp/a/auth.json',
      }),
    ).toEqual([
      'build',
      '--isolation=chroot',
      '--platform=linux/amd64,linux/arm64',
      `--file=${build.dockerfile}`,
      '--build-arg=X=$(touch /tmp/pwned)',
      '--label=a=b',
      '--manifest=localhost/imprint-build-1',
      '--authfile=/tmp/a/auth.json',
      build.context,
    ]);
    rmSync(build.context, { recursive: true });
  });

  it('tags a local image and writes its ID when not pushing', () => {
    const build = validatedBuild({ push: false, target: 't' });
    expect(buildahBuildArguments(build, { isolation: 'oci', iidFile: '/tmp/iid' })).toEqual([
      'build',
      '--isolation=oci',
      `--file=${build.dockerfile}`,
      '--target=t',
      '--tag=127.0.0.1:5000/team/app:1',
      '--tag=127.0.0.1:5000/team/app:latest',
      '--iidfile=/tmp/iid',
      build.context,
    ]);
    rmSync(build.context, { recursive: true });
  });

  it('pushes the whole list as an OCI index, over http only when told', () => {
    expect(
      manifestPushArguments('localhost/l', '127.0.0.1:5000/a:1', {
        digestFile: '/tmp/d',
        authFile: '/tmp/auth.json',
        insecure: true,
      }),
    ).toEqual([
      'manifest',
      'push',
      '--all',
      '--format=oci',
      '--digestfile=/tmp/d',
      '--authfile=/tmp/auth.json',
      '--tls-verify=false',
      'localhost/l',
      'docker://127.0.0.1:5000/a:1',
    ]);
    expect(
      manifestPushArguments('l', 'ghcr.io/o/a:1', { digestFile: '/d', insecure: false }),
    ).not.toContain('--tls-verify=false');
  });

  it('passes the storage driver only when one is configured', () => {
    expect(buildahGlobalArguments({ storageDriver: 'vfs' })).toEqual(['--storage-driver=vfs']);
    expect(buildahGlobalArguments({})).toEqual([]);
  });
});

describe('local list clean-up parsing', () => {
  // `buildah manifest inspect` output for a two-platform list, as buildah 1.28 prints it.
  const INSPECT = JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.docker.distribution.manifest.list.v2+json',
    manifests: [
      {
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        size: 495,
        digest: AMD64,
        platform: { architecture: 'amd64', os: 'linux' },
      },
      {
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        size: 495,
        digest: ARM64,
        platform: { architecture: 'arm64', os: 'linux' },
      },
    ],
  });
  // `buildah images --all --no-trunc --format '{{.ID}} {{.Digest}}'`.
  const LISTING = [
    'sha256:8147f04b11d97219a00fcb78a0f01fce33771a16b2670695389262e39d68da88 sha256:20b959ad5960230b65a77b746bdbf5d991ade4d7a129c2554e167acdcc990531',
    `sha256:a366e2e3ac2baa07c1960e83422798007cc7ddbc35990e5db8d116a1bb034d76 ${ARM64}`,
    `sha256:9e796cc6fa7416f7644dfe70492fe066a9520eb9f69344fede6e94d138db2583 ${AMD64}`,
    '',
  ].join('\n');

  it('finds the instance digests of a list', () => {
    expect(instanceDigests(INSPECT)).toEqual(new Set([AMD64, ARM64]));
    expect(instanceDigests('not json')).toEqual(new Set());
  });

  it('picks only the images the list holds', () => {
    expect(imageIdsWithDigests(LISTING, new Set([AMD64, ARM64]))).toEqual([
      'a366e2e3ac2baa07c1960e83422798007cc7ddbc35990e5db8d116a1bb034d76',
      '9e796cc6fa7416f7644dfe70492fe066a9520eb9f69344fede6e94d138db2583',
    ]);
    expect(imageIdsWithDigests(LISTING, new Set())).toEqual([]);
  });
});
