/**
 * RPM packages from rpm's database. The sqlite backend (rpm ≥ 4.16: Fedora 33+, RHEL 9, and
 * at `/usr/lib/sysimage/rpm` on newer Fedora) is read with node:sqlite: each row of `Packages`
 * holds one header blob. The older Berkeley DB (`Packages`, RHEL ≤ 8) and SUSE's NDB
 * (`Packages.db`) are recognised by their magic and named in a warning.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { licenceOf } from '../licences.js';
import type { Cataloger, CatalogContext, CatalogFile, CatalogResult, Component } from '../model.js';
import { baseName, displayPath, parentOf } from '../paths.js';
import { buildPurl, distroQualifier } from '../purl.js';
import { detailOf } from '../detail.js';
import { parseRpmHeaderBlob, type RpmHeader } from './rpm-header.js';

const RPM_DIRS = ['var/lib/rpm', 'usr/lib/sysimage/rpm'];
const SQLITE = 'rpmdb.sqlite';
const SQLITE_WAL = 'rpmdb.sqlite-wal';
const BERKELEY = 'Packages';
const NDB = 'Packages.db';
const DATABASE_NAMES = new Set([SQLITE, SQLITE_WAL, BERKELEY, NDB]);
/** Enough of a BDB/NDB file to recognise it; such files can be hundreds of megabytes. */
const MAGIC_BYTES = 16;
const BDB_HASH_MAGIC = 0x061561;

export const rpmCataloger: Cataloger = {
  name: 'rpm',
  wants: (path) => RPM_DIRS.includes(parentOf(path)) && DATABASE_NAMES.has(baseName(path)),
  reduce: (path, content) =>
    baseName(path).startsWith(SQLITE) ? content : content.subarray(0, MAGIC_BYTES),
  async catalog(files: CatalogFile[], context: CatalogContext): Promise<CatalogResult> {
    const warnings: string[] = [];
    const components: Component[] = [];
    for (const [index, file] of files.entries()) {
      const name = baseName(file.path);
      if (name === SQLITE) {
        const wal = files.find((other) => other.path === `${file.path}-wal`);
        components.push(...(await readSqlite(file, wal, index, context, warnings)));
      } else if (name === BERKELEY || name === NDB) {
        warnings.push(unsupportedDatabase(file));
      }
    }
    return { components, warnings };
  },
};

function unsupportedDatabase(file: CatalogFile): string {
  const where = displayPath(file.path);
  const head = file.content;
  if (head.length >= 4 && head.toString('latin1', 0, 4) === 'RpmP') {
    return `rpm: ${where} is an NDB rpm database (SUSE); imprint reads only the sqlite rpm database (rpm 4.16 and later), so its packages are missing from the SBOM`;
  }
  if (
    head.length >= 16 &&
    (head.readUInt32LE(12) === BDB_HASH_MAGIC || head.readUInt32BE(12) === BDB_HASH_MAGIC)
  ) {
    return `rpm: ${where} is a Berkeley DB rpm database (RHEL/CentOS 8 and older); imprint reads only the sqlite rpm database (rpm 4.16 and later), so its packages are missing from the SBOM`;
  }
  return `rpm: ${where} is not an rpm database imprint recognises (neither Berkeley DB nor NDB); skipped`;
}

async function readSqlite(
  file: CatalogFile,
  wal: CatalogFile | undefined,
  index: number,
  context: CatalogContext,
  warnings: string[],
): Promise<Component[]> {
  // node:sqlite opens files, not buffers: copy the database (and its WAL) to the scratch dir.
  const dbPath = join(context.tempDir, `rpmdb-${index}.sqlite`);
  await writeFile(dbPath, file.content);
  if (wal) await writeFile(`${dbPath}-wal`, wal.content);
  let rows: { hnum: number; blob: Uint8Array }[];
  try {
    const db = new DatabaseSync(dbPath);
    try {
      rows = db.prepare('SELECT hnum, blob FROM Packages ORDER BY hnum').all() as typeof rows;
    } finally {
      db.close();
    }
  } catch (error) {
    warnings.push(
      `rpm: skipped ${displayPath(file.path)}: not a readable rpm sqlite database (${detailOf(error)})`,
    );
    return [];
  }
  const components: Component[] = [];
  for (const row of rows) {
    try {
      const header = parseRpmHeaderBlob(row.blob);
      if (!header.name || !header.version) throw new Error('the header has no NAME or VERSION tag');
      components.push(componentOf(header, file, context));
    } catch (error) {
      warnings.push(
        `rpm: skipped package ${row.hnum} in ${displayPath(file.path)}: ${detailOf(error)}`,
      );
    }
  }
  return components;
}

function componentOf(header: RpmHeader, file: CatalogFile, context: CatalogContext): Component {
  const versionRelease = header.release ? `${header.version}-${header.release}` : header.version!;
  const epoch = header.epoch !== undefined && header.epoch > 0 ? header.epoch : undefined;
  const licence = header.license ? licenceOf(header.license) : undefined;
  return {
    kind: 'library',
    ecosystem: 'rpm',
    name: header.name!,
    version: epoch === undefined ? versionRelease : `${epoch}:${versionRelease}`,
    purl: buildPurl({
      type: 'rpm',
      namespace: context.distro?.id,
      name: header.name!,
      version: versionRelease,
      qualifiers: {
        arch: header.arch,
        epoch: epoch === undefined ? undefined : String(epoch),
        distro: distroQualifier(context.distro),
        upstream: header.sourceRpm,
      },
    }),
    licences: licence ? [licence] : [],
    location: displayPath(file.path),
    layerDigest: file.layerDigest,
    cataloger: 'rpm',
    properties: {
      ...(header.arch ? { 'imprint:rpm:arch': header.arch } : {}),
      ...(header.vendor ? { 'imprint:rpm:vendor': header.vendor } : {}),
    },
  };
}
