/**
 * Berkeley DB hash files written page by page, for the reader's unit tests: a metadata page,
 * one bucket page holding every key/value pair, and overflow pages for values too long to sit
 * inline. Only the fields rpm's bdb_ro reads are filled (libdb's db_verify would want more,
 * such as the hash function's check value); files made by libdb itself are read in
 * test/integration/sbom/rpm-bdb.test.ts. Tests corrupt these files at the offsets returned.
 */

export interface HandMadeBdbOptions {
  littleEndian?: boolean;
  pageSize?: number;
  /** Values longer than this go to overflow pages (libdb's limit is about a quarter page). */
  inlineLimit?: number;
}

export interface HandMadeBdb {
  bytes: Buffer;
  pageSize: number;
  /** File offset of each H_OFFPAGE value item, in pair order (its page number is at +4). */
  offpageItems: number[];
  /** The overflow page numbers of each off-page value, in pair order. */
  overflowChains: number[][];
}

const HEADER = 26;

export function recordKey(recordNumber: number, littleEndian = true): Buffer {
  const key = Buffer.alloc(4);
  if (littleEndian) key.writeUInt32LE(recordNumber);
  else key.writeUInt32BE(recordNumber);
  return key;
}

export function handMadeBdb(
  pairs: { key: Buffer; value: Buffer }[],
  options: HandMadeBdbOptions = {},
): HandMadeBdb {
  const littleEndian = options.littleEndian ?? true;
  const pageSize = options.pageSize ?? 512;
  const inlineLimit = options.inlineLimit ?? 64;
  const u16 = (page: Buffer, at: number, v: number) =>
    littleEndian ? page.writeUInt16LE(v, at) : page.writeUInt16BE(v, at);
  const u32 = (page: Buffer, at: number, v: number) =>
    littleEndian ? page.writeUInt32LE(v, at) : page.writeUInt32BE(v, at);
  const pages: Buffer[] = [Buffer.alloc(pageSize), Buffer.alloc(pageSize)];
  const newPage = (type: number): Buffer => {
    const page = Buffer.alloc(pageSize);
    u32(page, 8, pages.length);
    page[25] = type;
    pages.push(page);
    return page;
  };

  const overflowChains: number[][] = [];
  const items: Buffer[] = [];
  for (const { key, value } of pairs) {
    items.push(Buffer.concat([Buffer.from([1]), key]));
    if (value.length <= inlineLimit) {
      items.push(Buffer.concat([Buffer.from([1]), value]));
      continue;
    }
    const chain: number[] = [];
    for (let at = 0; at < value.length; at += pageSize - HEADER) {
      const part = value.subarray(at, at + pageSize - HEADER);
      if (chain.length > 0) u32(pages[chain.at(-1)!]!, 16, pages.length);
      chain.push(pages.length);
      const page = newPage(7);
      u16(page, 22, part.length);
      part.copy(page, HEADER);
    }
    overflowChains.push(chain);
    const item = Buffer.alloc(12);
    item[0] = 3;
    u32(item, 4, chain[0]!);
    u32(item, 8, value.length);
    items.push(item);
  }

  const bucket = pages[1]!;
  u32(bucket, 8, 1);
  bucket[25] = 13;
  u16(bucket, 20, items.length);
  const offpageItems: number[] = [];
  let end = pageSize;
  for (const [index, item] of items.entries()) {
    end -= item.length;
    if (end < HEADER + 2 * items.length) throw new Error('the pairs do not fit on one page');
    item.copy(bucket, end);
    u16(bucket, HEADER + 2 * index, end);
    if (item[0] === 3) offpageItems.push(pageSize + end);
  }
  u16(bucket, 22, end);

  const meta = pages[0]!;
  u32(meta, 12, 0x061561);
  u32(meta, 16, 9);
  u32(meta, 20, pageSize);
  meta[25] = 8;
  u32(meta, 32, pages.length - 1);
  return { bytes: Buffer.concat(pages), pageSize, offpageItems, overflowChains };
}
