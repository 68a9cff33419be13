import {
  apkCataloger,
  apkLicences,
  parseApkDatabase,
} from '../../../../src/sbom/catalogers/apk.js';
import type { CatalogFile } from '../../../../src/sbom/model.js';

const DB = `C:Q1abc=
P:musl
V:1.2.4-r2
A:x86_64
L:MIT
o:musl
p:so:libc.musl-x86_64.so.1=1
F:lib
R:ld-musl-x86_64.so.1

P:busybox
V:1.36.1-r5
A:x86_64
L:GPL-2.0-only
D:so:libc.musl-x86_64.so.1 !busybox-extras
p:cmd:sh=1.36.1-r5
F:bin
R:busybox
F:usr/lib/python3.11/site-packages/py_apk-1.0.dist-info
R:METADATA

P:ssl_client
V:1.36.1-r5
A:x86_64
L:GPL-2.0-only
o:busybox
D:busybox>=1.36 musl
`;

describe('apk database', () => {
  it('parses records, keeping the first value of each field', () => {
    const { records, problems } = parseApkDatabase(DB);
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.name, r.version, r.arch, r.origin])).toEqual([
      ['musl', '1.2.4-r2', 'x86_64', 'musl'],
      ['busybox', '1.36.1-r5', 'x86_64', undefined],
      ['ssl_client', '1.36.1-r5', 'x86_64', 'busybox'],
    ]);
  });

  it('reports bad lines and records without a name', () => {
    const { records, problems } = parseApkDatabase('garbage\nP:ok\nV:1\n\nV:2\n');
    expect(records.map((r) => r.name)).toEqual(['ok']);
    expect(problems).toEqual([
      'line 1: expected "K:value", found "garbage"',
      'the record at line 5 has no P (name) or V (version) field',
    ]);
  });

  it('reads L: as an SPDX expression or as a list of words', () => {
    expect(apkLicences('MIT AND BSD-3-Clause')).toEqual([{ expression: 'MIT AND BSD-3-Clause' }]);
    expect(apkLicences('GPL-2.0-or-later')).toEqual([{ spdxId: 'GPL-2.0-or-later' }]);
    expect(apkLicences('MIT BSD custom')).toEqual([
      { spdxId: 'MIT' },
      { name: 'BSD' },
      { name: 'custom' },
    ]);
    expect(apkLicences(undefined)).toEqual([]);
  });

  it('builds purls with the distro and links dependencies through provides', async () => {
    const file: CatalogFile = {
      path: 'lib/apk/db/installed',
      content: Buffer.from(DB),
      layerDigest: 'sha256:' + 'a'.repeat(64),
    };
    const { components, warnings } = await apkCataloger.catalog([file], {
      tempDir: '/x',
      distro: { id: 'alpine', versionId: '3.18.4' },
      lookup: () => undefined,
    });
    expect(warnings).toEqual([]);
    const [musl, busybox, ssl] = components;
    expect(musl!.purl).toBe('pkg:apk/alpine/musl@1.2.4-r2?arch=x86_64&distro=alpine-3.18.4');
    expect(ssl!.purl).toBe(
      'pkg:apk/alpine/ssl_client@1.36.1-r5?arch=x86_64&distro=alpine-3.18.4&upstream=busybox',
    );
    expect(busybox!.dependsOn).toEqual([musl!.purl]);
    expect(ssl!.dependsOn).toEqual([busybox!.purl, musl!.purl]);
    expect(musl!.location).toBe('/lib/apk/db/installed');
  });

  it('says which package installed each file (F: folder, R: file)', async () => {
    const file: CatalogFile = {
      path: 'lib/apk/db/installed',
      content: Buffer.from(DB),
      layerDigest: 'sha256:' + 'a'.repeat(64),
    };
    const { components, installedFiles } = await apkCataloger.catalog([file], {
      tempDir: '/x',
      lookup: () => undefined,
    });
    const [musl, busybox] = components;
    expect(Object.fromEntries(installedFiles ?? [])).toEqual({
      'lib/ld-musl-x86_64.so.1': musl!.purl,
      'bin/busybox': busybox!.purl,
      'usr/lib/python3.11/site-packages/py_apk-1.0.dist-info/METADATA': busybox!.purl,
    });
  });
});
