import { npmCataloger, npmLicences, npmPurl } from '../../../../src/sbom/catalogers/npm.js';
import type { CatalogFile, CatalogResult } from '../../../../src/sbom/model.js';

const LAYER = 'sha256:' + 'b'.repeat(64);
const file = (path: string, json: unknown): CatalogFile => ({
  path,
  content: Buffer.from(typeof json === 'string' ? json : JSON.stringify(json)),
  layerDigest: LAYER,
});
// The npm cataloger works synchronously.
const catalog = (files: CatalogFile[]) =>
  npmCataloger.catalog(files, { tempDir: '/x', lookup: () => undefined }) as CatalogResult;

describe('npm cataloger', () => {
  it('wants package manifests inside node_modules and lockfiles outside it', () => {
    const wants = (path: string) => npmCataloger.wants(path, { size: 1, mode: 0o644 });
    expect(wants('app/node_modules/ms/package.json')).toBe(true);
    expect(wants('app/node_modules/@types/node/package.json')).toBe(true);
    expect(wants('node_modules/a/node_modules/b/package.json')).toBe(true);
    expect(wants('app/node_modules/ms/lib/package.json')).toBe(false);
    expect(wants('app/package.json')).toBe(false);
    expect(wants('app/package-lock.json')).toBe(true);
    expect(wants('app/node_modules/.package-lock.json')).toBe(false);
    expect(wants('app/node_modules/x/package-lock.json')).toBe(false);
  });

  it('reads installed packages and resolves dependencies the way Node does', () => {
    const { components } = catalog([
      file('app/node_modules/a/package.json', {
        name: 'a',
        version: '1.0.0',
        license: 'MIT',
        dependencies: { b: '^2', c: '*' },
      }),
      file('app/node_modules/a/node_modules/b/package.json', {
        name: 'b',
        version: '2.0.0',
        license: { type: 'ISC' },
      }),
      file('app/node_modules/b/package.json', {
        name: 'b',
        version: '1.0.0',
        licenses: [{ type: 'MIT' }, { type: 'Apache-2.0' }],
      }),
      file('app/node_modules/@scope/c/package.json', { name: '@scope/c', version: '3.0.0' }),
      file('app/node_modules/c/package.json', {
        name: 'c',
        version: '4.0.0',
        license: '(MIT OR Apache-2.0)',
      }),
      file('app/node_modules/broken/package.json', { description: 'no name or version' }),
    ]);
    expect(components.map((c) => c.purl)).toEqual([
      'pkg:npm/a@1.0.0',
      'pkg:npm/b@2.0.0',
      'pkg:npm/b@1.0.0',
      'pkg:npm/%40scope/c@3.0.0',
      'pkg:npm/c@4.0.0',
    ]);
    // b resolves to the copy nested under a; c to the top-level one.
    expect(components[0]!.dependsOn).toEqual(['pkg:npm/b@2.0.0', 'pkg:npm/c@4.0.0']);
    expect(components.map((c) => c.licences)).toEqual([
      [{ spdxId: 'MIT' }],
      [{ spdxId: 'ISC' }],
      [{ spdxId: 'MIT' }, { spdxId: 'Apache-2.0' }],
      [],
      [{ expression: '(MIT OR Apache-2.0)' }],
    ]);
  });

  it('adds lockfile entries that are not installed and not dev-only, for lockfile versions 1 to 3', () => {
    const v3 = file('srv/package-lock.json', {
      lockfileVersion: 3,
      packages: {
        '': { name: 'srv', version: '1.0.0' },
        'node_modules/installed': { version: '1.0.0' },
        'node_modules/only-locked': { version: '2.0.0', license: 'BSD-3-Clause' },
        'node_modules/alias': { name: 'real-name', version: '3.0.0' },
        'node_modules/linked': { link: true, resolved: 'packages/linked' },
        'node_modules/local': { version: 'file:../local' },
        'node_modules/dev-tool': { version: '9.9.9', dev: true },
      },
    });
    const v1 = file('old/package-lock.json', {
      lockfileVersion: 1,
      dependencies: {
        top: { version: '1.0.0', dependencies: { nested: { version: '0.1.0' } } },
        devonly: { version: '1.0.0', dev: true },
      },
    });
    const installed = file('srv/node_modules/installed/package.json', {
      name: 'installed',
      version: '1.0.0',
    });
    const { components } = catalog([installed, v3, v1]);
    expect(components.map((c) => `${c.purl} ${c.location}`)).toEqual([
      'pkg:npm/installed@1.0.0 /srv/node_modules/installed/package.json',
      'pkg:npm/only-locked@2.0.0 /srv/package-lock.json',
      'pkg:npm/real-name@3.0.0 /srv/package-lock.json',
      'pkg:npm/top@1.0.0 /old/package-lock.json',
      'pkg:npm/nested@0.1.0 /old/package-lock.json',
    ]);
  });

  it('warns about a manifest that is not JSON, naming it', () => {
    const { components, warnings } = catalog([
      file('app/node_modules/x/package.json', '{ not json'),
    ]);
    expect(components).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^npm: skipped \/app\/node_modules\/x\/package\.json: not valid JSON \(/,
    );
  });

  it('builds purls and licences from the manifest forms npm has used', () => {
    expect(npmPurl('@angular/animation', '12.3.1')).toBe('pkg:npm/%40angular/animation@12.3.1');
    expect(npmLicences({ license: 'SEE LICENSE IN LICENSE.md' })).toEqual([
      { name: 'SEE LICENSE IN LICENSE.md' },
    ]);
    expect(npmLicences({})).toEqual([]);
  });
});
