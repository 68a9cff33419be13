/**
 * A real Debian root made by debootstrap (bookworm, minbase plus a few packages that bring
 * Python dist-info, Java jars and Ruby gemspecs), cached as a directory and a gzip layer.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { cached, ensureCommand } from './cache.js';

export const DEBIAN_INCLUDES = [
  'python3-six',
  'python3-idna',
  'libcommons-lang3-java',
  'libcommons-io-java',
  'ruby',
];
const KEY = `debian-bookworm-minbase-${DEBIAN_INCLUDES.join('+')}-v1`;
const MIRROR = 'http://deb.debian.org/debian';

export interface DebianRoot {
  rootfs: string;
  /** The whole root as one gzip tar layer (`tar -C rootfs -cz .`). */
  tarball: string;
}

export async function debianRoot(): Promise<DebianRoot> {
  const dir = await cached(KEY, (target) => {
    ensureCommand('debootstrap', 'debootstrap');
    const rootfs = join(target, 'rootfs');
    execFileSync(
      'debootstrap',
      ['--variant=minbase', `--include=${DEBIAN_INCLUDES.join(',')}`, 'bookworm', rootfs, MIRROR],
      { stdio: 'ignore', timeout: 330_000 },
    );
    execFileSync('tar', ['-C', rootfs, '-czf', join(target, 'rootfs.tar.gz'), '.'], {
      stdio: 'ignore',
    });
  });
  return { rootfs: join(dir, 'rootfs'), tarball: join(dir, 'rootfs.tar.gz') };
}

/** Runs a command inside the root (chroot), returning stdout. */
export function inRoot(root: DebianRoot, command: string, args: readonly string[]): string {
  return execFileSync('chroot', [root.rootfs, command, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}
