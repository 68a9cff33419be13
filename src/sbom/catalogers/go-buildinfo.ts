/**
 * The build information the Go linker embeds in every binary (what `go version -m` prints).
 * A 32-byte header starts with the magic `\xff Go buildinf:`, then pointer size and flags.
 * - Go 1.18+ (flag 0x2): the Go version and the module text follow the header inline, each a
 *   uvarint length and bytes.
 * - Older: two pointers to Go string headers ({data pointer, length}) in the binary's memory
 *   image; they are mapped back to file offsets through the ELF program headers (PT_LOAD).
 */

const BUILDINFO_MAGIC = Buffer.from('\xff Go buildinf:', 'latin1');
const HEADER_SIZE = 32;
const FLAG_BIG_ENDIAN = 0x1;
const FLAG_VERSION_INLINE = 0x2;
/** The module text is wrapped in these 16-byte sentinels (cmd/go/internal/modload). */
const MODINFO_SENTINEL = 16;
const ELF_MAGIC = Buffer.from([0x7f, 0x45, 0x4c, 0x46]);
const PT_LOAD = 1;
const GO_VERSION = /^(go\d|devel)/;

export interface GoBuildInfo {
  /** `go1.19.8`. */
  goVersion: string;
  /** The module text: `path`, `mod`, `dep`, `=>` and `build` lines, tab-separated. */
  modInfo: string;
}

function isElf(bytes: Buffer): boolean {
  return bytes.length >= 4 && bytes.subarray(0, 4).equals(ELF_MAGIC);
}

/** The build info of an ELF binary, or undefined when it is not a Go binary. */
export function readGoBuildInfo(binary: Buffer): GoBuildInfo | undefined {
  if (!isElf(binary)) return undefined;
  // The magic can also appear as data (programs importing debug/buildinfo): try each hit.
  for (
    let at = binary.indexOf(BUILDINFO_MAGIC);
    at >= 0;
    at = binary.indexOf(BUILDINFO_MAGIC, at + 1)
  ) {
    const info = decodeAt(binary, at);
    if (info) return info;
  }
  return undefined;
}

function decodeAt(binary: Buffer, at: number): GoBuildInfo | undefined {
  if (at + HEADER_SIZE > binary.length) return undefined;
  const flags = binary[at + 15]!;
  if (flags & FLAG_VERSION_INLINE) {
    const inline = decodeInline(binary.subarray(at));
    return typeof inline === 'object' ? inline : undefined;
  }
  const pointerSize = binary[at + 14]!;
  if (pointerSize !== 4 && pointerSize !== 8) return undefined;
  const memory = new ElfMemory(binary, pointerSize, (flags & FLAG_BIG_ENDIAN) !== 0);
  const goVersion = memory.goString(memory.pointer(at + 16))?.toString('utf8');
  const mod = memory.goString(memory.pointer(at + 16 + pointerSize));
  if (!goVersion || !GO_VERSION.test(goVersion)) return undefined;
  return { goVersion, modInfo: stripSentinels(mod ?? Buffer.alloc(0)).toString('utf8') };
}

function readVarintBytes(bytes: Buffer, start: number): { bytes: Buffer; end: number } | undefined {
  let length = 0;
  let shift = 0;
  let at = start;
  for (;;) {
    if (at >= bytes.length || shift > 28) return undefined;
    const byte = bytes[at++]!;
    length += (byte & 0x7f) * 2 ** shift;
    if ((byte & 0x80) === 0) break;
    shift += 7;
  }
  if (at + length > bytes.length) return undefined;
  return { bytes: bytes.subarray(at, at + length), end: at + length };
}

function stripSentinels(modInfo: Buffer): Buffer {
  if (
    modInfo.length >= 2 * MODINFO_SENTINEL + 1 &&
    modInfo[modInfo.length - MODINFO_SENTINEL - 1] === 0x0a
  ) {
    return modInfo.subarray(MODINFO_SENTINEL, modInfo.length - MODINFO_SENTINEL);
  }
  return modInfo;
}

/** Reads a binary's virtual memory through its ELF PT_LOAD segments. */
class ElfMemory {
  private readonly segments: { vaddr: number; offset: number; size: number }[] = [];

  private readonly file: Buffer;
  private readonly pointerSize: number;
  private readonly bigEndian: boolean;

  constructor(file: Buffer, pointerSize: number, bigEndian: boolean) {
    this.file = file;
    this.pointerSize = pointerSize;
    this.bigEndian = bigEndian;
    const is64 = file[4] === 2;
    const phoff = this.word(is64 ? 0x20 : 0x1c, is64 ? 8 : 4);
    const phentsize = this.word(is64 ? 0x36 : 0x2a, 2);
    const phnum = this.word(is64 ? 0x38 : 0x2c, 2);
    for (let i = 0; i < phnum; i += 1) {
      const at = phoff + i * phentsize;
      if (at + phentsize > file.length || this.word(at, 4) !== PT_LOAD) continue;
      this.segments.push(
        is64
          ? {
              offset: this.word(at + 8, 8),
              vaddr: this.word(at + 16, 8),
              size: this.word(at + 32, 8),
            }
          : {
              offset: this.word(at + 4, 4),
              vaddr: this.word(at + 8, 4),
              size: this.word(at + 16, 4),
            },
      );
    }
  }

  pointer(fileOffset: number): number {
    return this.word(fileOffset, this.pointerSize);
  }

  /** A Go string at virtual address `address`: {data pointer, length}, then the bytes. */
  goString(address: number): Buffer | undefined {
    const header = this.toOffset(address, 2 * this.pointerSize);
    if (header === undefined) return undefined;
    const data = this.pointer(header);
    const length = this.word(header + this.pointerSize, this.pointerSize);
    const start = this.toOffset(data, length);
    return start === undefined ? undefined : this.file.subarray(start, start + length);
  }

  private toOffset(address: number, length: number): number | undefined {
    for (const segment of this.segments) {
      if (address >= segment.vaddr && address + length <= segment.vaddr + segment.size) {
        const offset = segment.offset + (address - segment.vaddr);
        return offset + length <= this.file.length ? offset : undefined;
      }
    }
    return undefined;
  }

  /** An unsigned integer of `size` bytes in the binary's byte order (ELF header byte 5 agrees). */
  private word(offset: number, size: number): number {
    if (offset < 0 || offset + size > this.file.length) return -1;
    if (size === 2)
      return this.bigEndian ? this.file.readUInt16BE(offset) : this.file.readUInt16LE(offset);
    if (size === 4)
      return this.bigEndian ? this.file.readUInt32BE(offset) : this.file.readUInt32LE(offset);
    const value = this.bigEndian
      ? this.file.readBigUInt64BE(offset)
      : this.file.readBigUInt64LE(offset);
    return value > BigInt(Number.MAX_SAFE_INTEGER) ? -1 : Number(value);
  }
}

/** How far past the magic the build info may reach (module lists of big programs are ~20 KB). */
const MAX_STREAMED_INFO_BYTES = 1024 * 1024;

/**
 * Finds the build info while a binary streams by, holding only the bytes from the magic on.
 * Handles the Go 1.18+ inline format only: the older format points elsewhere in the file,
 * which a stream cannot revisit. Used for binaries over the per-file size limit.
 */
export class StreamingBuildInfoScanner {
  private head = Buffer.alloc(0);
  private pending = Buffer.alloc(0);
  private found?: GoBuildInfo;
  private gaveUp = false;

  write(chunk: Buffer): void {
    if (this.found || this.gaveUp) return;
    if (this.head.length < ELF_MAGIC.length) {
      this.head = Buffer.concat([
        this.head,
        chunk.subarray(0, ELF_MAGIC.length - this.head.length),
      ]);
      if (this.head.length === ELF_MAGIC.length && !this.head.equals(ELF_MAGIC)) this.gaveUp = true;
    }
    this.pending = Buffer.concat([this.pending, chunk]);
    this.search();
  }

  end(): GoBuildInfo | undefined {
    return this.found;
  }

  private search(): void {
    for (;;) {
      const at = this.pending.indexOf(BUILDINFO_MAGIC);
      if (at < 0) {
        // Keep just enough to catch a magic split across two chunks.
        this.pending = this.pending.subarray(
          Math.max(0, this.pending.length - BUILDINFO_MAGIC.length + 1),
        );
        return;
      }
      this.pending = this.pending.subarray(at);
      const outcome = decodeInline(this.pending);
      if (outcome === 'incomplete' && this.pending.length <= MAX_STREAMED_INFO_BYTES) return;
      if (outcome !== 'incomplete' && outcome !== 'invalid') {
        this.found = outcome;
        this.pending = Buffer.alloc(0);
        return;
      }
      this.pending = this.pending.subarray(1);
    }
  }
}

/** The inline format at the start of `bytes`, or why not (yet). */
function decodeInline(bytes: Buffer): GoBuildInfo | 'incomplete' | 'invalid' {
  if (bytes.length < HEADER_SIZE) return 'incomplete';
  const pointerSize = bytes[14]!;
  if ((pointerSize !== 4 && pointerSize !== 8) || (bytes[15]! & FLAG_VERSION_INLINE) === 0)
    return 'invalid';
  const version = readVarintBytes(bytes, HEADER_SIZE);
  const mod = version && readVarintBytes(bytes, version.end);
  if (!mod) return 'incomplete';
  const goVersion = version.bytes.toString('utf8');
  if (!GO_VERSION.test(goVersion)) return 'invalid';
  return { goVersion, modInfo: stripSentinels(mod.bytes).toString('utf8') };
}
