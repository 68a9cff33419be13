/**
 * Whiteouts, opaque directories and a replaced package database, as buildah really writes
 * them; the SBOM must match the merged filesystem buildah itself mounts.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSbom, type SbomResult } from '../../../src/sbom/generate.js';
import {
  buildahImage,
  layoutLayers,
  withMountedImage,
  type BuiltImage,
} from './support/buildah-image.js';

const IMAGE = { name: 'localhost/imprint/layers', digest: 'sha256:' + '5'.repeat(64) };

interface FinalState {
  debs: string[];
  pythonDists: string[];
  npmPackages: string[];
}

let image: BuiltImage;
let truth: FinalState;

function findNames(root: string, args: string[]): string[] {
  return execFileSync('find', [root, ...args], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.slice(root.length))
    .sort();
}

beforeAll(async () => {
  image = await buildahImage();
  truth = withMountedImage(image, (root) => ({
    debs: [
      ...readFileSync(join(root, 'var/lib/dpkg/status'), 'utf8').matchAll(
        /^Package: (\S+)\n(?:.*\n)*?Version: (\S+)$/gm,
      ),
    ]
      .map((m) => `${m[1]}@${m[2]}`)
      .sort(),
    pythonDists: findNames(root, ['-name', '*.dist-info']),
    npmPackages: findNames(root, ['-path', '*/node_modules/*/package.json']),
  }));
}, 170_000);

async function sbomOf(layout: string): Promise<{ result: SbomResult; digests: string[] }> {
  const layers = layoutLayers(join(image.dir, layout));
  return {
    result: await generateSbom({ image: IMAGE, layers }),
    digests: layers.map((l) => l.digest),
  };
}

describe.each(['oci-gzip', 'oci-zstd'])('an image built by buildah (%s layers)', (layout) => {
  let result: SbomResult;
  let digests: string[];
  beforeAll(async () => {
    ({ result, digests } = await sbomOf(layout));
  });

  it('uses real whiteouts and an opaque directory', () => {
    const listing = (digest: string) =>
      execFileSync(
        'tar',
        [
          '-tf',
          join(image.dir, layout, 'blobs', ...digest.split(':')),
          layout === 'oci-zstd' ? '--zstd' : '-z',
        ],
        {
          encoding: 'utf8',
        },
      );
    expect(digests).toHaveLength(4);
    const expected =
      layout === 'oci-zstd'
        ? 'application/vnd.oci.image.layer.v1.tar+zstd'
        : 'application/vnd.oci.image.layer.v1.tar+gzip';
    expect(new Set(layoutLayers(join(image.dir, layout)).map((l) => l.mediaType))).toEqual(
      new Set([expected]),
    );
    // The mounted image is the truth; make sure it holds what the Containerfile says.
    expect(truth.debs).toEqual(['alpha@1.1', 'gamma@3.0']);
    expect(truth.pythonDists).toEqual(['/usr/lib/python3/dist-packages/kept-2.0.dist-info']);
    expect(truth.npmPackages).toEqual(['/opt/app/node_modules/new-pkg/package.json']);
    expect(listing(digests[1]!)).toContain('usr/lib/python3/dist-packages/.wh.gone-1.0.dist-info');
    expect(listing(digests[2]!)).toContain('opt/app/.wh..wh..opq');
  });

  it('shows the package database of the last layer that wrote it', () => {
    const debs = result.components.filter((c) => c.ecosystem === 'deb');
    expect(debs.map((c) => `${c.name}@${c.version}`).sort()).toEqual(truth.debs);
    expect(new Set(debs.map((c) => c.layerDigest))).toEqual(new Set([digests[3]]));
  });

  it('drops what a whiteout deleted and what an opaque directory hid', () => {
    const dists = result.components
      .filter((c) => c.ecosystem === 'pypi')
      .map((c) => c.location.replace(/\/METADATA$/, ''));
    expect(dists.sort()).toEqual(truth.pythonDists);
    const npm = result.components.filter((c) => c.ecosystem === 'npm').map((c) => c.location);
    expect(npm.sort()).toEqual(truth.npmPackages);
    expect(result.components.find((c) => c.name === 'new-pkg')!.layerDigest).toBe(digests[2]);
    expect(result.components.find((c) => c.name === 'kept')!.layerDigest).toBe(digests[0]);
  });
});
