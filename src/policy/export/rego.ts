/**
 * Rego for policy-controller attestation policies (`package sigstore`, `isCompliant`),
 * one template per rule kind, composed per attestation. The input is the in-toto
 * statement; rules read `input.predicate`.
 *
 * Written in Rego v1 syntax under `import rego.v1`: policy-controller (through cosign) parses
 * policies as Rego v0, where that import switches the module to v1, and OPA 1.x parses v1
 * natively, so one text reads the same in both. The peers tests run `opa check --strict` in
 * both modes and `opa eval` against real predicates (test/peers/policy-matrix).
 */
import { escapeRegExp, identityPattern, anchoredRegExpSource } from '../match.js';
import { formatRange } from '../versions.js';
import type { AttestationModel, SbomModel, VulnerabilityModel } from './model.js';
import { toRe2 } from './re2.js';

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
    'import rego.v1',
    '',
    'default isCompliant := false',
    '',
    'isCompliant if {',
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
  'purl_matches(purl, wanted) if purl == wanted',
  'purl_matches(purl, wanted) if startswith(purl, concat("", [wanted, "@"]))',
  'purl_matches(purl, wanted) if startswith(purl, concat("", [wanted, "?"]))',
  'purl_matches(purl, wanted) if startswith(purl, concat("", [wanted, "#"]))',
];

function freshness(path: string[], maxAgeSeconds: number) {
  const field = ['input', 'predicate', ...path].join('.');
  return {
    goal: 'fresh',
    rules: [
      'fresh if {',
      `  made := time.parse_rfc3339_ns(${field})`,
      `  time.now_ns() - made <= ${BigInt(maxAgeSeconds) * NS_PER_SECOND}`,
      '}',
    ],
  };
}

function vulnerabilities(rules: VulnerabilityModel) {
  // maxSeverity CRITICAL without maxCvss: nothing blocks, and a `breaches` function with no
  // definition would not compile. The report must still be there.
  if (rules.blockingSeverities.length === 0 && rules.maxCvss === undefined) {
    return {
      goal: 'has_report',
      rules: ['has_report if input.predicate.scanner.result.SchemaVersion == 2'],
    };
  }
  const lines = [
    'has_report if input.predicate.scanner.result.SchemaVersion == 2',
    '',
    'blocking contains v.VulnerabilityID if {',
    '  some result in object.get(input.predicate.scanner.result, "Results", [])',
    '  some v in findings(result)',
    '  breaches(v)',
    ...(rules.ignoreUnfixed ? ['  object.get(v, "FixedVersion", "") != ""'] : []),
    ...(rules.ignores.length > 0 ? ['  not ignored(v)'] : []),
    '}',
    '',
    "# Trivy's findings, and those its --vex suppressed (--show-suppressed): no VEX signer resolved them here.",
    'findings(result) := array.concat(object.get(result, "Vulnerabilities", []), [m.Finding | some m in object.get(result, "ExperimentalModifiedFindings", []); m.Type == "vulnerability"])',
    '',
    ...rules.blockingSeverities.map((severity) => `breaches(v) if v.Severity == ${str(severity)}`),
  ];
  if (rules.maxCvss !== undefined) {
    lines.push(
      `breaches(v) if best_cvss(v) > ${rules.maxCvss}`,
      '',
      '# The best v3 score any source gives, else the best v2.',
      'best_cvss(v) := score if {',
      '  v3 := [s | s := v.CVSS[_].V3Score]',
      '  count(v3) > 0',
      '  score := max(v3)',
      '}',
      'best_cvss(v) := score if {',
      '  count([s | s := v.CVSS[_].V3Score]) == 0',
      '  v2 := [s | s := v.CVSS[_].V2Score]',
      '  count(v2) > 0',
      '  score := max(v2)',
      '}',
    );
  }
  lines.push('');
  for (const ignore of rules.ignores) {
    if (ignore.purls.length === 0)
      lines.push(`ignored(v) if v.VulnerabilityID == ${str(ignore.id)}`);
    for (const purl of ignore.purls) {
      lines.push(
        `ignored(v) if { v.VulnerabilityID == ${str(ignore.id)}; purl_matches(object.get(v, ["PkgIdentifier", "PURL"], ""), ${str(purl)}) }`,
      );
    }
  }
  return { goal: 'has_report\n  count(blocking) == 0', rules: lines };
}

function sbom(rules: SbomModel, warnings: string[]) {
  const lines = [
    'is_bom if input.predicate.bomFormat == "CycloneDX"',
    'is_bom if is_array(input.predicate.components)',
    '',
    '# Every component at any depth: paths alternate an index and "components".',
    'components contains c if {',
    '  walk(object.get(input.predicate, "components", []), [path, c])',
    '  count(path) % 2 == 1',
    '  every i, segment in path { component_step(i, segment) }',
    '}',
    'component_step(i, segment) if { i % 2 == 0; is_number(segment) }',
    'component_step(i, segment) if { i % 2 == 1; segment == "components" }',
    '',
  ];
  const goals: string[] = ['is_bom'];
  if (rules.deniedPackages.length > 0) {
    goals.push('count(denied_packages) == 0');
    for (const deny of rules.deniedPackages) {
      lines.push(
        'denied_packages contains c.purl if {',
        '  some c in components',
        `  purl_matches(c.purl, ${str(deny.purl)})`,
      );
      if (deny.versions !== undefined) {
        warnings.push(
          `denyPackages ${deny.purl} ${deny.versions}: Rego compares versions with semver.compare, so a version that is not full SemVer is denied`,
        );
        lines.push(`  version_denied(component_version(c), ${str(formatRange(deny.versions))})`);
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
      '# A licence entry names its id, else its name (as imprint verify reads it).',
      'denied_licenses contains id if {',
      '  some c in components',
      '  some l in object.get(c, "licenses", [])',
      '  id := lower(object.get(l.license, "id", object.get(l.license, "name", "")))',
      '  denied_ids[id]',
      '}',
    );
    for (const id of rules.deniedLicenses) {
      const pattern = toRe2(`(?i)(^|[\\s(])${escapeRegExp(id)}($|[\\s)])`, 'sbom.denyLicenses');
      lines.push(
        `denied_licenses contains ${str(id)} if { some c in components; some l in object.get(c, "licenses", []); regex.match(${str(pattern)}, l.expression) }`,
      );
    }
  }
  return { goal: goals.join('\n  '), rules: lines };
}

const VERSION_RULES = [
  '',
  "# The purl's version (in its last segment), else the component's version field.",
  'component_version(c) := version if {',
  '  segments := split(c.purl, "/")',
  '  found := regex.find_all_string_submatch_n("^[^@]*@([^?#]+)", segments[count(segments) - 1], 1)',
  '  version := urlquery.decode(found[0][1])',
  '}',
  'component_version(c) := object.get(c, "version", "") if {',
  '  segments := split(c.purl, "/")',
  '  not regex.match("^[^@]*@[^?#]", segments[count(segments) - 1])',
  '}',
  '',
  '# Each alternative (||) holds when all its comparators do; non-SemVer versions are denied.',
  'version_denied(version, _) if not semver.is_valid(version)',
  'version_denied(version, range) if {',
  '  semver.is_valid(version)',
  '  alternative := split(range, "||")[_]',
  '  comparators := [c | c := split(trim_space(alternative), " ")[_]; c != ""]',
  '  count([c | c := comparators[_]; not holds(version, c)]) == 0',
  '}',
  'holds(v, c) if { startswith(c, "<="); semver.compare(v, trim_prefix(c, "<=")) <= 0 }',
  'holds(v, c) if { startswith(c, ">="); semver.compare(v, trim_prefix(c, ">=")) >= 0 }',
  'holds(v, c) if { startswith(c, "<"); not startswith(c, "<="); semver.compare(v, trim_prefix(c, "<")) < 0 }',
  'holds(v, c) if { startswith(c, ">"); not startswith(c, ">="); semver.compare(v, trim_prefix(c, ">")) > 0 }',
  'holds(v, c) if { startswith(c, "="); semver.compare(v, trim_prefix(c, "=")) == 0 }',
  'holds(_, c) if c == "*"',
];

function builder(builderId: string) {
  const pattern = toRe2(anchoredRegExpSource(identityPattern(builderId)), 'provenance.builderId');
  return {
    goal: 'built_by_trusted_builder',
    rules: [
      'built_by_trusted_builder if {',
      '  id := object.get(input.predicate, ["runDetails", "builder", "id"], object.get(input.predicate, ["builder", "id"], ""))',
      `  regex.match(${str(pattern)}, id)`,
      '}',
    ],
  };
}
