/**
 * CEL for Kyverno ImageValidatingPolicy validations over an in-toto payload
 * (`extractPayload(image, attestations.x).predicate`), one template per rule kind.
 * CEL cannot be run here: these are checked by golden files.
 */
import { anchoredRegExpSource, escapeRegExp, identityPattern } from '../match.js';
import type { AttestationModel, SbomModel, VulnerabilityModel } from './model.js';
import { toRe2 } from './re2.js';

/** A CEL string literal. */
export function celString(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

const celDouble = (n: number) => (Number.isInteger(n) ? `${n}.0` : String(n));

function purlMatches(field: string, purl: string): string {
  return [
    `${field} == ${celString(purl)}`,
    ...['@', '?', '#'].map((next) => `${field}.startsWith(${celString(purl + next)})`),
  ].join(' || ');
}

/** Expressions over `p` (the predicate) that must all be true. */
export function celConditions(
  model: AttestationModel,
  warnings: string[],
): { expression: string; message: string }[] {
  const conditions: { expression: string; message: string }[] = [];
  if (model.maxAge !== undefined) {
    warnings.push(
      `maxAge of ${model.type}: an ImageValidatingPolicy has no clock in CEL, so it is not exported there`,
    );
  }
  if (model.vulnerabilities) {
    conditions.push({
      expression: vulnerabilities(model.vulnerabilities),
      message: 'the image has vulnerabilities the policy does not allow',
    });
  }
  if (model.sbom) conditions.push(...sbom(model.sbom, warnings));
  if (model.builderId !== undefined) {
    const pattern = celString(
      toRe2(anchoredRegExpSource(identityPattern(model.builderId)), 'provenance.builderId'),
    );
    conditions.push({
      expression: `(has(p.runDetails) ? p.runDetails.builder.id : p.builder.id).matches(${pattern})`,
      message: `the image was not built by ${model.builderId}`,
    });
  }
  return conditions;
}

function vulnerabilities(rules: VulnerabilityModel): string {
  const breach: string[] = [];
  if (rules.blockingSeverities.length > 0)
    breach.push(`v.Severity in [${rules.blockingSeverities.map(celString).join(', ')}]`);
  if (rules.maxCvss !== undefined) {
    const over = (version: string) =>
      `v.CVSS.exists(s, has(v.CVSS[s].${version}) && v.CVSS[s].${version} > ${celDouble(rules.maxCvss!)})`;
    breach.push(
      `(has(v.CVSS) && (v.CVSS.exists(s, has(v.CVSS[s].V3Score)) ? ${over('V3Score')} : ${over('V2Score')}))`,
    );
  }
  let blocking = `(${breach.join(' || ')})`;
  if (rules.ignoreUnfixed) blocking += ` && has(v.FixedVersion) && v.FixedVersion != ''`;
  for (const ignore of rules.ignores) {
    const purls = ignore.purls
      .map((purl) => purlMatches('v.PkgIdentifier.PURL', purl))
      .join(' || ');
    const purlTest = purls
      ? ` && has(v.PkgIdentifier) && has(v.PkgIdentifier.PURL) && (${purls})`
      : '';
    blocking += ` && !(v.VulnerabilityID == ${celString(ignore.id)}${purlTest})`;
  }
  // What Trivy's --vex suppressed counts too: `[m.Finding].all(v, …)` judges it as `v`.
  const suppressed = `(!has(r.ExperimentalModifiedFindings) || r.ExperimentalModifiedFindings.all(m, m.Type != 'vulnerability' || [m.Finding].all(v, !(${blocking}))))`;
  return `p.scanner.result.SchemaVersion == 2 && (!has(p.scanner.result.Results) || p.scanner.result.Results.all(r, (!has(r.Vulnerabilities) || r.Vulnerabilities.all(v, !(${blocking}))) && ${suppressed}))`;
}

/** A rule over component `c`, applied to top-level components and one nested level. */
function everyComponent(rule: string): string {
  return `(!has(p.components) || p.components.all(c, (${rule}) && (!has(c.components) || c.components.all(c, ${rule}))))`;
}

function sbom(rules: SbomModel, warnings: string[]): { expression: string; message: string }[] {
  const conditions: { expression: string; message: string }[] = [];
  for (const deny of rules.deniedPackages) {
    if (deny.versions !== undefined) {
      warnings.push(
        `denyPackages ${deny.purl} ${deny.versions}: the CEL rule denies every version of it (no version comparison there)`,
      );
    }
    conditions.push({
      expression: everyComponent(`!has(c.purl) || !(${purlMatches('c.purl', deny.purl)})`),
      message: `the SBOM lists the denied package ${deny.purl}`,
    });
  }
  if (rules.deniedLicenses.length > 0) {
    const ids = `[${rules.deniedLicenses.map((id) => celString(id.toLowerCase())).join(', ')}]`;
    const token = toRe2(
      `(?i)(^|[\\s(])(${rules.deniedLicenses.map(escapeRegExp).join('|')})($|[\\s)])`,
      'sbom.denyLicenses',
    );
    const licence = [
      `!(has(l.license) && has(l.license.id) && l.license.id.lowerAscii() in ${ids})`,
      `!(has(l.license) && has(l.license.name) && l.license.name.lowerAscii() in ${ids})`,
      `!(has(l.expression) && l.expression.matches(${celString(token)}))`,
    ].join(' && ');
    conditions.push({
      expression: everyComponent(`!has(c.licenses) || c.licenses.all(l, ${licence})`),
      message: 'a component has a denied licence',
    });
  }
  return conditions;
}
