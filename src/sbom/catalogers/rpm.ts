/**
 * RPM packages from rpm's database, in either backend an image's rpm writes:
 * - sqlite, `rpmdb.sqlite` (rpm ≥ 4.16: Fedora 33+, RHEL 9; under `/usr/lib/sysimage/rpm` on
 *   newer Fedora), read with node:sqlite: each row of `Packages` holds one header blob;
 * - Berkeley DB, `Packages` (RHEL/CentOS ≤ 8, Amazon Linux 2, UBI 7/8, Oracle Linux 8, Photon),
 *   a hash database whose values are header blobs, read by rpm-bdb.ts.
 * Both give the same components. SUSE's NDB (`Packages.db`) is recognised by its magic and
 * named in a warning.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { licenceOf } from '../licences.js';
import type { Cataloger, CatalogContext, CatalogFile, CatalogResult, Component } from '../model.js';
import { baseName, displayPath, parentOf } from '../paths.js';
import { buildPurl, distroQualifier } from '../purl.js';
import { detailOf } from '../detail.js';
import { rpmSourceOf, trivySourceProperties } from '../trivy-properties.js';
import { isBerkeleyHashDatabase, readRpmBdbPackages } from './rpm-bdb.js';
import { parseRpmHeaderBlob, type RpmHeader } from './rpm-header.js';

const RPM_DIRS = ['var/lib/rpm', 'usr/lib/sysimage/rpm'];
const SQLITE = 'rpmdb.sqlite';
const SQLITE_WAL = 'rpmdb.sqlite-wal';
const BERKELEY = 'Packages';
const NDB = 'Packages.db';
const DATABASE_NAMES = new Set([SQLITE, SQLITE_WAL, BERKELEY, NDB]);
/** Enough of an unreadable (NDB) file to recognise it; such files can be hundreds of megabytes. */
const MAGIC_BYTES = 16;

/** One header blob as a backend stores it, with the record number rpm gave it. */
interface StoredHeader {
  recordNumber: number;
  blob: Uint8Array;
}

export const rpmCataloger: Cataloger = {
  name: 'rpm',
  wants: (path) => RPM_DIRS.includes(parentOf(path)) && DATABASE_NAMES.has(baseName(path)),
  // Databases this cataloger reads are kept whole; others only as far as their magic.
  reduce: (path, content) =>
    baseName(path).startsWith(SQLITE) || isBerkeleyHashDatabase(content)
      ? content
      : content.subarray(0, MAGIC_BYTES),
  async catalog(files: CatalogFile[], context: CatalogContext): Promise<CatalogResult> {
    const warnings: string[] = [];
    const components: Component[] = [];
    const installedFiles = new Map<string, string>();
    for (const [index, file] of files.entries()) {
      if (baseName(file.path) === SQLITE_WAL) continue; // read along with its database
      const headers = await storedHeaders(file, files, index, context, warnings);
      for (const { component, installed } of componentsOf(headers, file, context, warnings)) {
        components.push(component);
        for (const path of installed) installedFiles.set(path, component.purl!);
      }
    }
    return { components, warnings, installedFiles };
  },
};

async function storedHeaders(
  file: CatalogFile,
  files: CatalogFile[],
  index: number,
  context: CatalogContext,
  warnings: string[],
): Promise<StoredHeader[]> {
  if (baseName(file.path) === SQLITE) {
    const wal = files.find((other) => other.path === `${file.path}-wal`);
    return readSqlite(file, wal, index, context, warnings);
  }
  if (isBerkeleyHashDatabase(file.content)) return readBerkeley(file, files, warnings);
  warnings.push(unreadDatabase(file));
  return [];
}

function unreadDatabase(file: CatalogFile): string {
  const where = displayPath(file.path);
  const head = file.content;
  if (head.length >= 4 && head.toString('latin1', 0, 4) === 'RpmP') {
    return `rpm: ${where} is an NDB rpm database (SUSE); imprint reads rpm's sqlite and Berkeley DB databases only, so its packages are missing from the SBOM`;
  }
  return `rpm: ${where} is not an rpm database imprint recognises (neither Berkeley DB nor NDB); skipped`;
}

function readBerkeley(file: CatalogFile, files: CatalogFile[], warnings: string[]): StoredHeader[] {
  const where = displayPath(file.path);
  // rpm uses one backend; a Packages left beside a sqlite database would list packages twice.
  const sqlite = files.find((other) => other.path === `${parentOf(file.path)}/${SQLITE}`);
  if (sqlite) {
    warnings.push(
      `rpm: ignored ${where}: ${displayPath(sqlite.path)} beside it is the database rpm uses`,
    );
    return [];
  }
  try {
    return readRpmBdbPackages(file.content).map(({ recordNumber, headerBlob }) => ({
      recordNumber,
      blob: headerBlob,
    }));
  } catch (error) {
    warnings.push(`rpm: skipped ${where}: ${detailOf(error)}`);
    return [];
  }
}

async function readSqlite(
  file: CatalogFile,
  wal: CatalogFile | undefined,
  index: number,
  context: CatalogContext,
  warnings: string[],
): Promise<StoredHeader[]> {
  // node:sqlite opens files, not buffers: copy the database (and its WAL) to the scratch dir.
  const dbPath = join(context.tempDir, `rpmdb-${index}.sqlite`);
  await writeFile(dbPath, file.content);
  if (wal) await writeFile(`${dbPath}-wal`, wal.content);
  try {
    const db = new DatabaseSync(dbPath);
    try {
      const rows = db.prepare('SELECT hnum, blob FROM Packages ORDER BY hnum').all() as {
        hnum: number;
        blob: Uint8Array;
      }[];
      return rows.map((row) => ({ recordNumber: row.hnum, blob: row.blob }));
    } finally {
      db.close();
    }
  } catch (error) {
    warnings.push(
      `rpm: skipped ${displayPath(file.path)}: not a readable rpm sqlite database (${detailOf(error)})`,
    );
    return [];
  }
}

function componentsOf(
  headers: StoredHeader[],
  file: CatalogFile,
  context: CatalogContext,
  warnings: string[],
): { component: Component; installed: string[] }[] {
  const components: { component: Component; installed: string[] }[] = [];
  for (const { recordNumber, blob } of headers) {
    try {
      const header = parseRpmHeaderBlob(blob);
      if (!header.name || !header.version) throw new Error('the header has no NAME or VERSION tag');
      components.push({
        component: componentOf(header, file, context),
        installed: header.files ?? [],
      });
    } catch (error) {
      warnings.push(
        `rpm: skipped package ${recordNumber} in ${displayPath(file.path)}: ${detailOf(error)}`,
      );
    }
  }
  return components;
}

function componentOf(header: RpmHeader, file: CatalogFile, context: CatalogContext): Component {
  const versionRelease = header.release ? `${header.version}-${header.release}` : header.version!;
  const epoch = header.epoch !== undefined && header.epoch > 0 ? header.epoch : undefined;
  const licence = header.license ? licenceOf(header.license) : undefined;
  const source = header.sourceRpm ? rpmSourceOf(header.sourceRpm, epoch) : undefined;
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
      ...(source ? trivySourceProperties(source) : {}),
    },
  };
}
