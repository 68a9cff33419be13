/**
 * The Trivy scanner end to end against a stand-in `trivy` (see stand-in-trivy.ts): install
 * check, DB preparation with mirror fallback, one scan per platform, parsing, predicate,
 * gate, and every failure a person must be able to act on.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImprintError } from '../../../src/errors.js';
import { buildBom } from '../../../src/sbom/cyclonedx.js';
import { countBySeverity } from '../../../src/scan/model.js';
import { DEFAULT_TRIVY_VERSION } from '../../../src/inputs/tables/scan.js';
import { readScanOptions, type ScanOptions } from '../../../src/scan/options.js';
import { gateFailure } from '../../../src/scan/gate-report.js';
import { writeScanReports } from '../../../src/scan/report-files.js';
import { TrivyScanner, type ScanOutcome } from '../../../src/scan/scanner.js';
import type { ScanRequest } from '../../../src/scan/subjects.js';
import { findingsFromTrivyReport } from '../../../src/scan/trivy-report.js';
import { trivyGoldensDir } from '../../interop/scan/fixtures.js';
import { type StandInTrivy, writeStandInTrivy } from './stand-in-trivy.js';

const MIRROR = 'mirror.gcr.io/aquasec/trivy-db:2';
const GHCR = 'ghcr.io/aquasecurity/trivy-db:2';
const INDEX = `sha256:${'1'.repeat(64)}`;
const AMD64 = `sha256:${'a'.repeat(64)}`;
const ARM64 = `sha256:${'b'.repeat(64)}`;
const PASSWORD = 'registry-secret-Zq81';

const golden = (name: string): string => join(trivyGoldensDir(), name);
const goldenFindings = (name: string) =>
  findingsFromTrivyReport(JSON.parse(readFileSync(golden(name), 'utf8')));

let work: string;
let trivy: StandInTrivy;

function options(inputs: Record<string, string> = {}): ScanOptions {
  return readScanOptions((name) => ({ 'trivy-cache-dir': join(work, 'cache'), ...inputs })[name]);
}

function scanner(scanOptions: ScanOptions = options(), pathEnv = trivy.dir): TrivyScanner {
  return new TrivyScanner(scanOptions, { allowDownload: false, pathEnv, dbCache: null });
}

function request(overrides: Partial<ScanRequest> = {}): ScanRequest {
  return {
    repository: 'registry.example:5000/acme/app',
    digest: AMD64,
    credentials: { username: 'ci-bot', password: PASSWORD },
    invocation: {
      uri: 'https://github.com/acme/app/actions/runs/42',
      eventId: '42',
      builderId: 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main',
    },
    ...overrides,
  };
}

async function failure(work: Promise<unknown>): Promise<ImprintError> {
  try {
    await work;
  } catch (error) {
    if (error instanceof ImprintError) return error;
    throw error;
  }
  throw new Error('expected the scan to fail');
}

const scans = () =>
  trivy.runs().filter((run) => run.argv[0] === 'image' && !run.argv.includes('--download-db-only'));
const downloads = () => trivy.runs().filter((run) => run.argv.includes('--download-db-only'));

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'imprint-scan-it-'));
  trivy = writeStandInTrivy(join(work, 'bin'), {
    version: DEFAULT_TRIVY_VERSION,
    reportFile: golden('alpine-39.json.golden'),
  });
});

afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('TrivyScanner with a stand-in trivy', () => {
  it('stand-in trivy: scans by digest, parses, fills the predicate and evaluates the gate', async () => {
    const outcome = await scanner(options({ 'fail-on-severity': 'HIGH' })).scan(request());

    expect(outcome.scanner).toMatchObject({
      name: 'trivy',
      version: DEFAULT_TRIVY_VERSION,
      source: 'path',
      path: trivy.path,
    });
    expect(outcome.subjects).toHaveLength(1);
    const [subject] = outcome.subjects;
    expect(subject!.digest).toBe(AMD64);
    expect(subject!.findings).toEqual(goldenFindings('alpine-39.json.golden'));
    expect(outcome.counts).toEqual(countBySeverity(goldenFindings('alpine-39.json.golden')));

    const predicate = subject!.predicate;
    expect(predicate.scanner.uri).toBe(`pkg:github/aquasecurity/trivy@${DEFAULT_TRIVY_VERSION}`);
    expect(predicate.scanner.db).toEqual({ uri: MIRROR, version: outcome.db.version });
    expect(outcome.db.version).toMatch(/^v2-\d{10}$/);
    expect(outcome.db.ageHours).toBeCloseTo(4, 0);
    expect((predicate.scanner.result as { ArtifactName: string }).ArtifactName).toBe(
      `registry.example:5000/acme/app@${AMD64}`,
    );
    expect(predicate.invocation.uri).toBe('https://github.com/acme/app/actions/runs/42');
    // The recorded argv is the attested parameter list (the report path is a temp file).
    const recorded = scans()[0]!.argv;
    expect(predicate.invocation.parameters).toHaveLength(recorded.length);
    predicate.invocation.parameters.forEach((arg, index) => {
      if (!arg.endsWith('.json')) expect(arg).toBe(recorded[index]);
    });
    expect(Date.parse(predicate.metadata.scanFinishedOn)).toBeGreaterThanOrEqual(
      Date.parse(predicate.metadata.scanStartedOn),
    );

    expect(outcome.gate.passed).toBe(false);
    expect(outcome.gate.blocking.map((finding) => [finding.severity, finding.packageName])).toEqual(
      [
        ['CRITICAL', 'musl'],
        ['CRITICAL', 'musl-utils'],
      ],
    );
    expect(gateFailure(outcome.gate, options({ 'fail-on-severity': 'HIGH' }))?.message).toContain(
      'CRITICAL CVE-2019-14697 in musl 1.1.20-r4',
    );
  });

  it('stand-in trivy: passes registry credentials in the environment, never on the command line', async () => {
    await scanner().scan(request());
    const [scan] = scans();
    expect(scan!.argv.join(' ')).not.toContain(PASSWORD);
    expect(scan!.argv).not.toContain('--password');
    expect(scan!.env).toMatchObject({ TRIVY_USERNAME: 'ci-bot', TRIVY_PASSWORD: PASSWORD });
    expect(scan!.argv).toEqual(
      expect.arrayContaining(['--scanners', 'vuln', '--image-src', 'remote', '--skip-db-update']),
    );
    expect(scan!.argv.at(-1)).toBe(`registry.example:5000/acme/app@${AMD64}`);
    // The DB download goes to public mirrors: it gets no registry credentials.
    for (const run of downloads()) expect(run.env.TRIVY_PASSWORD).toBeUndefined();
  });

  it('stand-in trivy: scans every platform of an index with --platform and counts shared findings once', async () => {
    const outcome = await scanner().scan(
      request({ digest: INDEX, platformDigests: { 'linux/amd64': AMD64, 'linux/arm64': ARM64 } }),
    );
    expect(scans().map((run) => run.argv[run.argv.indexOf('--platform') + 1])).toEqual([
      'linux/amd64',
      'linux/arm64',
    ]);
    expect(scans().map((run) => run.argv.at(-1))).toEqual([
      `registry.example:5000/acme/app@${INDEX}`,
      `registry.example:5000/acme/app@${INDEX}`,
    ]);
    expect(outcome.subjects.map((subject) => [subject.platform, subject.digest])).toEqual([
      ['linux/amd64', AMD64],
      ['linux/arm64', ARM64],
    ]);
    expect(outcome.findings).toEqual(goldenFindings('alpine-39.json.golden'));
  });

  it("stand-in trivy: scans the SBOM with scan-target sbom, the OS named by Trivy's family", async () => {
    const sbom = join(work, 'amd64.cdx.json');
    const document = buildBom(
      [
        {
          kind: 'operating-system',
          ecosystem: 'os',
          name: 'rhel',
          version: '8.9',
          licences: [],
          location: '/etc/os-release',
          layerDigest: AMD64,
          cataloger: 'os-release',
        },
      ],
      { image: { name: 'registry.example:5000/acme/app', digest: AMD64 }, now: new Date() },
    );
    writeFileSync(sbom, JSON.stringify(document));
    const outcome = await scanner(options({ 'scan-target': 'sbom' })).scan(
      request({ sbomPaths: { [AMD64]: sbom } }),
    );
    const run = trivy.runs().find((entry) => entry.argv[0] === 'sbom');
    expect(run?.env.TRIVY_PASSWORD).toBeUndefined();
    const given = run?.sbom as { components: { type: string; name: string }[] };
    expect(given.components).toEqual([
      expect.objectContaining({ type: 'operating-system', name: 'redhat', version: '8.9' }),
    ]);
    // The SBOM itself keeps the os-release ID; only Trivy's copy says redhat.
    expect(JSON.parse(readFileSync(sbom, 'utf8')).components[0].name).toBe('rhel');
    expect(outcome.subjects[0]!.findings).toHaveLength(6);
  });

  it('stand-in trivy: scan-target sbom with a file that is not CycloneDX is SCAN_FAILED', async () => {
    const sbom = join(work, 'amd64.cdx.json');
    writeFileSync(sbom, JSON.stringify({ spdxVersion: 'SPDX-2.3' }));
    const error = await failure(
      scanner(options({ 'scan-target': 'sbom' })).scan(request({ sbomPaths: { [AMD64]: sbom } })),
    );
    expect(error.code).toBe('SCAN_FAILED');
    expect(error.message).toBe(`${sbom} is not a CycloneDX JSON document`);
    expect(trivy.runs().some((entry) => entry.argv[0] === 'sbom')).toBe(false);
  });

  it('stand-in trivy: a report without Results is a clean scan', async () => {
    trivy.configure({
      version: DEFAULT_TRIVY_VERSION,
      reportFile: golden('alpine-39-skip.json.golden'),
    });
    const outcome = await scanner(options({ 'fail-on-severity': 'LOW' })).scan(request());
    expect(outcome.findings).toEqual([]);
    expect(outcome.gate.passed).toBe(true);
  });

  it('stand-in trivy: a failing scan reports trivy’s exit code and the tail of its stderr', async () => {
    const stderr =
      Array.from(
        { length: 40 },
        (_, i) => `2024-11-20T08:00:${String(i).padStart(2, '0')}Z\tINFO\tline ${i}`,
      ).join('\n') +
      `\n2024-11-20T08:01:00Z\tFATAL\tFatal error\timage scan error: unable to find the specified image "registry.example:5000/acme/app@${AMD64}": UNAUTHORIZED: authentication required (password ${PASSWORD} rejected)\n`;
    trivy.configure({ version: DEFAULT_TRIVY_VERSION, scanExit: { code: 1, stderr } });
    const error = await failure(scanner().scan(request()));
    expect(error.code).toBe('SCAN_FAILED');
    expect(error.message).toContain(
      `trivy image registry.example:5000/acme/app@${AMD64} exited with code 1:`,
    );
    expect(error.message).toContain('UNAUTHORIZED: authentication required');
    expect(error.message).toContain('line 39');
    expect(error.message).not.toContain('line 5\n');
    expect(error.message).not.toContain(PASSWORD);
  });

  it('stand-in trivy: malformed JSON is SCAN_FAILED naming the report', async () => {
    trivy.configure({
      version: DEFAULT_TRIVY_VERSION,
      reportText: '{"SchemaVersion": 2, "Results": [',
    });
    const error = await failure(scanner().scan(request()));
    expect(error.code).toBe('SCAN_FAILED');
    expect(error.message).toContain(
      `the Trivy report for registry.example:5000/acme/app@${AMD64} is not valid JSON`,
    );
  });

  it('stand-in trivy: an empty report file is SCAN_FAILED', async () => {
    trivy.configure({ version: DEFAULT_TRIVY_VERSION, reportText: '' });
    const error = await failure(scanner().scan(request()));
    expect(error.code).toBe('SCAN_FAILED');
    expect(error.message).toContain('is empty (0 bytes)');
  });

  it('stand-in trivy: a report of the wrong shape is SCAN_FAILED naming the field', async () => {
    trivy.configure({
      version: DEFAULT_TRIVY_VERSION,
      reportText: JSON.stringify({
        SchemaVersion: 2,
        Results: [{ Target: 't', Vulnerabilities: [{ VulnerabilityID: 'CVE-1' }] }],
      }),
    });
    const error = await failure(scanner().scan(request()));
    expect(error.message).toContain('Results.0.Vulnerabilities.0.PkgName');
  });

  it('without trivy: SCANNER_MISSING says how to install it or set trivy-version', async () => {
    const error = await failure(scanner(options(), join(work, 'empty-path')).scan(request()));
    expect(error.code).toBe('SCANNER_MISSING');
    expect(error.message).toBe(`Trivy ${DEFAULT_TRIVY_VERSION} is not available: no trivy on PATH`);
    expect(error.hint).toContain(`Install Trivy ${DEFAULT_TRIVY_VERSION} on PATH`);
    expect(error.hint).toContain('trivy-version');
  });

  it('stand-in trivy at another version: used with a warning when downloading is not allowed', async () => {
    trivy.configure({ version: '0.57.0', reportFile: golden('alpine-39.json.golden') });
    const warnings: string[] = [];
    const log = {
      info: () => {},
      warning: (line: string) => warnings.push(line),
      error: () => {},
      debug: () => {},
      startGroup: () => {},
      endGroup: () => {},
      addSecret: () => {},
    };
    const outcome = await new TrivyScanner(options(), {
      allowDownload: false,
      pathEnv: trivy.dir,
      log,
    }).scan(request());
    expect(outcome.scanner.version).toBe('0.57.0');
    expect(warnings).toContain(
      `trivy-version is ${DEFAULT_TRIVY_VERSION} but ${trivy.path} is 0.57.0; scanning with 0.57.0`,
    );
  });
});

describe('Trivy DB with a stand-in trivy', () => {
  it('stand-in trivy: moves on to the next repository when the first answers TOOMANYREQUESTS', async () => {
    trivy.configure({
      version: DEFAULT_TRIVY_VERSION,
      reportFile: golden('alpine-39.json.golden'),
      rateLimited: [MIRROR],
    });
    const outcome: ScanOutcome = await scanner().scan(request());
    expect(downloads().map((run) => run.argv[run.argv.indexOf('--db-repository') + 1])).toEqual([
      MIRROR,
      GHCR,
    ]);
    expect(outcome.db.repository).toBe(GHCR);
    expect(outcome.db.skipped).toEqual([
      { repository: MIRROR, reason: expect.stringContaining('FATAL') },
    ]);
    expect(outcome.subjects[0]!.predicate.scanner.db.uri).toBe(GHCR);
  });

  it('stand-in trivy: fails naming every repository when all of them rate-limit', async () => {
    trivy.configure({
      version: DEFAULT_TRIVY_VERSION,
      reportFile: golden('alpine-39.json.golden'),
      rateLimited: [MIRROR, GHCR],
    });
    const error = await failure(scanner().scan(request()));
    expect(error.code).toBe('SCAN_FAILED');
    expect(error.message).toContain('no DB repository could serve the Trivy DB');
    expect(error.message).toContain(MIRROR);
    expect(error.message).toContain(GHCR);
    expect(error.hint).toContain('db-repository');
    expect(scans()).toHaveLength(0);
  });

  it('stand-in trivy: stops at an error a retry elsewhere would not fix', async () => {
    trivy.configure({
      version: DEFAULT_TRIVY_VERSION,
      reportFile: golden('alpine-39.json.golden'),
      dbErrors: { [MIRROR]: 'FATAL\tinit error: DB error: cache dir is not writable' },
    });
    const error = await failure(scanner().scan(request()));
    expect(error.message).toContain(
      `trivy DB download from ${MIRROR} exited with code 1:\nFATAL\tinit error: DB error: cache dir is not writable`,
    );
    expect(downloads()).toHaveLength(1);
  });

  it('stand-in trivy: keeps a fresh DB and remembers where it came from', async () => {
    trivy.configure({
      version: DEFAULT_TRIVY_VERSION,
      reportFile: golden('alpine-39.json.golden'),
      rateLimited: [MIRROR],
    });
    const first = await scanner().scan(request());
    const second = await scanner().scan(request());
    expect(downloads()).toHaveLength(2); // both in the first scan: mirror (429), then ghcr
    expect(first.db.downloaded).toBe(true);
    expect(second.db).toMatchObject({
      downloaded: false,
      repository: GHCR,
      downloadedAt: first.db.downloadedAt,
    });
  });

  it('stand-in trivy: downloads again once the DB is past its NextUpdate', async () => {
    trivy.configure({
      version: DEFAULT_TRIVY_VERSION,
      reportFile: golden('alpine-39.json.golden'),
      dbNextUpdateHours: -1,
    });
    await scanner().scan(request());
    await scanner().scan(request());
    expect(downloads()).toHaveLength(2);
  });
});

describe('report files from a stand-in trivy scan', () => {
  it('stand-in trivy: writes the JSON report, SARIF and the GitLab report for each platform', async () => {
    const scanOptions = options({
      'vuln-report-path': join(work, 'out', 'vulns.json'),
      'sarif-path': join(work, 'out', 'trivy.sarif'),
      'gitlab-report-path': join(work, 'out', 'gl-container-scanning-report.json'),
    });
    const outcome = await scanner(scanOptions).scan(
      request({ digest: INDEX, platformDigests: { 'linux/amd64': AMD64, 'linux/arm64': ARM64 } }),
    );
    const written = writeScanReports(outcome, scanOptions, '0.1.0');
    const report = JSON.parse(readFileSync(written.reportPath, 'utf8'));
    expect(report.counts).toEqual(outcome.counts);
    expect(report.subjects.map((subject: { platform: string }) => subject.platform)).toEqual([
      'linux/amd64',
      'linux/arm64',
    ]);
    const sarif = JSON.parse(readFileSync(written.sarifPath!, 'utf8'));
    expect(sarif.runs).toHaveLength(1);
    expect(sarif.runs[0].results).toHaveLength(6);
    const gitlab = JSON.parse(readFileSync(written.gitlabReportPath!, 'utf8'));
    expect(gitlab.vulnerabilities).toHaveLength(12);
    expect(
      new Set(gitlab.vulnerabilities.map((v: { location: { image: string } }) => v.location.image)),
    ).toEqual(
      new Set([
        `registry.example:5000/acme/app@${AMD64}`,
        `registry.example:5000/acme/app@${ARM64}`,
      ]),
    );
  });
});
