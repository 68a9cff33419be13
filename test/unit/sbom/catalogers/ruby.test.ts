import { parseGemspec, rubyCataloger } from '../../../../src/sbom/catalogers/ruby.js';
import type { CatalogFile } from '../../../../src/sbom/model.js';

const RAKE = `# -*- encoding: utf-8 -*-
# stub: rake 13.0.6 ruby lib

Gem::Specification.new do |s|
  s.name = "rake".freeze
  s.version = "13.0.6"
  s.licenses = ["MIT".freeze, 'Ruby'.freeze]
  s.summary = "Rake is a Make-like program".freeze
end
`;

describe('ruby cataloger', () => {
  it('wants installed specifications, default gems included', () => {
    const wants = (path: string) => rubyCataloger.wants(path, { size: 1, mode: 0o644 });
    expect(wants('usr/lib/ruby/gems/3.1.0/specifications/rake-13.0.6.gemspec')).toBe(true);
    expect(wants('usr/lib/ruby/gems/3.1.0/specifications/default/json-2.6.1.gemspec')).toBe(true);
    expect(wants('app/rake.gemspec')).toBe(false);
  });

  it('reads name, version and licences from the assignments RubyGems writes', () => {
    expect(parseGemspec(RAKE)).toEqual({
      name: 'rake',
      version: '13.0.6',
      licences: ['MIT', 'Ruby'],
    });
    expect(
      parseGemspec(
        'Gem::Specification.new do |spec|\n  spec.name = %q<json>\n  spec.version = Gem::Version.new("2.6.1")\n  spec.license = "Ruby"\nend\n',
      ),
    ).toEqual({
      name: 'json',
      version: '2.6.1',
      licences: ['Ruby'],
    });
  });

  it('reports gems with purls and warns about an unreadable gemspec', async () => {
    const layerDigest = 'sha256:' + 'd'.repeat(64);
    const files: CatalogFile[] = [
      {
        path: 'usr/lib/ruby/gems/3.1.0/specifications/rake-13.0.6.gemspec',
        content: Buffer.from(RAKE),
        layerDigest,
      },
      {
        path: 'usr/lib/ruby/gems/3.1.0/specifications/odd.gemspec',
        content: Buffer.from('Gem::Specification.load("x")\n'),
        layerDigest,
      },
    ];
    const { components, warnings } = await rubyCataloger.catalog(files, {
      tempDir: '/x',
      lookup: () => undefined,
    });
    expect(components.map((c) => [c.purl, c.licences])).toEqual([
      ['pkg:gem/rake@13.0.6', [{ spdxId: 'MIT' }, { spdxId: 'Ruby' }]],
    ]);
    expect(warnings).toEqual([
      'ruby: skipped /usr/lib/ruby/gems/3.1.0/specifications/odd.gemspec: no name or version assignment found',
    ]);
  });
});
