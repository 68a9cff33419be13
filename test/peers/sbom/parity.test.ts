/**
 * SBOM parity: `imprint sbom`, `syft` and `trivy image --format cyclonedx` on the same pushed
 * images (the debootstrap Debian root, and that root plus npm, pip and Go packages), package
 * sets compared by canonical purl (canonical-purl.ts). Every difference is one listed in
 * DIFFERENCES with its cause; the README's "What the SBOM holds" says who is right, by the
 * package database (dpkg-query, npm ls, pip's dist-info).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { debianRoot } from '../../integration/sbom/support/debian-root.js';
import { startRegistry, type TestRegistry } from '../../harness/registry.js';
import { buildTrivyDb, type TrivyDb } from '../trivy/trivy-db.js';
import { debianBaseImage, multiContext, pushLocal } from '../trivy/images.js';
import { INSTALLED_BY_PROPERTY } from '../../../src/sbom/installed-by.js';
import { bomPurls } from './canonical-purl.js';
import { imprintBom, syftBom, trivyBom } from './sboms.js';

let registry: TestRegistry;
let db: TrivyDb;

type ImageName = 'debian' | 'multi';
interface Sets {
  imprint: Set<string>;
  /** imprint's components an OS package installed (`imprint:installed-by`). */
  installedByOs: Set<string>;
  syft: Set<string>;
  trivy: Set<string>;
}
const images = {} as Record<ImageName, Sets>;

/**
 * The differences that remain, each with its cause; the README's "What the SBOM holds" says
 * who is right. Everything else must be the same package, same version.
 */
const TRIVY_ONLY: Record<ImageName, string[]> = {
  debian: [],
  multi: [
    // Trivy names the standard library with Go's module-style `v`; imprint and syft without.
    'pkg:golang/stdlib@v1.26.8',
    // Trivy lists the application itself (the root of `npm ls`, /srv/app/package.json);
    // imprint lists what it installed.
    'pkg:npm/app@1.0.0',
  ],
};
const IMPRINT_NOT_TRIVY: Record<ImageName, string[]> = {
  debian: [],
  multi: ['pkg:golang/stdlib@1.26.8'],
};
const SYFT_ONLY: Record<ImageName, string[]> = {
  // syft lists every package.json it finds, the projects themselves included: the VS Code
  // extension inside Debian's ruby-typeprof, and the npm app.
  debian: ['pkg:npm/ruby-typeprof@0.20.1'],
  multi: [
    // syft keeps the toolchain's experiment in the release: go1.26.8-X:jsonv2.
    'pkg:golang/stdlib@1.26.8-X:jsonv2',
    'pkg:npm/app@1.0.0',
    'pkg:npm/ruby-typeprof@0.20.1',
  ],
};
/** ruby-typeprof's VS Code extension: a package-lock.json with no node_modules beside it. */
const LOCK_ONLY_APP = 'usr/lib/ruby/gems/3.1.0/gems/typeprof-0.21.2/vscode';

/**
 * What `npm ls --package-lock-only --omit=dev` says that lockfile's project depends on: syft
 * reads no lockfile when it scans an image, imprint does.
 */
function lockfileTruth(rootfs: string): string[] {
  const stage = mkdtempSync(join(tmpdir(), 'imprint-parity-lock-'));
  for (const name of ['package.json', 'package-lock.json'])
    copyFileSync(join(rootfs, LOCK_ONLY_APP, name), join(stage, name));
  const tree = JSON.parse(
    execFileSync('npm', ['ls', '--all', '--json', '--package-lock-only', '--omit=dev'], {
      cwd: stage,
      encoding: 'utf8',
    }),
  ) as NpmTree;
  const out = new Set<string>();
  const walk = (node: NpmTree): void => {
    for (const [name, child] of Object.entries(node.dependencies ?? {})) {
      if (child.version) out.add(`pkg:npm/${name}@${child.version}`);
      walk(child);
    }
  };
  walk(tree);
  return [...out].sort();
}
interface NpmTree {
  version?: string;
  dependencies?: Record<string, NpmTree>;
}

function digestOf(reference: string): string {
  const repoDigest = execFileSync(
    'docker',
    ['image', 'inspect', '--format', '{{index .RepoDigests 0}}', reference],
    { encoding: 'utf8' },
  ).trim();
  return repoDigest.slice(repoDigest.indexOf('@') + 1);
}

async function catalogue(reference: string): Promise<Sets> {
  const pinned = `${reference.slice(0, reference.lastIndexOf(':'))}@${digestOf(reference)}`;
  const imprint = await imprintBom(pinned, registry.host);
  return {
    imprint: bomPurls(imprint),
    installedByOs: bomPurls(imprint, INSTALLED_BY_PROPERTY),
    syft: bomPurls(await syftBom(pinned)),
    trivy: bomPurls(await trivyBom(pinned, db.cacheDir)),
  };
}

beforeAll(async () => {
  [registry, db] = await Promise.all([startRegistry(), buildTrivyDb()]);
  const debian = pushLocal(await debianBaseImage(), `${registry.host}/parity/debian:1`);
  images.debian = await catalogue(debian);
  const multiTag = `${registry.host}/parity/multi:1`;
  execFileSync('docker', ['build', '-q', '-t', multiTag, await multiContext()]);
  images.multi = await catalogue(pushLocal(multiTag, multiTag));
}, 1_200_000);
afterAll(async () => {
  await registry?.stop();
});

const minus = (a: Set<string>, b: Set<string>): string[] => [...a].filter((x) => !b.has(x)).sort();

describe.each(['debian', 'multi'] as const)('%s image', (name) => {
  it('Trivy lists nothing imprint misses but the documented differences', () => {
    expect(minus(images[name].trivy, images[name].imprint)).toEqual(TRIVY_ONLY[name]);
  });

  it('imprint lists more than Trivy exactly the language packages OS packages installed', () => {
    const sets = images[name];
    expect(sets.installedByOs.size).toBeGreaterThan(0);
    expect(minus(sets.imprint, sets.trivy)).toEqual(
      [...sets.installedByOs, ...IMPRINT_NOT_TRIVY[name]].sort(),
    );
  });

  it('syft lists nothing imprint misses but the documented differences', () => {
    expect(minus(images[name].syft, images[name].imprint)).toEqual(SYFT_ONLY[name]);
  });

  it('imprint lists more than syft exactly what npm ls says the lockfile in the image declares', async () => {
    const truth = lockfileTruth((await debianRoot()).rootfs);
    expect(truth.length).toBeGreaterThan(0);
    const extra = name === 'multi' ? ['pkg:golang/stdlib@1.26.8'] : [];
    expect(minus(images[name].imprint, images[name].syft)).toEqual([...truth, ...extra].sort());
  });
});
