/**
 * Kyverno attestation `conditions` (JMESPath over the predicate), one template per rule
 * kind. They mirror evaluation (src/policy/rules/*) as closely as JMESPath allows; what
 * it cannot say is returned as a warning, never silently dropped.
 */
import {
  type ConditionEntry,
  isConditionGroup,
  type PolicyCondition,
} from '../conditions/condition-schema.js';
import type { AttestationModel, SbomModel, VulnerabilityModel } from './model.js';
import { kyvernoWildcard } from './identity.js';

export interface KyvernoCondition {
  key: string;
  operator: string;
  value: unknown;
  message: string;
}

/** One entry of Kyverno's `conditions` list (AnyAllConditions): every entry must hold. */
export interface KyvernoConditionBlock {
  any?: KyvernoCondition[];
  all?: KyvernoCondition[];
}

/** Top-level components and one level of nested ones (JMESPath cannot recurse). */
const COMPONENTS = '[components[], components[].components[]][]';

function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

const variable = (expression: string) => `{{ ${expression} }}`;

/** `field` equals the purl, or the purl followed by a version, qualifiers or subpath. */
function purlMatchExpression(field: string, purl: string): string {
  const value = `(${field} || '')`;
  return [
    `${value} == ${quote(purl)}`,
    ...['@', '?', '#'].map((next) => `starts_with(${value}, ${quote(purl + next)})`),
  ].join(' || ');
}

function vulnerabilityFilter(rules: VulnerabilityModel): string {
  const breach: string[] = [];
  if (rules.blockingSeverities.length > 0)
    breach.push(rules.blockingSeverities.map((s) => `Severity == ${quote(s)}`).join(' || '));
  if (rules.maxCvss !== undefined) {
    // The best v3 score any source gives, else the best v2 (src/scan/trivy-report.ts bestCvss).
    breach.push(
      `(max(CVSS.*.V3Score || \`[]\`) || max(CVSS.*.V2Score || \`[]\`)) > \`${rules.maxCvss}\``,
    );
  }
  let filter = `(${breach.join(' || ') || 'false'})`;
  if (rules.ignoreUnfixed) filter += ' && FixedVersion';
  for (const ignore of rules.ignores) {
    const purls = ignore.purls
      .map((purl) => purlMatchExpression('PkgIdentifier.PURL', purl))
      .join(' || ');
    filter += ` && !(VulnerabilityID == ${quote(ignore.id)}${purls ? ` && (${purls})` : ''})`;
  }
  return filter;
}

export function jmespathConditions(
  model: AttestationModel,
  warnings: string[],
): KyvernoCondition[] {
  const conditions: KyvernoCondition[] = [];
  if (model.maxAgeSeconds !== undefined && model.timePath) {
    conditions.push({
      key: variable(`time_since('', '${variable(model.timePath.join('.'))}', '')`),
      operator: 'DurationLessThanOrEquals',
      value: model.maxAge,
      message: `the ${model.type} attestation is older than ${model.maxAge}`,
    });
  }
  if (model.vulnerabilities) conditions.push(...vulnerabilityConditions(model.vulnerabilities));
  if (model.sbom) conditions.push(...sbomConditions(model.sbom, warnings));
  if (model.builderId !== undefined) {
    const pattern = kyvernoWildcard({
      kind: model.builderId.includes('*') ? 'glob' : 'exact',
      value: model.builderId,
    });
    if (pattern.broadened)
      warnings.push(
        `provenance.builderId ${model.builderId}: Kyverno's * also matches "/", so the exported condition is broader`,
      );
    conditions.push({
      key: variable('runDetails.builder.id || builder.id'),
      operator: 'Equals',
      value: pattern.wildcard,
      message: `the image was not built by ${model.builderId}`,
    });
  }
  return conditions;
}

/**
 * Kyverno's `conditions` for the rule: what imprint derives from the rule plus the policy's own
 * plain conditions in one `all` block, then each of the policy's any/all groups as a block of
 * its own, as Kyverno evaluates them (every block must hold).
 */
export function kyvernoConditionBlocks(
  model: AttestationModel,
  warnings: string[],
): KyvernoConditionBlock[] {
  const own = model.conditions ?? [];
  const plain = [...jmespathConditions(model, warnings), ...ownPlainConditions(model, own)];
  const blocks: KyvernoConditionBlock[] = plain.length > 0 ? [{ all: plain }] : [];
  own.forEach((entry, index) => {
    if (!isConditionGroup(entry)) return;
    const block: KyvernoConditionBlock = {};
    if (entry.all) block.all = entry.all.map((member) => exported(model, member, index));
    if (entry.any) block.any = entry.any.map((member) => exported(model, member, index));
    blocks.push(block);
  });
  return blocks;
}

/**
 * The policy's own conditions are Kyverno's already: exported as written. The default message
 * never repeats the key: Kyverno substitutes `{{ }}` in messages too, and would fail on it.
 */
function ownPlainConditions(
  model: AttestationModel,
  entries: readonly ConditionEntry[],
): KyvernoCondition[] {
  return entries.flatMap((entry, index) =>
    isConditionGroup(entry) ? [] : [exported(model, entry, index)],
  );
}

function exported(
  model: AttestationModel,
  condition: PolicyCondition,
  index: number,
): KyvernoCondition {
  return {
    key: condition.key,
    operator: condition.operator,
    value: condition.value,
    message:
      condition.message ??
      `the ${model.type} attestation does not meet its condition ${index + 1} (${condition.operator} ${JSON.stringify(condition.value)})`,
  };
}

/**
 * Every finding of the report: those Trivy listed, and those its --vex suppressed (kept aside by
 * --show-suppressed), which no VEX signer the cluster could check has resolved. Each side falls
 * back to an empty list: a null must never reach a filter whose negations it would satisfy.
 */
const EVERY_VULNERABILITY =
  "[scanner.result.Results[].Vulnerabilities[] || `[]`, (scanner.result.Results[].ExperimentalModifiedFindings[] | [?Type=='vulnerability'].Finding) || `[]`][]";

function vulnerabilityConditions(rules: VulnerabilityModel): KyvernoCondition[] {
  return [
    {
      key: variable('scanner.result.SchemaVersion || `0`'),
      operator: 'Equals',
      value: 2,
      message: 'the vulnerability attestation carries no Trivy JSON report (scanner.result)',
    },
    {
      key: variable(
        `length((${EVERY_VULNERABILITY} | [?${vulnerabilityFilter(rules)}]) || \`[]\`)`,
      ),
      operator: 'Equals',
      value: 0,
      message: 'the image has vulnerabilities the policy does not allow',
    },
  ];
}

function sbomConditions(rules: SbomModel, warnings: string[]): KyvernoCondition[] {
  const conditions: KyvernoCondition[] = [];
  for (const deny of rules.deniedPackages) {
    if (deny.versions !== undefined) {
      warnings.push(
        `denyPackages ${deny.purl} ${deny.versions}: JMESPath cannot compare versions, so the Kyverno condition denies every version of it`,
      );
    }
    conditions.push({
      key: variable(
        `length((${COMPONENTS} | [?${purlMatchExpression('purl', deny.purl)}]) || \`[]\`)`,
      ),
      operator: 'Equals',
      value: 0,
      message: `the SBOM lists the denied package ${deny.purl}`,
    });
  }
  if (rules.deniedLicenses.length > 0) {
    const denied = rules.deniedLicenses;
    conditions.push(
      {
        key: variable(`${COMPONENTS} | [].licenses[].license.id`),
        operator: 'AllNotIn',
        value: denied,
        message: 'a component has a denied licence',
      },
      {
        key: variable(`${COMPONENTS} | [].licenses[].license.name`),
        operator: 'AllNotIn',
        value: denied,
        message: 'a component has a denied licence',
      },
      {
        key: variable(
          `length((${COMPONENTS} | [].licenses[].expression | [?${denied.map((id) => `contains(@, ${quote(id)})`).join(' || ')}]) || \`[]\`)`,
        ),
        operator: 'Equals',
        value: 0,
        message: 'a component has a licence expression naming a denied licence',
      },
    );
    warnings.push(
      'denyLicenses in Kyverno: ids compare case-sensitively, and expressions by substring (GPL-3.0-only also matches LGPL-3.0-only)',
    );
  }
  return conditions;
}
