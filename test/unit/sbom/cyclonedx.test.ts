import * as CDX from '@cyclonedx/cyclonedx-library';
import { buildBom, imagePurl, licenceChoice } from '../../../src/sbom/cyclonedx.js';
import type { Component } from '../../../src/sbom/model.js';
import { bomJson } from './support/bom-json.js';

const DIGEST = 'sha256:' + 'a'.repeat(64);
const NOW = new Date('2026-03-04T05:06:07.000Z');

function component(overrides: Partial<Component>): Component {
  return {
    kind: 'library',
    ecosystem: 'npm',
    name: 'ms',
    version: '2.1.3',
    purl: 'pkg:npm/ms@2.1.3',
    licences: [],
    location: '/app/node_modules/ms/package.json',
    layerDigest: 'sha256:' + 'b'.repeat(64),
    cataloger: 'npm',
    ...overrides,
  };
}

async function valid(bom: object): Promise<unknown> {
  return new CDX.Validation.JsonStrictValidator(CDX.Spec.Version.v1dot6).validate(
    JSON.stringify(bom),
  );
}

describe('CycloneDX writer', () => {
  it('describes the image by its OCI purl', () => {
    expect(
      imagePurl({ name: 'ghcr.io/acme/app:1.0', digest: DIGEST, platform: 'linux/arm64/v8' }),
    ).toBe(`pkg:oci/app@${DIGEST}?arch=arm64&repository_url=ghcr.io%2Facme%2Fapp&tag=1.0`);
    expect(imagePurl({ name: '127.0.0.1:5000/team/app', digest: DIGEST })).toBe(
      `pkg:oci/app@${DIGEST}?repository_url=127.0.0.1:5000%2Fteam%2Fapp`,
    );
    expect(imagePurl({ name: 'nginx', digest: DIGEST })).toBe(
      `pkg:oci/nginx@${DIGEST}?repository_url=docker.io%2Flibrary%2Fnginx`,
    );
  });

  it('keeps bom-refs unique when one package sits in two places', async () => {
    const bom = bomJson(
      buildBom([component({}), component({ location: '/other/node_modules/ms/package.json' })], {
        image: { name: 'registry.example/app', digest: DIGEST },
        now: NOW,
        serialNumber: 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79',
      }),
    );
    expect(bom.serialNumber).toBe('urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79');
    expect(bom.components.map((c) => c['bom-ref'])).toEqual([
      'pkg:npm/ms@2.1.3',
      'pkg:npm/ms@2.1.3|/other/node_modules/ms/package.json',
    ]);
    expect(bom.components.map((c) => c.evidence!.occurrences)).toEqual([
      [{ location: '/app/node_modules/ms/package.json' }],
      [{ location: '/other/node_modules/ms/package.json' }],
    ]);
    expect(await valid(bom)).toBeNull();
  });

  it('writes components without purl or version, and operating systems, validly', async () => {
    const bom = bomJson(
      buildBom(
        [
          component({
            kind: 'operating-system',
            ecosystem: 'os',
            name: 'debian',
            version: '12',
            purl: undefined,
          }),
          component({
            ecosystem: 'maven',
            name: 'tool',
            group: 'org.x',
            version: '',
            purl: undefined,
          }),
        ],
        { image: { name: 'registry.example/app', digest: DIGEST }, now: NOW },
      ),
    );
    expect(bom.components.map((c) => [c.type, c['bom-ref'], c.version])).toEqual([
      ['operating-system', 'os:debian@12', '12'],
      ['library', 'maven:tool@', undefined],
    ]);
    expect(await valid(bom)).toBeNull();
  });

  it('chooses one licence form CycloneDX accepts', async () => {
    const normalise = (licences: Component['licences']) =>
      bomJson(
        buildBom([component({ licences })], {
          image: { name: 'r.example/a', digest: DIGEST },
          now: NOW,
        }),
      ).components[0]!.licenses;
    expect(normalise([{ spdxId: 'MIT' }, { name: 'custom' }])).toEqual([
      { license: { id: 'MIT' } },
      { license: { name: 'custom' } },
    ]);
    expect(normalise([{ expression: 'MIT OR Apache-2.0' }])).toEqual([
      { expression: 'MIT OR Apache-2.0' },
    ]);
    expect(normalise([{ expression: 'MIT OR Apache-2.0' }, { spdxId: 'Zlib' }])).toEqual([
      { expression: '(MIT OR Apache-2.0) AND Zlib' },
    ]);
    expect(normalise([{ expression: 'MIT OR Apache-2.0' }, { name: 'custom' }])).toEqual([
      { license: { name: 'MIT OR Apache-2.0' } },
      { license: { name: 'custom' } },
    ]);
    expect(licenceChoice([])).toEqual([]);
    const bom = buildBom(
      [component({ licences: [{ expression: 'MIT OR Apache-2.0' }, { name: 'custom' }] })],
      {
        image: { name: 'r.example/a', digest: DIGEST },
        now: NOW,
      },
    );
    expect(await valid(bom)).toBeNull();
  });
});
