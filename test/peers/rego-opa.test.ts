/**
 * The Rego imprint exports for policy-controller, read by the real OPA:
 * - `opa check --strict` is clean on every exported Rego, in OPA 1.x syntax and in the v0
 *   mode policy-controller parses with;
 * - `opa eval` of `isCompliant` agrees with imprint's own evaluation on real predicates
 *   (Trivy's golden reports, Trivy-written CycloneDX BOMs, imprint's own provenance);
 * - the regexes imprint rewrites for RE2 match in Go's RE2 (OPA's regex.match) exactly what
 *   they match in JavaScript.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildProvenance } from '../../src/attest/provenance.js';
import { detectPlatform } from '../../src/ci/choose-platform.js';
import { exportPolicy } from '../../src/policy/export/index.js';
import { toRe2 } from '../../src/policy/export/re2.js';
import { evaluatePolicy } from '../../src/policy/evaluate.js';
import { parsePolicy } from '../../src/policy/load.js';
import { anchoredRegExpSource, identityPattern } from '../../src/policy/match.js';
import { findingsFromTrivyReport } from '../../src/scan/trivy-report.js';
import { trivyGoldensDir } from '../interop/scan/fixtures.js';
import { attestation, DIGEST, evidence } from '../unit/policy/evidence-builders.js';
import {
  exportedRego,
  opaCheckStrict,
  opaIsCompliant,
  REGO_MODES,
  re2Matches,
  statement,
} from './opa.js';
import { describeRun } from './tools.js';

const NOW = new Date();
const SIGNER = [
  'signers:',
  '  - issuer: https://token.actions.githubusercontent.com',
  '    subject: https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.2.0',
].join('\n');
const VULN = 'https://cosign.sigstore.dev/attestation/vuln/v1';
const CYCLONEDX = 'https://cyclonedx.org/bom';
const SLSA = 'https://slsa.dev/provenance/v1';

function policyYaml(attestations: string): string {
  return `apiVersion: imprint/v1\nkind: Policy\n${SIGNER}\nattestations:\n${attestations}\n`;
}

function regoOf(yaml: string): string {
  const exported = exportedRego(
    exportPolicy(parsePolicy(yaml), 'policy-controller', { now: NOW }).yaml,
  );
  expect(exported).toHaveLength(1);
  return exported[0]!.rego;
}

/** imprint verify's verdict on one attestation carrying `predicate`, signed `signedAt`. */
function imprintPasses(yaml: string, type: string, predicate: unknown, signedAt: Date): boolean {
  const verdict = evaluatePolicy(
    parsePolicy(yaml),
    evidence({
      attestations: [attestation(type, predicate, { signedAt: signedAt.toISOString() })],
    }),
    { now: NOW, parseTrivyReport: findingsFromTrivyReport },
  );
  return verdict.outcome === 'pass';
}

interface Case {
  name: string;
  predicate: unknown;
  signedAt?: Date;
}

/** Every case through imprint and through OPA in both modes; the three verdicts must agree. */
async function expectAgreement(yaml: string, type: string, cases: Case[]) {
  const rego = regoOf(yaml);
  const imprint = cases.map((c) => imprintPasses(yaml, type, c.predicate, c.signedAt ?? NOW));
  for (const mode of REGO_MODES) {
    const opa = await opaIsCompliant(
      rego,
      cases.map((c) => statement(type, c.predicate, DIGEST)),
      mode,
    );
    const disagreements = cases.flatMap((c, i) =>
      opa[i] === imprint[i] ? [] : [`${c.name} (${mode}): imprint ${imprint[i]}, OPA ${opa[i]}`],
    );
    expect(disagreements).toEqual([]);
  }
  return imprint;
}

const VULN_RULES = [
  '{maxSeverity: CRITICAL}',
  '{maxSeverity: HIGH}',
  '{maxSeverity: MEDIUM}',
  '{maxSeverity: LOW}',
  '{maxSeverity: NONE}',
  '{maxCvss: 7.5}',
  '{maxSeverity: HIGH, ignoreUnfixed: true}',
  '{maxSeverity: LOW, maxCvss: 9.0, ignoreUnfixed: true}',
];

/** Two predicates that carry no readable report, then every Trivy golden JSON report. */
function trivyReports(): Case[] {
  const unreadable: Case[] = [
    { name: 'no scanner.result', predicate: { scanner: {}, metadata: {} } },
    { name: 'SchemaVersion 1', predicate: vulnPredicate({ SchemaVersion: 1, Results: [] }, NOW) },
  ];
  return unreadable.concat(
    readdirSync(trivyGoldensDir())
      .filter((name) => name.endsWith('.json.golden'))
      .flatMap((name) => {
        const report = JSON.parse(readFileSync(join(trivyGoldensDir(), name), 'utf8')) as {
          SchemaVersion?: number;
        };
        if (report.SchemaVersion !== 2) return [];
        return [{ name, predicate: vulnPredicate(report, NOW) }];
      }),
  );
}

function vulnPredicate(report: unknown, finishedOn: Date) {
  return {
    scanner: { uri: 'pkg:github/aquasecurity/trivy@0.58.1', version: '0.58.1', result: report },
    metadata: { scanStartedOn: finishedOn.toISOString(), scanFinishedOn: finishedOn.toISOString() },
  };
}

/** CycloneDX BOMs Trivy wrote (the shared fixtures), and the components they list. */
function boms(): { name: string; bom: { components?: BomComponent[] } }[] {
  const dir = trivyGoldensDir();
  return readdirSync(dir)
    .filter((name) => /cyclonedx|\.cdx\./.test(name))
    .map((name) => ({ name, bom: JSON.parse(readFileSync(join(dir, name), 'utf8')) as never }));
}
interface BomComponent {
  purl?: string;
  version?: string;
  licenses?: { license?: { id?: string; name?: string }; expression?: string }[];
  components?: BomComponent[];
}

function allComponents(components: BomComponent[] = []): BomComponent[] {
  return components.flatMap((c) => [c, ...allComponents(c.components)]);
}

describe('opa check --strict on every exported Rego', () => {
  const fixture = (name: string) =>
    readFileSync(new URL(`../fixtures/policy/${name}.yaml`, import.meta.url), 'utf8');
  const cosignPub = readFileSync(new URL('../fixtures/policy/cosign.pub', import.meta.url), 'utf8');
  const policies: [string, string][] = [
    ...['release', 'gitlab-minimal', 'audit-two-signers'].map(
      (name) => [name, fixture(name)] as [string, string],
    ),
    ...VULN_RULES.map(
      (rule) =>
        [
          `vulnerabilities ${rule}`,
          policyYaml(`  - type: ${VULN}\n    vulnerabilities: ${rule}`),
        ] as [string, string],
    ),
    [
      'vulnerabilities with ignores',
      policyYaml(
        `  - type: ${VULN}\n    maxAge: 24h\n    vulnerabilities:\n      maxSeverity: LOW\n      ignore:\n        - {id: CVE-2019-1549}\n        - {id: CVE-2019-1563, purls: ['pkg:apk/alpine/openssl', 'pkg:apk/alpine/libssl1.1']}`,
      ),
    ],
    [
      'sbom with versions, licences, alternatives',
      policyYaml(
        `  - type: ${CYCLONEDX}\n    maxAge: 720h\n    sbom:\n      denyPackages:\n        - {purl: 'pkg:npm/lodash', versions: '<4.17.21 || >=5.0.0'}\n        - {purl: 'pkg:npm/minimist'}\n      denyLicenses: [GPL-3.0-only, AGPL-3.0-or-later]`,
      ),
    ],
    [
      'provenance by exact id and by glob',
      policyYaml(
        `  - type: ${SLSA}\n    provenance: {builderId: 'https://github.com/acme/**'}\n  - type: https://slsa.dev/provenance/v0.2\n    provenance: {builderId: 'https://gitlab.com/acme/runner'}`,
      ),
    ],
  ];
  const regos = policies.flatMap(([name, yaml]) =>
    exportedRego(
      exportPolicy(parsePolicy(yaml), 'policy-controller', {
        now: NOW,
        publicKeys: { './cosign.pub': cosignPub },
      }).yaml,
    ).map((rego) => [`${name}: ${rego.where}`, rego.rego] as const),
  );

  it('covers every rule kind', () => {
    expect(regos.length).toBeGreaterThanOrEqual(16);
  });

  it.each(regos.flatMap(([name, rego]) => REGO_MODES.map((mode) => [name, mode, rego] as const)))(
    '%s (%s)',
    async (_name, mode, rego) => {
      const run = await opaCheckStrict(rego, mode);
      // The whole run in the message: OPA's complaint is what to fix.
      expect(run.code === 0 ? 'clean' : describeRun(run)).toBe('clean');
    },
  );
});

describe('opa eval agrees with imprint verify on real predicates', () => {
  it.each(VULN_RULES)('Trivy golden reports, vulnerabilities %s', async (rule) => {
    const cases = trivyReports();
    expect(cases.length).toBeGreaterThan(20);
    const verdicts = await expectAgreement(
      policyYaml(`  - type: ${VULN}\n    vulnerabilities: ${rule}`),
      VULN,
      cases,
    );
    // Real reports on both sides of the threshold; nothing but a missing report fails CRITICAL.
    if (rule === '{maxSeverity: CRITICAL}') expect(verdicts.filter((v) => !v)).toHaveLength(2);
    else expect(new Set(verdicts.slice(2)).size).toBe(2);
  });

  it('Trivy golden reports, ignore entries by id and by purl', async () => {
    const cases = trivyReports();
    const alpine = cases.find((c) => c.name === 'alpine-39.json.golden')!;
    expect(alpine).toBeDefined();
    await expectAgreement(
      policyYaml(
        `  - type: ${VULN}\n    vulnerabilities:\n      maxSeverity: MEDIUM\n      ignore:\n        - {id: CVE-2019-1549}\n        - {id: CVE-2019-14697, purls: ['pkg:apk/alpine/musl']}`,
      ),
      VULN,
      cases,
    );
  });

  it('maxAge on the report time, fresh and stale', async () => {
    const report = JSON.parse(
      readFileSync(join(trivyGoldensDir(), 'alpine-distroless.json.golden'), 'utf8'),
    ) as unknown;
    const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000);
    const cases = [1, 5, 23, 25, 100].map((h) => ({
      name: `${h}h old`,
      predicate: vulnPredicate(report, hoursAgo(h)),
      signedAt: hoursAgo(h),
    }));
    const verdicts = await expectAgreement(
      policyYaml(
        `  - type: ${VULN}\n    maxAge: 24h\n    vulnerabilities: {maxSeverity: CRITICAL}`,
      ),
      VULN,
      cases,
    );
    expect(verdicts).toEqual([true, true, true, false, false]);
  });

  it('CycloneDX BOMs Trivy wrote: denied packages (any version and SemVer ranges) and licences', async () => {
    const found = boms();
    expect(found.length).toBeGreaterThan(1);
    const cases = found.map(({ name, bom }) => ({ name, predicate: bom }));
    const components = found.flatMap(({ bom }) => allComponents(bom.components));
    const npm = components.find((c) => c.purl?.startsWith('pkg:npm/') && c.version)!;
    const purl = npm.purl!.replace(/@.*$/, '');
    const licensed = components.find((c) =>
      c.licenses?.some((l) => l.license?.id || l.license?.name),
    )!;
    const licence = licensed.licenses!.map((l) => l.license?.id ?? l.license?.name).find(Boolean)!;
    const rules = [
      `denyPackages: [{purl: '${purl}'}]`,
      `denyPackages: [{purl: '${purl}', versions: '<=${npm.version}'}]`,
      `denyPackages: [{purl: '${purl}', versions: '>${npm.version}'}]`,
      `denyLicenses: ['${licence}']`,
      `denyLicenses: ['${licence.toLowerCase()}', 'AGPL-3.0-only']`,
    ];
    const outcomes: boolean[][] = [];
    for (const rule of rules) {
      outcomes.push(
        await expectAgreement(
          policyYaml(`  - type: ${CYCLONEDX}\n    sbom: {${rule}}`),
          CYCLONEDX,
          cases,
        ),
      );
    }
    // The chosen package and licence are really found somewhere, and not everywhere.
    expect(outcomes[0]).toContain(false);
    expect(outcomes[0]).toContain(true);
    expect(outcomes[3]).toContain(false);
  });

  it("imprint's own provenance: builder by exact id, by glob, and a mismatch", async () => {
    const provenance = buildProvenance(
      detectPlatform({
        GITHUB_ACTIONS: 'true',
        GITHUB_REPOSITORY: 'acme/app',
        GITHUB_WORKFLOW_REF: 'acme/app/.github/workflows/release.yml@refs/heads/main',
        GITHUB_EVENT_NAME: 'push',
        GITHUB_REPOSITORY_ID: '2000',
        GITHUB_REPOSITORY_OWNER_ID: '1000',
        GITHUB_REF: 'refs/heads/main',
        GITHUB_SHA: 'a'.repeat(40),
        GITHUB_RUN_ID: '9000000001',
        GITHUB_RUN_ATTEMPT: '1',
        RUNNER_ENVIRONMENT: 'github-hosted',
      }).runFacts(),
    );
    const id = provenance.runDetails.builder.id;
    const verdicts: boolean[] = [];
    for (const builderId of [
      id,
      id.replace(/\/[^/]*$/, '/*'),
      'https://github.com/**',
      'https://gitlab.com/*',
    ]) {
      verdicts.push(
        ...(await expectAgreement(
          policyYaml(`  - type: ${SLSA}\n    provenance: {builderId: '${builderId}'}`),
          SLSA,
          [{ name: builderId, predicate: provenance }],
        )),
      );
    }
    expect(verdicts).toEqual([true, true, true, false]);
  });
});

describe("regexes rewritten for RE2 match in Go's RE2 what they match in JavaScript", () => {
  const patterns = [
    identityPattern('https://github.com/acme/**'),
    identityPattern('https://github.com/acme/*/release.yml@refs/tags/*'),
    identityPattern(undefined, 'https://github\\.com/acme/.+'),
    identityPattern(undefined, 'a\\sb|\\S+x|[\\s]y'),
    identityPattern(undefined, '\\u00e9t\\u{e9}'),
  ];
  const texts = [
    'https://github.com/acme/app',
    'https://github.com/acme/app\rx',
    'https://github.com/acme/app\u2028x',
    'https://github.com/acme/app\nx',
    'https://github.com/acme/app/release.yml@refs/tags/v1',
    'https://github.com/acme/a/b/release.yml@refs/tags/v1',
    'a b',
    'a\u00a0b',
    'a\u2003b',
    'a\u000bb',
    'abcx',
    'ab cx',
    '\u00a0y',
    '\u00e9t\u00e9',
  ];

  it('on identities, globs and escapes', async () => {
    const cases = patterns.flatMap((pattern) =>
      texts.map((text) => ({
        pattern: toRe2(anchoredRegExpSource(pattern), 'test'),
        js: new RegExp(anchoredRegExpSource(pattern), 'u').test(text),
        text,
      })),
    );
    const re2 = await re2Matches(cases);
    expect(cases.filter((c, i) => re2[i] !== c.js)).toEqual([]);
    // The texts probe both answers.
    expect(new Set(cases.map((c) => c.js)).size).toBe(2);
  });
});
