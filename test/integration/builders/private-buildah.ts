/**
 * A buildah with a store of its own, for tests that must control what is cached locally (other
 * suites build in the shared store at the same time) and see exactly what buildah is started
 * with: a small wrapper that records each argument list, then runs the real buildah with
 * `--root` / `--runroot` in a temporary folder. The product runs it as its buildah binary.
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface PrivateBuildah {
  /** The wrapper: give it to BuildahBuilder as `binary`. */
  binary: string;
  /** Runs the wrapper (storage driver vfs) and returns its stdout. */
  run(args: string[]): string;
  /** Every argument buildah was started with so far, one per line. */
  recordedArguments(): string;
  /** Removes every image and container from the private store. */
  empty(): void;
  remove(): void;
}

export function privateBuildah(): PrivateBuildah {
  const dir = mkdtempSync(join(tmpdir(), 'imprint-private-buildah-'));
  const binary = join(dir, 'buildah');
  const record = join(dir, 'argv');
  writeFileSync(record, '');
  writeFileSync(
    binary,
    [
      '#!/bin/sh',
      `for arg in "$@"; do printf '%s\\n' "$arg" >> '${record}'; done`,
      `exec buildah --root='${join(dir, 'root')}' --runroot='${join(dir, 'runroot')}' "$@"`,
      '',
    ].join('\n'),
  );
  chmodSync(binary, 0o755);
  const run = (args: string[]) =>
    execFileSync(binary, ['--storage-driver=vfs', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    }).toString();
  return {
    binary,
    run,
    recordedArguments: () => readFileSync(record, 'utf8'),
    empty: () => {
      run(['rm', '--all']);
      run(['rmi', '--all', '--force']);
    },
    remove: () => {
      try {
        run(['rmi', '--all', '--force']);
      } finally {
        // vfs layers are plain folders: removing the root removes the store.
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** The shell tools a RUN step of these tests uses, with the libraries they link. */
const TOOLS = ['/bin/dash', '/bin/cat', '/usr/bin/wc', '/bin/ls', '/usr/bin/test'];

/**
 * A folder holding a root file system with /bin/sh (dash), cat, wc, ls and test copied from
 * this machine (nothing can be pulled here), and a Dockerfile that makes an image of it, with
 * `extra` written to /base-flavour so two bases can differ.
 */
export function shellBaseContext(flavour: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'imprint-shell-base-'));
  const root = join(dir, 'rootfs');
  const place = (source: string, target: string) => {
    mkdirSync(dirname(join(root, target)), { recursive: true });
    copyFileSync(source, join(root, target));
    chmodSync(join(root, target), 0o755);
  };
  for (const tool of TOOLS) {
    const name = tool === '/bin/dash' ? '/bin/sh' : `/bin/${tool.split('/').pop()}`;
    place(tool, name);
    for (const library of linkedLibraries(tool)) place(library, library);
  }
  writeFileSync(join(root, 'base-flavour'), `${flavour}\n`);
  writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\nCOPY rootfs/ /\n');
  return dir;
}

/** The absolute paths of the shared libraries a binary loads, and its loader. */
function linkedLibraries(binary: string): string[] {
  return execFileSync('ldd', [binary])
    .toString()
    .split('\n')
    .flatMap((line) => {
      const path = /(?:=>\s*)?(\/\S+)\s+\(0x/.exec(line)?.[1];
      return path ? [path] : [];
    });
}

/** Builds a shell base image in the private store and pushes it over plain http. */
export function pushShellBase(buildah: PrivateBuildah, reference: string, flavour: string): void {
  const context = shellBaseContext(flavour);
  const local = `localhost/imprint-shell-base-${Math.random().toString(36).slice(2, 10)}`;
  try {
    buildah.run(['build', '--isolation=chroot', `--tag=${local}`, context]);
    buildah.run(['push', '--tls-verify=false', local, `docker://${reference}`]);
    buildah.run(['rmi', local]);
  } finally {
    rmSync(context, { recursive: true, force: true });
  }
}
