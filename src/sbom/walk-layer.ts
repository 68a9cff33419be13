/**
 * Walks one layer blob as a stream: decompress, untar, and keep only what the catalogers ask
 * for. The result lists the layer's entries (metadata for all, bytes for wanted files) and its
 * deletions; the merge into the final filesystem happens later, in layer order, so layers can
 * be walked in parallel.
 */
import { pipeline, type Readable } from 'node:stream';
import tar from 'tar-stream';
import { ImprintError, isImprintError } from '../errors.js';
import { detailOf } from './detail.js';
import { compressionOf, decompressorFor, type LayerSource } from './layers.js';
import type { Cataloger, EntryInfo } from './model.js';
import { normaliseEntryPath, whiteoutOf } from './paths.js';
import { describeFailure, recordFirstFailure, type Stage } from './walk-errors.js';
import { DEFAULT_MAX_ENTRIES_PER_LAYER, HeldBytes, tooManyEntries } from './walk-limits.js';

export const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;

export type EntryKind = 'file' | 'directory' | 'symlink' | 'hardlink' | 'other';

export interface LayerEntry {
  path: string;
  kind: EntryKind;
  size: number;
  mode: number;
  /** Symlink: the link text as stored. Hard link: the normalised path it points to. */
  linkTarget?: string;
  /** The file's bytes, kept when a cataloger without `reduce` wants it. */
  content?: Buffer;
  /** What each reducing cataloger kept of the file. */
  reduced?: Map<string, Buffer>;
  /** Names of the catalogers that receive this file. */
  wantedBy?: string[];
}

export interface LayerScan {
  digest: string;
  /** Keyed by normalised path; a later entry for the same path replaces an earlier one. */
  entries: Map<string, LayerEntry>;
  /** Paths this layer deletes from the layers below it (`.wh.<name>`). */
  removed: string[];
  /** Directories whose lower-layer contents this layer hides (`.wh..wh..opq`). */
  opaqueDirs: string[];
  warnings: string[];
}

export interface WalkOptions {
  catalogers: readonly Cataloger[];
  maxFileBytes: number;
  /** Tar entries per layer before the layer is refused (default 1 000 000). */
  maxEntriesPerLayer?: number;
  /** Bytes kept across every layer of the walk (default 1 GiB); share one per image. */
  held?: HeldBytes;
}

type TarEntry = tar.ExtractEvents['entry'][1];

export async function walkLayer(layer: LayerSource, options: WalkOptions): Promise<LayerScan> {
  const compression = compressionOf(layer);
  const source = await openBlob(layer);
  const decompressor = decompressorFor(compression);
  const extract = tar.extract();
  const stages: [Stage, NodeJS.EventEmitter][] = [
    ['read', source],
    ['untar', extract],
  ];
  if (decompressor) stages.splice(1, 0, ['decompress', decompressor]);
  const failure = recordFirstFailure(stages);

  const streams = decompressor ? [source, decompressor, extract] : [source, extract];
  // Errors are read from `failure` (the stage that broke first), not from this callback.
  pipeline(streams as [Readable, ...NodeJS.WritableStream[]], () => undefined);

  const scan: LayerScan = {
    digest: layer.digest,
    entries: new Map(),
    removed: [],
    opaqueDirs: [],
    warnings: [],
  };
  const limits = {
    maxEntries: options.maxEntriesPerLayer ?? DEFAULT_MAX_ENTRIES_PER_LAYER,
    held: options.held ?? new HeldBytes(),
  };
  let count = 0;
  try {
    for await (const entry of extract) {
      count += 1;
      if (count > limits.maxEntries) throw tooManyEntries(layer.digest, limits.maxEntries);
      await readEntry(entry, scan, options, limits.held);
    }
  } catch (error) {
    extract.destroy();
    throw describeFailure(layer, compression, failure.first ?? { stage: 'untar', error });
  }
  if (failure.first) throw describeFailure(layer, compression, failure.first);
  return scan;
}

async function openBlob(layer: LayerSource): Promise<NodeJS.ReadableStream> {
  try {
    return await layer.open();
  } catch (error) {
    if (isImprintError(error)) throw error;
    throw new ImprintError(
      'SBOM_FAILED',
      `could not open layer ${layer.digest}: ${detailOf(error)}`,
      {
        cause: error,
      },
    );
  }
}

async function readEntry(
  entry: TarEntry,
  scan: LayerScan,
  options: WalkOptions,
  held: HeldBytes,
): Promise<void> {
  const header = entry.header;
  const path = normaliseEntryPath(header.name);
  if (path === undefined) {
    scan.warnings.push(
      `layer ${scan.digest}: skipped entry "${header.name}" because its name climbs out of the image root`,
    );
    return drain(entry);
  }
  if (path === '') return drain(entry);

  const whiteout = whiteoutOf(path);
  if (whiteout) {
    if (whiteout.kind === 'opaque') scan.opaqueDirs.push(whiteout.dir);
    else scan.removed.push(whiteout.path);
    return drain(entry);
  }

  const record: LayerEntry = {
    path,
    kind: kindOf(header.type),
    size: header.size ?? 0,
    mode: (header.mode ?? 0) & 0o7777,
  };
  if (record.kind === 'symlink') record.linkTarget = header.linkname ?? '';
  if (record.kind === 'hardlink') return linkHard(entry, record, header.linkname ?? '', scan);
  scan.entries.set(path, record);
  if (record.kind !== 'file') return drain(entry);
  await readWantedBody(entry, record, scan, options, held);
}

function kindOf(type: tar.Header['type'] | undefined | null): EntryKind {
  switch (type) {
    case 'file':
    case 'contiguous-file':
    case undefined:
    case null:
      return 'file';
    case 'directory':
      return 'directory';
    case 'symlink':
      return 'symlink';
    case 'link':
      return 'hardlink';
    default:
      return 'other';
  }
}

/** A hard link shares its target's bytes; targets always come earlier in the same archive. */
function linkHard(
  entry: TarEntry,
  record: LayerEntry,
  linkName: string,
  scan: LayerScan,
): Promise<void> {
  const targetPath = normaliseEntryPath(linkName);
  const target = targetPath === undefined ? undefined : scan.entries.get(targetPath);
  if (target?.kind === 'file') {
    scan.entries.set(record.path, { ...target, path: record.path });
  } else if (targetPath !== undefined) {
    scan.entries.set(record.path, { ...record, linkTarget: targetPath });
  }
  return drain(entry);
}

async function readWantedBody(
  entry: TarEntry,
  record: LayerEntry,
  scan: LayerScan,
  options: WalkOptions,
  held: HeldBytes,
): Promise<void> {
  const info = { size: record.size, mode: record.mode };
  const wanting = options.catalogers.filter((cataloger) => cataloger.wants(record.path, info));
  if (wanting.length === 0) return drain(entry);
  if (record.size <= options.maxFileBytes) {
    keepFor(wanting, record, await readBody(entry, record.size), scan);
    held.take(heldBy(record), scan.digest, record.path);
    return;
  }
  const streaming = wanting.filter((cataloger) => cataloger.scanOversized !== undefined);
  if (streaming.length < wanting.length) {
    scan.warnings.push(
      `layer ${scan.digest}: skipped /${record.path} (${record.size} bytes), over the per-file limit of ${options.maxFileBytes} bytes; raise maxFileBytes to catalogue it`,
    );
  }
  if (streaming.length === 0) return drain(entry);
  await scanOversized(entry, record, streaming, info);
  held.take(heldBy(record), scan.digest, record.path);
}

/** The bytes a record keeps: the file itself, or what catalogers reduced it to. */
function heldBy(record: LayerEntry): number {
  let bytes = record.content?.length ?? 0;
  for (const kept of record.reduced?.values() ?? []) bytes += kept.length;
  return bytes;
}

/** Feeds an oversized file to the catalogers that can read it as a stream; nothing is held. */
async function scanOversized(
  entry: TarEntry,
  record: LayerEntry,
  streaming: readonly Cataloger[],
  info: EntryInfo,
): Promise<void> {
  const scanners = streaming.map((cataloger) => ({
    name: cataloger.name,
    scanner: cataloger.scanOversized!(record.path, info),
  }));
  for await (const chunk of entry as AsyncIterable<Buffer>) {
    for (const { scanner } of scanners) scanner.write(chunk);
  }
  for (const { name, scanner } of scanners) {
    const kept = scanner.end();
    if (kept === undefined) continue;
    (record.reduced ??= new Map()).set(name, kept);
    (record.wantedBy ??= []).push(name);
  }
}

function keepFor(
  wanting: readonly Cataloger[],
  record: LayerEntry,
  content: Buffer,
  scan: LayerScan,
): void {
  const wantedBy: string[] = [];
  for (const cataloger of wanting) {
    if (!cataloger.reduce) {
      record.content = content;
      wantedBy.push(cataloger.name);
      continue;
    }
    try {
      const kept = cataloger.reduce(record.path, content);
      if (kept === undefined) continue;
      (record.reduced ??= new Map()).set(cataloger.name, kept);
      wantedBy.push(cataloger.name);
    } catch (error) {
      scan.warnings.push(
        `${cataloger.name}: skipped /${record.path} in layer ${scan.digest}: ${detailOf(error)}`,
      );
    }
  }
  if (wantedBy.length > 0) record.wantedBy = wantedBy;
}

async function readBody(entry: TarEntry, size: number): Promise<Buffer> {
  const body = Buffer.allocUnsafe(size);
  let offset = 0;
  for await (const chunk of entry as AsyncIterable<Buffer>) {
    chunk.copy(body, offset);
    offset += chunk.length;
  }
  return offset === size ? body : body.subarray(0, offset);
}

/** Skips an entry's body without holding it: the bytes flow through and are dropped. */
function drain(entry: TarEntry): Promise<void> {
  entry.resume();
  return Promise.resolve();
}
