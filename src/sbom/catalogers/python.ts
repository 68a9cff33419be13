/**
 * Python distributions from their core metadata: `*.dist-info/METADATA` (wheels, pip) and
 * `*.egg-info/PKG-INFO` or a bare `*.egg-info` file (setuptools, Debian's python3-* packages).
 * Licences, in order of precision: `License-Expression` (PEP 639), `License` when it is a
 * short SPDX-like value, then `Classifier: License :: …` trove classifiers.
 */
import { licenceOf, spdxIdOf, uniqueLicences } from '../licences.js';
import type { Cataloger, CatalogFile, CatalogResult, Component, Licence } from '../model.js';
import { displayPath } from '../paths.js';
import { buildPurl, pypiPurlName } from '../purl.js';
import { field, parseParagraphs, type Paragraph } from './control-fields.js';

const METADATA = /(?:^|\/)[^/]+\.dist-info\/METADATA$/;
const PKG_INFO = /(?:^|\/)[^/]+\.egg-info(?:\/PKG-INFO)?$/;

/** Trove classifiers whose meaning is one SPDX licence (the common ones). */
const CLASSIFIER_LICENCES: Readonly<Record<string, string>> = {
  'MIT License': 'MIT',
  'Apache Software License': 'Apache-2.0',
  'BSD License': 'BSD-3-Clause',
  'ISC License (ISCL)': 'ISC',
  'Mozilla Public License 2.0 (MPL 2.0)': 'MPL-2.0',
  'GNU General Public License v2 (GPLv2)': 'GPL-2.0-only',
  'GNU General Public License v2 or later (GPLv2+)': 'GPL-2.0-or-later',
  'GNU General Public License v3 (GPLv3)': 'GPL-3.0-only',
  'GNU General Public License v3 or later (GPLv3+)': 'GPL-3.0-or-later',
  'GNU Lesser General Public License v2 (LGPLv2)': 'LGPL-2.0-only',
  'GNU Lesser General Public License v2 or later (LGPLv2+)': 'LGPL-2.0-or-later',
  'GNU Lesser General Public License v3 (LGPLv3)': 'LGPL-3.0-only',
  'GNU Lesser General Public License v3 or later (LGPLv3+)': 'LGPL-3.0-or-later',
  'Python Software Foundation License': 'PSF-2.0',
  'The Unlicense (Unlicense)': 'Unlicense',
  'Academic Free License (AFL)': 'AFL-3.0',
  'Zope Public License': 'ZPL-2.1',
};

export const pythonCataloger: Cataloger = {
  name: 'python',
  wants: (path) => METADATA.test(path) || PKG_INFO.test(path),
  catalog(files: CatalogFile[]): CatalogResult {
    const warnings: string[] = [];
    const components: Component[] = [];
    for (const file of files) {
      const { paragraphs, problems } = parseParagraphs(file.content.toString('utf8'), {
        firstOnly: true,
      });
      const header = paragraphs[0];
      const name = header && field(header, 'Name');
      const version = header && field(header, 'Version');
      if (!header || !name || !version) {
        const why = problems[0]
          ? `line ${problems[0].line}: ${problems[0].message}`
          : 'no Name or Version field';
        warnings.push(`python: skipped ${displayPath(file.path)}: ${why}`);
        continue;
      }
      components.push({
        kind: 'library',
        ecosystem: 'pypi',
        name,
        version,
        purl: buildPurl({ type: 'pypi', name: pypiPurlName(name), version }),
        licences: pythonLicences(header),
        location: displayPath(file.path),
        layerDigest: file.layerDigest,
        cataloger: 'python',
      });
    }
    return { components, warnings };
  },
};

export function pythonLicences(header: Paragraph): Licence[] {
  const expression = field(header, 'License-Expression');
  if (expression) return [licenceOf(expression)].filter((licence) => licence !== undefined);
  const fromClassifiers = (header.fields.get('classifier') ?? [])
    .filter((classifier) => classifier.startsWith('License ::'))
    .map(classifierLicence)
    .filter((licence) => licence !== undefined);
  const license = field(header, 'License')?.trim();
  // `License` often holds the whole licence text; only a short value names a licence.
  const fromField =
    license && license !== 'UNKNOWN' && !license.includes('\n') && license.length <= 64
      ? licenceOf(license)
      : undefined;
  if (fromField && !('name' in fromField)) return uniqueLicences([fromField, ...fromClassifiers]);
  if (fromClassifiers.length > 0) return uniqueLicences(fromClassifiers);
  return fromField ? [fromField] : [];
}

function classifierLicence(classifier: string): Licence | undefined {
  const last = classifier.split('::').pop()!.trim();
  if (last === 'OSI Approved' || last === 'Other/Proprietary License') return undefined;
  const id = CLASSIFIER_LICENCES[last] ?? spdxIdOf(last);
  return id ? { spdxId: id } : { name: last };
}
