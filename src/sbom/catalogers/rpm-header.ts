/**
 * RPM headers as rpm stores them in its database (the "header blob": the on-disk header
 * without its 8-byte magic). Layout, all big-endian:
 *   int32 il (index entries), int32 dl (data bytes),
 *   il × { int32 tag, uint32 type, int32 offset, uint32 count },
 *   dl bytes of data that the entries point into.
 * Only the tags the SBOM needs are decoded.
 */

export const RPM_TAG = {
  NAME: 1000,
  VERSION: 1001,
  RELEASE: 1002,
  EPOCH: 1003,
  VENDOR: 1011,
  LICENSE: 1014,
  ARCH: 1022,
  SOURCERPM: 1044,
  DIRINDEXES: 1116,
  BASENAMES: 1117,
  DIRNAMES: 1118,
} as const;

const TYPE_INT32 = 4;
const TYPE_STRING = 6;
const TYPE_STRING_ARRAY = 8;
const TYPE_I18NSTRING = 9;

/** rpm's own ceilings (lib/header.c): beyond these a blob is damaged, not big. */
const MAX_INDEX_ENTRIES = 0xffff;
const MAX_DATA_BYTES = 256 * 1024 * 1024;

export interface RpmHeader {
  name?: string;
  version?: string;
  release?: string;
  epoch?: number;
  vendor?: string;
  license?: string;
  arch?: string;
  sourceRpm?: string;
  /** The files it installed (DIRNAMES[DIRINDEXES[i]] + BASENAMES[i]), no leading `/`. */
  files?: string[];
}

/** The three arrays rpm keeps a package's file list in. */
interface FileTags {
  dirIndexes?: number[];
  baseNames?: string[];
  dirNames?: string[];
}

class RpmHeaderError extends Error {
  override name = 'RpmHeaderError';
}

export function parseRpmHeaderBlob(blob: Uint8Array): RpmHeader {
  const bytes = Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength);
  if (bytes.length < 8)
    throw new RpmHeaderError(
      `header blob is ${bytes.length} bytes, shorter than its 8-byte preamble`,
    );
  const indexCount = bytes.readUInt32BE(0);
  const dataLength = bytes.readUInt32BE(4);
  if (indexCount === 0 || indexCount > MAX_INDEX_ENTRIES || dataLength > MAX_DATA_BYTES) {
    throw new RpmHeaderError(
      `header blob claims ${indexCount} index entries and ${dataLength} data bytes`,
    );
  }
  const dataStart = 8 + indexCount * 16;
  if (dataStart + dataLength > bytes.length) {
    throw new RpmHeaderError(
      `header blob needs ${dataStart + dataLength} bytes but has ${bytes.length}`,
    );
  }
  const data = bytes.subarray(dataStart, dataStart + dataLength);
  const header: RpmHeader = {};
  const fileTags: FileTags = {};
  for (let i = 0; i < indexCount; i += 1) {
    const at = 8 + i * 16;
    const tag = bytes.readInt32BE(at);
    const type = bytes.readUInt32BE(at + 4);
    const offset = bytes.readInt32BE(at + 8);
    const count = bytes.readUInt32BE(at + 12);
    if (offset < 0 || offset >= data.length) continue;
    assignTag(header, tag, type, data, offset);
    assignFileTag(fileTags, tag, type, data, offset, count);
  }
  const files = filesOf(fileTags);
  if (files) header.files = files;
  return header;
}

function assignFileTag(
  tags: FileTags,
  tag: number,
  type: number,
  data: Buffer,
  offset: number,
  count: number,
): void {
  if (tag === RPM_TAG.DIRINDEXES && type === TYPE_INT32 && offset + count * 4 <= data.length)
    tags.dirIndexes = Array.from({ length: count }, (_, i) => data.readInt32BE(offset + i * 4));
  else if (tag === RPM_TAG.BASENAMES && type === TYPE_STRING_ARRAY)
    tags.baseNames = stringsAt(data, offset, count);
  else if (tag === RPM_TAG.DIRNAMES && type === TYPE_STRING_ARRAY)
    tags.dirNames = stringsAt(data, offset, count);
}

function filesOf({ dirIndexes, baseNames, dirNames }: FileTags): string[] | undefined {
  if (!dirIndexes || !baseNames || !dirNames || dirIndexes.length !== baseNames.length)
    return undefined;
  const files: string[] = [];
  baseNames.forEach((base, i) => {
    const dir = dirNames[dirIndexes[i]!];
    if (dir !== undefined) files.push(`${dir}${base}`.replace(/^\/+/, ''));
  });
  return files;
}

function stringsAt(data: Buffer, offset: number, count: number): string[] {
  const out: string[] = [];
  let at = offset;
  for (let i = 0; i < count; i += 1) {
    const value = stringAt(data, at);
    out.push(value);
    at += Buffer.byteLength(value, 'utf8') + 1;
  }
  return out;
}

function assignTag(
  header: RpmHeader,
  tag: number,
  type: number,
  data: Buffer,
  offset: number,
): void {
  if (tag === RPM_TAG.EPOCH) {
    if (type === TYPE_INT32 && offset + 4 <= data.length) header.epoch = data.readInt32BE(offset);
    return;
  }
  const key = STRING_TAGS.get(tag);
  if (!key) return;
  if (type !== TYPE_STRING && type !== TYPE_I18NSTRING && type !== TYPE_STRING_ARRAY) return;
  // For arrays and i18n strings the first entry is the one (the "C" locale).
  header[key] = stringAt(data, offset);
}

const STRING_TAGS = new Map<number, Exclude<keyof RpmHeader, 'epoch' | 'files'>>([
  [RPM_TAG.NAME, 'name'],
  [RPM_TAG.VERSION, 'version'],
  [RPM_TAG.RELEASE, 'release'],
  [RPM_TAG.VENDOR, 'vendor'],
  [RPM_TAG.LICENSE, 'license'],
  [RPM_TAG.ARCH, 'arch'],
  [RPM_TAG.SOURCERPM, 'sourceRpm'],
]);

function stringAt(data: Buffer, offset: number): string {
  const end = data.indexOf(0, offset);
  if (end < 0) throw new RpmHeaderError(`string at data offset ${offset} is not NUL-terminated`);
  return data.toString('utf8', offset, end);
}
