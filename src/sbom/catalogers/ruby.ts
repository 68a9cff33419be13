/**
 * Ruby gems from installed specifications (`…/specifications/*.gemspec`, including the
 * `default/` gems that ship with Ruby). These files are Ruby code that RubyGems writes in a
 * fixed shape (`s.name = "rake".freeze`), so the few fields needed are read by pattern, never
 * evaluated.
 */
import { licenceOf, uniqueLicences } from '../licences.js';
import type { Cataloger, CatalogFile, CatalogResult, Component, Licence } from '../model.js';
import { displayPath } from '../paths.js';
import { buildPurl } from '../purl.js';

const GEMSPEC = /(?:^|\/)specifications\/(?:default\/)?[^/]+\.gemspec$/;
const STRING = String.raw`(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|%q[<({\[]([^>)}\]]*)[>)}\]])`;

export interface Gemspec {
  name?: string;
  version?: string;
  licences: string[];
}

/** Reads `<var>.name`, `<var>.version`, `<var>.license(s)` assignments from a gemspec. */
export function parseGemspec(text: string): Gemspec {
  const assigned = (attribute: string): string | undefined => {
    const match = new RegExp(
      String.raw`^\s*\w+\.${attribute}\s*=\s*(?:Gem::Version\.new\()?${STRING}`,
      'm',
    ).exec(text);
    return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
  };
  const licences: string[] = [];
  const list = /^\s*\w+\.licenses\s*=\s*\[([^\]]*)\]/m.exec(text);
  if (list) {
    for (const item of list[1]!.matchAll(new RegExp(STRING, 'g')))
      licences.push(item[1] ?? item[2] ?? item[3] ?? '');
  }
  const single = assigned('license');
  if (single) licences.push(single);
  const spec: Gemspec = { licences: licences.filter((licence) => licence !== '') };
  const name = assigned('name');
  const version = assigned('version');
  if (name) spec.name = name;
  if (version) spec.version = version;
  return spec;
}

export const rubyCataloger: Cataloger = {
  name: 'ruby',
  wants: (path) => GEMSPEC.test(path),
  catalog(files: CatalogFile[]): CatalogResult {
    const warnings: string[] = [];
    const components: Component[] = [];
    for (const file of files) {
      const spec = parseGemspec(file.content.toString('utf8'));
      if (!spec.name || !spec.version) {
        warnings.push(
          `ruby: skipped ${displayPath(file.path)}: no name or version assignment found`,
        );
        continue;
      }
      components.push({
        kind: 'library',
        ecosystem: 'gem',
        name: spec.name,
        version: spec.version,
        purl: buildPurl({ type: 'gem', name: spec.name, version: spec.version }),
        licences: uniqueLicences(
          spec.licences
            .map(licenceOf)
            .filter((licence): licence is Licence => licence !== undefined),
        ),
        location: displayPath(file.path),
        layerDigest: file.layerDigest,
        cataloger: 'ruby',
      });
    }
    return { components, warnings };
  },
};
