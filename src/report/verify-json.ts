/**
 * The verify report as JSON: `imprint/verify-report/v1`, documented in docs/verify-report.md.
 * Versioned because other tools read it: a field is only ever added within v1; renaming or
 * removing one makes v2. Pure.
 */
import type { SourceLocation } from '../ci/log.js';
import type { CheckResult, ImageVerdict, VerdictOutcome } from '../policy/verdict.js';
import type { EvidenceSummary, ImageResult, VerifyReport } from '../verify/model.js';
import { VERSION } from '../version.js';

export const VERIFY_REPORT_SCHEMA = 'imprint/verify-report/v1';

export interface VerifyReportMeta {
  /** The policy file, or "flags" when the quick-start flags made the policy. */
  policySource: string;
  offline: boolean;
}

export interface PlatformJson {
  platform?: string;
  digest?: string;
  outcome: VerdictOutcome;
  checks: CheckResult[];
}

export interface ImageJson {
  reference: string;
  outcome: VerdictOutcome;
  digest?: string;
  violations: number;
  locations: SourceLocation[];
  checks: CheckResult[];
  platforms: PlatformJson[];
  evidence?: EvidenceSummary;
}

export interface VerifyReportJson {
  schema: typeof VERIFY_REPORT_SCHEMA;
  tool: { name: 'imprint'; version: string };
  startedAt: string;
  durationMs: number;
  policy: { source: string; mode: 'enforce' | 'warn' };
  offline: boolean;
  verified: boolean;
  violations: number;
  counts: { images: number; pass: number; warn: number; fail: number };
  images: ImageJson[];
}

export function verifyReportJson(report: VerifyReport, meta: VerifyReportMeta): VerifyReportJson {
  const outcomes = report.images.map((image) => image.verdict.outcome);
  return {
    schema: VERIFY_REPORT_SCHEMA,
    tool: { name: 'imprint', version: VERSION },
    startedAt: report.startedAt,
    durationMs: report.durationMs,
    policy: { source: meta.policySource, mode: report.mode },
    offline: meta.offline,
    verified: report.verified,
    violations: report.violations,
    counts: {
      images: report.images.length,
      pass: outcomes.filter((o) => o === 'pass').length,
      warn: outcomes.filter((o) => o === 'warn').length,
      fail: outcomes.filter((o) => o === 'fail').length,
    },
    images: report.images.map(imageJson),
  };
}

export function renderVerifyReportJson(report: VerifyReport, meta: VerifyReportMeta): string {
  return `${JSON.stringify(verifyReportJson(report, meta), null, 2)}\n`;
}

/** image reference → resolved digest, for the `digests` output (unresolved images left out). */
export function digestsOf(report: VerifyReport): Record<string, string> {
  const digests: Record<string, string> = {};
  for (const image of report.images) {
    if (image.verdict.digest !== undefined) digests[image.reference] = image.verdict.digest;
  }
  return digests;
}

function imageJson(image: ImageResult): ImageJson {
  const { verdict } = image;
  const json: ImageJson = {
    reference: image.reference,
    outcome: verdict.outcome,
    violations: image.violations,
    locations: image.locations,
    checks: verdict.checks,
    platforms: (verdict.platforms ?? []).map(platformJson),
  };
  if (verdict.digest !== undefined) json.digest = verdict.digest;
  if (image.evidence !== undefined) json.evidence = image.evidence;
  return json;
}

function platformJson(verdict: ImageVerdict): PlatformJson {
  const json: PlatformJson = { outcome: verdict.outcome, checks: verdict.checks };
  if (verdict.platform !== undefined) json.platform = verdict.platform;
  if (verdict.digest !== undefined) json.digest = verdict.digest;
  return json;
}
