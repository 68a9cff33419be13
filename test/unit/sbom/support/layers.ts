/** Builds real tar layers in memory with tar-stream's packer, for walker and cataloger tests. */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import tar from 'tar-stream';
import { bufferLayer, type LayerSource } from '../../../../src/sbom/layers.js';

export interface TarItem {
  name: string;
  body?: string | Buffer;
  type?: 'file' | 'directory' | 'symlink' | 'link';
  linkname?: string;
  mode?: number;
}

export const GZIP = 'application/vnd.oci.image.layer.v1.tar+gzip';
export const PLAIN = 'application/vnd.oci.image.layer.v1.tar';
export const ZSTD = 'application/vnd.oci.image.layer.v1.tar+zstd';

export async function tarBytes(items: readonly TarItem[]): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  const done = (async () => {
    for await (const chunk of pack) chunks.push(chunk as Buffer);
  })();
  for (const item of items) {
    const type = item.type ?? 'file';
    const header = {
      name: item.name,
      type,
      mode: item.mode ?? (type === 'directory' ? 0o755 : 0o644),
      ...(item.linkname !== undefined && { linkname: item.linkname }),
    };
    if (type === 'file') pack.entry(header, item.body ?? '');
    else pack.entry(header);
  }
  pack.finalize();
  await done;
  return Buffer.concat(chunks);
}

export function digestOf(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** A gzip layer of `items`; its digest is the real sha256 of the compressed bytes. */
export async function gzipLayer(items: readonly TarItem[]): Promise<LayerSource> {
  const bytes = gzipSync(await tarBytes(items));
  return bufferLayer(digestOf(bytes), GZIP, bytes);
}

export function rawLayer(bytes: Buffer, mediaType = GZIP): LayerSource {
  return bufferLayer(digestOf(bytes), mediaType, bytes);
}

/**
 * A raw ustar header (512 bytes). Used where tar-stream's packer cannot help: an entry whose
 * header claims more bytes than we want to materialise.
 */
export function ustarHeader(name: string, size: number, type: '0' | '5' = '0'): Buffer {
  const header = Buffer.alloc(512);
  header.write(name, 0, 100, 'utf8');
  header.write('0000644\0', 100);
  header.write('0000000\0', 108);
  header.write('0000000\0', 116);
  header.write(`${size.toString(8).padStart(11, '0')}\0`, 124);
  header.write('00000000000\0', 136);
  header.write('        ', 148);
  header.write(type, 156);
  header.write('ustar\0', 257);
  header.write('00', 263);
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  return header;
}
