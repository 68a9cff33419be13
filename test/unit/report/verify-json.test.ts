import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import {
  digestsOf,
  renderVerifyReportJson,
  VERIFY_REPORT_SCHEMA,
  verifyReportJson,
} from '../../../src/report/verify-json.js';
import { VERSION } from '../../../src/version.js';
import { DIGEST, failing, passing, report } from './verify-fixtures.js';

const schema = JSON.parse(readFileSync('docs/verify-report.schema.json', 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true, strict: false });
(addFormats as unknown as { default: (a: Ajv2020) => void }).default(ajv);
const validate = ajv.compile(schema);

describe('the JSON verify report', () => {
  const sample = report([
    passing(),
    failing('ghcr.io/acme/bad:2'),
    {
      ...passing('ghcr.io/acme/unresolved:1'),
      verdict: { image: 'ghcr.io/acme/unresolved:1', outcome: 'warn', checks: [] },
    },
  ]);
  const json = verifyReportJson(sample, { policySource: 'policy.yaml', offline: true });

  it('is imprint/verify-report/v1 and validates against docs/verify-report.schema.json', () => {
    expect(json.schema).toBe(VERIFY_REPORT_SCHEMA);
    expect(json.tool).toEqual({ name: 'imprint', version: VERSION });
    const valid = validate(
      JSON.parse(renderVerifyReportJson(sample, { policySource: 'policy.yaml', offline: true })),
    );
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema rejects what breaks the contract (the check can fail)', () => {
    expect(validate({ ...json, schema: 'imprint/verify-report/v2' })).toBe(false);
    const withPredicate = structuredClone(json);
    (
      withPredicate.images[0]!.evidence!.attestations[0] as unknown as Record<string, unknown>
    ).predicate = { huge: true };
    expect(validate(withPredicate)).toBe(false);
  });

  it('counts outcomes and carries the verdict, violations, places and platforms of each image', () => {
    expect(json).toMatchObject({
      policy: { source: 'policy.yaml', mode: 'enforce' },
      offline: true,
      verified: false,
      violations: 2,
      counts: { images: 3, pass: 1, warn: 1, fail: 1 },
    });
    const bad = json.images[1]!;
    expect(bad).toMatchObject({
      reference: 'ghcr.io/acme/bad:2',
      outcome: 'fail',
      digest: DIGEST,
      violations: 2,
    });
    expect(bad.locations).toEqual([
      { file: 'deploy/app.yaml', line: 30 },
      { file: 'deploy/other.yaml', line: 4 },
    ]);
    expect(bad.platforms).toEqual([
      { platform: 'linux/arm64', digest: DIGEST, outcome: 'fail', checks: [bad.checks[0]] },
    ]);
  });

  it('digestsOf maps each resolved reference to its digest and leaves unresolved ones out', () => {
    expect(digestsOf(sample)).toEqual({
      'ghcr.io/acme/app:1.0': DIGEST,
      'ghcr.io/acme/bad:2': DIGEST,
    });
  });
});
