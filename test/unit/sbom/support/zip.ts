/**
 * A minimal zip writer for unit tests (stored or deflated entries, APPNOTE 4.3 layout), so
 * jar handling can be tested with nothing but Node. Integration tests use real Debian jars.
 */
import { deflateRawSync } from 'node:zlib';

export interface ZipInput {
  name: string;
  body: string | Buffer;
  store?: boolean;
}

export interface ZipOptions {
  comment?: string;
  /** Write the ZIP64 end record and locator, with the classic end record's fields maxed out. */
  zip64?: boolean;
  /** Give the first entry a ZIP64 extra field carrying its sizes and offset. */
  zip64Extra?: boolean;
}

export function zipBytes(entries: readonly ZipInput[], options: ZipOptions = {}): Buffer {
  const comment = options.comment ?? '';
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = Buffer.isBuffer(entry.body) ? entry.body : Buffer.from(entry.body);
    const stored = entry.store ?? false;
    const payload = stored ? data : deflateRawSync(data);
    const name = Buffer.from(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt32LE(payload.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(stored ? 0 : 8, 10);
    central.writeUInt32LE(payload.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    let extra = Buffer.alloc(0);
    if (options.zip64Extra && centrals.length === 0) {
      // Sizes and offset move to the extra field (id 1) in this order.
      extra = Buffer.alloc(4 + 24);
      extra.writeUInt16LE(1, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(data.length), 4);
      extra.writeBigUInt64LE(BigInt(payload.length), 12);
      extra.writeBigUInt64LE(BigInt(offset), 20);
      central.writeUInt32LE(0xffffffff, 20);
      central.writeUInt32LE(0xffffffff, 24);
      central.writeUInt32LE(0xffffffff, 42);
      central.writeUInt16LE(extra.length, 30);
    }
    locals.push(local, name, payload);
    centrals.push(central, name, extra);
    offset += local.length + name.length + payload.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(options.zip64 ? 0xffff : entries.length, 8);
  end.writeUInt16LE(options.zip64 ? 0xffff : entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(options.zip64 ? 0xffffffff : offset, 16);
  end.writeUInt16LE(Buffer.byteLength(comment), 20);
  const zip64: Buffer[] = [];
  if (options.zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeBigUInt64LE(BigInt(entries.length), 24);
    record.writeBigUInt64LE(BigInt(entries.length), 32);
    record.writeBigUInt64LE(BigInt(directory.length), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
    zip64.push(record, locator);
  }
  return Buffer.concat([...locals, directory, ...zip64, end, Buffer.from(comment)]);
}
