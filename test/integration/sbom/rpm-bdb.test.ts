/**
 * rpm's Berkeley DB database (RHEL/CentOS ≤ 8), checked against real rpm. Debian's rpm cannot
 * write Berkeley DB (it has only the read-only `bdb_ro` backend), so the file is made in two
 * real steps: rpm records rpmbuild-built packages in its sqlite database, then libdb's own
 * db5.3_load writes their header blobs into a hash database keyed by record number (4 bytes in
 * the file's byte order, as bdb_ro looks them up), with record 0 holding the highest record
 * number as rpm's read-write BDB backend kept it. rpm (bdb_ro) lists the file; so must we.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { generateSbom } from '../../../src/sbom/generate.js';
import type { Component } from '../../../src/sbom/model.js';
import { GZIP_LAYER, cached, ensureCommand, fileLayer } from './support/cache.js';
import { buildRpms, recordInRpmDb, type TestRpm } from './support/rpm-build.js';

const PACKAGES: TestRpm[] = [
  {
    name: 'imprint-alpha',
    version: '1.2.3',
    release: '4.el8',
    epoch: '2',
    arch: 'noarch',
    license: 'MIT AND Apache-2.0',
  },
  { name: 'imprint-beta', version: '0.9', release: '1.el8', arch: 'x86_64', license: 'GPLv2+' },
  // ~400 file paths make a header of tens of kilobytes: a long chain of overflow pages.
  {
    name: 'imprint-big',
    version: '3.0',
    release: '1.el8',
    arch: 'noarch',
    license: 'BSD-3-Clause',
    fileCount: 400,
  },
  // A subpackage: its source rpm is named after the spec, not after the binary.
  {
    name: 'imprint-tools',
    binaryName: 'imprint-libtools',
    version: '5.1',
    release: '2.el8',
    epoch: '1',
    arch: 'x86_64',
    license: 'LGPLv2+',
  },
  { name: 'imprint-gamma', version: '2024.01', release: '7', arch: 'noarch', license: 'MIT' },
];
const IMAGE = { name: 'localhost/imprint/rhel-like', digest: 'sha256:' + 'b'.repeat(64) };
const OS_RELEASE = 'ID=rhel\nVERSION_ID=8.9\n';

interface Variant {
  label: string;
  littleEndian: boolean;
  pageSize: number;
  /** libdb's h_ffactor, keys per bucket: 1 spreads the records over many bucket pages. */
  fillFactor?: number;
}
const SMALL_PAGES_LE: Variant = {
  label: 'le-512',
  littleEndian: true,
  pageSize: 512,
  fillFactor: 1,
};
const SMALL_PAGES_BE: Variant = { label: 'be-512', littleEndian: false, pageSize: 512 };
const LARGE_PAGES_LE: Variant = { label: 'le-65536', littleEndian: true, pageSize: 65536 };
const VARIANTS = [SMALL_PAGES_LE, SMALL_PAGES_BE, LARGE_PAGES_LE];

function recordKey(recordNumber: number, littleEndian: boolean): string {
  const key = Buffer.alloc(4);
  if (littleEndian) key.writeUInt32LE(recordNumber);
  else key.writeUInt32BE(recordNumber);
  return key.toString('hex');
}

/** db_load's input (the format db_dump writes): header lines, then key and value lines in hex. */
function dbLoadInput(headers: { hnum: number; blob: Uint8Array }[], variant: Variant): string {
  const highest = Math.max(...headers.map((h) => h.hnum));
  return [
    'VERSION=3',
    'format=bytevalue',
    'type=hash',
    `db_lorder=${variant.littleEndian ? 1234 : 4321}`,
    `db_pagesize=${variant.pageSize}`,
    ...(variant.fillFactor ? [`h_ffactor=${variant.fillFactor}`] : []),
    'HEADER=END',
    ` ${recordKey(0, variant.littleEndian)}`,
    ` ${recordKey(highest, variant.littleEndian)}`,
    ...headers.flatMap((h) => [
      ` ${recordKey(h.hnum, variant.littleEndian)}`,
      ` ${Buffer.from(h.blob).toString('hex')}`,
    ]),
    'DATA=END',
    '',
  ].join('\n');
}

function headersOf(sqlitePath: string): { hnum: number; blob: Uint8Array }[] {
  const db = new DatabaseSync(sqlitePath, { readOnly: true });
  try {
    return db.prepare('SELECT hnum, blob FROM Packages ORDER BY hnum').all() as {
      hnum: number;
      blob: Uint8Array;
    }[];
  } finally {
    db.close();
  }
}

/** The sqlite root rpm made, and per variant a root holding only the Berkeley DB made from it. */
async function databases(): Promise<string> {
  return cached('rpm-bdb-v2', (dir) => {
    const sqliteRoot = join(dir, 'sqlite-root');
    mkdirSync(join(sqliteRoot, 'etc'), { recursive: true });
    writeFileSync(join(sqliteRoot, 'etc', 'os-release'), OS_RELEASE);
    recordInRpmDb(sqliteRoot, buildRpms(dir, PACKAGES));
    execFileSync('tar', ['-C', sqliteRoot, '-czf', join(dir, 'sqlite-root.tar.gz'), '.']);
    const headers = headersOf(join(sqliteRoot, 'var', 'lib', 'rpm', 'rpmdb.sqlite'));
    for (const variant of VARIANTS) {
      const root = join(dir, variant.label);
      mkdirSync(join(root, 'etc'), { recursive: true });
      mkdirSync(join(root, 'var', 'lib', 'rpm'), { recursive: true });
      writeFileSync(join(root, 'etc', 'os-release'), OS_RELEASE);
      execFileSync('db5.3_load', [join(root, 'var', 'lib', 'rpm', 'Packages')], {
        input: dbLoadInput(headers, variant),
        stdio: ['pipe', 'ignore', 'pipe'],
      });
      execFileSync('tar', ['-C', root, '-czf', join(dir, `${variant.label}.tar.gz`), '.']);
    }
  });
}

/** What real rpm's read-only Berkeley DB backend lists. */
function rpmList(dbDir: string): string[] {
  const out = execFileSync(
    'rpm',
    [
      '--dbpath',
      dbDir,
      '--define',
      '_db_backend bdb_ro',
      '-qa',
      '--qf',
      '%{NAME} %{EPOCHNUM}:%{VERSION}-%{RELEASE} %{ARCH} %{SOURCERPM}\n',
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
  );
  return out.split('\n').filter((line) => line !== '');
}

/** db5.3_stat's figures for a hash database, by their label ("Number of overflow pages", …). */
function dbStat(file: string): Map<string, string> {
  const out = execFileSync('db5.3_stat', ['-d', file], { encoding: 'utf8' });
  return new Map(
    out
      .split('\n')
      .map((line) => /^(\S+)\t(.+)$/.exec(line))
      .filter((match) => match !== null)
      .map((match) => [match[2]!, match[1]!]),
  );
}

const SRC = 'aquasecurity:trivy:Src';
function listedAsRpmDoes(c: Component): string {
  const p = c.properties!;
  const epochVersion = /^\d+:/.test(c.version) ? c.version : `0:${c.version}`;
  const source = `${p[`${SRC}Name`]}-${p[`${SRC}Version`]}-${p[`${SRC}Release`]}.src.rpm`;
  return `${c.name} ${epochVersion} ${p['imprint:rpm:arch']} ${source}`;
}

async function catalog(tarball: string) {
  const result = await generateSbom({ image: IMAGE, layers: [fileLayer(tarball, GZIP_LAYER)] });
  return { ...result, rpms: result.components.filter((c) => c.ecosystem === 'rpm') };
}

describe('rpm Berkeley DB database', () => {
  let dir: string;
  beforeAll(async () => {
    ensureCommand('db5.3_load', 'db5.3-util');
    ensureCommand('rpm', 'rpm');
    dir = await databases();
  });

  it.each(VARIANTS)('lists exactly what rpm (bdb_ro) lists from a $label file', async (variant) => {
    const truth = rpmList(join(dir, variant.label, 'var', 'lib', 'rpm'));
    expect(truth).toHaveLength(PACKAGES.length);
    const { rpms, warnings } = await catalog(join(dir, `${variant.label}.tar.gz`));
    // rpm lists in hash-bucket order, the SBOM in its own: compare as sets.
    expect(rpms.map(listedAsRpmDoes).sort()).toEqual(truth.sort());
    expect(warnings).toEqual([]);
  });

  it('makes the same components from the Berkeley DB as from the sqlite database', async () => {
    const fromSqlite = await catalog(join(dir, 'sqlite-root.tar.gz'));
    const fromBdb = await catalog(join(dir, `${SMALL_PAGES_BE.label}.tar.gz`));
    const comparable = (c: Component) => ({ ...c, location: '', layerDigest: '' });
    expect(fromBdb.rpms.map(comparable)).toEqual(fromSqlite.rpms.map(comparable));
    expect(fromBdb.rpms[0]!.location).toBe('/var/lib/rpm/Packages');
    const libtools = fromBdb.rpms.find((c) => c.name === 'imprint-libtools')!;
    expect(libtools.purl).toBe(
      'pkg:rpm/rhel/imprint-libtools@5.1-2.el8?arch=x86_64&distro=rhel-8.9&epoch=1&upstream=imprint-tools-5.1-2.el8.src.rpm',
    );
    expect(libtools.licences).toEqual([{ name: 'LGPLv2+' }]);
    expect(libtools.properties).toMatchObject({
      'aquasecurity:trivy:SrcName': 'imprint-tools',
      'aquasecurity:trivy:SrcVersion': '5.1',
      'aquasecurity:trivy:SrcRelease': '2.el8',
      'aquasecurity:trivy:SrcEpoch': '1',
    });
  });

  it('exercises the page kinds it claims to: byte order, overflow chains, several buckets', () => {
    const packages = (variant: Variant) =>
      join(dir, variant.label, 'var', 'lib', 'rpm', 'Packages');
    const small = dbStat(packages(SMALL_PAGES_LE));
    expect(small.get('Byte order')).toBe('Little-endian');
    expect(small.get('Underlying database page size')).toBe('512');
    expect(Number(small.get('Number of hash buckets'))).toBeGreaterThanOrEqual(PACKAGES.length);
    // The big header alone needs more than a hundred 512-byte overflow pages.
    expect(Number(small.get('Number of overflow pages'))).toBeGreaterThan(100);
    expect(dbStat(packages(SMALL_PAGES_BE)).get('Byte order')).toBe('Big-endian');
    // With 64 KiB pages only the big header goes off-page: every other header is stored
    // inline on its bucket page, the H_KEYDATA path.
    const large = dbStat(packages(LARGE_PAGES_LE));
    expect(large.get('Underlying database page size')).toBe('65536');
    expect(Number(large.get('Number of overflow pages'))).toBe(1);
  });
});
