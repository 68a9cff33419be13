/**
 * Our GitLab and SARIF writers against what Trivy itself wrote (its integration goldens).
 *
 * npm: npm-with-dev.json.golden is the JSON report of the repository behind npm.gitlab.golden
 * (same single jquery finding, same 79 references): compared as is.
 *
 * alpine-310: the goldens hold its GitLab and SARIF output but not its JSON report. The
 * input is rebuilt from alpine-39.json.golden, a real Trivy report whose openssl records
 * (CVE-2019-1549, CVE-2019-1551 in libcrypto1.1 and libssl1.1: title, description,
 * references, CVSS, fixed versions) are the ones Trivy's DB gives for Alpine 3.10 too.
 * Three facts of the alpine 3.10.2 scan are set on it: the artifact name, the OS version and
 * openssl's installed version 1.1.1c-r0; musl's CVE-2019-14697 is dropped (fixed in 3.10's
 * musl). A first test checks both alpine-310 goldens independently state those facts.
 */
import { gitlabReportFromTrivy, type GitlabReport } from '../../../src/scan/gitlab-report.js';
import { sarifFromTrivyReports, type SarifLog } from '../../../src/scan/sarif.js';
import { parseTrivyReport } from '../../../src/scan/trivy-report.js';
import { readGolden } from './fixtures.js';

const ALPINE_310_IMAGE = 'testdata/fixtures/images/alpine-310.tar.gz';
const ALPINE_310_OS = '3.10.2';
const ALPINE_310_OPENSSL = '1.1.1c-r0';
const OPENSSL_PACKAGES = ['libcrypto1.1', 'libssl1.1'];

const scanInfo = {
  scannerVersion: 'dev',
  analyzerVersion: '0.1.0',
  startedAt: new Date('2021-08-25T12:20:30.000Z'),
  finishedAt: new Date('2021-08-25T12:20:30.000Z'),
};

interface EditableReport {
  ArtifactName: string;
  Metadata: { OS: { Name: string }; ImageID?: unknown; RepoTags?: unknown };
  Results: { Target: string; Vulnerabilities: { PkgName: string; InstalledVersion: string }[] }[];
}

function alpine310Report(): unknown {
  const report = structuredClone(readGolden('alpine-39.json.golden')) as EditableReport;
  const sarif = readGolden('alpine-310.sarif.golden') as SarifLog;
  report.ArtifactName = ALPINE_310_IMAGE;
  report.Metadata.OS.Name = ALPINE_310_OS;
  report.Metadata.ImageID = sarif.runs[0]!.properties!.imageID;
  report.Metadata.RepoTags = sarif.runs[0]!.properties!.repoTags;
  const result = report.Results[0]!;
  result.Target = `${ALPINE_310_IMAGE} (alpine ${ALPINE_310_OS})`;
  result.Vulnerabilities = result.Vulnerabilities.filter((vuln) =>
    OPENSSL_PACKAGES.includes(vuln.PkgName),
  ).map((vuln) => ({ ...vuln, InstalledVersion: ALPINE_310_OPENSSL }));
  return report;
}

describe('GitLab container_scanning report', () => {
  it('npm: matches npm.gitlab.golden vulnerability for vulnerability', () => {
    const golden = readGolden('npm.gitlab.golden') as GitlabReport;
    const ours = gitlabReportFromTrivy(
      [{ report: parseTrivyReport(readGolden('npm-with-dev.json.golden')) }],
      scanInfo,
    );
    expect(golden.vulnerabilities.length).toBeGreaterThan(0);
    expect(ours.vulnerabilities).toEqual(golden.vulnerabilities);
    expect(ours.remediations).toEqual(golden.remediations);
  });

  it('alpine-310: both goldens state the facts the rebuilt input uses', () => {
    const gitlab = readGolden('alpine-310.gitlab.golden') as GitlabReport;
    const sarif = readGolden('alpine-310.sarif.golden') as SarifLog;
    for (const vuln of gitlab.vulnerabilities) {
      expect(vuln.location.image).toBe(ALPINE_310_IMAGE);
      expect(vuln.location.operating_system).toBe(`alpine ${ALPINE_310_OS}`);
      expect(vuln.location.dependency.version).toBe(ALPINE_310_OPENSSL);
      expect(OPENSSL_PACKAGES).toContain(vuln.location.dependency.package.name);
    }
    expect(sarif.runs[0]!.properties!.imageName).toBe(ALPINE_310_IMAGE);
    for (const result of sarif.runs[0]!.results) {
      expect(result.message.text).toContain(`Installed Version: ${ALPINE_310_OPENSSL}`);
    }
  });

  it('alpine-310: has the golden’s structure, scan block and vulnerabilities', () => {
    const golden = readGolden('alpine-310.gitlab.golden') as GitlabReport;
    const ours = gitlabReportFromTrivy([{ report: parseTrivyReport(alpine310Report()) }], scanInfo);
    expect(Object.keys(ours).sort()).toEqual(Object.keys(golden).sort());
    expect(ours.version).toBe(golden.version);
    expect(Object.keys(ours.scan).sort()).toEqual(Object.keys(golden.scan).sort());
    expect(ours.scan.scanner).toEqual(golden.scan.scanner);
    expect(Object.keys(ours.scan.analyzer).sort()).toEqual(
      Object.keys(golden.scan.analyzer).sort(),
    );
    expect({ type: ours.scan.type, status: ours.scan.status }).toEqual({
      type: golden.scan.type,
      status: golden.scan.status,
    });
    expect(ours.scan.start_time).toBe(golden.scan.start_time);
    expect(ours.scan.end_time).toBe(golden.scan.end_time);
    expect(ours.vulnerabilities.map((v) => [v.id, v.severity, v.location])).toEqual(
      golden.vulnerabilities.map((v) => [v.id, v.severity, v.location]),
    );
    expect(ours.vulnerabilities).toEqual(golden.vulnerabilities);
  });
});

describe('SARIF 2.1.0', () => {
  it('alpine-310: rules, results and run properties are the golden’s', () => {
    const golden = readGolden('alpine-310.sarif.golden') as SarifLog;
    const ours = sarifFromTrivyReports([parseTrivyReport(alpine310Report())], 'dev');
    expect(ours.version).toBe(golden.version);
    expect(ours.$schema).toBe(golden.$schema);
    expect(ours.runs).toHaveLength(1);
    const [run, goldenRun] = [ours.runs[0]!, golden.runs[0]!];
    expect(run.tool.driver.rules.length).toBe(2);
    expect(run.tool.driver).toEqual(goldenRun.tool.driver);
    expect(run.results).toEqual(goldenRun.results);
    expect(run.columnKind).toBe(goldenRun.columnKind);
    // imageID and repoTags were copied in from this golden: only repoDigests is a real check.
    expect(run.properties).toEqual(goldenRun.properties);
  });

  it('alpine-310 on two platforms: one run, each result once', () => {
    const report = parseTrivyReport(alpine310Report());
    const single = sarifFromTrivyReports([report], 'dev');
    const twice = sarifFromTrivyReports([report, structuredClone(report)], 'dev');
    expect(twice.runs).toHaveLength(1);
    expect(twice.runs[0]!.results).toEqual(single.runs[0]!.results);
  });
});
