/**
 * The Berkeley DB reader on files written page by page (support/bdb-pages.ts), so each kind of
 * damage can be made exactly. Files written by libdb itself are read in
 * test/integration/sbom/rpm-bdb.test.ts.
 */
import { ImprintError } from '../../../../src/errors.js';
import {
  isBerkeleyHashDatabase,
  readRpmBdbPackages,
} from '../../../../src/sbom/catalogers/rpm-bdb.js';
import { handMadeBdb, recordKey } from '../support/bdb-pages.js';

const PAGE = 512;
/** Bytes an overflow page holds: the page less its 26-byte header. */
const PER_OVERFLOW_PAGE = PAGE - 26;

const blob = (fill: number, length: number) => Buffer.alloc(length, fill);
const pair = (recordNumber: number, value: Buffer, littleEndian = true) => ({
  key: recordKey(recordNumber, littleEndian),
  value,
});
/** Record 0 holds rpm's highest record number, not a header. */
const counter = (highest: number, littleEndian = true) =>
  pair(0, recordKey(highest, littleEndian), littleEndian);

function failure(bytes: Buffer): ImprintError {
  try {
    readRpmBdbPackages(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(ImprintError);
    return error as ImprintError;
  }
  throw new Error('expected readRpmBdbPackages to throw');
}

function expectDamage(bytes: Buffer, detail: string): void {
  const error = failure(bytes);
  expect(error.code).toBe('SBOM_FAILED');
  expect(error.message).toBe(`Berkeley DB rpm database: ${detail}`);
}

/** One record whose value spans three overflow pages. */
function threePageRecord() {
  const value = blob(0x33, PER_OVERFLOW_PAGE * 2 + 100);
  const made = handMadeBdb([pair(1, value)], { pageSize: PAGE });
  expect(made.overflowChains).toEqual([[2, 3, 4]]);
  return { ...made, value };
}
const pageAt = (page: number) => page * PAGE;

describe('readRpmBdbPackages', () => {
  it.each([
    { order: 'little-endian', littleEndian: true },
    { order: 'big-endian', littleEndian: false },
  ])(
    'reads inline and overflow values in record order, skipping record 0 ($order)',
    ({ littleEndian }) => {
      const small = blob(0x11, 40);
      const big = blob(0x22, PER_OVERFLOW_PAGE * 2 + 7);
      const exact = blob(0x44, PER_OVERFLOW_PAGE);
      const { bytes, overflowChains } = handMadeBdb(
        [
          pair(3, exact, littleEndian),
          counter(3, littleEndian),
          pair(2, big, littleEndian),
          pair(1, small, littleEndian),
        ],
        { littleEndian, pageSize: PAGE },
      );
      expect(overflowChains).toEqual([[2], [3, 4, 5]]);
      expect(readRpmBdbPackages(bytes)).toEqual([
        { recordNumber: 1, headerBlob: small },
        { recordNumber: 2, headerBlob: big },
        { recordNumber: 3, headerBlob: exact },
      ]);
    },
  );

  it('skips pages that are neither hash nor overflow pages (free or never written)', () => {
    const { bytes } = handMadeBdb([pair(1, blob(0x11, 30))], { pageSize: PAGE });
    const withHole = Buffer.concat([bytes, Buffer.alloc(PAGE)]);
    withHole.writeUInt32LE(2, 32);
    expect(readRpmBdbPackages(withHole)).toEqual([{ recordNumber: 1, headerBlob: blob(0x11, 30) }]);
  });

  it('reads a database without records as empty', () => {
    expect(readRpmBdbPackages(handMadeBdb([], { pageSize: PAGE }).bytes)).toEqual([]);
  });

  it('recognises the hash magic number in either byte order', () => {
    expect(isBerkeleyHashDatabase(handMadeBdb([]).bytes.subarray(0, 16))).toBe(true);
    expect(isBerkeleyHashDatabase(handMadeBdb([], { littleEndian: false }).bytes)).toBe(true);
    expect(isBerkeleyHashDatabase(Buffer.from('SQLite format 3\0'))).toBe(false);
    expect(isBerkeleyHashDatabase(Buffer.alloc(8))).toBe(false);
  });
});

describe('readRpmBdbPackages on damaged files', () => {
  it('refuses a file shorter than a metadata page', () => {
    expectDamage(
      Buffer.alloc(10),
      'the file is 10 bytes, shorter than a Berkeley DB metadata page (512 bytes)',
    );
  });

  it('refuses a file with the wrong magic number', () => {
    const sqlite = Buffer.alloc(PAGE);
    sqlite.write('SQLite format 3\0');
    expectDamage(
      sqlite,
      'not a Berkeley DB hash database: the magic number at offset 12 is 0x74203300, expected 0x00061561 in either byte order',
    );
  });

  it('refuses hash versions rpm never wrote, odd page sizes and encryption', () => {
    const version = handMadeBdb([]).bytes;
    version.writeUInt32LE(7, 16);
    expectDamage(version, 'hash version 7 is not one rpm wrote (8, 9 or 10)');
    const pageSize = handMadeBdb([]).bytes;
    pageSize.writeUInt32LE(1000, 20);
    expectDamage(pageSize, 'page size 1000 is not a power of two from 512 to 65536');
    const encrypted = handMadeBdb([]).bytes;
    encrypted[24] = 1;
    expectDamage(encrypted, 'the database is encrypted; rpm never encrypts its Packages database');
  });

  it('refuses a truncated file', () => {
    const { bytes } = threePageRecord();
    expectDamage(
      bytes.subarray(0, bytes.length - 100),
      'the file is truncated: its metadata counts 5 pages of 512 bytes (2560 bytes) but the file has 2460 bytes',
    );
  });

  it('refuses an overflow chain that points past the end of the file', () => {
    const { bytes, offpageItems } = threePageRecord();
    bytes.writeUInt32LE(7, offpageItems[0]! + 4);
    expectDamage(
      bytes,
      'hash page 1, item 1: overflow page 7 is past the end of the file (5 pages)',
    );
    const { bytes: later } = threePageRecord();
    later.writeUInt32LE(9, pageAt(3) + 16);
    expectDamage(
      later,
      'hash page 1, item 1: overflow page 9 is past the end of the file (5 pages)',
    );
  });

  it('stops at a cyclic overflow chain instead of looping', () => {
    const { bytes } = threePageRecord();
    bytes.writeUInt32LE(2, pageAt(3) + 16);
    expectDamage(bytes, 'hash page 1, item 1: overflow page 2 is reached twice: the chain loops');
    // A page that links to itself and holds nothing would loop forever on length alone.
    const { bytes: empty } = threePageRecord();
    empty.writeUInt16LE(0, pageAt(2) + 22);
    empty.writeUInt32LE(2, pageAt(2) + 16);
    expectDamage(empty, 'hash page 1, item 1: overflow page 2 is reached twice: the chain loops');
  });

  it('refuses an overflow chain that ends early or holds too much', () => {
    const { bytes } = threePageRecord();
    bytes.writeUInt32LE(0, pageAt(3) + 16);
    expectDamage(
      bytes,
      `hash page 1, item 1: the overflow chain ends after ${PER_OVERFLOW_PAGE * 2} of ${PER_OVERFLOW_PAGE * 2 + 100} bytes`,
    );
    const { bytes: overfull } = threePageRecord();
    overfull.writeUInt16LE(300, pageAt(4) + 22);
    expectDamage(
      overfull,
      `hash page 1, item 1: overflow page 4 holds 300 bytes but only 100 of the item's ${PER_OVERFLOW_PAGE * 2 + 100} bytes are left`,
    );
    const { bytes: oversized } = threePageRecord();
    oversized.writeUInt16LE(600, pageAt(2) + 22);
    expectDamage(
      oversized,
      'hash page 1, item 1: overflow page 2 claims 600 bytes, more than a 512-byte page holds',
    );
  });

  it('refuses a chain through a page that is not an overflow page', () => {
    const { bytes } = threePageRecord();
    bytes[pageAt(3) + 25] = 5;
    expectDamage(
      bytes,
      'hash page 1, item 1: overflow page 3 has page type 5, expected 7 (overflow)',
    );
  });

  it('refuses a page whose header names another page', () => {
    const { bytes } = threePageRecord();
    bytes.writeUInt32LE(4, pageAt(1) + 8);
    expectDamage(bytes, 'page 1 says it is page 4');
  });

  it('refuses hash pages whose items do not add up', () => {
    const odd = threePageRecord().bytes;
    odd.writeUInt16LE(3, pageAt(1) + 20);
    expectDamage(odd, 'hash page 1 has 3 items; hash pages hold key/value pairs');
    const crowded = threePageRecord().bytes;
    crowded.writeUInt16LE(400, pageAt(1) + 20);
    expectDamage(crowded, 'hash page 1 claims 400 items, more than a page can index');
    const outside = threePageRecord().bytes;
    outside.writeUInt16LE(10, pageAt(1) + 26);
    expectDamage(
      outside,
      "hash page 1, item 0 spans bytes 10 to 512, outside the page's item area (30 to 512)",
    );
  });

  it('refuses items rpm never stores: duplicates and keys that are not record numbers', () => {
    const { bytes, offpageItems } = threePageRecord();
    bytes[offpageItems[0]!] = 2;
    expectDamage(
      bytes,
      "hash page 1, item 1 has type 2 (H_DUPLICATE); rpm's Packages holds only H_KEYDATA and H_OFFPAGE items",
    );
    const longKey = handMadeBdb([{ key: Buffer.from('name:x'), value: blob(1, 10) }]).bytes;
    expectDamage(
      longKey,
      "hash page 1 has a 6-byte key; rpm's Packages keys are 4-byte record numbers",
    );
  });
});
