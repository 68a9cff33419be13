import {
  distroOf,
  osReleaseCataloger,
  parseOsRelease,
} from '../../../../src/sbom/catalogers/os-release.js';
import type { CatalogFile } from '../../../../src/sbom/model.js';

const LAYER = 'sha256:' + '2'.repeat(64);

describe('os-release cataloger', () => {
  it('parses quoted, unquoted and escaped values and ignores comments', () => {
    const values = parseOsRelease(
      '# comment\nID=alpine\nVERSION_ID=3.18.4\nPRETTY_NAME="Alpine \\"Linux\\" v3.18"\nNAME=\'single\'\nbroken line\n',
    );
    expect(values).toEqual({
      ID: 'alpine',
      VERSION_ID: '3.18.4',
      PRETTY_NAME: 'Alpine "Linux" v3.18',
      NAME: 'single',
    });
    expect(distroOf(values)).toEqual({
      id: 'alpine',
      versionId: '3.18.4',
      prettyName: 'Alpine "Linux" v3.18',
      name: 'single',
    });
    expect(distroOf({ NAME: 'x' })).toBeUndefined();
  });

  it('prefers /etc/os-release, following its symlink, and reports the OS', async () => {
    const usrLib: CatalogFile = {
      path: 'usr/lib/os-release',
      content: Buffer.from(
        'ID=debian\nVERSION_ID="12"\nPRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\n',
      ),
      layerDigest: LAYER,
    };
    const result = await osReleaseCataloger.catalog([usrLib], {
      tempDir: '/x',
      lookup: (path) =>
        path === 'etc/os-release' || path === 'usr/lib/os-release' ? usrLib : undefined,
    });
    expect(result.distro).toEqual({
      id: 'debian',
      versionId: '12',
      prettyName: 'Debian GNU/Linux 12 (bookworm)',
    });
    expect(result.components).toEqual([
      {
        kind: 'operating-system',
        ecosystem: 'os',
        name: 'debian',
        version: '12',
        licences: [],
        location: '/usr/lib/os-release',
        layerDigest: LAYER,
        cataloger: 'os-release',
        properties: { 'imprint:os:pretty-name': 'Debian GNU/Linux 12 (bookworm)' },
      },
    ]);
  });

  it('warns when os-release has no ID', async () => {
    const file: CatalogFile = {
      path: 'etc/os-release',
      content: Buffer.from('NAME=x\n'),
      layerDigest: LAYER,
    };
    const result = await osReleaseCataloger.catalog([file], {
      tempDir: '/x',
      lookup: () => undefined,
    });
    expect(result.components).toEqual([]);
    expect(result.warnings).toEqual([
      'os-release: /etc/os-release has no ID field; the operating system is unknown',
    ]);
  });
});
