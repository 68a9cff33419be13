import { ImprintError } from '../../../src/errors.js';
import { type VulnPredicateInput, buildVulnPredicate } from '../../../src/scan/predicate.js';

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function input(overrides: Partial<VulnPredicateInput> = {}): VulnPredicateInput {
  return {
    invocation: {
      uri: 'https://github.com/acme/app/actions/runs/1234',
      eventId: '1234',
      builderId: 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main',
    },
    parameters: ['image', '--format', 'json', 'ghcr.io/acme/app@sha256:abc'],
    scannerVersion: '0.58.1',
    db: { uri: 'mirror.gcr.io/aquasec/trivy-db:2', version: 'v2-2024112006' },
    result: { SchemaVersion: 2, ArtifactName: 'ghcr.io/acme/app@sha256:abc', Results: [] },
    startedAt: new Date('2024-11-20T08:00:00Z'),
    finishedAt: new Date('2024-11-20T08:01:30Z'),
    ...overrides,
  };
}

/** Every leaf of the predicate: a filled field is a non-empty string, a number, or a non-empty array. */
function emptyLeaves(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return value.trim() === '' ? [path] : [];
  if (value === null || value === undefined) return [path];
  if (Array.isArray(value)) return value.length === 0 ? [path] : [];
  if (typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) =>
      emptyLeaves(child, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

function failure(overrides: Partial<VulnPredicateInput>): ImprintError {
  try {
    buildVulnPredicate(input(overrides));
  } catch (error) {
    if (error instanceof ImprintError) return error;
    throw error;
  }
  throw new Error('expected buildVulnPredicate to throw');
}

describe('buildVulnPredicate', () => {
  it('fills every field of the cosign-vuln shape', () => {
    const predicate = buildVulnPredicate(input());
    expect(Object.keys(predicate).sort()).toEqual(['invocation', 'metadata', 'scanner']);
    expect(Object.keys(predicate.invocation).sort()).toEqual([
      'builder.id',
      'event_id',
      'parameters',
      'uri',
    ]);
    expect(Object.keys(predicate.scanner).sort()).toEqual(['db', 'result', 'uri', 'version']);
    expect(Object.keys(predicate.scanner.db).sort()).toEqual(['uri', 'version']);
    expect(Object.keys(predicate.metadata).sort()).toEqual(['scanFinishedOn', 'scanStartedOn']);
    const { result, ...rest } = predicate.scanner;
    expect(emptyLeaves({ ...predicate, scanner: rest })).toEqual([]);
    expect(result).toEqual(input().result);
  });

  it('names the scanner as a purl of the Trivy release and stamps RFC 3339 times', () => {
    const predicate = buildVulnPredicate(input());
    expect(predicate.scanner.uri).toBe('pkg:github/aquasecurity/trivy@0.58.1');
    expect(predicate.scanner.version).toBe('0.58.1');
    expect(predicate.metadata.scanStartedOn).toMatch(RFC3339);
    expect(predicate.metadata.scanFinishedOn).toMatch(RFC3339);
    expect(predicate.metadata.scanStartedOn).toBe('2024-11-20T08:00:00.000Z');
    expect(predicate.invocation['builder.id']).toBe(input().invocation.builderId);
    expect(predicate.invocation.event_id).toBe('1234');
  });

  it('copies the parameters instead of sharing the caller’s array', () => {
    const parameters = ['image', 'x'];
    const predicate = buildVulnPredicate(input({ parameters }));
    parameters.push('--later');
    expect(predicate.invocation.parameters).toEqual(['image', 'x']);
  });

  it.each([
    ['invocation.uri', { invocation: { uri: '', eventId: '1', builderId: 'b' } }],
    ['invocation.event_id', { invocation: { uri: 'u', eventId: ' ', builderId: 'b' } }],
    ['invocation.builder.id', { invocation: { uri: 'u', eventId: '1', builderId: '' } }],
    ['scanner.version', { scannerVersion: '' }],
    ['scanner.db.uri', { db: { uri: '', version: 'v2' } }],
    ['scanner.db.version', { db: { uri: 'r', version: '' } }],
    ['invocation.parameters', { parameters: [] }],
    ['scanner.result', { result: null }],
    ['metadata.scanStartedOn', { startedAt: new Date('nonsense') }],
  ])('refuses an empty %s, naming it', (field, overrides) => {
    const error = failure(overrides);
    expect(error.code).toBe('INTERNAL');
    expect(error.message).toContain(field);
  });

  it('refuses a scan that finished before it started', () => {
    const error = failure({ finishedAt: new Date('2024-11-20T07:00:00Z') });
    expect(error.message).toContain('finished (2024-11-20T07:00:00.000Z) before it started');
  });
});
