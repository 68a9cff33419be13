import { isImprintError } from '../../../src/errors.js';
import type { Finding } from '../../../src/scan/model.js';
import {
  type ScanRequest,
  mergeFindings,
  planScans,
  platformsOf,
  resolveCacheDir,
} from '../../../src/scan/subjects.js';

const INDEX = `sha256:${'1'.repeat(64)}`;
const AMD64 = `sha256:${'a'.repeat(64)}`;
const ARM64 = `sha256:${'b'.repeat(64)}`;

const request: ScanRequest = {
  repository: 'ghcr.io/acme/app',
  digest: INDEX,
  platformDigests: { 'linux/amd64': AMD64, 'linux/arm64': ARM64 },
  credentials: { username: 'u', password: 'p' },
  invocation: { uri: 'u', eventId: 'e', builderId: 'b' },
};

describe('planScans', () => {
  it('scans an index once per platform, by the index digest and --platform, attesting each platform manifest', () => {
    const plan = planScans(request, 'image');
    expect(
      plan.map(({ digest, platform, imageRef, scanned }) => ({
        digest,
        platform,
        imageRef,
        scanned,
      })),
    ).toEqual([
      {
        digest: AMD64,
        platform: 'linux/amd64',
        imageRef: `ghcr.io/acme/app@${AMD64}`,
        scanned: `ghcr.io/acme/app@${INDEX} (linux/amd64)`,
      },
      {
        digest: ARM64,
        platform: 'linux/arm64',
        imageRef: `ghcr.io/acme/app@${ARM64}`,
        scanned: `ghcr.io/acme/app@${INDEX} (linux/arm64)`,
      },
    ]);
    expect(plan[0]!.input).toEqual({
      kind: 'image',
      reference: `ghcr.io/acme/app@${INDEX}`,
      platform: 'linux/amd64',
      credentials: { username: 'u', password: 'p' },
    });
  });

  it('scans a single manifest once, without --platform', () => {
    const plan = planScans({ ...request, digest: AMD64, platformDigests: {} }, 'image');
    expect(plan).toHaveLength(1);
    expect(plan[0]!.input).toEqual({
      kind: 'image',
      reference: `ghcr.io/acme/app@${AMD64}`,
      credentials: { username: 'u', password: 'p' },
    });
  });

  it('scans the SBOM of each subject with scan-target sbom', () => {
    const plan = planScans(
      { ...request, sbomPaths: { [AMD64]: '/tmp/amd64.cdx.json', [ARM64]: '/tmp/arm64.cdx.json' } },
      'sbom',
    );
    expect(plan.map((planned) => planned.input)).toEqual([
      { kind: 'sbom', path: '/tmp/amd64.cdx.json' },
      { kind: 'sbom', path: '/tmp/arm64.cdx.json' },
    ]);
  });

  it('refuses scan-target sbom when a platform has no SBOM', () => {
    let thrown: unknown;
    try {
      planScans({ ...request, sbomPaths: { [AMD64]: '/tmp/amd64.cdx.json' } }, 'sbom');
    } catch (error) {
      thrown = error;
    }
    expect(isImprintError(thrown, 'INPUT_CONFLICT')).toBe(true);
    expect((thrown as Error).message).toBe(
      `scan-target is sbom but there is no SBOM for ${ARM64} (linux/arm64)`,
    );
  });
});

describe('mergeFindings', () => {
  const finding = (id: string, target: string): Finding => ({
    id,
    packageName: 'openssl',
    installedVersion: '3.0.1',
    severity: 'HIGH',
    target,
  });

  it('counts a package once when several platforms have it, but keeps distinct targets', () => {
    const amd64 = {
      report: { SchemaVersion: 2 as const, ArtifactName: '/sbom/amd64.json' },
      findings: [
        finding('CVE-1', '/sbom/amd64.json (debian 12.5)'),
        finding('CVE-2', 'app/package-lock.json'),
      ],
      platform: 'linux/amd64',
    };
    const arm64 = {
      report: { SchemaVersion: 2 as const, ArtifactName: '/sbom/arm64.json' },
      findings: [
        finding('CVE-1', '/sbom/arm64.json (debian 12.5)'),
        finding('CVE-3', 'app/package-lock.json'),
      ],
      platform: 'linux/arm64',
    };
    const merged = mergeFindings([amd64, arm64]);
    expect(merged.map((item) => item.id)).toEqual(['CVE-1', 'CVE-2', 'CVE-3']);
    expect(platformsOf({ subjects: [amd64, arm64] }, merged[0]!)).toEqual([
      'linux/amd64',
      'linux/arm64',
    ]);
    expect(platformsOf({ subjects: [amd64, arm64] }, merged[2]!)).toEqual(['linux/arm64']);
  });

  it('keeps the same vulnerability twice within one report (two lockfiles)', () => {
    const subject = {
      report: { SchemaVersion: 2 as const },
      findings: [finding('CVE-1', 'a/package-lock.json'), finding('CVE-1', 'b/package-lock.json')],
    };
    expect(mergeFindings([subject])).toHaveLength(2);
  });
});

describe('resolveCacheDir', () => {
  it('takes the input, then TRIVY_CACHE_DIR, then ~/.cache/trivy', () => {
    expect(resolveCacheDir({ cacheDir: '/c' }, { TRIVY_CACHE_DIR: '/env' })).toBe('/c');
    expect(resolveCacheDir({}, { TRIVY_CACHE_DIR: '/env' })).toBe('/env');
    expect(resolveCacheDir({}, {})).toMatch(/\.cache\/trivy$/);
  });
});
