/**
 * rpm's Berkeley DB database, `var/lib/rpm/Packages` (RHEL/CentOS ≤ 8, Amazon Linux 2, UBI 7/8,
 * Oracle Linux 8, Photon): a Berkeley DB *hash* database whose keys are 4-byte record numbers
 * and whose values are rpm header blobs. Read without libdb, the way rpm's own read-only
 * backend (lib/backend/bdb_ro.c) reads it. Layout, every integer in the byte order of the
 * machine that wrote the file (the magic number tells which):
 *   page 0, metadata: magic @12, hash version @16, page size @20, encryption @24, last page @32.
 *   other pages: a 26-byte header (own number @8, next page @16, item count @20, high free
 *   offset @22 — on overflow pages the bytes used —, type @25), then uint16 item offsets.
 *   Hash pages hold key/value pairs of items: H_KEYDATA (type byte, then the bytes) or
 *   H_OFFPAGE (type byte, 3 unused, first overflow page, total length), whose bytes are
 *   chained across overflow pages.
 */
import { ImprintError } from '../../errors.js';

const BDB_HASH_MAGIC = 0x061561;
const META_MAGIC = 12;
const META_VERSION = 16;
const META_PAGE_SIZE = 20;
const META_ENCRYPTION = 24;
const META_LAST_PAGE = 32;
/** rpm's bdb_ro reads hash versions 8 to 10 (Berkeley DB 4.x to 6.x). */
const HASH_VERSIONS = [8, 9, 10];
const MIN_PAGE_SIZE = 512;
const MAX_PAGE_SIZE = 65536;

const PAGE_NUMBER = 8;
const PAGE_NEXT = 16;
const PAGE_ENTRIES = 20;
const PAGE_HIGH_FREE = 22;
const PAGE_TYPE = 25;
const PAGE_HEADER_BYTES = 26;
const P_HASH_UNSORTED = 2;
const P_OVERFLOW = 7;
const P_HASH = 13;

const H_KEYDATA = 1;
const H_OFFPAGE = 3;
const OFFPAGE_ITEM_BYTES = 12;
const ITEM_TYPE_NAMES: Record<number, string> = { 2: 'H_DUPLICATE', 4: 'H_OFFDUP' };

export interface RpmBdbRecord {
  /** rpm's header instance number (the key); the sqlite backend calls it `hnum`. */
  recordNumber: number;
  headerBlob: Buffer;
}

/** True when the first 16 bytes carry the hash magic number, in either byte order. */
export function isBerkeleyHashDatabase(head: Buffer): boolean {
  return (
    head.length >= META_MAGIC + 4 &&
    (head.readUInt32LE(META_MAGIC) === BDB_HASH_MAGIC ||
      head.readUInt32BE(META_MAGIC) === BDB_HASH_MAGIC)
  );
}

/**
 * Every package record of an rpm `Packages` file, sorted by record number (the order rpm
 * installed them in). Record 0 is skipped as rpm's own iterator skips it: rpm keeps its highest
 * record number there, not a header. Throws SBOM_FAILED naming the damage when the file is
 * truncated or inconsistent.
 */
export function readRpmBdbPackages(bytes: Buffer): RpmBdbRecord[] {
  const db = openHashDatabase(bytes);
  const records: RpmBdbRecord[] = [];
  for (let pageNumber = 1; pageNumber < db.pageCount; pageNumber += 1) {
    // Pages are scanned in file order rather than bucket by bucket: bucket pages and their
    // chained overflow buckets are all hash pages; free and unused pages have other types.
    const type = db.bytes[pageNumber * db.pageSize + PAGE_TYPE];
    if (type !== P_HASH && type !== P_HASH_UNSORTED) continue;
    for (const { key, value } of pairsOnPage(db, pageNumber)) {
      if (key.length !== 4) {
        throw corrupt(
          `hash page ${pageNumber} has a ${key.length}-byte key; rpm's Packages keys are 4-byte record numbers`,
        );
      }
      const recordNumber = db.littleEndian ? key.readUInt32LE(0) : key.readUInt32BE(0);
      if (recordNumber !== 0) records.push({ recordNumber, headerBlob: value });
    }
  }
  return records.sort((a, b) => a.recordNumber - b.recordNumber);
}

interface HashDatabase {
  bytes: Buffer;
  littleEndian: boolean;
  pageSize: number;
  pageCount: number;
}

function openHashDatabase(bytes: Buffer): HashDatabase {
  if (bytes.length < MIN_PAGE_SIZE) {
    throw corrupt(
      `the file is ${bytes.length} bytes, shorter than a Berkeley DB metadata page (${MIN_PAGE_SIZE} bytes)`,
    );
  }
  if (!isBerkeleyHashDatabase(bytes)) {
    const found = bytes.readUInt32BE(META_MAGIC).toString(16).padStart(8, '0');
    throw corrupt(
      `not a Berkeley DB hash database: the magic number at offset 12 is 0x${found}, expected 0x00061561 in either byte order`,
    );
  }
  const littleEndian = bytes.readUInt32LE(META_MAGIC) === BDB_HASH_MAGIC;
  const u32 = (at: number) => (littleEndian ? bytes.readUInt32LE(at) : bytes.readUInt32BE(at));
  const version = u32(META_VERSION);
  if (!HASH_VERSIONS.includes(version)) {
    throw corrupt(`hash version ${version} is not one rpm wrote (8, 9 or 10)`);
  }
  const pageSize = u32(META_PAGE_SIZE);
  if (pageSize < MIN_PAGE_SIZE || pageSize > MAX_PAGE_SIZE || (pageSize & (pageSize - 1)) !== 0) {
    throw corrupt(
      `page size ${pageSize} is not a power of two from ${MIN_PAGE_SIZE} to ${MAX_PAGE_SIZE}`,
    );
  }
  if (bytes[META_ENCRYPTION] !== 0) {
    throw corrupt('the database is encrypted; rpm never encrypts its Packages database');
  }
  const pageCount = u32(META_LAST_PAGE) + 1;
  if (pageCount * pageSize > bytes.length) {
    throw corrupt(
      `the file is truncated: its metadata counts ${pageCount} pages of ${pageSize} bytes (${pageCount * pageSize} bytes) but the file has ${bytes.length} bytes`,
    );
  }
  return { bytes, littleEndian, pageSize, pageCount };
}

/** A page's header fields, read in the database's byte order. */
class Page {
  readonly data: Buffer;
  readonly number: number;
  private readonly littleEndian: boolean;
  constructor(db: HashDatabase, number: number) {
    this.number = number;
    this.littleEndian = db.littleEndian;
    this.data = db.bytes.subarray(number * db.pageSize, (number + 1) * db.pageSize);
    const stated = this.u32(PAGE_NUMBER);
    if (stated !== number) throw corrupt(`page ${number} says it is page ${stated}`);
  }
  get type(): number {
    return this.data[PAGE_TYPE]!;
  }
  u16(at: number): number {
    return this.littleEndian ? this.data.readUInt16LE(at) : this.data.readUInt16BE(at);
  }
  u32(at: number): number {
    return this.littleEndian ? this.data.readUInt32LE(at) : this.data.readUInt32BE(at);
  }
}

function* pairsOnPage(
  db: HashDatabase,
  pageNumber: number,
): Generator<{ key: Buffer; value: Buffer }> {
  const page = new Page(db, pageNumber);
  const entries = page.u16(PAGE_ENTRIES);
  if (entries % 2 !== 0) {
    throw corrupt(`hash page ${pageNumber} has ${entries} items; hash pages hold key/value pairs`);
  }
  const itemsStart = PAGE_HEADER_BYTES + 2 * entries;
  if (itemsStart > db.pageSize) {
    throw corrupt(`hash page ${pageNumber} claims ${entries} items, more than a page can index`);
  }
  for (let index = 0; index < entries; index += 2) {
    yield {
      key: itemAt(db, page, index, itemsStart),
      value: itemAt(db, page, index + 1, itemsStart),
    };
  }
}

/** Item `index` of a hash page: items are packed from the page's end in index order. */
function itemAt(db: HashDatabase, page: Page, index: number, itemsStart: number): Buffer {
  const start = page.u16(PAGE_HEADER_BYTES + 2 * index);
  const end = index === 0 ? db.pageSize : page.u16(PAGE_HEADER_BYTES + 2 * (index - 1));
  const where = `hash page ${page.number}, item ${index}`;
  if (start < itemsStart || start >= end || end > db.pageSize) {
    throw corrupt(
      `${where} spans bytes ${start} to ${end}, outside the page's item area (${itemsStart} to ${db.pageSize})`,
    );
  }
  const type = page.data[start]!;
  if (type === H_KEYDATA) return page.data.subarray(start + 1, end);
  if (type === H_OFFPAGE && end - start >= OFFPAGE_ITEM_BYTES) {
    return overflowValue(db, page.u32(start + 4), page.u32(start + 8), where);
  }
  const name = type === H_OFFPAGE ? 'a short H_OFFPAGE' : (ITEM_TYPE_NAMES[type] ?? 'unknown');
  throw corrupt(
    `${where} has type ${type} (${name}); rpm's Packages holds only H_KEYDATA and H_OFFPAGE items`,
  );
}

/**
 * The bytes of an H_OFFPAGE item, gathered along its chain of overflow pages. A chain is
 * followed only until the item's length is read, and never through the same page twice, so a
 * damaged chain ends in an error rather than a loop.
 */
function overflowValue(db: HashDatabase, first: number, length: number, where: string): Buffer {
  const parts: Buffer[] = [];
  const visited = new Set<number>();
  let remaining = length;
  let pageNumber = first;
  while (remaining > 0) {
    const chain = `${where}: overflow page ${pageNumber}`;
    if (pageNumber === 0) {
      throw corrupt(
        `${where}: the overflow chain ends after ${length - remaining} of ${length} bytes`,
      );
    }
    if (pageNumber >= db.pageCount) {
      throw corrupt(`${chain} is past the end of the file (${db.pageCount} pages)`);
    }
    if (visited.has(pageNumber)) throw corrupt(`${chain} is reached twice: the chain loops`);
    visited.add(pageNumber);
    const page = new Page(db, pageNumber);
    if (page.type !== P_OVERFLOW) {
      throw corrupt(`${chain} has page type ${page.type}, expected ${P_OVERFLOW} (overflow)`);
    }
    const used = page.u16(PAGE_HIGH_FREE);
    if (used > db.pageSize - PAGE_HEADER_BYTES) {
      throw corrupt(`${chain} claims ${used} bytes, more than a ${db.pageSize}-byte page holds`);
    }
    if (used > remaining) {
      throw corrupt(
        `${chain} holds ${used} bytes but only ${remaining} of the item's ${length} bytes are left`,
      );
    }
    parts.push(page.data.subarray(PAGE_HEADER_BYTES, PAGE_HEADER_BYTES + used));
    remaining -= used;
    pageNumber = page.u32(PAGE_NEXT);
  }
  return Buffer.concat(parts, length);
}

function corrupt(detail: string): ImprintError {
  return new ImprintError('SBOM_FAILED', `Berkeley DB rpm database: ${detail}`);
}
