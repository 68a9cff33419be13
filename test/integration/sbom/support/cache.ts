/**
 * Slow-to-make test inputs (debootstrap roots, npm trees, built rpms) cached under
 * /tmp/imprint-test-cache/<key>, keyed by a version string: bump the key when the recipe
 * changes. A missing entry is always rebuilt by the test itself; a lock directory keeps two
 * jest workers from building the same entry at once.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  createReadStream,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type { LayerSource } from '../../../../src/sbom/layers.js';

export const CACHE_ROOT = process.env.IMPRINT_TEST_CACHE ?? '/tmp/imprint-test-cache';
const LOCK_WAIT_MS = 350_000;

/** The cache folder for `key`, running `build(dir)` first when it is not complete. */
export async function cached(
  key: string,
  build: (dir: string) => void | Promise<void>,
): Promise<string> {
  const dir = join(CACHE_ROOT, key);
  const done = join(dir, '.complete');
  if (existsSync(done)) return dir;
  mkdirSync(CACHE_ROOT, { recursive: true });
  const lock = `${dir}.lock`;
  const deadline = Date.now() + LOCK_WAIT_MS;
  while (!tryLock(lock)) {
    if (existsSync(done)) return dir;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${lock}; remove it if no test is running`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  try {
    if (existsSync(done)) return dir;
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    await build(dir);
    writeFileSync(done, new Date().toISOString());
    return dir;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function tryLock(lock: string): boolean {
  try {
    mkdirSync(lock);
    return true;
  } catch {
    return false;
  }
}

/** Installs Debian packages on the test machine when a command is missing. */
export function ensureCommand(command: string, debianPackage: string): void {
  try {
    execFileSync('which', [command], { stdio: 'ignore' });
  } catch {
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', debianPackage], {
      stdio: 'ignore',
    });
  }
}

/** A layer read from a tarball on disk, its digest computed from the bytes. */
export function fileLayer(path: string, mediaType: string): LayerSource {
  const digest = `sha256:${createHash('sha256').update(readFileSync(path)).digest('hex')}`;
  return { digest, mediaType, open: () => Promise.resolve(createReadStream(path)) };
}

export const GZIP_LAYER = 'application/vnd.oci.image.layer.v1.tar+gzip';
export const TAR_LAYER = 'application/vnd.oci.image.layer.v1.tar';
