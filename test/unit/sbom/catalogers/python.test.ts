import { parseParagraphs } from '../../../../src/sbom/catalogers/control-fields.js';
import { pythonCataloger, pythonLicences } from '../../../../src/sbom/catalogers/python.js';
import type { CatalogFile } from '../../../../src/sbom/model.js';

const LAYER = 'sha256:' + 'c'.repeat(64);
const header = (text: string) => parseParagraphs(text, { firstOnly: true }).paragraphs[0]!;

describe('python cataloger', () => {
  it('wants dist-info METADATA and egg-info PKG-INFO (directory or file)', () => {
    const wants = (path: string) => pythonCataloger.wants(path, { size: 1, mode: 0o644 });
    expect(wants('usr/lib/python3/dist-packages/requests-2.31.0.dist-info/METADATA')).toBe(true);
    expect(wants('usr/lib/python3/dist-packages/six-1.16.0.egg-info/PKG-INFO')).toBe(true);
    expect(wants('usr/lib/python3/dist-packages/six-1.16.0.egg-info')).toBe(true);
    expect(wants('usr/lib/python3/dist-packages/requests-2.31.0.dist-info/RECORD')).toBe(false);
  });

  it('reads name, version and a normalised purl; stops at the description body', async () => {
    const metadata =
      'Metadata-Version: 2.1\nName: Typing_Extensions\nVersion: 4.9.0\nLicense-Expression: PSF-2.0\n\nName: not-this\nBody text: also not a field\n';
    const file: CatalogFile = {
      path: 'x/typing_extensions-4.9.0.dist-info/METADATA',
      content: Buffer.from(metadata),
      layerDigest: LAYER,
    };
    const { components, warnings } = await pythonCataloger.catalog([file], {
      tempDir: '/x',
      lookup: () => undefined,
    });
    expect(warnings).toEqual([]);
    expect(components).toEqual([
      expect.objectContaining({
        ecosystem: 'pypi',
        name: 'Typing_Extensions',
        version: '4.9.0',
        purl: 'pkg:pypi/typing-extensions@4.9.0',
        licences: [{ spdxId: 'PSF-2.0' }],
        location: '/x/typing_extensions-4.9.0.dist-info/METADATA',
      }),
    ]);
  });

  it('prefers License-Expression, then a short License, then classifiers', () => {
    expect(pythonLicences(header('License-Expression: MIT OR Apache-2.0\nLicense: BSD\n'))).toEqual(
      [{ expression: 'MIT OR Apache-2.0' }],
    );
    expect(
      pythonLicences(
        header(
          'License: Apache 2.0\nClassifier: License :: OSI Approved :: Apache Software License\n',
        ),
      ),
    ).toEqual([{ spdxId: 'Apache-2.0' }]);
    expect(
      pythonLicences(
        header(
          'License: Copyright (c) someone\n        Permission is hereby granted\nClassifier: License :: OSI Approved :: MIT License\nClassifier: Programming Language :: Python\n',
        ),
      ),
    ).toEqual([{ spdxId: 'MIT' }]);
    expect(
      pythonLicences(header('License: UNKNOWN\nClassifier: License :: OSI Approved\n')),
    ).toEqual([]);
    expect(pythonLicences(header('License: My Own Licence\n'))).toEqual([
      { name: 'My Own Licence' },
    ]);
    expect(pythonLicences(header('Classifier: License :: Other/Proprietary License\n'))).toEqual(
      [],
    );
  });

  it('warns about a metadata file without a name or version', async () => {
    const file: CatalogFile = {
      path: 'x/broken.dist-info/METADATA',
      content: Buffer.from('Metadata-Version: 2.1\nSummary: nothing\n'),
      layerDigest: LAYER,
    };
    const { components, warnings } = await pythonCataloger.catalog([file], {
      tempDir: '/x',
      lookup: () => undefined,
    });
    expect(components).toEqual([]);
    expect(warnings).toEqual([
      'python: skipped /x/broken.dist-info/METADATA: no Name or Version field',
    ]);
  });
});
