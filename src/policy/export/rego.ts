/**
 * Rego for policy-controller attestation policies (`package sigstore`, `isCompliant`),
 * one template per rule kind, composed per attestation. The input is the in-toto
 * statement; rules read `input.predicate`. Rego cannot be run here (no OPA): these are
 * checked by golden files.
 */
import { escapeRegExp, identityPattern, anchoredRegExpSource } from '../match.js';
import { formatRange } from '../versions.js';
import type { AttestationModel, SbomModel, VulnerabilityModel } from './model.js';

const NS_PER_SECOND = 1_000_000_000n;

const str = (text: string) => JSON.stringify(text);

export function regoPolicy(model: AttestationModel, warnings: string[]): string | undefined {
  const parts: { goal: string; rules: string[] }[] = [];
  if (model.maxAgeSeconds !== undefined && model.timePath)
    parts.push(freshness(model.timePath, model.maxAgeSeconds));
  if (model.vulnerabilities) parts.push(vulnerabilities(model.vulnerabilities));
  if (model.sbom) parts.push(sbom(model.sbom, warnings));
  if (model.builderId !== undefined) parts.push(builder(model.builderId));
  if (parts.length === 0) return undefined;
  const purlHelpers =
    model.vulnerabilities?.ignores.length || model.sbom?.deniedPackages.length ? PURL_MATCHES : [];
  return [
    'package sigstore',
    '',
    'default isCompliant = false',
    '',
    'isCompliant {',
    ...parts.map((part) => `  ${part.goal}`),
    '}',
    '',
    ...parts.flatMap((part) => [...part.rules, '']),
    ...purlHelpers,
  ]
    .join('\n')
    .trimEnd()
    .concat('\n');
}

const PURL_MATCHES = [
  '# A purl names every version of the package, never a name prefix.',
  'purl_matches(purl, wanted) { purl == wanted }',
  'purl_matches(purl, wanted) { startswith(purl, concat("", [wanted, "@"])) }',
  'purl_matches(purl, wanted) { startswith(purl, concat("", [wanted, "?"])) }',
  'purl_matches(purl, wanted) { startswith(purl, concat("", [wanted, "#"])) }',
];

function freshness(path: string[], maxAgeSeconds: number) {
  const field = ['input', 'predicate', ...path].join('.');
  return {
    goal: 'fresh',
    rules: [
      'fresh {',
      `  made := time.parse_rfc3339_ns(${field})`,
      `  time.now_ns() - made <= ${BigInt(maxAgeSeconds) * NS_PER_SECOND}`,
      '}',
    ],
  };
}

function vulnerabilities(rules: VulnerabilityModel) {
  const lines = [
    'has_report { input.predicate.scanner.result.SchemaVersion == 2 }',
    '',
    'blocking[v.VulnerabilityID] {',
    '  v := input.predicate.scanner.result.Results[_].Vulnerabilities[_]',
    '  breaches(v)',
    ...(rules.ignoreUnfixed ? ['  object.get(v, "FixedVersion", "") != ""'] : []),
    '  not ignored(v)',
    '}',
    '',
    ...rules.blockingSeverities.map((severity) => `breaches(v) { v.Severity == ${str(severity)} }`),
  ];
  if (rules.maxCvss !== undefined) {
    lines.push(
      `breaches(v) { best_cvss(v) > ${rules.maxCvss} }`,
      '',
      '# The best v3 score any source gives, else the best v2.',
      'best_cvss(v) = score {',
      '  v3 := [s | s := v.CVSS[_].V3Score]',
      '  count(v3) > 0',
      '  score := max(v3)',
      '}',
      'best_cvss(v) = score {',
      '  count([s | s := v.CVSS[_].V3Score]) == 0',
      '  v2 := [s | s := v.CVSS[_].V2Score]',
      '  count(v2) > 0',
      '  score := max(v2)',
      '}',
    );
  }
  lines.push('');
  if (rules.ignores.length === 0) lines.push('ignored(v) { false }');
  for (const ignore of rules.ignores) {
    if (ignore.purls.length === 0)
      lines.push(`ignored(v) { v.VulnerabilityID == ${str(ignore.id)} }`);
    for (const purl of ignore.purls) {
      lines.push(
        `ignored(v) { v.VulnerabilityID == ${str(ignore.id)}; purl_matches(object.get(v, ["PkgIdentifier", "PURL"], ""), ${str(purl)}) }`,
      );
    }
  }
  return { goal: 'has_report\n  count(blocking) == 0', rules: lines };
}

function sbom(rules: SbomModel, warnings: string[]) {
  const lines = [
    'components[c] { c := input.predicate.components[_] }',
    'components[c] { c := input.predicate.components[_].components[_] }',
    '',
  ];
  const goals: string[] = [];
  if (rules.deniedPackages.length > 0) {
    goals.push('count(denied_packages) == 0');
    for (const deny of rules.deniedPackages) {
      lines.push(
        'denied_packages[c.purl] {',
        '  c := components[_]',
        `  purl_matches(c.purl, ${str(deny.purl)})`,
      );
      if (deny.versions !== undefined) {
        warnings.push(
          `denyPackages ${deny.purl} ${deny.versions}: Rego compares versions with semver.compare, so a version that is not full SemVer is denied`,
        );
        lines.push(
          `  version_denied(object.get(c, "version", ""), ${str(formatRange(deny.versions))})`,
        );
      }
      lines.push('}');
    }
    if (rules.deniedPackages.some((deny) => deny.versions !== undefined))
      lines.push(...VERSION_RULES);
    lines.push('');
  }
  if (rules.deniedLicenses.length > 0) {
    goals.push('count(denied_licenses) == 0');
    const ids = `{${rules.deniedLicenses.map((id) => str(id.toLowerCase())).join(', ')}}`;
    lines.push(
      `denied_ids := ${ids}`,
      'denied_licenses[id] { l := components[_].licenses[_]; id := lower(l.license.id); denied_ids[id] }',
      'denied_licenses[id] { l := components[_].licenses[_]; id := lower(l.license.name); denied_ids[id] }',
    );
    for (const id of rules.deniedLicenses) {
      const pattern = `(?i)(^|[\\s(])${escapeRegExp(id)}($|[\\s)])`;
      lines.push(
        `denied_licenses[${str(id)}] { l := components[_].licenses[_]; regex.match(${str(pattern)}, l.expression) }`,
      );
    }
  }
  return { goal: goals.join('\n  '), rules: lines };
}

const VERSION_RULES = [
  '',
  '# Each alternative (||) holds when all its comparators do; non-SemVer versions are denied.',
  'version_denied(version, range) { not semver.is_valid(version) }',
  'version_denied(version, range) {',
  '  semver.is_valid(version)',
  '  alternative := split(range, "||")[_]',
  '  comparators := [c | c := split(trim_space(alternative), " ")[_]; c != ""]',
  '  count([c | c := comparators[_]; not holds(version, c)]) == 0',
  '}',
  'holds(v, c) { startswith(c, "<="); semver.compare(v, trim_prefix(c, "<=")) <= 0 }',
  'holds(v, c) { startswith(c, ">="); semver.compare(v, trim_prefix(c, ">=")) >= 0 }',
  'holds(v, c) { startswith(c, "<"); not startswith(c, "<="); semver.compare(v, trim_prefix(c, "<")) < 0 }',
  'holds(v, c) { startswith(c, ">"); not startswith(c, ">="); semver.compare(v, trim_prefix(c, ">")) > 0 }',
  'holds(v, c) { startswith(c, "="); semver.compare(v, trim_prefix(c, "=")) == 0 }',
  'holds(v, c) { c == "*" }',
];

function builder(builderId: string) {
  const pattern = anchoredRegExpSource(identityPattern(builderId));
  return {
    goal: 'built_by_trusted_builder',
    rules: [
      'built_by_trusted_builder {',
      '  id := object.get(input.predicate, ["runDetails", "builder", "id"], object.get(input.predicate, ["builder", "id"], ""))',
      `  regex.match(${str(pattern)}, id)`,
      '}',
    ],
  };
}
