/**
 * Real rpm packages and a real rpm database for the SBOM tests: specs built with rpmbuild and
 * recorded with `rpm -i --justdb` into the sqlite database Debian's rpm writes.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureCommand } from './cache.js';

export interface TestRpm {
  /** The spec's name, which names the source rpm. */
  name: string;
  version: string;
  release: string;
  epoch?: string;
  arch: string;
  license: string;
  /** Build only the subpackage `%package -n binaryName`: its source rpm stays `name`'s. */
  binaryName?: string;
  /** Empty files the package owns: each adds its path to the header, making it big. */
  fileCount?: number;
}

export function binaryNameOf(pkg: TestRpm): string {
  return pkg.binaryName ?? pkg.name;
}

function specFor(pkg: TestRpm): string {
  const files = pkg.fileCount ?? 0;
  const dir = `/usr/share/${binaryNameOf(pkg)}`;
  const binary = pkg.binaryName
    ? [
        `%package -n ${pkg.binaryName}`,
        'Summary: imprint test subpackage',
        `%description -n ${pkg.binaryName}`,
        'A subpackage.',
      ]
    : [];
  return [
    `Name: ${pkg.name}`,
    `Version: ${pkg.version}`,
    `Release: ${pkg.release}`,
    ...(pkg.epoch ? [`Epoch: ${pkg.epoch}`] : []),
    'Summary: imprint test package',
    `License: ${pkg.license}`,
    `BuildArch: ${pkg.arch}`,
    '%description',
    'A package made for the SBOM tests.',
    ...binary,
    '%install',
    ...(files > 0
      ? [
          `mkdir -p %{buildroot}${dir}`,
          `for i in $(seq 1 ${files}); do touch %{buildroot}${dir}/an-empty-file-with-a-long-name-$i; done`,
        ]
      : []),
    pkg.binaryName ? `%files -n ${pkg.binaryName}` : '%files',
    files > 0 ? dir : '',
    '',
  ].join('\n');
}

/** Builds each package with rpmbuild under `dir`; returns the binary rpm files. */
export function buildRpms(dir: string, packages: readonly TestRpm[]): string[] {
  ensureCommand('rpmbuild', 'rpm');
  const top = join(dir, 'rpmbuild');
  mkdirSync(top, { recursive: true });
  return packages.map((pkg) => {
    const spec = join(dir, `${binaryNameOf(pkg)}.spec`);
    writeFileSync(spec, specFor(pkg));
    execFileSync('rpmbuild', ['-bb', '--target', pkg.arch, '--define', `_topdir ${top}`, spec], {
      stdio: 'ignore',
      env: { ...process.env, HOME: dir },
    });
    const file = `${binaryNameOf(pkg)}-${pkg.version}-${pkg.release}.${pkg.arch}.rpm`;
    return join(top, 'RPMS', pkg.arch, file);
  });
}

/** Runs rpm on the database at `<root>/var/lib/rpm`; returns its standard output. */
export function rpmIn(root: string, ...args: string[]): string {
  return execFileSync('rpm', ['--root', root, '--dbpath', '/var/lib/rpm', ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}

/** A new sqlite rpm database under `root` recording the given rpm files (no files installed). */
export function recordInRpmDb(root: string, rpmFiles: readonly string[]): void {
  mkdirSync(join(root, 'var', 'lib', 'rpm'), { recursive: true });
  rpmIn(root, '--initdb');
  rpmIn(root, '-i', '--nodeps', '--justdb', '--ignorearch', ...rpmFiles);
}
