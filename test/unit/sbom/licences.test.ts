import {
  licenceOf,
  spdxExpressionOf,
  spdxIdOf,
  uniqueLicences,
} from '../../../src/sbom/licences.js';

describe('licences', () => {
  it('maps GNU short forms and aliases to SPDX ids', () => {
    expect(spdxIdOf('GPL-2')).toBe('GPL-2.0-only');
    expect(spdxIdOf('GPL-2+')).toBe('GPL-2.0-or-later');
    expect(spdxIdOf('GPL-2.0+')).toBe('GPL-2.0-or-later');
    expect(spdxIdOf('LGPL-2.1')).toBe('LGPL-2.1-only');
    expect(spdxIdOf('lgpl-3+')).toBe('LGPL-3.0-or-later');
    expect(spdxIdOf('AGPL-3')).toBe('AGPL-3.0-only');
    expect(spdxIdOf('GFDL-1.3+')).toBe('GFDL-1.3-or-later');
    expect(spdxIdOf('Expat')).toBe('MIT');
    expect(spdxIdOf('BSD-3-clause')).toBe('BSD-3-Clause');
    expect(spdxIdOf('apache-2.0')).toBe('Apache-2.0');
    expect(spdxIdOf('public-domain')).toBeUndefined();
    expect(spdxIdOf('GPL')).toBeUndefined();
  });

  it('validates and normalises SPDX expressions', () => {
    expect(spdxExpressionOf('MIT OR Apache-2.0')).toBe('MIT OR Apache-2.0');
    expect(spdxExpressionOf('(mit or apache-2.0) and bsd-3-clause')).toBe(
      '(MIT OR Apache-2.0) AND BSD-3-Clause',
    );
    expect(spdxExpressionOf('GPL-2.0-or-later WITH Classpath-exception-2.0')).toBe(
      'GPL-2.0-or-later WITH Classpath-exception-2.0',
    );
    expect(spdxExpressionOf('MPL-1.1+')).toBe('MPL-1.1+');
    expect(spdxExpressionOf('LicenseRef-custom AND MIT')).toBe('LicenseRef-custom AND MIT');
    expect(spdxExpressionOf('MIT BSD')).toBeUndefined();
    expect(spdxExpressionOf('MIT OR')).toBeUndefined();
    expect(spdxExpressionOf('(MIT')).toBeUndefined();
    expect(spdxExpressionOf('MIT)')).toBeUndefined();
    expect(spdxExpressionOf('')).toBeUndefined();
  });

  it('turns text into an id, an expression or a name', () => {
    expect(licenceOf('mit')).toEqual({ spdxId: 'MIT' });
    expect(licenceOf('MIT AND Zlib')).toEqual({ expression: 'MIT AND Zlib' });
    expect(licenceOf(' custom ')).toEqual({ name: 'custom' });
    expect(licenceOf('  ')).toBeUndefined();
    expect(uniqueLicences([{ spdxId: 'MIT' }, { name: 'MIT' }, { spdxId: 'MIT' }])).toEqual([
      { spdxId: 'MIT' },
      { name: 'MIT' },
    ]);
  });
});
