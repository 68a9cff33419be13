import { predicateDigest } from '../../../src/attest/plan.js';
import { withoutVolatileFields } from '../../../src/attest/volatile-fields.js';

const CYCLONEDX = 'https://cyclonedx.org/bom';
const VULN = 'https://cosign.sigstore.dev/attestation/vuln/v1';
const SLSA = 'https://slsa.dev/provenance/v1';

function bom(serial: string, timestamp: string, components: string[]) {
  return {
    bomFormat: 'CycloneDX',
    serialNumber: serial,
    metadata: { timestamp, component: { name: 'app' } },
    components: components.map((name) => ({ name })),
  };
}

function vuln(run: string, at: string, db: string, ids: string[], target: string) {
  return {
    invocation: { parameters: ['--output', `/tmp/${run}/report.json`], uri: run, event_id: run },
    scanner: {
      uri: 'pkg:github/aquasecurity/trivy@0.58.1',
      version: '0.58.1',
      db: { uri: 'ghcr.io/aquasecurity/trivy-db:2', version: db },
      result: {
        CreatedAt: at,
        ReportID: `id-${run}`,
        ArtifactName: target,
        Results: [{ Target: `${target} (alpine 3.9)`, Vulnerabilities: ids.map((id) => ({ id })) }],
      },
    },
    metadata: { scanStartedOn: at, scanFinishedOn: at },
  };
}

const stable = (type: string, predicate: unknown) =>
  predicateDigest(withoutVolatileFields(type, predicate));

describe('what a re-run ignores when comparing predicates', () => {
  it('a CycloneDX SBOM: serial number and timestamp, not the components', () => {
    const first = bom('urn:uuid:1', '2026-01-01T00:00:00Z', ['musl']);
    expect(stable(CYCLONEDX, first)).toBe(
      stable(CYCLONEDX, bom('urn:uuid:2', '2026-02-01T00:00:00Z', ['musl'])),
    );
    expect(stable(CYCLONEDX, first)).not.toBe(
      stable(CYCLONEDX, bom('urn:uuid:1', '2026-01-01T00:00:00Z', ['musl', 'busybox'])),
    );
    expect(first.serialNumber).toBe('urn:uuid:1'); // the predicate itself is left alone
  });

  it('a vulnerability scan: run, times, report id and temporary paths, not findings or DB', () => {
    const first = vuln('run-1', '2026-01-01T00:00:00Z', 'db-1', ['CVE-1'], '/tmp/a/sbom.json');
    const again = vuln('run-2', '2026-01-02T00:00:00Z', 'db-1', ['CVE-1'], '/tmp/b/sbom.json');
    expect(stable(VULN, first)).toBe(stable(VULN, again));
    const moreFindings = vuln('run-2', '2026-01-02T00:00:00Z', 'db-1', ['CVE-1', 'CVE-2'], '/x');
    expect(stable(VULN, first)).not.toBe(stable(VULN, moreFindings));
    const newerDb = vuln('run-2', '2026-01-02T00:00:00Z', 'db-2', ['CVE-1'], '/tmp/a/sbom.json');
    expect(stable(VULN, first)).not.toBe(stable(VULN, newerDb));
  });

  it('provenance: the run metadata, not the build definition or builder', () => {
    const provenance = (attempt: number, commit: string) => ({
      buildDefinition: {
        buildType: 't',
        resolvedDependencies: [{ digest: { gitCommit: commit } }],
      },
      runDetails: {
        builder: { id: 'b' },
        metadata: { invocationId: `runs/1/attempts/${attempt}` },
      },
    });
    expect(stable(SLSA, provenance(1, 'abc'))).toBe(stable(SLSA, provenance(2, 'abc')));
    expect(stable(SLSA, provenance(1, 'abc'))).not.toBe(stable(SLSA, provenance(1, 'def')));
  });

  it('any other predicate type: nothing is ignored', () => {
    const other = { createdAt: '2026-01-01T00:00:00Z' };
    expect(withoutVolatileFields('https://example.com/custom', other)).toBe(other);
    expect(stable('https://example.com/custom', other)).not.toBe(
      stable('https://example.com/custom', { createdAt: '2026-01-02T00:00:00Z' }),
    );
  });
});
