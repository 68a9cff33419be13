import { ImprintError } from '../../../src/errors.js';
import {
  DEFAULT_DB_REPOSITORIES,
  DEFAULT_TRIVY_VERSION,
  SCAN_INPUTS,
} from '../../../src/inputs/tables/scan.js';
import { parseIgnoreList, readScanOptions } from '../../../src/scan/options.js';

const source = (inputs: Record<string, string>) => (name: string) => inputs[name];

function failure(inputs: Record<string, string>): ImprintError {
  try {
    readScanOptions(source(inputs));
  } catch (error) {
    if (error instanceof ImprintError) return error;
    throw error;
  }
  throw new Error('expected readScanOptions to throw');
}

describe('readScanOptions', () => {
  it('has defaults for everything: pinned Trivy, mirror-first DB, gate off, no SARIF', () => {
    expect(readScanOptions(source({}))).toEqual({
      trivyVersion: DEFAULT_TRIVY_VERSION,
      target: 'image',
      dbRepositories: DEFAULT_DB_REPOSITORIES,
      failOnSeverity: 'NONE',
      ignoreUnfixed: false,
      ignore: [],
      reportPath: 'vulnerability-report.json',
      downloadBaseUrl: 'https://github.com/aquasecurity/trivy/releases/download',
    });
    expect(DEFAULT_DB_REPOSITORIES).toEqual([
      'mirror.gcr.io/aquasec/trivy-db:2',
      'ghcr.io/aquasecurity/trivy-db:2',
    ]);
  });

  it('reads every input', () => {
    const options = readScanOptions(
      source({
        'trivy-version': 'v0.57.0',
        'scan-target': 'sbom',
        'db-repository':
          'registry.local:5000/mirror/trivy-db:2\npublic.ecr.aws/aquasecurity/trivy-db',
        'fail-on-severity': 'high',
        'ignore-unfixed': 'true',
        'vuln-ignore': '- id: CVE-2024-1\n  reason: not reachable\n  expires: 2025-06-30\n',
        'vuln-report-path': 'out/vulns.json',
        'sarif-path': 'out/trivy.sarif',
        'gitlab-report-path': 'gl-container-scanning-report.json',
        'trivy-cache-dir': '/cache/trivy',
        'trivy-download-url': 'http://127.0.0.1:8080/releases',
      }),
    );
    expect(options).toEqual({
      trivyVersion: '0.57.0',
      target: 'sbom',
      dbRepositories: [
        'registry.local:5000/mirror/trivy-db:2',
        'public.ecr.aws/aquasecurity/trivy-db',
      ],
      failOnSeverity: 'HIGH',
      ignoreUnfixed: true,
      ignore: [{ id: 'CVE-2024-1', reason: 'not reachable', expires: '2025-06-30' }],
      reportPath: 'out/vulns.json',
      sarifPath: 'out/trivy.sarif',
      gitlabReportPath: 'gl-container-scanning-report.json',
      cacheDir: '/cache/trivy',
      downloadBaseUrl: 'http://127.0.0.1:8080/releases',
    });
  });

  it.each([
    [
      { 'fail-on-severity': 'hihg' },
      'input "fail-on-severity" must be one of NONE, LOW, MEDIUM, HIGH, CRITICAL; got "hihg"',
    ],
    [
      { 'scan-target': 'filesystem' },
      'input "scan-target" must be one of image, sbom; got "filesystem"',
    ],
    [
      { 'trivy-version': 'latest' },
      `input "trivy-version" must be a Trivy release like ${DEFAULT_TRIVY_VERSION}; got "latest"`,
    ],
    [
      { 'db-repository': 'https://ghcr.io/aquasecurity/trivy-db' },
      'input "db-repository": "https://ghcr.io/aquasecurity/trivy-db" is not a registry repository',
    ],
    [{ 'db-repository': ' , ' }, 'input "db-repository" must name at least one repository'],
    [{ 'ignore-unfixed': 'yes' }, 'input "ignore-unfixed" must be true or false; got "yes"'],
    [
      { 'trivy-download-url': 'ftp://mirror/trivy' },
      'input "trivy-download-url" must be an http(s) URL; got "ftp://mirror/trivy"',
    ],
  ])('%j → %s', (inputs, message) => {
    const error = failure(inputs);
    expect(error.code).toBe('INPUT_INVALID');
    expect(error.message).toBe(message);
  });

  it('declares every input it reads, with a description', () => {
    expect(SCAN_INPUTS.map((spec) => spec.name)).toEqual([
      'scan',
      'trivy-version',
      'scan-target',
      'db-repository',
      'fail-on-severity',
      'ignore-unfixed',
      'vuln-ignore',
      'vuln-report-path',
      'sarif-path',
      'gitlab-report-path',
      'trivy-cache-dir',
      'trivy-download-url',
    ]);
    for (const spec of SCAN_INPUTS) expect(spec.description.length).toBeGreaterThan(10);
  });
});

describe('parseIgnoreList', () => {
  it('reads YAML and JSON lists, keeping purls and full RFC 3339 expiries', () => {
    expect(
      parseIgnoreList(
        '[{"id": "GHSA-xxxx", "purls": ["pkg:npm/lodash"], "expires": "2025-01-31T12:00:00Z"}]',
      ),
    ).toEqual([{ id: 'GHSA-xxxx', purls: ['pkg:npm/lodash'], expires: '2025-01-31T12:00:00Z' }]);
    expect(parseIgnoreList('')).toEqual([]);
  });

  it.each([
    [
      '- id: CVE-1\n  expires: next week\n',
      'input "vuln-ignore"[0].expires must be YYYY-MM-DD or an RFC 3339 time; got "next week"',
    ],
    [
      '- id: CVE-1\n  expires: 2025-13-45\n',
      'input "vuln-ignore"[0].expires must be YYYY-MM-DD or an RFC 3339 time; got "2025-13-45"',
    ],
    ['- reason: no id\n', 'input "vuln-ignore"[0].id is invalid'],
    ['- id: CVE-1\n  reson: typo\n', 'Unrecognized key'],
    ['id: CVE-1\n', 'input "vuln-ignore" is invalid'],
    ['- id: [unclosed\n', 'input "vuln-ignore" is not valid YAML'],
  ])('%j is refused: %s', (text, message) => {
    let thrown: unknown;
    try {
      parseIgnoreList(text);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ImprintError);
    expect((thrown as ImprintError).code).toBe('INPUT_INVALID');
    expect((thrown as ImprintError).message).toContain(message);
  });
});
