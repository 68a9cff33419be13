/**
 * A small reader for zip archives held in memory (jars), via the central directory
 * (APPNOTE.TXT 4.3): find the end-of-central-directory record, list the entries, and
 * inflate the few that are asked for. Stored (0) and deflated (8) entries are supported;
 * ZIP64 archives are read through their ZIP64 end record.
 */
import { inflateRawSync } from 'node:zlib';

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const STORED = 0;
const DEFLATED = 8;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

class ZipError extends Error {
  override name = 'ZipError';
}

export function listZipEntries(archive: Buffer): ZipEntry[] {
  const { count, offset } = centralDirectory(archive);
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > archive.length || archive.readUInt32LE(at) !== CENTRAL_SIGNATURE) {
      throw new ZipError(`central directory entry ${i} at offset ${at} is damaged`);
    }
    const nameLength = archive.readUInt16LE(at + 28);
    const extraLength = archive.readUInt16LE(at + 30);
    const commentLength = archive.readUInt16LE(at + 32);
    const entry: ZipEntry = {
      name: archive.toString('utf8', at + 46, at + 46 + nameLength),
      method: archive.readUInt16LE(at + 10),
      compressedSize: archive.readUInt32LE(at + 20),
      size: archive.readUInt32LE(at + 24),
      localHeaderOffset: archive.readUInt32LE(at + 42),
    };
    applyZip64Extra(
      entry,
      archive.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength),
    );
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The entry's bytes; refuses entries that would inflate beyond `maxBytes` (zip bombs). */
export function readZipEntry(archive: Buffer, entry: ZipEntry, maxBytes: number): Buffer {
  if (entry.size > maxBytes)
    throw new ZipError(`${entry.name} is ${entry.size} bytes, over the ${maxBytes}-byte limit`);
  const at = entry.localHeaderOffset;
  if (at + 30 > archive.length || archive.readUInt32LE(at) !== LOCAL_SIGNATURE) {
    throw new ZipError(`local header of ${entry.name} at offset ${at} is damaged`);
  }
  const start = at + 30 + archive.readUInt16LE(at + 26) + archive.readUInt16LE(at + 28);
  const data = archive.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw new ZipError(`${entry.name} is cut short`);
  if (entry.method === STORED) return data;
  if (entry.method === DEFLATED)
    return inflateRawSync(data, { maxOutputLength: Math.max(entry.size, 1) });
  throw new ZipError(
    `${entry.name} uses compression method ${entry.method}, which is not supported`,
  );
}

function centralDirectory(archive: Buffer): { count: number; offset: number } {
  const eocd = findEndRecord(archive);
  let count = archive.readUInt16LE(eocd + 10);
  let offset = archive.readUInt32LE(eocd + 16);
  const locator = eocd - 20;
  if (
    (count === 0xffff || offset === 0xffffffff) &&
    locator >= 0 &&
    archive.readUInt32LE(locator) === ZIP64_LOCATOR_SIGNATURE
  ) {
    const zip64 = Number(archive.readBigUInt64LE(locator + 8));
    if (zip64 + 56 > archive.length || archive.readUInt32LE(zip64) !== ZIP64_EOCD_SIGNATURE) {
      throw new ZipError('the ZIP64 end record is damaged');
    }
    count = Number(archive.readBigUInt64LE(zip64 + 32));
    offset = Number(archive.readBigUInt64LE(zip64 + 48));
  }
  if (offset > archive.length)
    throw new ZipError(`central directory offset ${offset} lies past the end of the archive`);
  return { count, offset };
}

function findEndRecord(archive: Buffer): number {
  const earliest = Math.max(0, archive.length - EOCD_SIZE - MAX_COMMENT);
  for (let at = archive.length - EOCD_SIZE; at >= earliest; at -= 1) {
    if (archive.readUInt32LE(at) === EOCD_SIGNATURE) return at;
  }
  throw new ZipError('no end-of-central-directory record: not a zip archive, or cut short');
}

/** ZIP64 extra field (id 1): 64-bit sizes and offset, present only for fields set to 0xffffffff. */
function applyZip64Extra(entry: ZipEntry, extra: Buffer): void {
  for (let at = 0; at + 4 <= extra.length;) {
    const id = extra.readUInt16LE(at);
    const size = extra.readUInt16LE(at + 2);
    if (id === 1) {
      let field = at + 4;
      const next = (): number => {
        const value = field + 8 <= at + 4 + size ? Number(extra.readBigUInt64LE(field)) : -1;
        field += 8;
        return value;
      };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next();
      return;
    }
    at += 4 + size;
  }
}
