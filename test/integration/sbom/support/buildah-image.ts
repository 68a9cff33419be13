/**
 * A real multi-layer image built by buildah (overlay storage, so deletions become real
 * whiteouts and opaque directories), pushed to OCI layouts with gzip and with zstd layers.
 * The merged filesystem buildah mounts is the ground truth for "the final state".
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LayerSource } from '../../../../src/sbom/layers.js';
import { cached, ensureCommand } from './cache.js';

export const CONTAINERFILE = `FROM scratch
COPY base/ /
RUN ["/bin/busybox", "rm", "-rf", "/usr/lib/python3/dist-packages/gone-1.0.dist-info"]
RUN ["/bin/busybox", "sh", "-c", "/bin/busybox rm -rf /opt/app && /bin/busybox mkdir -p /opt/app/node_modules/new-pkg && echo '{\\"name\\":\\"new-pkg\\",\\"version\\":\\"2.0.0\\",\\"license\\":\\"MIT\\"}' > /opt/app/node_modules/new-pkg/package.json"]
COPY status-v2 /var/lib/dpkg/status
`;

const STATUS_V1 =
  'Package: alpha\nStatus: install ok installed\nArchitecture: amd64\nVersion: 1.0\n\nPackage: beta\nStatus: install ok installed\nArchitecture: amd64\nVersion: 2.0\n';
const STATUS_V2 =
  'Package: alpha\nStatus: install ok installed\nArchitecture: amd64\nVersion: 1.1\n\nPackage: gamma\nStatus: install ok installed\nArchitecture: amd64\nVersion: 3.0\n';

export interface BuiltImage {
  dir: string;
  storage: string[];
}

function writeTree(root: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

export async function buildahImage(): Promise<BuiltImage> {
  ensureCommand('buildah', 'buildah');
  const dir = await cached('buildah-layers-v1', (target) => {
    const context = join(target, 'context');
    execFileSync('apt-get', ['download', 'busybox-static'], { cwd: target, stdio: 'ignore' });
    const deb = readdirSync(target).find(
      (name) => name.startsWith('busybox-static') && name.endsWith('.deb'),
    )!;
    execFileSync('dpkg-deb', ['-x', join(target, deb), join(target, 'busybox')]);
    const base = join(context, 'base');
    mkdirSync(join(base, 'bin'), { recursive: true });
    writeFileSync(
      join(base, 'bin', 'busybox'),
      readFileSync(join(target, 'busybox', 'bin', 'busybox')),
      { mode: 0o755 },
    );
    symlinkSync('busybox', join(base, 'bin', 'sh'));
    writeTree(base, {
      'etc/os-release': 'ID=debian\nVERSION_ID="12"\n',
      'var/lib/dpkg/status': STATUS_V1,
      'usr/lib/python3/dist-packages/gone-1.0.dist-info/METADATA':
        'Metadata-Version: 2.1\nName: gone\nVersion: 1.0\n',
      'usr/lib/python3/dist-packages/kept-2.0.dist-info/METADATA':
        'Metadata-Version: 2.1\nName: kept\nVersion: 2.0\nLicense-Expression: MIT\n',
      'opt/app/node_modules/old-pkg/package.json': '{"name":"old-pkg","version":"1.0.0"}',
    });
    writeFileSync(join(context, 'status-v2'), STATUS_V2);
    writeFileSync(join(context, 'Containerfile'), CONTAINERFILE);
    const buildah = (...args: string[]) =>
      execFileSync('buildah', [...storageArgs(target), ...args], { stdio: 'ignore' });
    buildah(
      'bud',
      '--layers',
      '--isolation',
      'chroot',
      '-t',
      'imprint-layers',
      '-f',
      join(context, 'Containerfile'),
      context,
    );
    buildah('push', 'imprint-layers', `oci:${join(target, 'oci-gzip')}:latest`);
    buildah(
      'push',
      '--compression-format',
      'zstd',
      'imprint-layers',
      `oci:${join(target, 'oci-zstd')}:latest`,
    );
  });
  return { dir, storage: storageArgs(dir) };
}

function storageArgs(dir: string): string[] {
  return [
    '--storage-driver',
    'overlay',
    '--root',
    join(dir, 'storage'),
    '--runroot',
    join(dir, 'runroot'),
  ];
}

/** The image's layers as LayerSources, read from an OCI image layout. */
export function layoutLayers(layout: string): LayerSource[] {
  const blob = (digest: string) => join(layout, 'blobs', ...digest.split(':'));
  const index = JSON.parse(readFileSync(join(layout, 'index.json'), 'utf8')) as {
    manifests: { digest: string }[];
  };
  const manifest = JSON.parse(readFileSync(blob(index.manifests[0]!.digest), 'utf8')) as {
    layers: { digest: string; mediaType: string; size: number }[];
  };
  return manifest.layers.map((layer) => ({
    digest: layer.digest,
    mediaType: layer.mediaType,
    size: layer.size,
    open: async () => (await import('node:fs')).createReadStream(blob(layer.digest)),
  }));
}

/** Mounts the image's merged filesystem (overlay), runs `inspect`, and unmounts. */
export function withMountedImage<T>(image: BuiltImage, inspect: (root: string) => T): T {
  const buildah = (...args: string[]) =>
    execFileSync('buildah', [...image.storage, ...args], { encoding: 'utf8' }).trim();
  const container = buildah('from', 'imprint-layers');
  try {
    const root = buildah('mount', container);
    try {
      return inspect(root);
    } finally {
      buildah('umount', container);
    }
  } finally {
    buildah('rm', container);
  }
}
