/**
 * The GitLab container_scanning report imprint writes, validated against GitLab's own published
 * JSON schema at the version the report declares (test/peers/schemas/README.md says where the
 * copy comes from): one report per Trivy golden that holds findings, and reports built from
 * findings with the fields the schema is strict about (no primary URL, references that are
 * not URLs, a title over 255 characters).
 */
import { Ajv, type ValidateFunction } from 'ajv';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GITLAB_REPORT_VERSION, gitlabReportFromTrivy } from '../../../src/scan/gitlab-report.js';
import { parseTrivyReport, type TrivyReport } from '../../../src/scan/trivy-report.js';
import { readGolden, trivyGoldensDir } from './fixtures.js';

const SCHEMA_PATH = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'peers',
  'schemas',
  `container-scanning-report-format-${GITLAB_REPORT_VERSION}.json`,
);

const scanInfo = {
  scannerVersion: '0.74.0',
  analyzerVersion: '0.1.0',
  startedAt: new Date('2026-12-06T10:00:00.123Z'),
  finishedAt: new Date('2026-12-06T10:00:07.456Z'),
};

let validate: ValidateFunction;

beforeAll(() => {
  const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
  // strict: false for the keywords GitLab's schema adds (self, examples beside $ref).
  validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
});

function problems(report: unknown): string[] {
  return validate(report)
    ? []
    : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
}

/** The goldens that are Trivy JSON reports with at least one finding. */
function goldensWithFindings(): [string, TrivyReport][] {
  return readdirSync(trivyGoldensDir())
    .filter((name) => name.endsWith('.json.golden'))
    .flatMap((name): [string, TrivyReport][] => {
      let report: TrivyReport;
      try {
        report = parseTrivyReport(readGolden(name));
      } catch {
        return []; // not a vulnerability report (misconfigurations, secrets, licenses)
      }
      const count = (report.Results ?? []).reduce(
        (sum, result) => sum + (result.Vulnerabilities?.length ?? 0),
        0,
      );
      return count > 0 ? [[name, report]] : [];
    });
}

/** A report with one finding of debian-buster.json.golden, changed by `edit`. */
function oneFinding(
  edit: (
    vuln: NonNullable<NonNullable<TrivyReport['Results']>[number]['Vulnerabilities']>[number],
  ) => void,
): TrivyReport {
  const report = parseTrivyReport(readGolden('debian-buster.json.golden'));
  const result = report.Results!.find((entry) => entry.Vulnerabilities?.length)!;
  result.Vulnerabilities = [result.Vulnerabilities![0]!];
  edit(result.Vulnerabilities[0]!);
  report.Results = [result];
  return report;
}

describe('GitLab container_scanning report against GitLab’s published schema', () => {
  it(`the schema file is version ${GITLAB_REPORT_VERSION}, the version the report declares`, () => {
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as { self: { version: string } };
    expect(schema.self.version).toBe(GITLAB_REPORT_VERSION);
    expect(gitlabReportFromTrivy([], scanInfo).version).toBe(GITLAB_REPORT_VERSION);
  });

  it('a report without findings validates', () => {
    expect(problems(gitlabReportFromTrivy([], scanInfo))).toEqual([]);
  });

  it('the report of every Trivy golden with findings validates', () => {
    const goldens = goldensWithFindings();
    expect(goldens.length).toBeGreaterThan(20);
    const refused = goldens.flatMap(([name, report]) =>
      problems(gitlabReportFromTrivy([{ report }], scanInfo)).map((line) => `${name}: ${line}`),
    );
    expect(refused).toEqual([]);
  });

  it('a finding without a primary URL: the identifier has no url (the schema refuses "")', () => {
    const report = oneFinding((vuln) => {
      delete vuln.PrimaryURL;
    });
    const gitlab = gitlabReportFromTrivy([{ report }], scanInfo);
    expect(problems(gitlab)).toEqual([]);
    expect(gitlab.vulnerabilities[0]!.identifiers[0]).not.toHaveProperty('url');
  });

  it('references that are not http(s) or ftp URLs are left out of links', () => {
    const report = oneFinding((vuln) => {
      vuln.References = [
        'https://security-tracker.debian.org/tracker/CVE-2011-3374',
        'ftp://ftp.example.org/advisory.txt',
        'see the vendor advisory',
        '',
        'mailto:security@example.org',
      ];
    });
    const gitlab = gitlabReportFromTrivy([{ report }], scanInfo);
    expect(problems(gitlab)).toEqual([]);
    expect(gitlab.vulnerabilities[0]!.links).toEqual([
      { url: 'https://security-tracker.debian.org/tracker/CVE-2011-3374' },
      { url: 'ftp://ftp.example.org/advisory.txt' },
    ]);
  });

  it('a title over 255 characters is cut to 255 with an ellipsis', () => {
    const title = `${'x'.repeat(300)} end`;
    const report = oneFinding((vuln) => {
      vuln.Title = title;
    });
    const gitlab = gitlabReportFromTrivy([{ report }], scanInfo);
    expect(problems(gitlab)).toEqual([]);
    const name = gitlab.vulnerabilities[0]!.name;
    expect(name).toHaveLength(255);
    expect(name).toBe(`${'x'.repeat(254)}…`);
  });

  it('a description over 1 MiB characters and a solution over 7000 are cut to the limits', () => {
    const report = oneFinding((vuln) => {
      vuln.Description = 'd'.repeat(1_048_577);
      vuln.FixedVersion = Array.from({ length: 1000 }, (_, i) => `1.${i}.0`).join(', ');
    });
    const gitlab = gitlabReportFromTrivy([{ report }], scanInfo);
    expect(problems(gitlab)).toEqual([]);
    expect(gitlab.vulnerabilities[0]!.description).toHaveLength(1_048_576);
    expect(gitlab.vulnerabilities[0]!.solution).toHaveLength(7000);
    expect(gitlab.vulnerabilities[0]!.solution.endsWith('…')).toBe(true);
  });

  it('the validator does refuse what the schema forbids (an empty identifier url)', () => {
    const gitlab = gitlabReportFromTrivy([{ report: oneFinding(() => undefined) }], scanInfo);
    const broken = structuredClone(gitlab) as unknown as {
      vulnerabilities: { identifiers: { url: string }[] }[];
    };
    broken.vulnerabilities[0]!.identifiers[0]!.url = '';
    expect(problems(broken)).toEqual([
      '/vulnerabilities/0/identifiers/0/url must match pattern "^(https?|ftp)://.+"',
    ]);
  });
});
