/**
 * The images the real Trivy and syft look at, made from real packages:
 * - debian: the debootstrap bookworm root of the SBOM tests (dpkg, Python dist-info from
 *   python3-six/idna, Debian's jars, Ruby's gemspecs), imported into the Docker engine;
 * - multi: that root plus one layer with an npm app (lodash 4.17.20, minimist 1.2.5 from the
 *   npm registry), a pip-installed setuptools 65.5.0 (PyPI) and a Go binary (the trivy-db
 *   tool, with its module build info): four ecosystems with advisories in the fixture DB.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cached } from '../../integration/sbom/support/cache.js';
import { debianRoot } from '../../integration/sbom/support/debian-root.js';
import { peerCommand } from '../tools.js';

export const NPM_PACKAGES = ['lodash@4.17.20', 'minimist@1.2.5'];
export const PIP_PACKAGES = ['setuptools==65.5.0'];
/** Debian's own pip target: not owned by any .deb, so Trivy reports what is there. */
export const PIP_TARGET = 'usr/local/lib/python3.11/dist-packages';
export const GO_BINARY = 'usr/local/bin/trivy-db';
const BASE_IMAGE = 'imprint-peers/debian:bookworm-v1';

function imageExists(name: string): boolean {
  try {
    execFileSync('docker', ['image', 'inspect', name], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The debootstrap root as a local Docker image (`docker import`: one layer, no history). */
export async function debianBaseImage(): Promise<string> {
  const root = await debianRoot();
  if (!imageExists(BASE_IMAGE)) {
    execFileSync('docker', ['import', root.tarball, BASE_IMAGE], { stdio: 'ignore' });
  }
  return BASE_IMAGE;
}

/** Tags and pushes a local image; returns the pushed reference (tag). */
export function pushLocal(image: string, reference: string): string {
  execFileSync('docker', ['tag', image, reference]);
  execFileSync('docker', ['push', '-q', reference], { stdio: 'ignore', timeout: 300_000 });
  return reference;
}

/** A build context: FROM the Debian image, plus the app layer (npm, pip and Go). */
export async function multiContext(): Promise<string> {
  const base = await debianBaseImage();
  const [goBinary] = peerCommand('trivy-db');
  return cached('peers-multi-context-v1', (dir) => {
    const app = join(dir, 'layer', 'srv', 'app');
    mkdirSync(app, { recursive: true });
    execFileSync('npm', ['init', '-y'], { cwd: app, stdio: 'ignore' });
    execFileSync('npm', ['install', '--no-audit', '--no-fund', ...NPM_PACKAGES], {
      cwd: app,
      stdio: 'ignore',
      timeout: 180_000,
    });
    execFileSync(
      'python3',
      [
        '-m',
        'pip',
        'install',
        '--quiet',
        '--no-deps',
        '--disable-pip-version-check',
        '--no-compile',
        '--target',
        join(dir, 'layer', PIP_TARGET),
        ...PIP_PACKAGES,
      ],
      { stdio: 'ignore', timeout: 180_000 },
    );
    mkdirSync(join(dir, 'layer', GO_BINARY, '..'), { recursive: true });
    copyFileSync(goBinary!, join(dir, 'layer', GO_BINARY));
    writeFileSync(join(dir, 'Dockerfile'), `FROM ${base}\nCOPY layer/ /\n`);
  });
}
