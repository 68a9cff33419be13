/**
 * `imprint publish --scan=true` with the REAL Trivy (test/peers/tools.json) on PATH, its DB built
 * from real advisories (test/peers/fixtures/trivy-db) and downloaded by imprint's own DB step
 * from a loopback registry: the image is the debootstrap Debian root plus npm, pip and Go
 * packages. Ground truth for what must be found comes from dpkg inside that root, not from
 * either tool.
 */
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { debianRoot } from '../../integration/sbom/support/debian-root.js';
import { GITLAB_REPORT_VERSION } from '../../../src/scan/gitlab-report.js';
import type { VulnPredicate } from '../../../src/scan/predicate.js';
import { multiContext } from './images.js';
import {
  APP_ADVISORIES,
  type TrivyJson,
  VULN_PREDICATE,
  debianPairs,
  findingLines,
  matchedPairs,
  storedStatement,
  trivyImage,
} from './support.js';
import { type PublishRun, type TrivyWorld, publish, startTrivyWorld, succeeded } from './world.js';

const SARIF_SCHEMA = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'schemas',
  'sarif-schema-2.1.0.json',
);
const GITLAB_SCHEMA = join(
  dirname(SARIF_SCHEMA),
  `container-scanning-report-format-${GITLAB_REPORT_VERSION}.json`,
);
const REPO = 'scan/multi';

let world: TrivyWorld;
let context: string;
let rootfs: string;
/** The publish whose gate trips (fail-on-severity CRITICAL, nothing ignored). */
let gated: PublishRun;

beforeAll(async () => {
  process.env.STORAGE_DRIVER ??= 'vfs';
  world = await startTrivyWorld();
  context = await multiContext();
  rootfs = (await debianRoot()).rootfs;
  gated = await publish(world, {
    image: `${world.registry.host}/${REPO}`,
    tags: 'v1',
    context,
    'fail-on-severity': 'CRITICAL',
  });
}, 900_000);
afterAll(async () => {
  await world?.stop();
});

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

describe('publish with the real Trivy', () => {
  it('downloads the fixture DB from the configured repository and scans the pushed digest', () => {
    const digest = gated.outputs.digest!;
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(gated.log).toContain(`Trivy ${world.trivyVersion} (path): ${world.trivy}`);
    expect(gated.log).toContain(`Downloading the Trivy DB from ${world.dbRepository}`);
  });

  it('the gate trips on the fixture CRITICALs (zlib1g from Debian, minimist from npm)', () => {
    expect(gated.error).toMatchObject({ code: 'GATE_FAILED' });
    const message = (gated.error as Error).message;
    expect(message).toContain('vulnerability gate failed: 2 findings at or above CRITICAL');
    expect(message).toContain('CRITICAL CVE-2023-45853 in zlib1g 1:1.2.13.dfsg-1');
    expect(message).toContain('CRITICAL CVE-2021-44906 in minimist 1.2.5');
  });

  it("stores a vuln attestation whose findings are Trivy's own, and exactly the DB's matches", async () => {
    const digest = gated.outputs.digest!;
    const statement = await storedStatement<VulnPredicate>(world, REPO, digest, VULN_PREDICATE);
    expect(statement.predicate.scanner.uri).toBe(
      `pkg:github/aquasecurity/trivy@${world.trivyVersion}`,
    );
    expect(statement.predicate.scanner.db.uri).toBe(world.dbRepository);
    const stored = statement.predicate.scanner.result as TrivyJson;

    // Trivy run by hand on the same digest with the same DB finds the same.
    const direct = await trivyImage(world, `${world.registry.host}/${REPO}@${digest}`);
    expect(findingLines(stored)).toEqual(findingLines(direct));

    // What the fixture advisories must match, from dpkg and the packages installed in the app.
    expect(matchedPairs(stored)).toEqual([...debianPairs(rootfs), ...APP_ADVISORIES].sort());
    expect(findingLines(stored)).toEqual(
      expect.arrayContaining([
        'CVE-2023-45853 zlib1g 1:1.2.13.dfsg-1 CRITICAL',
        'CVE-2026-27171 zlib1g 1:1.2.13.dfsg-1 UNKNOWN',
        'CVE-2010-4756 libc6 2.36-9+deb12u14 LOW',
        'CVE-2021-23337 lodash 4.17.20 HIGH',
        'CVE-2021-44906 minimist 1.2.5 CRITICAL',
        'CVE-2022-40897 setuptools 65.5.0 MEDIUM',
      ]),
    );
  });

  it('an ignore entry for each CRITICAL clears the gate; the report records why', async () => {
    const run = succeeded(
      await publish(world, {
        image: `${world.registry.host}/${REPO}`,
        tags: 'v1',
        context,
        'fail-on-severity': 'CRITICAL',
        'vuln-ignore': [
          '- {id: CVE-2023-45853, purls: ["pkg:deb/debian/zlib1g"], reason: minizip is not built into zlib1g}',
          '- {id: CVE-2021-44906, purls: ["pkg:npm/minimist"], reason: no untrusted input, expires: 2099-12-31}',
        ].join('\n'),
      }),
    );
    expect(run.outputs.digest).toBe(gated.outputs.digest);
    const report = readJson<{
      gate: { passed: boolean; ignored: { finding: { id: string }; reason?: string }[] };
    }>(run.outputs['vuln-report-path']!);
    expect(report.gate.passed).toBe(true);
    expect(report.gate.ignored.map((i) => [i.finding.id, i.reason]).sort()).toEqual([
      ['CVE-2021-44906', 'no untrusted input'],
      ['CVE-2023-45853', 'minizip is not built into zlib1g'],
    ]);
    expect(run.summary).toContain('| Gate (fail-on-severity: CRITICAL) | ✅ passed |');
  });

  it('an ignore entry scoped to another package clears nothing', async () => {
    const run = await publish(world, {
      image: `${world.registry.host}/${REPO}`,
      tags: 'v1',
      context,
      'fail-on-severity': 'CRITICAL',
      'vuln-ignore': '- {id: CVE-2023-45853, purls: ["pkg:deb/debian/libssl3"]}',
    });
    expect(run.error).toMatchObject({ code: 'GATE_FAILED' });
    expect((run.error as Error).message).toContain('2 findings at or above CRITICAL');
  });
});

describe('the reports written from the real Trivy report', () => {
  it('SARIF validates against the SARIF 2.1.0 schema and has one result per finding', () => {
    const schema = readJson<Record<string, unknown>>(SARIF_SCHEMA);
    // Draft-04 schema: its `id` keyword is draft-07's `$id`; nothing else it uses differs.
    delete schema.$schema;
    delete schema.id;
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    const sarif = readJson<{ runs: { results: { ruleId: string }[] }[] }>(
      join(gated.dir, 'trivy.sarif'),
    );
    expect(validate(sarif) ? [] : validate.errors).toEqual([]);
    const report = readJson<{ subjects: { findings: unknown[] }[] }>(
      join(gated.dir, 'vulnerabilities.json'),
    );
    expect(sarif.runs[0]!.results.length).toBe(report.subjects[0]!.findings.length);
  });

  it(`the GitLab report validates against GitLab's container scanning schema ${GITLAB_REPORT_VERSION}`, () => {
    const validate = new Ajv({ strict: false, allErrors: true }).compile(
      readJson<Record<string, unknown>>(GITLAB_SCHEMA),
    );
    const gitlab = readJson<{ version: string; vulnerabilities: unknown[] }>(
      join(gated.dir, 'gl-container-scanning-report.json'),
    );
    expect(validate(gitlab) ? [] : validate.errors).toEqual([]);
    expect(gitlab.version).toBe(GITLAB_REPORT_VERSION);
    expect(gitlab.vulnerabilities.length).toBeGreaterThan(0);
  });

  it('the GitLab report lists every finding Trivy made, with its severity', async () => {
    const statement = await storedStatement<VulnPredicate>(
      world,
      REPO,
      gated.outputs.digest!,
      VULN_PREDICATE,
    );
    const gitlab = readJson<{
      vulnerabilities: {
        severity: string;
        identifiers: { value: string }[];
        location: { dependency: { package: { name: string }; version: string } };
      }[];
    }>(join(gated.dir, 'gl-container-scanning-report.json'));
    const ours = gitlab.vulnerabilities
      .map(
        (v) =>
          `${v.identifiers[0]!.value} ${v.location.dependency.package.name} ${v.location.dependency.version} ${v.severity.toUpperCase()}`,
      )
      .sort();
    expect(ours).toEqual(findingLines(statement.predicate.scanner.result as TrivyJson));
  });
});
