/**
 * A real npm tree installed from the npm registry, compared with `npm ls --all --json`; and
 * the same app's lockfile alone (no node_modules), compared with `npm ls --package-lock-only`.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateSbom, type SbomResult } from '../../../src/sbom/generate.js';
import { GZIP_LAYER, cached, fileLayer } from './support/cache.js';

const PACKAGES = ['semver@7.6.0', 'ms@2.1.3', '@types/node@20.11.30', 'debug@4.3.4'];
const IMAGE = { name: 'localhost/imprint/node-app', digest: 'sha256:' + '3'.repeat(64) };

interface NpmTree {
  version?: string;
  dependencies?: Record<string, NpmTree>;
}

function collect(tree: NpmTree, out: Set<string>): Set<string> {
  for (const [name, node] of Object.entries(tree.dependencies ?? {})) {
    if (node.version) out.add(`${name}@${node.version}`);
    collect(node, out);
  }
  return out;
}

function npmLs(dir: string, ...flags: string[]): Set<string> {
  const json = execFileSync('npm', ['ls', '--all', '--json', ...flags], {
    cwd: dir,
    encoding: 'utf8',
  });
  return collect(JSON.parse(json) as NpmTree, new Set());
}

let dir: string;
let result: SbomResult;

beforeAll(async () => {
  dir = await cached('npm-tree-v1', (target) => {
    const app = join(target, 'layer', 'srv', 'app');
    mkdirSync(app, { recursive: true });
    execFileSync('npm', ['init', '-y'], { cwd: app, stdio: 'ignore' });
    execFileSync('npm', ['install', '--no-audit', '--no-fund', ...PACKAGES], {
      cwd: app,
      stdio: 'ignore',
      timeout: 120_000,
    });
    // The same application shipped with its lockfile only.
    const lockOnly = join(target, 'layer', 'srv', 'lock-only');
    mkdirSync(lockOnly, { recursive: true });
    copyFileSync(join(app, 'package.json'), join(lockOnly, 'package.json'));
    copyFileSync(join(app, 'package-lock.json'), join(lockOnly, 'package-lock.json'));
    execFileSync('tar', ['-C', join(target, 'layer'), '-czf', join(target, 'layer.tar.gz'), '.']);
  });
  result = await generateSbom({
    image: IMAGE,
    layers: [fileLayer(join(dir, 'layer.tar.gz'), GZIP_LAYER)],
  });
}, 150_000);

describe('npm packages', () => {
  it('lists every installed package npm ls lists', () => {
    const truth = npmLs(join(dir, 'layer', 'srv', 'app'));
    expect(truth.size).toBeGreaterThanOrEqual(PACKAGES.length);
    const installed = result.components.filter((c) =>
      c.location.startsWith('/srv/app/node_modules/'),
    );
    expect(new Set(installed.map((c) => `${c.name}@${c.version}`))).toEqual(truth);
    // The app's own lockfile adds nothing: each entry is installed next to it.
    expect(result.components.filter((c) => c.location === '/srv/app/package-lock.json')).toEqual(
      [],
    );
  });

  it('lists the lockfile entries of an app shipped without node_modules', () => {
    const truth = npmLs(
      join(dir, 'layer', 'srv', 'lock-only'),
      '--package-lock-only',
      '--omit=dev',
    );
    const fromLock = result.components.filter(
      (c) => c.location === '/srv/lock-only/package-lock.json',
    );
    expect(new Set(fromLock.map((c) => `${c.name}@${c.version}`))).toEqual(truth);
  });

  it('builds purls, licences and the dependency edges of the installed tree', () => {
    const types = result.components.find(
      (c) => c.name === '@types/node' && c.location.startsWith('/srv/app/'),
    )!;
    expect(types.purl).toBe(`pkg:npm/%40types/node@${types.version}`);
    expect(types.licences).toEqual([{ spdxId: 'MIT' }]);
    const debug = result.components.find(
      (c) => c.name === 'debug' && c.location.startsWith('/srv/app/'),
    )!;
    // debug@4.3.4 wants ms@2.1.2, installed nested under it; the app's own ms@2.1.3 sits at the top.
    const nestedMs = result.components.find(
      (c) => c.location === '/srv/app/node_modules/debug/node_modules/ms/package.json',
    )!;
    expect(nestedMs.version).toBe('2.1.2');
    expect(debug.dependsOn).toEqual(['pkg:npm/ms@2.1.2']);
    const semver = result.components.find(
      (c) => c.location === '/srv/app/node_modules/semver/package.json',
    )!;
    expect(semver.dependsOn).toEqual([expect.stringMatching(/^pkg:npm\/lru-cache@/)]);
  });
});
