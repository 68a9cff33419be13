import { buildPurl, encodePurlComponent, pypiPurlName } from '../../../src/sbom/purl.js';

describe('buildPurl', () => {
  // Expected strings are the "build" vectors of package-url/purl-spec tests/types/*.json.
  it('matches the purl-spec build vectors', () => {
    expect(
      buildPurl({
        type: 'oci',
        name: 'debian',
        version: 'sha256:244fd47e07d10',
        qualifiers: { arch: 'amd64', repository_url: 'docker.io/library/debian', tag: 'latest' },
      }),
    ).toBe(
      'pkg:oci/debian@sha256:244fd47e07d10?arch=amd64&repository_url=docker.io%2Flibrary%2Fdebian&tag=latest',
    );
    expect(
      buildPurl({ type: 'npm', namespace: '@angular', name: 'animation', version: '12.3.1' }),
    ).toBe('pkg:npm/%40angular/animation@12.3.1');
  });

  it('builds the forms the SBOM uses', () => {
    expect(
      buildPurl({
        type: 'deb',
        namespace: 'debian',
        name: 'libc6',
        version: '2.36-9',
        qualifiers: { distro: 'debian-12', arch: 'amd64' },
      }),
    ).toBe('pkg:deb/debian/libc6@2.36-9?arch=amd64&distro=debian-12');
    expect(
      buildPurl({
        type: 'rpm',
        namespace: 'fedora',
        name: 'bash',
        version: '5.2.15-1.fc38',
        qualifiers: { arch: 'x86_64', distro: 'fedora-38' },
      }),
    ).toBe('pkg:rpm/fedora/bash@5.2.15-1.fc38?arch=x86_64&distro=fedora-38');
    expect(
      buildPurl({
        type: 'maven',
        namespace: 'org.apache.commons',
        name: 'commons-lang3',
        version: '3.12.0',
      }),
    ).toBe('pkg:maven/org.apache.commons/commons-lang3@3.12.0');
    expect(
      buildPurl({
        type: 'golang',
        namespace: 'github.com/docker',
        name: 'distribution',
        version: 'v2.8.2+incompatible',
      }),
    ).toBe('pkg:golang/github.com/docker/distribution@v2.8.2%2Bincompatible');
  });

  it('keeps colons, encodes +, spaces, @ and non-ASCII, and drops empty qualifiers', () => {
    expect(
      buildPurl({
        type: 'deb',
        namespace: 'debian',
        name: 'libattr1',
        version: '1:2.5.1-4',
        qualifiers: { arch: 'amd64', upstream: undefined, distro: '' },
      }),
    ).toBe('pkg:deb/debian/libattr1@1:2.5.1-4?arch=amd64');
    expect(encodePurlComponent('a b+c@d/é')).toBe('a%20b%2Bc%40d%2F%C3%A9');
  });

  it('adds a cleaned subpath and refuses a missing name or bad type', () => {
    expect(
      buildPurl({
        type: 'npm',
        name: 'core',
        version: '2.0.1',
        subpath: '/googleapis/api/annotations/',
      }),
    ).toBe('pkg:npm/core@2.0.1#googleapis/api/annotations');
    expect(() => buildPurl({ type: 'npm', name: '' })).toThrow('a purl needs a name');
    expect(() => buildPurl({ type: 'n pm', name: 'x' })).toThrow('invalid purl type "n pm"');
  });

  it('normalises PyPI names', () => {
    expect(pypiPurlName('Django_Rest')).toBe('django-rest');
  });
});
