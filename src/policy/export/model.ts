/**
 * The policy, settled at export time: expiries decided against `now` (a cluster policy
 * cannot know today's date), thresholds turned into the lists a template needs. Every
 * exporter renders from this one model, so the three targets agree with each other.
 */
import {
  describesPlatformImage,
  PREDICATE_CYCLONEDX,
  PREDICATE_CYCLONEDX_SCHEMA,
  PREDICATE_SLSA_V02,
  PREDICATE_SLSA_V1,
  PREDICATE_VULN,
} from '../../attest/predicate-types.js';
import { thresholdFromMaxSeverity } from '../../scan/gate.js';
import { SEVERITIES, type Severity, severityRank } from '../../scan/model.js';
import { isExpired } from '../dates.js';
import { parseDuration } from '../duration.js';
import type { ConditionEntry } from '../conditions/condition-schema.js';
import type { AttestationRule, Policy, PolicyException } from '../schema.js';

export interface ActiveIgnore {
  id: string;
  purls: string[];
}

export interface VulnerabilityModel {
  /** Severities that block (at or above the threshold). */
  blockingSeverities: Severity[];
  maxCvss?: number;
  /** Findings without a fixed version never block. */
  ignoreUnfixed: boolean;
  ignores: ActiveIgnore[];
}

export interface SbomModel {
  deniedPackages: { purl: string; versions?: string }[];
  deniedLicenses: string[];
}

export interface AttestationModel {
  type: string;
  maxAgeSeconds?: number;
  maxAge?: string;
  /** Where the predicate keeps its own time, for rules that can only read the predicate. */
  timePath?: string[];
  vulnerabilities?: VulnerabilityModel;
  sbom?: SbomModel;
  builderId?: string;
  /** The policy's own JMESPath conditions and any/all groups, in Kyverno's shape. */
  conditions?: ConditionEntry[];
}

export interface ExportModel {
  policy: Policy;
  attestations: AttestationModel[];
  activeExceptions: PolicyException[];
  /** Notes for the header comment: what was decided at export time. */
  notes: string[];
  warnings: string[];
}

const PREDICATE_TIME_PATHS: Record<string, string[]> = {
  [PREDICATE_VULN]: ['metadata', 'scanFinishedOn'],
  [PREDICATE_CYCLONEDX]: ['metadata', 'timestamp'],
  [PREDICATE_CYCLONEDX_SCHEMA]: ['metadata', 'timestamp'],
  [PREDICATE_SLSA_V1]: ['runDetails', 'metadata', 'finishedOn'],
  [PREDICATE_SLSA_V02]: ['metadata', 'buildFinishedOn'],
};

export function buildExportModel(policy: Policy, now: Date): ExportModel {
  const notes: string[] = [];
  const warnings: string[] = [];
  const today = now.toISOString().slice(0, 10);
  const activeExceptions: PolicyException[] = [];
  for (const exception of policy.exceptions) {
    if (isExpired(exception.expires, now)) {
      notes.push(
        `exception for ${exception.image} expired on ${exception.expires} (${exception.reason}): dropped`,
      );
    } else {
      activeExceptions.push(exception);
      notes.push(
        `exception for ${exception.image} until ${exception.expires} (${exception.reason}): export again after that date to drop it`,
      );
      warnings.push(
        `the exported policy keeps the exception for ${exception.image} past ${exception.expires}: a cluster policy cannot know the date, so export again then`,
      );
    }
  }
  const attestations = policy.attestations.map((rule) =>
    attestationModel(rule, now, notes, warnings),
  );
  if (notes.length > 0) notes.unshift(`Decided when exporting on ${today}:`);
  return { policy, attestations, activeExceptions, notes, warnings };
}

function attestationModel(
  rule: AttestationRule,
  now: Date,
  notes: string[],
  warnings: string[],
): AttestationModel {
  const model: AttestationModel = { type: rule.type };
  if (rule.maxAge !== undefined) addMaxAge(model, rule.maxAge, notes, warnings);
  if (describesPlatformImage(rule.type)) {
    warnings.push(
      `attestation ${rule.type} on a multi-platform index: imprint verify judges each platform's own attestation, a cluster only the digest the pod names, so it denies an index that carries none itself (stricter, never looser)`,
    );
  }
  if (rule.vulnerabilities)
    model.vulnerabilities = vulnerabilitiesModel(rule.vulnerabilities, now, notes, warnings);
  if (rule.sbom) {
    const sbom = sbomModel(rule.type, rule.sbom, warnings);
    if (sbom) model.sbom = sbom;
  }
  if (rule.provenance) model.builderId = rule.provenance.builderId;
  return withConditions(model, rule);
}

function withConditions(model: AttestationModel, rule: AttestationRule): AttestationModel {
  return rule.conditions?.length ? { ...model, conditions: rule.conditions } : model;
}

/**
 * The warning for a target that cannot run JMESPath (CEL, Rego): the conditions are left out,
 * so the exported policy only requires the attestation, and says so.
 */
export function conditionsNotExported(
  model: AttestationModel,
  target: string,
  warnings: string[],
): void {
  if (!model.conditions?.length) return;
  warnings.push(
    `conditions on ${model.type} are not exported to ${target}: it cannot evaluate JMESPath, so the exported policy requires the attestation without judging its predicate (imprint verify and the Kyverno ClusterPolicy judge them)`,
  );
}

/** maxAge reads a time field of the predicate; a type without one is left out, with a warning. */
function addMaxAge(
  model: AttestationModel,
  maxAge: string,
  notes: string[],
  warnings: string[],
): void {
  model.maxAge = maxAge;
  model.maxAgeSeconds = Math.round(parseDuration(maxAge)! / 1000);
  const path = PREDICATE_TIME_PATHS[model.type];
  if (path) {
    model.timePath = path;
    notes.push(
      `maxAge of ${model.type} reads the predicate's ${path.join('.')} (imprint verify uses the signing time)`,
    );
  } else {
    warnings.push(
      `maxAge of ${model.type} is not exported: the predicate has no known time field a cluster policy could read`,
    );
  }
}

/** Severities that block, and the ignore entries still in force on the export date. */
function vulnerabilitiesModel(
  rules: NonNullable<AttestationRule['vulnerabilities']>,
  now: Date,
  notes: string[],
  warnings: string[],
): VulnerabilityModel {
  const threshold =
    rules.maxSeverity !== undefined ? thresholdFromMaxSeverity(rules.maxSeverity) : 'NONE';
  if (rules.vex !== undefined) {
    warnings.push(
      'vulnerabilities.vex is not exported: a cluster policy cannot weigh one attestation (VEX) against another (the scan), so no VEX resolves a finding there, and a finding the scanner suppressed by VEX (Trivy --vex) counts as any other (stricter than imprint verify, which judges VEX by its signers)',
    );
  }
  const ignores: ActiveIgnore[] = [];
  for (const entry of rules.ignore) {
    if (entry.expires !== undefined && isExpired(entry.expires, now)) {
      notes.push(`ignore entry ${entry.id} expired on ${entry.expires}: dropped`);
      continue;
    }
    ignores.push({ id: entry.id, purls: entry.purls ?? [] });
    if (entry.expires !== undefined) {
      notes.push(
        `ignore entry ${entry.id} until ${entry.expires}: export again after that date to drop it`,
      );
      warnings.push(
        `the exported policy keeps ignoring ${entry.id} past ${entry.expires}: export again then`,
      );
    }
  }
  return {
    blockingSeverities:
      threshold === 'NONE'
        ? []
        : SEVERITIES.filter((s) => severityRank(s) >= severityRank(threshold)),
    ...(rules.maxCvss !== undefined ? { maxCvss: rules.maxCvss } : {}),
    ignoreUnfixed: rules.ignoreUnfixed,
    ignores,
  };
}

/**
 * The exported checks read CycloneDX `components`; on an SPDX document they would find none
 * and pass, so SBOM rules on other types are left out (with a warning) rather than exported hollow.
 */
function sbomModel(
  type: string,
  rules: NonNullable<AttestationRule['sbom']>,
  warnings: string[],
): SbomModel | undefined {
  if (type !== PREDICATE_CYCLONEDX && type !== PREDICATE_CYCLONEDX_SCHEMA) {
    warnings.push(
      `sbom rules on ${type} are not exported: cluster policies read CycloneDX components only (imprint verify judges them)`,
    );
    return undefined;
  }
  return {
    deniedPackages: rules.denyPackages.map((deny) =>
      deny.versions !== undefined
        ? { purl: deny.purl, versions: deny.versions }
        : { purl: deny.purl },
    ),
    deniedLicenses: rules.denyLicenses,
  };
}

/** A Kubernetes object name (RFC 1123 label) from a file name or a given name. */
export function resourceName(source: string | undefined, fallback = 'imprint-policy'): string {
  const base = (source ?? '').replace(/^.*[\\/]/, '').replace(/\.(ya?ml|json)$/i, '');
  const name = base
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63);
  return name === '' ? fallback : name;
}
