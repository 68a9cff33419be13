/**
 * rpm's sqlite database, made by Debian's rpm itself: tiny packages built with rpmbuild and
 * recorded with `rpm -i --justdb`, then compared with `rpm -qa`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSbom } from '../../../src/sbom/generate.js';
import { GZIP_LAYER, cached, fileLayer } from './support/cache.js';
import { buildRpms, recordInRpmDb, rpmIn, type TestRpm } from './support/rpm-build.js';

const PACKAGES: TestRpm[] = [
  {
    name: 'imprint-alpha',
    version: '1.2.3',
    release: '4',
    epoch: '2',
    arch: 'noarch',
    license: 'MIT AND Apache-2.0',
  },
  { name: 'imprint-beta', version: '0.9', release: '1.fc38', arch: 'x86_64', license: 'GPLv2+' },
  {
    name: 'imprint-gamma',
    version: '2024.01',
    release: '7',
    arch: 'noarch',
    license: 'BSD-3-Clause',
  },
];
const IMAGE = { name: 'localhost/imprint/fedora-like', digest: 'sha256:' + 'f'.repeat(64) };

async function rpmRoot(): Promise<{ root: string; tarball: string }> {
  const dir = await cached('rpm-sqlite-root-v2', (target) => {
    const root = join(target, 'root');
    mkdirSync(join(root, 'etc'), { recursive: true });
    writeFileSync(join(root, 'etc', 'os-release'), 'ID=fedora\nVERSION_ID=38\n');
    recordInRpmDb(root, buildRpms(target, PACKAGES));
    execFileSync('tar', ['-C', root, '-czf', join(target, 'root.tar.gz'), '.']);
  });
  return { root: join(dir, 'root'), tarball: join(dir, 'root.tar.gz') };
}

describe('rpm sqlite database', () => {
  it('lists exactly what rpm -qa lists, with epoch, version-release, arch and licence', async () => {
    const { root, tarball } = await rpmRoot();
    const truth = rpmIn(
      root,
      '-qa',
      '--qf',
      '%{NAME}\t%|EPOCH?{%{EPOCH}:}:{}|%{VERSION}-%{RELEASE}\t%{ARCH}\t%{LICENSE}\n',
    )
      .split('\n')
      .filter((line) => line !== '')
      .sort();
    expect(truth).toHaveLength(PACKAGES.length);

    const result = await generateSbom({ image: IMAGE, layers: [fileLayer(tarball, GZIP_LAYER)] });
    const rpms = result.components.filter((c) => c.ecosystem === 'rpm');
    const licenceText = (c: (typeof rpms)[number]) => {
      const l = c.licences[0]!;
      return 'spdxId' in l ? l.spdxId : 'expression' in l ? l.expression : l.name;
    };
    const ours = rpms
      .map(
        (c) => `${c.name}\t${c.version}\t${c.properties!['imprint:rpm:arch']}\t${licenceText(c)}`,
      )
      .sort();
    expect(ours).toEqual(truth);
    expect(result.warnings).toEqual([]);
    const alpha = rpms.find((c) => c.name === 'imprint-alpha')!;
    expect(alpha.purl).toBe(
      'pkg:rpm/fedora/imprint-alpha@1.2.3-4?arch=noarch&distro=fedora-38&epoch=2&upstream=imprint-alpha-1.2.3-4.src.rpm',
    );
    expect(alpha.licences).toEqual([{ expression: 'MIT AND Apache-2.0' }]);
    expect(alpha.properties).toEqual({
      'imprint:rpm:arch': 'noarch',
      'aquasecurity:trivy:SrcName': 'imprint-alpha',
      'aquasecurity:trivy:SrcVersion': '1.2.3',
      'aquasecurity:trivy:SrcRelease': '4',
      'aquasecurity:trivy:SrcEpoch': '2',
    });
    expect(rpms.find((c) => c.name === 'imprint-beta')!.licences).toEqual([{ name: 'GPLv2+' }]);
  });
});
