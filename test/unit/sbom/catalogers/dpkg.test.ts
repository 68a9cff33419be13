import { dpkgCataloger, splitRelations } from '../../../../src/sbom/catalogers/dpkg.js';
import type { CatalogContext, CatalogFile } from '../../../../src/sbom/model.js';

const LAYER = 'sha256:' + '1'.repeat(64);
function file(path: string, text: string): CatalogFile {
  return { path, content: Buffer.from(text), layerDigest: LAYER };
}
function context(files: CatalogFile[], distro = { id: 'debian', versionId: '12' }): CatalogContext {
  const byPath = new Map(files.map((f) => [f.path, f]));
  return { distro, tempDir: '/nonexistent', lookup: (path) => byPath.get(path) };
}

const STATUS = `Package: libc6
Status: install ok installed
Architecture: amd64
Source: glibc
Version: 2.36-9+deb12u4
Depends: libgcc-s1

Package: libgcc-s1
Status: install ok installed
Architecture: amd64
Source: gcc-12 (12.2.0-14)
Version: 12.2.0-14
Provides: libgcc1 (= 1:12.2.0-14)
Depends: gcc-12-base (= 12.2.0-14), libc6 (>= 2.35)

Package: gcc-12-base
Status: install ok installed
Architecture: amd64
Version: 12.2.0-14

Package: uses-virtual
Status: install ok installed
Architecture: all
Version: 1:1.0
Pre-Depends: missing-pkg | libgcc1
Description: a package
 with a long description
 .
 over several lines

Package: removed
Status: deinstall ok config-files
Architecture: amd64
Version: 1.0
`;

describe('dpkg cataloger', () => {
  it('wants the status file, status.d records and copyright files', () => {
    const wants = (path: string) => dpkgCataloger.wants(path, { size: 1, mode: 0o644 });
    expect(wants('var/lib/dpkg/status')).toBe(true);
    expect(wants('var/lib/dpkg/status.d/libsqlite3-0')).toBe(true);
    expect(wants('var/lib/dpkg/status.d/libsqlite3-0.md5sums')).toBe(false);
    expect(wants('var/lib/dpkg/status-old')).toBe(false);
    expect(wants('usr/share/doc/libc6/copyright')).toBe(true);
    expect(wants('usr/share/doc/libc6/changelog.gz')).toBe(false);
    expect(wants('var/lib/dpkg/info/libc6:amd64.list')).toBe(true);
    expect(wants('var/lib/dpkg/info/libc6:amd64.md5sums')).toBe(false);
  });

  it("maps each file a package's list names to that package, Multi-Arch lists too", async () => {
    const status = file('var/lib/dpkg/status', STATUS);
    const lists = [
      file('var/lib/dpkg/info/libc6:amd64.list', '/.\n/usr/lib/x86_64-linux-gnu/libc.so.6\n'),
      file('var/lib/dpkg/info/gcc-12-base.list', '/usr/share/doc/gcc-12-base\n'),
    ];
    const result = await dpkgCataloger.catalog([status], context([status, ...lists]));
    const libc6 = result.components.find((c) => c.name === 'libc6')!.purl;
    const gccBase = result.components.find((c) => c.name === 'gcc-12-base')!.purl;
    expect(Object.fromEntries(result.installedFiles ?? [])).toEqual({
      '.': libc6,
      'usr/lib/x86_64-linux-gnu/libc.so.6': libc6,
      'usr/share/doc/gcc-12-base': gccBase,
    });
  });

  it('reads installed packages with purls, dependencies and licences', async () => {
    const status = file('var/lib/dpkg/status', STATUS);
    const copyright = file(
      'usr/share/doc/gcc-12-base/copyright',
      'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n\nFiles: *\nLicense: GPL-3+ with GCC-exception\n',
    );
    const result = await dpkgCataloger.catalog([status], context([status, copyright]));
    expect(result.warnings).toEqual([]);
    expect(result.components.map((c) => c.purl)).toEqual([
      'pkg:deb/debian/libc6@2.36-9%2Bdeb12u4?arch=amd64&distro=debian-12&upstream=glibc',
      'pkg:deb/debian/libgcc-s1@12.2.0-14?arch=amd64&distro=debian-12&upstream=gcc-12%4012.2.0-14',
      'pkg:deb/debian/gcc-12-base@12.2.0-14?arch=amd64&distro=debian-12',
      'pkg:deb/debian/uses-virtual@1:1.0?arch=all&distro=debian-12',
    ]);
    const [libc6, libgcc, base, virtual] = result.components;
    expect(libc6!.dependsOn).toEqual([libgcc!.purl]);
    expect(libgcc!.dependsOn).toEqual([base!.purl, libc6!.purl]);
    // The first alternative that is installed satisfies the clause, also through Provides.
    expect(virtual!.dependsOn).toEqual([libgcc!.purl]);
    expect(base!.licences).toEqual([{ spdxId: 'GPL-3.0-or-later' }]);
    expect(libc6).toMatchObject({
      location: '/var/lib/dpkg/status',
      layerDigest: LAYER,
      cataloger: 'dpkg',
      properties: { 'imprint:deb:arch': 'amd64', 'imprint:deb:source': 'glibc' },
    });
  });

  it('uses the namespace of the distro and omits the distro qualifier when unknown', async () => {
    const status = file(
      'var/lib/dpkg/status',
      'Package: bash\nVersion: 5.1\nArchitecture: amd64\n',
    );
    const ubuntu = await dpkgCataloger.catalog(
      [status],
      context([status], { id: 'ubuntu', versionId: '22.04' }),
    );
    expect(ubuntu.components[0]!.purl).toBe(
      'pkg:deb/ubuntu/bash@5.1?arch=amd64&distro=ubuntu-22.04',
    );
    const unknown = await dpkgCataloger.catalog([status], {
      tempDir: '/x',
      lookup: () => undefined,
    });
    expect(unknown.components[0]!.purl).toBe('pkg:deb/debian/bash@5.1?arch=amd64');
  });

  it('skips damaged records with a warning naming the file and keeps the rest', async () => {
    const broken = file('var/lib/dpkg/status.d/broken', 'Package: a\nthis line has no colon\n');
    const nameless = file('var/lib/dpkg/status.d/nameless', 'Pakij: apt\nVersion: 1\n');
    const good = file(
      'var/lib/dpkg/status.d/good',
      'Package: good\nVersion: 1.0\nArchitecture: arm64\n',
    );
    const result = await dpkgCataloger.catalog([broken, good, nameless], context([]));
    expect(result.components.map((c) => c.name)).toEqual(['good']);
    expect(result.warnings).toEqual([
      'dpkg: skipped a damaged record in /var/lib/dpkg/status.d/broken (line 2: expected "Field: value" or an indented continuation, found "this line has no colon")',
      'dpkg: skipped a record in /var/lib/dpkg/status.d/nameless (line 1): it has no Package or Version field',
    ]);
  });

  it('splits relation fields into clauses of alternatives', () => {
    expect(splitRelations('a (>= 1), b | c:any, d [amd64]')).toEqual([['a'], ['b', 'c'], ['d']]);
    expect(splitRelations('')).toEqual([]);
  });
});
