/** Reads pushed image layers (gzip'd or plain tar) without the product's own code. */
import { gunzipSync } from 'node:zlib';

/** The layer as a tar: gunzipped when it is gzip. */
export function layerTar(blob: Buffer): Buffer {
  return blob[0] === 0x1f && blob[1] === 0x8b ? gunzipSync(blob) : blob;
}

/** name → content of the regular files in a tar (ustar headers, 512-byte blocks). */
export function tarFiles(tar: Buffer): Map<string, string> {
  const files = new Map<string, string>();
  let offset = 0;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const field = (start: number, length: number) =>
      header
        .subarray(start, start + length)
        .toString('utf8')
        .replace(/\0.*$/s, '');
    const prefix = field(345, 155);
    const name = (prefix ? `${prefix}/` : '') + field(0, 100);
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1);
    if (type === '0' || type === '') {
      files.set(
        name.replace(/^\.\//, ''),
        tar.subarray(offset + 512, offset + 512 + size).toString('utf8'),
      );
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}
