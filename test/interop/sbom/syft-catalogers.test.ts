/**
 * Package databases as they sit in real images (syft's cataloger test data): Alpine apk
 * databases, distroless dpkg `status.d` records and Debian copyright files. Expected values
 * are read from the fixture files by the test itself, with plain line matching.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateSbom } from '../../../src/sbom/generate.js';
import type { Licence } from '../../../src/sbom/model.js';
import { gzipLayer, type TarItem } from '../../unit/sbom/support/layers.js';
import { syftFixturesDir } from './fixtures.js';

const IMAGE = { name: 'localhost/imprint/fixtures', digest: 'sha256:' + '6'.repeat(64) };
const fixtures = syftFixturesDir();
const alpine = join(fixtures, 'alpine', 'testdata');
const debian = join(fixtures, 'debian', 'testdata');

async function sbomOf(items: TarItem[]) {
  return generateSbom({ image: IMAGE, layers: [await gzipLayer(items)] });
}

/** Records of an apk database as the test reads them: blank-line separated, P/V/L lines. */
function apkRecords(
  text: string,
): { name: string; version: string; licence?: string; origin?: string }[] {
  return text.split(/\n\s*\n/).flatMap((block) => {
    const name = /^P:(.*)$/m.exec(block)?.[1];
    const version = /^V:(.*)$/m.exec(block)?.[1];
    const licence = /^L:(.*)$/m.exec(block)?.[1];
    const origin = /^o:(.*)$/m.exec(block)?.[1];
    if (!name || !version) return [];
    return [
      { name, version, ...(licence !== undefined && { licence }), ...(origin && { origin }) },
    ];
  });
}

/**
 * What each `L:` value found in the fixtures must become. A value missing here fails the
 * test, so a new fixture cannot pass unexamined.
 */
const APK_LICENCE_EXPECTATIONS: Record<string, Licence[]> = {
  MIT: [{ spdxId: 'MIT' }],
  'GPL-2.0-only': [{ spdxId: 'GPL-2.0-only' }],
  // Old Alpine lists words; GPL2+ reads as GPL-2.0-or-later, "BSD" names no single licence.
  'MIT BSD GPL2+': [{ spdxId: 'MIT' }, { name: 'BSD' }, { spdxId: 'GPL-2.0-or-later' }],
  'BSD-2-Clause AND BSD-3-Clause': [{ expression: 'BSD-2-Clause AND BSD-3-Clause' }],
  'MPL-2.0 AND MIT': [{ expression: 'MPL-2.0 AND MIT' }],
  OpenSSL: [{ spdxId: 'OpenSSL' }],
  Zlib: [{ spdxId: 'Zlib' }],
  custom: [{ name: 'custom' }],
};

describe('apk databases from syft', () => {
  const databases = {
    'multiple-2': join(alpine, 'multiple-2', 'lib', 'apk', 'db', 'installed'),
    base: join(alpine, 'base'),
    single: join(alpine, 'single'),
    'extra-file-attributes': join(alpine, 'extra-file-attributes'),
  };

  it.each(Object.entries(databases))(
    'reads every package of %s with its licence',
    async (_name, file) => {
      const text = readFileSync(file, 'utf8');
      const records = apkRecords(text);
      expect(records.length).toBe(text.match(/^P:/gm)!.length);
      const result = await sbomOf([
        { name: 'etc/os-release', body: 'ID=alpine\nVERSION_ID=3.18.4\n' },
        { name: 'lib/apk/db/installed', body: text },
      ]);
      const apks = result.components.filter((c) => c.ecosystem === 'apk');
      expect(apks.map((c) => `${c.name}@${c.version}`)).toEqual(
        records.map((r) => `${r.name}@${r.version}`),
      );
      for (const [index, record] of records.entries()) {
        const expected =
          record.licence === undefined ? [] : APK_LICENCE_EXPECTATIONS[record.licence];
        expect({ licence: record.licence, ours: apks[index]!.licences }).toEqual({
          licence: record.licence,
          ours: expected,
        });
        expect(apks[index]!.purl).toMatch(
          new RegExp(`^pkg:apk/alpine/${record.name.replace(/[+]/g, '%2B')}@`),
        );
        expect(apks[index]!.purl).toContain('distro=alpine-3.18.4');
        // Alpine's secdb is keyed by origin: what Trivy reads from an SBOM as the source.
        expect(apks[index]!.properties).toMatchObject({
          'aquasecurity:trivy:SrcName': record.origin ?? record.name,
          'aquasecurity:trivy:SrcVersion': record.version,
        });
      }
      expect(result.warnings).toEqual([]);
    },
  );

  it('skips the damaged line of the corrupt database with a warning naming the file', async () => {
    const text = readFileSync(join(alpine, 'corrupt', 'lib', 'apk', 'db', 'installed'), 'utf8');
    const badLine = text.split('\n')[0]!;
    const result = await sbomOf([{ name: 'lib/apk/db/installed', body: text }]);
    expect(result.components.map((c) => `${c.name}@${c.version}`)).toEqual(
      apkRecords(text).map((r) => `${r.name}@${r.version}`),
    );
    expect(result.warnings).toEqual([
      `apk: /lib/apk/db/installed: line 1: expected "K:value", found "${badLine}" (skipped)`,
    ]);
  });
});

/** Installed records of a dpkg status file, read by the test: Package/Version/Status lines. */
function dpkgRecords(text: string): { name: string; version: string; depends: string[] }[] {
  return text
    .split(/\n\s*\n/)
    .filter((block) => /^Package:/m.test(block))
    .filter((block) => !/^Status:/m.test(block) || /^Status:.* installed$/m.test(block))
    .map((block) => ({
      name: /^Package: (.*)$/m.exec(block)![1]!,
      version: /^Version: (.*)$/m.exec(block)![1]!,
      depends: (/^(?:Pre-)?Depends: (.*)$/m.exec(block)?.[1] ?? '')
        .split(',')
        .map((d) => d.trim().split(' ')[0]!)
        .filter((d) => d !== ''),
    }));
}

/** GNU short names from the copyright files, spelled as SPDX ids (SPDX licence list). */
const GNU_TO_SPDX: Record<string, string> = {
  'GPL-2': 'GPL-2.0-only',
  'LGPL-2.1': 'LGPL-2.1-only',
  'MPL-1.1': 'MPL-1.1',
};

describe('distroless dpkg records and copyright files from syft', () => {
  const statusDir = join(debian, 'var', 'lib', 'dpkg', 'status.d');
  const distroless = join(
    debian,
    'image-distroless-deb',
    'var',
    'lib',
    'dpkg',
    'status.d',
    'libsqlite3-0',
  );
  const libc6Copyright = readFileSync(join(debian, 'copyright', 'libc6'), 'utf8');
  const triCopyright = readFileSync(join(debian, 'copyright', 'trilicense'), 'utf8');

  const DEP5_HEADER =
    'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n\n';

  async function catalogued() {
    const items: TarItem[] = readdirSync(statusDir).map((name) => ({
      name: `var/lib/dpkg/status.d/${name}`,
      body: readFileSync(join(statusDir, name)),
    }));
    items.push({ name: 'var/lib/dpkg/status.d/libsqlite3-0', body: readFileSync(distroless) });
    items.push({ name: 'usr/share/doc/libc6/copyright', body: libc6Copyright });
    // trilicense stands in as two packages' copyright files: as it is (no Format header, so
    // not machine-readable) and with the DEP-5 Format header put in front.
    items.push({ name: 'usr/share/doc/libacl1/copyright', body: triCopyright });
    items.push({ name: 'usr/share/doc/libsqlite3-0/copyright', body: DEP5_HEADER + triCopyright });
    return sbomOf(items);
  }

  it('reads every installed record, skips the deinstalled one, and warns about the corrupt file', async () => {
    const result = await catalogued();
    const expected = [
      ...readdirSync(statusDir)
        .filter((n) => n !== 'corrupt')
        .map((n) => join(statusDir, n)),
      distroless,
    ].flatMap((file) =>
      dpkgRecords(readFileSync(file, 'utf8')).map((r) => `${r.name}@${r.version}`),
    );
    const debs = result.components.filter((c) => c.ecosystem === 'deb');
    expect(debs.map((c) => `${c.name}@${c.version}`).sort()).toEqual(expected.sort());
    expect(debs.map((c) => c.name)).not.toContain('linux-image-6.8.0-1029-aws');
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(
      /^dpkg: skipped a damaged record in \/var\/lib\/dpkg\/status\.d\/corrupt \(line \d+: /,
    );
  });

  it('links Pre-Depends to the packages installed beside it', async () => {
    const result = await catalogued();
    const records = dpkgRecords(readFileSync(join(statusDir, 'coreutils-relationships'), 'utf8'));
    const coreutils = records.find((r) => r.name === 'coreutils')!;
    const byName = new Map(result.components.map((c) => [c.name, c.purl]));
    const ours = result.components.find((c) => c.name === 'coreutils')!;
    expect(ours.dependsOn!.sort()).toEqual(
      coreutils.depends.map((name) => byName.get(name)).sort(),
    );
  });

  it('takes licences from a DEP-5 file and from common-licenses references in a free-form one', async () => {
    const result = await catalogued();
    const dep5Names = [...triCopyright.matchAll(/^License: (.*)$/gm)]
      .flatMap((m) => m[1]!.split(/ or /))
      .map((n) => n.trim());
    const expectedTri = [...new Set(dep5Names)].map((name) => ({ spdxId: GNU_TO_SPDX[name] }));
    expect(result.components.find((c) => c.name === 'libsqlite3-0')!.licences).toEqual(expectedTri);
    expect(/^Format:/m.test(triCopyright)).toBe(false);
    expect(result.components.find((c) => c.name === 'libacl1')!.licences).toEqual([]);
    const referenced = [
      ...libc6Copyright.matchAll(/\/usr\/share\/common-licenses\/([A-Za-z0-9.+-]+?)'/g),
    ].map((m) => m[1]!);
    expect(referenced.length).toBeGreaterThan(0);
    expect(result.components.find((c) => c.name === 'libc6')!.licences).toEqual(
      [...new Set(referenced)].map((name) => ({ spdxId: GNU_TO_SPDX[name] })),
    );
  });
});
