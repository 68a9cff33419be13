import {
  rpmSourceOf,
  splitDebianVersion,
  trivySourceProperties,
} from '../../../src/sbom/trivy-properties.js';

describe('rpmSourceOf', () => {
  it('splits name-version-release.src.rpm at its last two hyphens', () => {
    expect(rpmSourceOf('openssl-1.1.1k-9.el8_7.src.rpm')).toEqual({
      name: 'openssl',
      version: '1.1.1k',
      release: '9.el8_7',
    });
    expect(rpmSourceOf('python-requests-toolbelt-0.9.1-12.fc38.src.rpm')).toEqual({
      name: 'python-requests-toolbelt',
      version: '0.9.1',
      release: '12.fc38',
    });
  });

  it('reads nosrc rpms (sources not shipped) the same way', () => {
    expect(rpmSourceOf('acroread-9.5.5-1.nosrc.rpm')).toEqual({
      name: 'acroread',
      version: '9.5.5',
      release: '1',
    });
  });

  it("carries the binary's epoch, leaving out epoch 0", () => {
    expect(rpmSourceOf('openssl-1.1.1k-9.el8_7.src.rpm', 1)).toEqual({
      name: 'openssl',
      version: '1.1.1k',
      release: '9.el8_7',
      epoch: 1,
    });
    expect(rpmSourceOf('bash-5.2.15-1.fc38.src.rpm', 0)).not.toHaveProperty('epoch');
  });

  it.each([
    ['no release', 'foo-1.0.src.rpm'],
    ['a binary rpm', 'foo-1.0-1.x86_64.rpm'],
    ['not an rpm', 'foo-1.0-1.tar.gz'],
    ['no name', '-1.0-1.src.rpm'],
    ['empty', ''],
  ])('gives undefined for %s (%s)', (_what, sourceRpm) => {
    expect(rpmSourceOf(sourceRpm)).toBeUndefined();
  });
});

describe('splitDebianVersion', () => {
  it('splits epoch, upstream version and revision', () => {
    expect(splitDebianVersion('1:2.36.1-8+deb12u1')).toEqual({
      version: '2.36.1',
      release: '8+deb12u1',
      epoch: 1,
    });
    expect(splitDebianVersion('3.0.11-1~deb12u2')).toEqual({
      version: '3.0.11',
      release: '1~deb12u2',
    });
  });

  it('reads a version without a hyphen as a native package: no revision', () => {
    expect(splitDebianVersion('2023.3')).toEqual({ version: '2023.3' });
    expect(splitDebianVersion('2:1.0')).toEqual({ version: '1.0', epoch: 2 });
  });

  it('takes the revision after the last hyphen, keeping hyphens in the upstream version', () => {
    expect(splitDebianVersion('1.2-3-4')).toEqual({ version: '1.2-3', release: '4' });
    expect(splitDebianVersion('1:9.18.19-1~deb12u1-x')).toEqual({
      version: '9.18.19-1~deb12u1',
      release: 'x',
      epoch: 1,
    });
  });

  it('leaves out epoch 0', () => {
    expect(splitDebianVersion('0:1.0-1')).toEqual({ version: '1.0', release: '1' });
  });
});

describe('trivySourceProperties', () => {
  it("names every part in Trivy's taxonomy, the epoch as a string", () => {
    expect(
      trivySourceProperties({ name: 'openssl', version: '1.1.1k', release: '9.el8_7', epoch: 1 }),
    ).toEqual({
      'aquasecurity:trivy:SrcName': 'openssl',
      'aquasecurity:trivy:SrcVersion': '1.1.1k',
      'aquasecurity:trivy:SrcRelease': '9.el8_7',
      'aquasecurity:trivy:SrcEpoch': '1',
    });
  });

  it('leaves out a missing release and epoch 0', () => {
    expect(trivySourceProperties({ name: 'musl', version: '1.2.4-r2', epoch: 0 })).toEqual({
      'aquasecurity:trivy:SrcName': 'musl',
      'aquasecurity:trivy:SrcVersion': '1.2.4-r2',
    });
  });

  it('composes with the splitters', () => {
    const source = rpmSourceOf('glibc-2.28-225.el8.src.rpm', 0)!;
    expect(trivySourceProperties(source)).toEqual({
      'aquasecurity:trivy:SrcName': 'glibc',
      'aquasecurity:trivy:SrcVersion': '2.28',
      'aquasecurity:trivy:SrcRelease': '225.el8',
    });
    expect(
      trivySourceProperties({ name: 'glibc', ...splitDebianVersion('2.36-9+deb12u4') }),
    ).toEqual({
      'aquasecurity:trivy:SrcName': 'glibc',
      'aquasecurity:trivy:SrcVersion': '2.36',
      'aquasecurity:trivy:SrcRelease': '9+deb12u4',
    });
  });
});
