import {
  gitlabReportFromTrivy,
  gitlabTime,
  identifierType,
} from '../../../src/scan/gitlab-report.js';
import { artifactUri, sarifFromTrivyReports } from '../../../src/scan/sarif.js';
import { parseTrivyReport } from '../../../src/scan/trivy-report.js';

const report = parseTrivyReport({
  SchemaVersion: 2,
  ArtifactName: 'ghcr.io/acme/app@sha256:abc',
  ArtifactType: 'container_image',
  Results: [
    {
      Target: 'app/package-lock.json',
      Class: 'lang-pkgs',
      Vulnerabilities: [
        {
          VulnerabilityID: 'GHSA-aaaa-bbbb-cccc',
          PkgName: 'lodash',
          InstalledVersion: '4.17.20',
          Severity: 'CRITICAL',
          SeveritySource: 'ghsa',
          CVSS: { ghsa: { V3Score: 9.1, V3Vector: 'CVSS:3.1/AV:N' } },
        },
        {
          VulnerabilityID: 'CVE-2024-0002',
          PkgName: 'left-pad',
          InstalledVersion: '1.0.0',
          Severity: 'LOW',
          PkgPath: 'app\\node_modules\\left-pad\\package.json',
        },
      ],
    },
  ],
});

describe('SARIF details', () => {
  it.each([
    ['ghcr.io/acme/app@sha256:0123abcd (alpine 3.20.3)', 'os-pkgs', 'acme/app'],
    ['localhost:5000/team/app:1.0 (debian 12.5)', 'os-pkgs', 'team/app'],
    ['alpine:3.19 (alpine 3.19.1)', 'os-pkgs', 'library/alpine'],
    ['/tmp/Not An Image (alpine 3.19.1)', 'os-pkgs', '/tmp/Not An Image (alpine 3.19.1)'],
    ['app/package-lock.json', 'lang-pkgs', 'app/package-lock.json'],
  ])('%s (%s) is located at %s', (target, resultClass, uri) => {
    expect(artifactUri(target, resultClass)).toBe(uri);
  });

  it('maps severities to levels, uses the CVSS v3 of the severity source, else Trivy’s severity score', () => {
    const run = sarifFromTrivyReports([report], '0.58.1').runs[0]!;
    expect(run.tool.driver.version).toBe('0.58.1');
    expect(run.results.map((result) => result.level)).toEqual(['error', 'note']);
    expect(run.tool.driver.rules.map((rule) => rule.properties['security-severity'])).toEqual([
      '9.1',
      '2.0',
    ]);
    expect(run.tool.driver.rules[0]!.properties).toMatchObject({
      cvssv3_baseScore: 9.1,
      cvssv3_vector: 'CVSS:3.1/AV:N',
    });
    expect(run.tool.driver.rules[0]!.name).toBe('LanguageSpecificPackageVulnerability');
    expect(run.tool.driver.rules[1]!.helpUri).toBeUndefined();
    expect(run.results[1]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe(
      'app/node_modules/left-pad/package.json',
    );
    expect(run.properties).toEqual({
      imageID: '',
      imageName: 'ghcr.io/acme/app@sha256:abc',
      repoDigests: null,
      repoTags: null,
    });
  });
});

describe('GitLab report details', () => {
  it('types identifiers by their prefix', () => {
    expect(identifierType('CVE-2019-1549')).toBe('cve');
    expect(identifierType('GHSA-aaaa-bbbb-cccc')).toBe('ghsa');
    expect(identifierType('ALAS2-2023-1234')).toBe('alas2');
    expect(identifierType('weird')).toBe('cve');
  });

  it('writes GitLab times without fraction or zone', () => {
    expect(gitlabTime(new Date('2024-11-20T08:01:30.123Z'))).toBe('2024-11-20T08:01:30');
  });

  it('says "No solution provided" without a fix and names the given image', () => {
    const gitlab = gitlabReportFromTrivy([{ report, image: 'ghcr.io/acme/app@sha256:amd64' }], {
      scannerVersion: '0.58.1',
      analyzerVersion: '0.1.0',
      startedAt: new Date('2024-11-20T08:00:00Z'),
      finishedAt: new Date('2024-11-20T08:01:00Z'),
    });
    expect(
      gitlab.vulnerabilities.map((v) => [
        v.severity,
        v.solution,
        v.location.image,
        v.location.operating_system,
        v.links,
      ]),
    ).toEqual([
      ['Critical', 'No solution provided', 'ghcr.io/acme/app@sha256:amd64', 'Unknown', []],
      ['Low', 'No solution provided', 'ghcr.io/acme/app@sha256:amd64', 'Unknown', []],
    ]);
    expect(gitlab.scan.analyzer).toEqual({
      id: 'imprint',
      name: 'imprint',
      vendor: { name: 'imprint' },
      version: '0.1.0',
    });
    expect(gitlab.scan.scanner.version).toBe('0.58.1');
  });
});
