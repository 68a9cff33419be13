import * as CDX from '@cyclonedx/cyclonedx-library';
import { ImprintError } from '../../../src/errors.js';
import { generateSbom, mapLimited } from '../../../src/sbom/generate.js';
import type { Cataloger } from '../../../src/sbom/model.js';
import { bomJson, dependencyMap } from './support/bom-json.js';
import { gzipLayer } from './support/layers.js';

const IMAGE = {
  name: 'registry.example.com/team/app:1.2.0',
  digest: 'sha256:' + 'a'.repeat(64),
  platform: 'linux/amd64',
};
const NOW = new Date('2026-01-02T03:04:05.000Z');

async function validate(bom: object): Promise<unknown> {
  return new CDX.Validation.JsonStrictValidator(CDX.Spec.Version.v1dot6).validate(
    JSON.stringify(bom),
  );
}

const STATUS_L1 =
  'Package: base-files\nStatus: install ok installed\nArchitecture: amd64\nVersion: 12.4\n\nPackage: bash\nStatus: install ok installed\nArchitecture: amd64\nVersion: 5.2.15-2\nPre-Depends: base-files\n';
const STATUS_L2 = `${STATUS_L1}\nPackage: curl\nStatus: install ok installed\nArchitecture: amd64\nVersion: 7.88.1-10\nDepends: bash\n`;
const DEP5 =
  'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n\nFiles: *\nLicense: GPL-3+\n';

describe('generateSbom', () => {
  it('catalogues the final filesystem of several layers into valid CycloneDX 1.6', async () => {
    const base = await gzipLayer([
      { name: 'usr/lib/os-release', body: 'ID=debian\nVERSION_ID="12"\n' },
      { name: 'etc/os-release', type: 'symlink', linkname: '../usr/lib/os-release' },
      { name: 'var/lib/dpkg/status', body: STATUS_L1 },
      { name: 'usr/share/doc/bash/copyright', body: DEP5 },
    ]);
    const upper = await gzipLayer([{ name: 'var/lib/dpkg/status', body: STATUS_L2 }]);
    const result = await generateSbom({ image: IMAGE, layers: [base, upper], now: NOW });

    expect(result.warnings).toEqual([]);
    expect(result.components.map((c) => `${c.name}@${c.version}`)).toEqual([
      'debian@12',
      'base-files@12.4',
      'bash@5.2.15-2',
      'curl@7.88.1-10',
    ]);
    // The status file now comes from the upper layer; os-release from the base layer.
    expect(result.components.map((c) => c.layerDigest)).toEqual([
      base.digest,
      upper.digest,
      upper.digest,
      upper.digest,
    ]);
    expect(result.stats).toEqual({
      perEcosystem: { os: 1, deb: 3 },
      licences: { 'GPL-3.0-or-later': 1 },
      withoutLicence: 2,
    });

    const bom = bomJson(result.bom);
    expect(await validate(bom)).toBeNull();
    expect(bom.bomFormat).toBe('CycloneDX');
    expect(bom.specVersion).toBe('1.6');
    expect(bom.serialNumber).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(bom.metadata.timestamp).toBe('2026-01-02T03:04:05.000Z');
    expect(bom.metadata.tools.components).toEqual([
      expect.objectContaining({ type: 'application', name: 'imprint' }),
    ]);
    expect(bom.metadata.component).toMatchObject({
      type: 'container',
      name: 'registry.example.com/team/app',
      version: IMAGE.digest,
      purl: `pkg:oci/app@${IMAGE.digest}?arch=amd64&repository_url=registry.example.com%2Fteam%2Fapp&tag=1.2.0`,
    });
    const bash = bom.components.find((c) => c.name === 'bash');
    expect(bash).toMatchObject({
      type: 'library',
      'bom-ref': 'pkg:deb/debian/bash@5.2.15-2?arch=amd64&distro=debian-12',
      licenses: [{ license: { id: 'GPL-3.0-or-later' } }],
      evidence: { occurrences: [{ location: '/var/lib/dpkg/status' }] },
    });
    expect(bash!.properties).toEqual(
      expect.arrayContaining([
        { name: 'imprint:cataloger', value: 'dpkg' },
        { name: 'imprint:layer:digest', value: upper.digest },
      ]),
    );
    const deps = dependencyMap(bom);
    expect(deps['pkg:deb/debian/curl@7.88.1-10?arch=amd64&distro=debian-12']).toEqual([
      bash!['bom-ref'],
    ]);
    expect(deps[bom.metadata.component['bom-ref']]).toEqual(
      expect.arrayContaining(['pkg:deb/debian/curl@7.88.1-10?arch=amd64&distro=debian-12']),
    );
    expect(deps[bom.metadata.component['bom-ref']]).not.toContain(bash!['bom-ref']);
  });

  it('shows a file deleted by a later whiteout as gone', async () => {
    const base = await gzipLayer([{ name: 'var/lib/dpkg/status', body: STATUS_L1 }]);
    const upper = await gzipLayer([{ name: 'var/lib/dpkg/.wh.status' }]);
    const result = await generateSbom({ image: IMAGE, layers: [base, upper], now: NOW });
    expect(result.components).toEqual([]);
    expect(await validate(result.bom)).toBeNull();
  });

  it('keeps going when a cataloger throws, with a warning naming it', async () => {
    const failing: Cataloger = {
      name: 'failing',
      wants: () => true,
      catalog: () => {
        throw new Error('boom');
      },
    };
    const result = await generateSbom({
      image: IMAGE,
      layers: [await gzipLayer([{ name: 'a', body: 'x' }])],
      catalogers: [failing],
    });
    expect(result.warnings).toEqual([
      'failing: cataloger failed, its components are missing: boom',
    ]);
  });

  it('reports a symlink loop met during a lookup as a warning', async () => {
    const layer = await gzipLayer([
      { name: 'etc/os-release', type: 'symlink', linkname: 'os-release' },
      { name: 'usr/lib/os-release', body: 'ID=alpine\nVERSION_ID=3.19.1\n' },
    ]);
    const result = await generateSbom({ image: IMAGE, layers: [layer] });
    expect(result.components.map((c) => c.name)).toEqual(['alpine']);
    expect(result.warnings).toEqual([
      'skipped a lookup: following symbolic links from /etc/os-release took more than 40 steps (a link loop)',
    ]);
  });

  it('skips a damaged archive with a warning naming it, and keeps the rest', async () => {
    const layer = await gzipLayer([
      { name: 'opt/broken.jar', body: 'PK but not really a zip' },
      { name: 'var/lib/dpkg/status', body: STATUS_L1 },
    ]);
    const result = await generateSbom({ image: IMAGE, layers: [layer] });
    expect(result.components.map((c) => c.name)).toEqual(['base-files', 'bash']);
    expect(result.warnings).toEqual([
      `java: skipped /opt/broken.jar in layer ${layer.digest}: no end-of-central-directory record: not a zip archive, or cut short`,
    ]);
  });

  it('refuses an image without layers', async () => {
    const error = await generateSbom({ image: IMAGE, layers: [] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImprintError);
    expect((error as ImprintError).code).toBe('SBOM_FAILED');
    expect((error as ImprintError).message).toBe(
      `image ${IMAGE.name}@${IMAGE.digest} has no layers to catalogue`,
    );
  });

  it('runs at most `limit` tasks at once and keeps the order', async () => {
    let running = 0;
    let peak = 0;
    const result = await mapLimited([1, 2, 3, 4, 5], 2, async (n) => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 5 * (6 - n)));
      running -= 1;
      return n * 10;
    });
    expect(result).toEqual([10, 20, 30, 40, 50]);
    expect(peak).toBe(2);
  });
});

describe('generateSbom limits', () => {
  it('refuses an image whose layers hold more wanted bytes than maxHeldBytes (LAYER_INVALID)', async () => {
    const layer = await gzipLayer([{ name: 'var/lib/dpkg/status', body: STATUS_L2 }]);
    await expect(
      generateSbom({ image: IMAGE, layers: [layer], now: NOW, maxHeldBytes: 10 }),
    ).rejects.toMatchObject({
      code: 'LAYER_INVALID',
      message: expect.stringContaining('bytes of wanted files, the limit (maxHeldBytes)'),
    });
    await expect(
      generateSbom({ image: IMAGE, layers: [layer], now: NOW, maxEntriesPerLayer: 0 }),
    ).rejects.toMatchObject({
      code: 'LAYER_INVALID',
      message: `layer ${layer.digest} has more than 0 entries, the limit per layer (maxEntriesPerLayer): refused rather than walked`,
    });
  });
});
