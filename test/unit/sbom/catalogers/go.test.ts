import {
  StreamingBuildInfoScanner,
  readGoBuildInfo,
} from '../../../../src/sbom/catalogers/go-buildinfo.js';
import { goCataloger, golangPurl, parseModInfo } from '../../../../src/sbom/catalogers/go.js';
import type { CatalogFile } from '../../../../src/sbom/model.js';

const MAGIC = Buffer.from('\xff Go buildinf:', 'latin1');
const VADDR = 0x400000;
const START_SENTINEL = Buffer.from('3077af0c9274080241e1c107e6d618e6', 'hex');
const END_SENTINEL = Buffer.from('f932433186182072008242104116d8f2', 'hex');

const MODINFO = [
  'path\texample.com/app/cmd/app',
  'mod\texample.com/app\tv1.4.0\th1:abc=',
  'dep\tgolang.org/x/text\tv0.3.7\th1:def=',
  'dep\texample.com/old\tv1.0.0',
  '=>\texample.com/new\tv1.1.0\th1:ghi=',
  'dep\texample.com/local\tv0.0.0',
  '=>\t../local\t',
  'build\t-compiler=gc',
  '',
].join('\n');

/** A 64-bit little-endian ELF file with one PT_LOAD segment mapping the whole file at VADDR. */
function elf(size: number): Buffer {
  const file = Buffer.alloc(size);
  file.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1], 0);
  file.writeBigUInt64LE(64n, 0x20); // e_phoff
  file.writeUInt16LE(56, 0x36); // e_phentsize
  file.writeUInt16LE(1, 0x38); // e_phnum
  file.writeUInt32LE(1, 64); // PT_LOAD
  file.writeBigUInt64LE(0n, 64 + 8); // p_offset
  file.writeBigUInt64LE(BigInt(VADDR), 64 + 16); // p_vaddr
  file.writeBigUInt64LE(BigInt(size), 64 + 32); // p_filesz
  return file;
}

function varint(n: number): Buffer {
  const bytes: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    bytes.push(byte);
  } while (n);
  return Buffer.from(bytes);
}

/** Go 1.18+ layout: version and module text inline after the 32-byte header. */
function inlineBinary(version: string, modInfo: string): Buffer {
  const file = elf(0x1000);
  const wrapped = Buffer.concat([START_SENTINEL, Buffer.from(modInfo), END_SENTINEL]);
  const header = Buffer.alloc(32);
  MAGIC.copy(header);
  header[14] = 8;
  header[15] = 0x2;
  Buffer.concat([
    header,
    varint(version.length),
    Buffer.from(version),
    varint(wrapped.length),
    wrapped,
  ]).copy(file, 0x200);
  return file;
}

/** Pre-1.18 layout: two pointers to Go string headers, resolved through PT_LOAD. */
function pointerBinary(version: string, modInfo: string): Buffer {
  const file = elf(0x1000);
  const wrapped = Buffer.concat([START_SENTINEL, Buffer.from(modInfo), END_SENTINEL]);
  MAGIC.copy(file, 0x200);
  file[0x200 + 14] = 8;
  file[0x200 + 15] = 0;
  file.writeBigUInt64LE(BigInt(VADDR + 0x300), 0x210);
  file.writeBigUInt64LE(BigInt(VADDR + 0x310), 0x218);
  file.writeBigUInt64LE(BigInt(VADDR + 0x400), 0x300);
  file.writeBigUInt64LE(BigInt(version.length), 0x308);
  file.writeBigUInt64LE(BigInt(VADDR + 0x500), 0x310);
  file.writeBigUInt64LE(BigInt(wrapped.length), 0x318);
  file.write(version, 0x400);
  wrapped.copy(file, 0x500);
  return file;
}

describe('Go build info', () => {
  it('decodes the Go 1.18+ inline format', () => {
    expect(readGoBuildInfo(inlineBinary('go1.21.5', MODINFO))).toEqual({
      goVersion: 'go1.21.5',
      modInfo: MODINFO,
    });
  });

  it('decodes the older pointer format through the ELF program headers', () => {
    expect(readGoBuildInfo(pointerBinary('go1.16.15', MODINFO))).toEqual({
      goVersion: 'go1.16.15',
      modInfo: MODINFO,
    });
  });

  it('skips a copy of the magic that is only data, and ignores non-Go files', () => {
    const binary = inlineBinary('go1.22.0', MODINFO);
    MAGIC.copy(binary, 0x100); // e.g. a program that imports debug/buildinfo
    expect(readGoBuildInfo(binary)!.goVersion).toBe('go1.22.0');
    expect(readGoBuildInfo(elf(0x400))).toBeUndefined();
    expect(readGoBuildInfo(Buffer.from('#!/bin/sh\necho hi\n'))).toBeUndefined();
    const badPointers = pointerBinary('go1.16.15', MODINFO);
    badPointers.writeBigUInt64LE(0xdeadbeefn, 0x210);
    expect(readGoBuildInfo(badPointers)).toBeUndefined();
  });

  it('parses mod, dep and replacement lines', () => {
    expect(parseModInfo(MODINFO)).toEqual({
      mainPath: 'example.com/app/cmd/app',
      main: { path: 'example.com/app', version: 'v1.4.0' },
      deps: [
        { path: 'golang.org/x/text', version: 'v0.3.7' },
        {
          path: 'example.com/old',
          version: 'v1.0.0',
          replacedBy: { path: 'example.com/new', version: 'v1.1.0' },
        },
        { path: 'example.com/local', version: 'v0.0.0', replacedBy: { path: '../local' } },
      ],
    });
  });
});

describe('streaming build-info scanner (for binaries over the size limit)', () => {
  function streamed(binary: Buffer, chunkSize: number) {
    const scanner = new StreamingBuildInfoScanner();
    for (let at = 0; at < binary.length; at += chunkSize)
      scanner.write(binary.subarray(at, at + chunkSize));
    return scanner.end();
  }

  it('finds the inline build info across chunk boundaries, past a false magic', () => {
    const binary = inlineBinary('go1.22.1', MODINFO);
    MAGIC.copy(binary, 0x100);
    for (const chunkSize of [1, 7, 64, 4096]) {
      expect(streamed(binary, chunkSize)).toEqual({ goVersion: 'go1.22.1', modInfo: MODINFO });
    }
  });

  it('gives up on files that are not ELF and on the pointer format it cannot follow', () => {
    expect(
      streamed(Buffer.concat([Buffer.from('#!/bin/sh\n'), inlineBinary('go1.22.1', MODINFO)]), 64),
    ).toBeUndefined();
    expect(streamed(pointerBinary('go1.16.15', MODINFO), 64)).toBeUndefined();
  });
});

describe('go cataloger', () => {
  it('wants large executables only and keeps just the build info', () => {
    expect(goCataloger.wants('usr/bin/app', { size: 2_000_000, mode: 0o755 })).toBe(true);
    expect(goCataloger.wants('usr/bin/script', { size: 100, mode: 0o755 })).toBe(false);
    expect(goCataloger.wants('usr/lib/big.so', { size: 2_000_000, mode: 0o644 })).toBe(false);
    expect(goCataloger.reduce!('x', elf(0x400))).toBeUndefined();
    const kept = goCataloger.reduce!('x', inlineBinary('go1.21.5', MODINFO))!;
    expect(JSON.parse(kept.toString())).toEqual({ goVersion: 'go1.21.5', modInfo: MODINFO });
  });

  it('reports the main module, dependencies (replaced ones by what replaced them) and stdlib', async () => {
    const content = goCataloger.reduce!('x', inlineBinary('go1.21.5', MODINFO))!;
    const file: CatalogFile = {
      path: 'usr/local/bin/app',
      content,
      layerDigest: 'sha256:' + '8'.repeat(64),
    };
    const { components } = await goCataloger.catalog([file], {
      tempDir: '/x',
      lookup: () => undefined,
    });
    expect(components.map((c) => [c.kind, c.purl, c.properties])).toEqual([
      [
        'application',
        'pkg:golang/example.com/app@v1.4.0',
        {
          'imprint:go:toolchain': 'go1.21.5',
          'imprint:go:main-package': 'example.com/app/cmd/app',
        },
      ],
      ['library', 'pkg:golang/golang.org/x/text@v0.3.7', undefined],
      [
        'library',
        'pkg:golang/example.com/new@v1.1.0',
        { 'imprint:go:replaces': 'example.com/old@v1.0.0' },
      ],
      ['library', 'pkg:golang/example.com/local@v0.0.0', { 'imprint:go:replaced-by': '../local' }],
      ['library', 'pkg:golang/stdlib@1.21.5', undefined],
    ]);
    expect(components[0]!.dependsOn).toEqual(components.slice(1).map((c) => c.purl));
    expect(components.every((c) => c.location === '/usr/local/bin/app')).toBe(true);
  });

  it.each(['go1.26.8-X:jsonv2', 'go1.26.8 X:jsonv2,greenteagc'])(
    'names the standard library by its release when the toolchain says %s',
    async (goVersion) => {
      const content = goCataloger.reduce!('x', inlineBinary(goVersion, MODINFO))!;
      const file: CatalogFile = {
        path: 'usr/bin/app',
        content,
        layerDigest: 'sha256:' + '8'.repeat(64),
      };
      const { components } = await goCataloger.catalog([file], {
        tempDir: '/x',
        lookup: () => undefined,
      });
      const stdlib = components.find((c) => c.name === 'stdlib')!;
      expect([stdlib.version, stdlib.purl]).toEqual(['go1.26.8', 'pkg:golang/stdlib@1.26.8']);
      expect(components[0]!.properties!['imprint:go:toolchain']).toBe(goVersion);
    },
  );

  it('builds golang purls from module paths', () => {
    expect(golangPurl('github.com/docker/distribution', 'v2.8.2+incompatible')).toBe(
      'pkg:golang/github.com/docker/distribution@v2.8.2%2Bincompatible',
    );
    expect(golangPurl('rsc.io', undefined)).toBe('pkg:golang/rsc.io');
  });
});
