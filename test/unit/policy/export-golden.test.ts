/**
 * Exported YAML compared byte for byte with reviewed golden files in test/fixtures/policy.
 * Rego and CEL cannot be evaluated here (no OPA, no CEL engine): these goldens are their check.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type ExportTarget,
  EXPORT_TARGETS,
  exportPolicy,
} from '../../../src/policy/export/index.js';
import { parsePolicy } from '../../../src/policy/load.js';

const DIR = fileURLToPath(new URL('../../fixtures/policy/', import.meta.url));
const NOW = new Date('2026-06-01T12:00:00Z');
const POLICIES = ['release', 'gitlab-minimal', 'audit-two-signers'];

function exportFixture(name: string, target: ExportTarget) {
  const policy = parsePolicy(readFileSync(`${DIR}${name}.yaml`, 'utf8'), `${name}.yaml`);
  return exportPolicy(policy, target, {
    now: NOW,
    source: `${name}.yaml`,
    publicKeys: { './cosign.pub': readFileSync(`${DIR}cosign.pub`, 'utf8') },
  });
}

describe('exported policies match their golden files', () => {
  const cases = POLICIES.flatMap((name) => EXPORT_TARGETS.map((target) => [name, target] as const));
  it.each(cases)('%s → %s', (name, target) => {
    const golden = readFileSync(`${DIR}${name}.${target}.yaml.golden`, 'utf8');
    expect(exportFixture(name, target).yaml).toBe(golden);
  });

  it('is deterministic', () => {
    expect(exportFixture('release', 'kyverno').yaml).toBe(exportFixture('release', 'kyverno').yaml);
  });
});
