/**
 * Our vulnerability predicate against cosign's own example
 * (sigstore/cosign test/testdata/attestations/vuln-predicate.json): the same keys at every
 * level, and filled where the example (like Trivy's cosign-vuln output) leaves them empty.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildVulnPredicate } from '../../../src/scan/predicate.js';
import { fixturesDir, readGolden } from './fixtures.js';

/** Dotted paths of every key, stopping at scanner.result (a whole report) and at non-objects. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (
    value === null ||
    typeof value !== 'object' ||
    Array.isArray(value) ||
    prefix === 'scanner.result'
  )
    return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [path, ...keyPaths(child, path)];
  });
}

function emptyLeaves(value: unknown, prefix = ''): string[] {
  if (value === null || value === '' || (Array.isArray(value) && value.length === 0))
    return [prefix];
  if (typeof value !== 'object' || Array.isArray(value) || prefix === 'scanner.result') return [];
  return Object.entries(value).flatMap(([key, child]) =>
    emptyLeaves(child, prefix ? `${prefix}.${key}` : key),
  );
}

describe('cosign vuln predicate', () => {
  const example = JSON.parse(
    readFileSync(join(fixturesDir(), 'trivy', 'cosign-vuln-predicate.example.json'), 'utf8'),
  );
  const report = readGolden('alpine-39.json.golden') as Record<string, unknown>;
  const ours = buildVulnPredicate({
    invocation: {
      uri: 'https://github.com/acme/app/actions/runs/42',
      eventId: '42',
      builderId: 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main',
    },
    parameters: ['image', '--scanners', 'vuln', '--format', 'json', 'ghcr.io/acme/app@sha256:abc'],
    scannerVersion: '0.58.1',
    db: { uri: 'mirror.gcr.io/aquasec/trivy-db:2', version: 'v2-2024112006' },
    result: report,
    startedAt: new Date('2024-11-20T08:00:00Z'),
    finishedAt: new Date('2024-11-20T08:00:41Z'),
  });

  it('has exactly the keys of cosign’s example', () => {
    expect(keyPaths(ours).sort()).toEqual(keyPaths(example).sort());
  });

  it('fills what the example leaves empty', () => {
    expect(emptyLeaves(example).length).toBeGreaterThan(0);
    expect(emptyLeaves(ours)).toEqual([]);
  });

  it('carries the Trivy report unchanged and the same timestamp form', () => {
    expect(ours.scanner.result).toBe(report);
    expect(ours.metadata.scanStartedOn.slice(0, 19)).toMatch(
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/,
    );
    expect(example.metadata.scanStartedOn.slice(0, 19)).toMatch(
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/,
    );
  });
});
