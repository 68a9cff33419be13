import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { RPM_TAG, parseRpmHeaderBlob } from '../../../../src/sbom/catalogers/rpm-header.js';
import { rpmCataloger } from '../../../../src/sbom/catalogers/rpm.js';
import type { CatalogContext, CatalogFile } from '../../../../src/sbom/model.js';
import { handMadeBdb, recordKey } from '../support/bdb-pages.js';

const LAYER = 'sha256:' + '9'.repeat(64);
const STRING = 6;
const INT32 = 4;
const I18N = 9;

/** An rpm header blob: il, dl, index entries, data (the layout rpm keeps in its database). */
function headerBlob(
  tags: [tag: number, type: number, value: string | number | string[] | number[]][],
): Buffer {
  const data: Buffer[] = [];
  const index: Buffer[] = [];
  let offset = 0;
  for (const [tag, type, value] of tags) {
    const values: (string | number)[] = Array.isArray(value) ? value : [value];
    const bytes = Buffer.concat(
      values.map((item) => {
        if (typeof item === 'string') return Buffer.from(`${item}\0`);
        const int = Buffer.alloc(4);
        int.writeInt32BE(item);
        return int;
      }),
    );
    const entry = Buffer.alloc(16);
    entry.writeInt32BE(tag, 0);
    entry.writeUInt32BE(type, 4);
    entry.writeInt32BE(offset, 8);
    entry.writeUInt32BE(values.length, 12);
    index.push(entry);
    data.push(bytes);
    offset += bytes.length;
  }
  const preamble = Buffer.alloc(8);
  preamble.writeUInt32BE(tags.length, 0);
  preamble.writeUInt32BE(offset, 4);
  return Buffer.concat([preamble, ...index, ...data]);
}

const BASH = headerBlob([
  [RPM_TAG.NAME, STRING, 'bash'],
  [RPM_TAG.VERSION, STRING, '5.2.15'],
  [RPM_TAG.RELEASE, STRING, '1.fc38'],
  [RPM_TAG.EPOCH, INT32, 0],
  [RPM_TAG.ARCH, STRING, 'x86_64'],
  [RPM_TAG.LICENSE, STRING, 'GPL-3.0-or-later'],
  [RPM_TAG.VENDOR, STRING, 'Fedora Project'],
  [RPM_TAG.SOURCERPM, STRING, 'bash-5.2.15-1.fc38.src.rpm'],
]);

describe('rpm header blobs', () => {
  it("reads the package's file list from DIRNAMES, DIRINDEXES and BASENAMES", () => {
    const STRING_ARRAY = 8;
    const blob = headerBlob([
      [RPM_TAG.NAME, STRING, 'python3-idna'],
      [RPM_TAG.VERSION, STRING, '2.10'],
      [RPM_TAG.DIRINDEXES, INT32, [0, 1, 1]],
      [RPM_TAG.BASENAMES, STRING_ARRAY, ['idna-2.10-py3.9.egg-info', 'PKG-INFO', 'top_level.txt']],
      [
        RPM_TAG.DIRNAMES,
        STRING_ARRAY,
        [
          '/usr/lib/python3.9/site-packages/',
          '/usr/lib/python3.9/site-packages/idna-2.10-py3.9.egg-info/',
        ],
      ],
    ]);
    expect(parseRpmHeaderBlob(blob).files).toEqual([
      'usr/lib/python3.9/site-packages/idna-2.10-py3.9.egg-info',
      'usr/lib/python3.9/site-packages/idna-2.10-py3.9.egg-info/PKG-INFO',
      'usr/lib/python3.9/site-packages/idna-2.10-py3.9.egg-info/top_level.txt',
    ]);
  });

  it('decodes the tags the SBOM needs', () => {
    expect(parseRpmHeaderBlob(BASH)).toEqual({
      name: 'bash',
      version: '5.2.15',
      release: '1.fc38',
      epoch: 0,
      arch: 'x86_64',
      license: 'GPL-3.0-or-later',
      vendor: 'Fedora Project',
      sourceRpm: 'bash-5.2.15-1.fc38.src.rpm',
    });
    expect(parseRpmHeaderBlob(headerBlob([[RPM_TAG.NAME, I18N, 'i18n']])).name).toBe('i18n');
  });

  it('refuses blobs that are too short or claim more than they hold', () => {
    expect(() => parseRpmHeaderBlob(Buffer.alloc(4))).toThrow(
      'header blob is 4 bytes, shorter than its 8-byte preamble',
    );
    expect(() => parseRpmHeaderBlob(BASH.subarray(0, 40))).toThrow(
      /^header blob needs \d+ bytes but has 40$/,
    );
    const huge = Buffer.from(BASH);
    huge.writeUInt32BE(0x7fffffff, 0);
    expect(() => parseRpmHeaderBlob(huge)).toThrow('header blob claims 2147483647 index entries');
    const unterminated = headerBlob([[RPM_TAG.NAME, STRING, 'x']]);
    unterminated[unterminated.length - 1] = 0x41;
    expect(() => parseRpmHeaderBlob(unterminated)).toThrow(
      'string at data offset 0 is not NUL-terminated',
    );
  });
});

describe('rpm cataloger', () => {
  let tempDir: string;
  beforeEach(() => {
    tempDir = mkdtempSync(join(tmpdir(), 'imprint-rpm-test-'));
  });
  afterEach(() => rmSync(tempDir, { recursive: true, force: true }));
  const context = (): CatalogContext => ({
    tempDir,
    distro: { id: 'fedora', versionId: '38' },
    lookup: () => undefined,
  });

  function sqliteDatabase(blobs: Buffer[]): Buffer {
    const path = join(tempDir, 'made.sqlite');
    const db = new DatabaseSync(path);
    db.exec('CREATE TABLE Packages (hnum INTEGER PRIMARY KEY AUTOINCREMENT, blob BLOB NOT NULL)');
    const insert = db.prepare('INSERT INTO Packages (blob) VALUES (?)');
    for (const blob of blobs) insert.run(blob);
    db.close();
    return readFileSync(path);
  }

  it('wants the databases at both rpm locations, keeping whole only those it reads', () => {
    const wants = (path: string) => rpmCataloger.wants(path, { size: 1, mode: 0o644 });
    expect(wants('var/lib/rpm/rpmdb.sqlite')).toBe(true);
    expect(wants('usr/lib/sysimage/rpm/rpmdb.sqlite')).toBe(true);
    expect(wants('var/lib/rpm/Packages')).toBe(true);
    expect(wants('opt/var/lib/rpm/Packages')).toBe(false);
    const bdb = handMadeBdb([]).bytes;
    const ndb = Buffer.from('RpmP'.padEnd(1000, 'x'));
    expect(rpmCataloger.reduce!('var/lib/rpm/Packages', bdb)).toBe(bdb);
    expect(rpmCataloger.reduce!('usr/lib/sysimage/rpm/Packages.db', ndb)!.length).toBe(16);
    expect(rpmCataloger.reduce!('var/lib/rpm/Packages', Buffer.alloc(1000))!.length).toBe(16);
    expect(rpmCataloger.reduce!('var/lib/rpm/rpmdb.sqlite', Buffer.alloc(1000))!.length).toBe(1000);
  });

  it('reads packages from a sqlite database, skipping a damaged header with a warning', async () => {
    const db: CatalogFile = {
      path: 'var/lib/rpm/rpmdb.sqlite',
      content: sqliteDatabase([BASH, BASH.subarray(0, 40)]),
      layerDigest: LAYER,
    };
    const result = await rpmCataloger.catalog([db], context());
    expect(result.components).toEqual([
      {
        kind: 'library',
        ecosystem: 'rpm',
        name: 'bash',
        version: '5.2.15-1.fc38',
        purl: 'pkg:rpm/fedora/bash@5.2.15-1.fc38?arch=x86_64&distro=fedora-38&upstream=bash-5.2.15-1.fc38.src.rpm',
        licences: [{ spdxId: 'GPL-3.0-or-later' }],
        location: '/var/lib/rpm/rpmdb.sqlite',
        layerDigest: LAYER,
        cataloger: 'rpm',
        properties: {
          'imprint:rpm:arch': 'x86_64',
          'imprint:rpm:vendor': 'Fedora Project',
          'aquasecurity:trivy:SrcName': 'bash',
          'aquasecurity:trivy:SrcVersion': '5.2.15',
          'aquasecurity:trivy:SrcRelease': '1.fc38',
        },
      },
    ]);
    expect(result.warnings).toEqual([
      `rpm: skipped package 2 in /var/lib/rpm/rpmdb.sqlite: header blob needs ${BASH.length} bytes but has 40`,
    ]);
  });

  it('names a corrupt sqlite file in a warning and produces nothing from it', async () => {
    const db: CatalogFile = {
      path: 'var/lib/rpm/rpmdb.sqlite',
      content: Buffer.from('SQLite format 3\0 but then garbage'.padEnd(4096, 'x')),
      layerDigest: LAYER,
    };
    const result = await rpmCataloger.catalog([db], context());
    expect(result.components).toEqual([]);
    expect(result.warnings).toEqual([
      'rpm: skipped /var/lib/rpm/rpmdb.sqlite: not a readable rpm sqlite database (file is not a database)',
    ]);
  });

  /** A Berkeley DB Packages file (written page by page) holding these header blobs. */
  function berkeleyDatabase(blobs: Buffer[]): Buffer {
    const pairs = blobs.map((value, index) => ({ key: recordKey(index + 1), value }));
    return handMadeBdb([{ key: recordKey(0), value: recordKey(blobs.length) }, ...pairs]).bytes;
  }

  it('reads packages from a Berkeley DB database like those from sqlite', async () => {
    const openssl = headerBlob([
      [RPM_TAG.NAME, STRING, 'openssl-libs'],
      [RPM_TAG.VERSION, STRING, '1.1.1k'],
      [RPM_TAG.RELEASE, STRING, '9.el8_7'],
      [RPM_TAG.EPOCH, INT32, 1],
      [RPM_TAG.ARCH, STRING, 'x86_64'],
      [RPM_TAG.SOURCERPM, STRING, 'openssl-1.1.1k-9.el8_7.src.rpm'],
    ]);
    const db: CatalogFile = {
      path: 'var/lib/rpm/Packages',
      content: berkeleyDatabase([openssl, BASH.subarray(0, 40)]),
      layerDigest: LAYER,
    };
    const result = await rpmCataloger.catalog([db], context());
    expect(result.components.map((c) => [c.name, c.version, c.purl, c.location])).toEqual([
      [
        'openssl-libs',
        '1:1.1.1k-9.el8_7',
        'pkg:rpm/fedora/openssl-libs@1.1.1k-9.el8_7?arch=x86_64&distro=fedora-38&epoch=1&upstream=openssl-1.1.1k-9.el8_7.src.rpm',
        '/var/lib/rpm/Packages',
      ],
    ]);
    expect(result.components[0]!.properties).toEqual({
      'imprint:rpm:arch': 'x86_64',
      'aquasecurity:trivy:SrcName': 'openssl',
      'aquasecurity:trivy:SrcVersion': '1.1.1k',
      'aquasecurity:trivy:SrcRelease': '9.el8_7',
      'aquasecurity:trivy:SrcEpoch': '1',
    });
    expect(result.warnings).toEqual([
      `rpm: skipped package 2 in /var/lib/rpm/Packages: header blob needs ${BASH.length} bytes but has 40`,
    ]);
  });

  it('names a damaged Berkeley DB file in a warning and produces nothing from it', async () => {
    const content = berkeleyDatabase([BASH]);
    const db: CatalogFile = {
      path: 'var/lib/rpm/Packages',
      content: content.subarray(0, content.length - 10),
      layerDigest: LAYER,
    };
    const result = await rpmCataloger.catalog([db], context());
    expect(result.components).toEqual([]);
    expect(result.warnings).toEqual([
      `rpm: skipped /var/lib/rpm/Packages: Berkeley DB rpm database: the file is truncated: its metadata counts 3 pages of 512 bytes (1536 bytes) but the file has 1526 bytes`,
    ]);
  });

  it('ignores a Berkeley DB file beside a sqlite database, which rpm uses instead', async () => {
    const files: CatalogFile[] = [
      { path: 'var/lib/rpm/rpmdb.sqlite', content: sqliteDatabase([BASH]), layerDigest: LAYER },
      { path: 'var/lib/rpm/Packages', content: berkeleyDatabase([BASH]), layerDigest: LAYER },
    ];
    const result = await rpmCataloger.catalog(files, context());
    expect(result.components.map((c) => c.location)).toEqual(['/var/lib/rpm/rpmdb.sqlite']);
    expect(result.warnings).toEqual([
      'rpm: ignored /var/lib/rpm/Packages: /var/lib/rpm/rpmdb.sqlite beside it is the database rpm uses',
    ]);
  });

  it('gives no source properties when SOURCERPM is missing or not a source rpm name', async () => {
    const pubkey = headerBlob([
      [RPM_TAG.NAME, STRING, 'gpg-pubkey'],
      [RPM_TAG.VERSION, STRING, 'fd431d51'],
      [RPM_TAG.RELEASE, STRING, '4ae0493b'],
    ]);
    const odd = headerBlob([
      [RPM_TAG.NAME, STRING, 'odd'],
      [RPM_TAG.VERSION, STRING, '1'],
      [RPM_TAG.SOURCERPM, STRING, 'odd.tar.gz'],
    ]);
    const db: CatalogFile = {
      path: 'var/lib/rpm/Packages',
      content: berkeleyDatabase([pubkey, odd]),
      layerDigest: LAYER,
    };
    const result = await rpmCataloger.catalog([db], context());
    expect(result.components.map((c) => [c.name, c.properties])).toEqual([
      ['gpg-pubkey', {}],
      ['odd', {}],
    ]);
  });

  it('recognises NDB databases and says they are not read', async () => {
    const ndb = Buffer.from('RpmPxxxxxxxxxxxx');
    const files: CatalogFile[] = [
      { path: 'usr/lib/sysimage/rpm/Packages.db', content: ndb, layerDigest: LAYER },
      {
        path: 'var/lib/rpm/Packages.db',
        content: Buffer.from('what is this?'),
        layerDigest: LAYER,
      },
    ];
    const result = await rpmCataloger.catalog(files, context());
    expect(result.warnings).toEqual([
      "rpm: /usr/lib/sysimage/rpm/Packages.db is an NDB rpm database (SUSE); imprint reads rpm's sqlite and Berkeley DB databases only, so its packages are missing from the SBOM",
      'rpm: /var/lib/rpm/Packages.db is not an rpm database imprint recognises (neither Berkeley DB nor NDB); skipped',
    ]);
  });
});
