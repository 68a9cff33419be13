import { canonicalPurl, parsePurl, PurlError } from '../../../src/sbom/purl-parse.js';

describe('parsePurl', () => {
  // Vectors from package-url/purl-spec's test suite (canonical forms).
  it.each([
    ['pkg:maven/org.apache.commons/io@1.3.4', 'pkg:maven/org.apache.commons/io@1.3.4'],
    ['pkg:npm/%40angular/animation@12.3.1', 'pkg:npm/%40angular/animation@12.3.1'],
    ['pkg:npm/@angular/animation@12.3.1', 'pkg:npm/%40angular/animation@12.3.1'],
    ['pkg:PYPI/Django_package@1.11.1.dev1', 'pkg:pypi/django-package@1.11.1.dev1'],
    [
      'pkg:GitHub/Package-URL/Purl-Spec@244fd47e07d1004',
      'pkg:github/package-url/purl-spec@244fd47e07d1004',
    ],
    [
      'pkg:golang/github.com/Gorilla/Context@234fd47e07d1004f0aed9c',
      'pkg:golang/github.com/Gorilla/Context@234fd47e07d1004f0aed9c',
    ],
    [
      'pkg:deb/debian/curl@7.50.3-1?distro=jessie&arch=i386',
      'pkg:deb/debian/curl@7.50.3-1?arch=i386&distro=jessie',
    ],
    ['pkg://npm/foobar@12.3.1', 'pkg:npm/foobar@12.3.1'],
    ['pkg:rpm/Fedora/curl@7.50.3-1.fc25?Arch=i386', 'pkg:rpm/fedora/curl@7.50.3-1.fc25?arch=i386'],
    [
      'pkg:golang/google.golang.org/genproto#googleapis/api/annotations',
      'pkg:golang/google.golang.org/genproto#googleapis/api/annotations',
    ],
    ['pkg:npm/foo@1.0.0?empty=&a=b#./x/../y', 'pkg:npm/foo@1.0.0?a=b#x/y'],
  ])('%s → %s', (input, canonical) => {
    expect(canonicalPurl(input)).toBe(canonical);
  });

  it('splits namespace, name, version, qualifiers and subpath, decoded', () => {
    expect(parsePurl('pkg:npm/%40babel/traverse@7.22.0?vcs_url=git%2Bhttps%3A%2F%2Fx#lib')).toEqual(
      {
        type: 'npm',
        namespace: '@babel',
        name: 'traverse',
        version: '7.22.0',
        qualifiers: { vcs_url: 'git+https://x' },
        subpath: 'lib',
      },
    );
  });

  it.each([
    ['npm/lodash', 'it must start with "pkg:"'],
    ['pkg:lodash', 'it needs a type and a name (pkg:type/name)'],
    ['pkg:npm/', 'it needs a type and a name (pkg:type/name)'],
    ['pkg:1npm/lodash', '"1npm" is not a valid type'],
    ['pkg:npm/@1.0', 'it has no name'],
    ['pkg:npm/lod%ZZash', '"lod%ZZash" is not valid percent-encoded UTF-8'],
    ['pkg:npm/%C3%28', '"%C3%28" is not valid percent-encoded UTF-8'],
    ['pkg:npm/a?arch', 'qualifier "arch" is not key=value'],
    ['pkg:npm/a?1x=y', '"1x" is not a valid qualifier key'],
    ['pkg:npm/a?x=1&X=2', 'qualifier "x" is given twice'],
  ])('refuses %s: %s', (input, reason) => {
    expect(() => parsePurl(input)).toThrow(new PurlError(input, reason));
    expect(() => parsePurl(input)).toThrow(`${input} is not a valid package URL: ${reason}`);
  });
});
