import { Ajv } from 'ajv';
import type { Component } from '../../../src/sbom/model.js';
import { buildSpdx, licenceExpression } from '../../../src/sbom/spdx.js';

const DIGEST = 'sha256:' + 'a'.repeat(64);
const NOW = new Date('2026-03-04T05:06:07.891Z');
const IMAGE = { name: '127.0.0.1:5000/team/app:1.0', digest: DIGEST, platform: 'linux/arm64' };

function component(overrides: Partial<Component>): Component {
  return {
    kind: 'library',
    ecosystem: 'npm',
    name: 'ms',
    version: '2.1.3',
    purl: 'pkg:npm/ms@2.1.3',
    licences: [{ spdxId: 'MIT' }],
    location: '/app/node_modules/ms/package.json',
    layerDigest: 'sha256:' + 'b'.repeat(64),
    cataloger: 'npm',
    ...overrides,
  };
}

const DATE =
  '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T(([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]|23:59:60)Z$';

/**
 * The SPDX 2.3 JSON schema's constraints on what we write, as spdx-spec
 * schemas/spdx-schema.json (branch support/2.3) states them: the required fields of the
 * document, creation info, packages, external refs and relationships; the SPDXID and date
 * patterns; and the enumerations we use.
 */
const SPDX_23_REQUIRED = {
  type: 'object',
  required: ['SPDXID', 'creationInfo', 'dataLicense', 'name', 'spdxVersion'],
  properties: {
    creationInfo: {
      type: 'object',
      required: ['created', 'creators'],
      additionalProperties: false,
      properties: {
        created: { type: 'string', pattern: DATE },
        creators: { type: 'array', minItems: 1, items: { type: 'string' } },
        comment: { type: 'string' },
        licenseListVersion: { type: 'string' },
      },
    },
    packages: {
      type: 'array',
      items: {
        type: 'object',
        required: ['SPDXID', 'downloadLocation', 'name'],
        properties: {
          SPDXID: { type: 'string', pattern: '^SPDXRef-[a-zA-Z0-9.-]+$' },
          filesAnalyzed: { type: 'boolean' },
          primaryPackagePurpose: {
            enum: [
              'OTHER',
              'INSTALL',
              'ARCHIVE',
              'FIRMWARE',
              'APPLICATION',
              'FRAMEWORK',
              'LIBRARY',
              'CONTAINER',
              'SOURCE',
              'DEVICE',
              'OPERATING_SYSTEM',
              'FILE',
            ],
          },
          checksums: {
            type: 'array',
            items: {
              type: 'object',
              required: ['algorithm', 'checksumValue'],
              properties: { checksumValue: { type: 'string', pattern: '^[0-9a-fA-F]+$' } },
            },
          },
          externalRefs: {
            type: 'array',
            items: {
              type: 'object',
              required: ['referenceCategory', 'referenceLocator', 'referenceType'],
              additionalProperties: false,
              properties: {
                referenceCategory: {
                  enum: ['OTHER', 'PERSISTENT-ID', 'SECURITY', 'PACKAGE-MANAGER'],
                },
                referenceLocator: { type: 'string' },
                referenceType: { type: 'string' },
                comment: { type: 'string' },
              },
            },
          },
        },
      },
    },
    hasExtractedLicensingInfos: {
      type: 'array',
      items: { type: 'object', required: ['extractedText', 'licenseId'] },
    },
    relationships: {
      type: 'array',
      items: {
        type: 'object',
        required: ['spdxElementId', 'relatedSpdxElement', 'relationshipType'],
        properties: { relationshipType: { enum: ['DESCRIBES', 'CONTAINS', 'DEPENDS_ON'] } },
      },
    },
  },
};

interface SpdxPackage {
  SPDXID: string;
  name: string;
  versionInfo?: string;
  licenseDeclared: string;
  supplier: string;
  downloadLocation: string;
  primaryPackagePurpose: string;
  externalRefs?: { referenceCategory: string; referenceType: string; referenceLocator: string }[];
}
interface SpdxJson {
  spdxVersion: string;
  documentNamespace: string;
  creationInfo: { created: string; creators: string[] };
  packages: SpdxPackage[];
  relationships: { spdxElementId: string; relationshipType: string; relatedSpdxElement: string }[];
  hasExtractedLicensingInfos?: { licenseId: string; name: string; extractedText: string }[];
}

const COMPONENTS: Component[] = [
  component({
    kind: 'operating-system',
    ecosystem: 'os',
    name: 'debian',
    version: '12',
    purl: undefined,
    licences: [],
    location: '/etc/os-release',
    cataloger: 'os-release',
  }),
  component({ dependsOn: ['pkg:npm/debug@4.3.4'] }),
  component({
    name: 'debug',
    version: '4.3.4',
    purl: 'pkg:npm/debug@4.3.4',
    licences: [{ expression: 'MIT OR Apache-2.0' }, { name: 'custom licence' }],
  }),
  component({
    ecosystem: 'maven',
    name: 'log4j-core',
    group: 'org.apache.logging.log4j',
    version: '2.14.1',
    purl: 'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1',
    licences: [],
  }),
];

function render(): SpdxJson {
  return buildSpdx(COMPONENTS, { image: IMAGE, now: NOW, uuid: 'fixed' }) as unknown as SpdxJson;
}

describe('SPDX 2.3 writer', () => {
  it('writes what the SPDX 2.3 JSON schema requires', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(SPDX_23_REQUIRED);
    const document = render();
    expect(validate(document) ? [] : validate.errors).toEqual([]);
    expect(document.spdxVersion).toBe('SPDX-2.3');
    expect(document.creationInfo.created).toBe('2026-03-04T05:06:07Z');
    expect(document.documentNamespace).toBe(
      `https://imprint.dev/spdx/127.0.0.1:5000/team/app/sha256-${'a'.repeat(64)}-fixed`,
    );
    const ids = document.packages.map((pkg) => pkg.SPDXID);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is refused by the schema check when a required field is missing (the check bites)', () => {
    const validate = new Ajv({ strict: false }).compile(SPDX_23_REQUIRED);
    const document = render() as unknown as { packages: Record<string, unknown>[] };
    delete document.packages[1]!.downloadLocation;
    expect(validate(document)).toBe(false);
    expect(validate.errors?.[0]?.message).toBe("must have required property 'downloadLocation'");
  });

  it('describes the image, which contains every package, with dependencies as DEPENDS_ON', () => {
    const document = render();
    const image = document.packages[0]!;
    expect(image).toMatchObject({
      SPDXID: 'SPDXRef-Image',
      name: '127.0.0.1:5000/team/app',
      versionInfo: DIGEST,
      primaryPackagePurpose: 'CONTAINER',
      externalRefs: [
        {
          referenceCategory: 'PACKAGE-MANAGER',
          referenceType: 'purl',
          referenceLocator: `pkg:oci/app@${DIGEST}?arch=arm64&repository_url=127.0.0.1:5000%2Fteam%2Fapp&tag=1.0`,
        },
      ],
    });
    const ms = document.packages.find((pkg) => pkg.name === 'ms')!;
    const debug = document.packages.find((pkg) => pkg.name === 'debug')!;
    expect(document.relationships).toEqual([
      {
        spdxElementId: 'SPDXRef-DOCUMENT',
        relationshipType: 'DESCRIBES',
        relatedSpdxElement: 'SPDXRef-Image',
      },
      ...document.packages.slice(1).map((pkg) => ({
        spdxElementId: 'SPDXRef-Image',
        relationshipType: 'CONTAINS',
        relatedSpdxElement: pkg.SPDXID,
      })),
      {
        spdxElementId: ms.SPDXID,
        relationshipType: 'DEPENDS_ON',
        relatedSpdxElement: debug.SPDXID,
      },
    ]);
  });

  it('carries purls, versions and licences; what a filesystem cannot show is NOASSERTION', () => {
    const document = render();
    const [, os, ms, debug, log4j] = document.packages;
    expect(os).toMatchObject({
      name: 'debian',
      versionInfo: '12',
      primaryPackagePurpose: 'OPERATING_SYSTEM',
      licenseDeclared: 'NOASSERTION',
    });
    expect(os!.externalRefs).toBeUndefined();
    expect(ms).toMatchObject({
      versionInfo: '2.1.3',
      licenseDeclared: 'MIT',
      supplier: 'NOASSERTION',
      downloadLocation: 'NOASSERTION',
      primaryPackagePurpose: 'LIBRARY',
      externalRefs: [
        {
          referenceCategory: 'PACKAGE-MANAGER',
          referenceType: 'purl',
          referenceLocator: 'pkg:npm/ms@2.1.3',
        },
      ],
    });
    expect(debug!.licenseDeclared).toBe('(MIT OR Apache-2.0) AND LicenseRef-custom-licence');
    expect(document.hasExtractedLicensingInfos).toEqual([
      {
        licenseId: 'LicenseRef-custom-licence',
        name: 'custom licence',
        extractedText: 'custom licence',
      },
    ]);
    expect(log4j).toMatchObject({
      name: 'log4j-core',
      licenseDeclared: 'NOASSERTION',
      externalRefs: [
        expect.objectContaining({
          referenceLocator: 'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1',
        }),
      ],
    });
  });

  it('joins licences into one expression, each id once', () => {
    const extracted = new Map<string, string>();
    expect(licenceExpression([{ spdxId: 'MIT' }, { spdxId: 'MIT' }], extracted)).toBe('MIT');
    expect(
      licenceExpression([{ expression: 'GPL-2.0-only WITH Classpath-exception-2.0' }], extracted),
    ).toBe('GPL-2.0-only WITH Classpath-exception-2.0');
    expect(licenceExpression([{ name: 'public domain (see COPYING)' }], extracted)).toBe(
      'LicenseRef-public-domain-see-COPYING-',
    );
    expect(licenceExpression([], extracted)).toBe('NOASSERTION');
  });

  it('gives the same document for the same catalogue, time and namespace id', () => {
    expect(render()).toEqual(render());
    expect(buildSpdx([], { image: IMAGE, now: NOW }).documentNamespace).not.toBe(
      buildSpdx([], { image: IMAGE, now: NOW }).documentNamespace,
    );
  });
});
