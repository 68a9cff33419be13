import {
  isMachineReadableCopyright,
  licencesFromCopyright,
} from '../../../../src/sbom/catalogers/debian-copyright.js';

const DEP5 = `Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: example

Files: *
Copyright: 2020 Someone
License: GPL-2+ or Artistic

Files: lib/*
License: BSD-3-clause, and Expat

Files: debian/*
License: public-domain

License: GPL-2+
 This program is free software; see /usr/share/common-licenses/GPL-2.
`;

describe('Debian copyright licences', () => {
  it('reads every License synopsis of a machine-readable file, split into single licences', () => {
    expect(isMachineReadableCopyright(DEP5)).toBe(true);
    expect(licencesFromCopyright(DEP5)).toEqual([
      { spdxId: 'GPL-2.0-or-later' },
      { name: 'Artistic' },
      { spdxId: 'BSD-3-Clause' },
      { spdxId: 'MIT' },
      { name: 'public-domain' },
    ]);
  });

  it('takes only common-licenses references from a free-form file', () => {
    const text =
      "This is the GNU C library.\nSee `/usr/share/common-licenses/LGPL-2.1'.\nand /usr/share/common-licenses/GPL-2.\nLicense: ignored here\n";
    expect(isMachineReadableCopyright(text)).toBe(false);
    expect(licencesFromCopyright(text)).toEqual([
      { spdxId: 'LGPL-2.1-only' },
      { spdxId: 'GPL-2.0-only' },
    ]);
  });

  it('finds nothing in a file that names no licence', () => {
    expect(licencesFromCopyright('Copyright 2000 nobody.\n')).toEqual([]);
  });
});
