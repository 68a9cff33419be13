/**
 * Both components in a consumer's pipeline, run by gitlab-ci-local with the shell executor, in
 * one run: `imprint publish` (this working tree's dist/) builds once with the docker builder on
 * the machine's Docker engine and once with buildah (the default: a two-platform index), pushes
 * to a real registry with Basic auth found through CI_REGISTRY_*, signs keyless against the
 * loopback Sigstore (Fulcio, Rekor, TSA: `sigstore: custom`) with a GitLab-shaped identity
 * token, and later jobs receive the digest and the signature through the dotenv report.
 *
 * gitlab-ci-local does not mint `id_tokens:`; the run hands the job SIGSTORE_ID_TOKEN as a
 * variable instead, a token from the loopback issuer with the claims GitLab would put in it.
 *
 * Stand-ins, because a shell executor has no images or services: IMPRINT_CLI runs dist/cli.js
 * instead of the image's `imprint`, and the consumer replaces the docker builder's hidden job
 * so the machine's Docker engine plays the docker:dind service (what a GitLab shell runner
 * with Docker would do too). GitLab sets GITLAB_CI=true; gitlab-ci-local sets "false", so the
 * run sets it back.
 *
 * Then the verify component, included twice, runs the real `imprint verify` (dist/cli.js too):
 * once expecting the identity the publish jobs signed with (it passes), once expecting the
 * tag-release identity of the same project (it fails, and its JUnit report says why). The
 * consumer lets that job fail with exit code 1 only: a bad input (exit 2) still fails the run.
 *
 * The report files the jobs leave are checked against their formats: the dotenv report, the
 * CycloneDX SBOMs (`reports: cyclonedx`) against the CycloneDX 1.6 JSON schema, and the
 * `container_scanning` report against Trivy's own GitLab template output. For the scan, the
 * docker publish job runs a STAND-IN `trivy` (test/integration/scan/stand-in-trivy.ts: no real
 * Trivy, no Trivy DB registry here), first on that job's PATH, which replays a real Trivy
 * golden report; imprint turns it into the GitLab report as it would a real scan's.
 */
import * as CDX from '@cyclonedx/cyclonedx-library';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { basicAuth, registryDigest } from '../../harness/image.js';
import { startRegistry, type TestRegistry } from '../../harness/registry.js';
import { type SigstoreStack, startSigstoreStack } from '../../harness/sigstore/index.js';
import {
  CONSUMER_PROJECT_PATH,
  consumerRepo,
  type ConsumerRepo,
  gitlabCiLocal,
  REPO_ROOT,
  type RunResult,
} from './gitlab-ci-local.js';
import { dotenvProblems, parseDotenv } from './dotenv-report.js';
import { containerScanningShape } from './container-scanning-report.js';
import { trivyGoldensDir } from '../../interop/scan/fixtures.js';
import { type StandInTrivy, writeStandInTrivy } from '../scan/stand-in-trivy.js';

/** Quotes and a `;`: proof that free-text inputs never become shell. */
const NOTE = `it's "quoted"; echo INJECTED`;
const REPOSITORY = `${CONSUMER_PROJECT_PATH}/app`;
const MANIFEST_TYPES = [
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

/** The identity the publish jobs sign with: this consumer's main-branch pipeline. */
const SIGNER = 'https://gitlab.com/imprint-test/consumer//.gitlab-ci.yml@refs/heads/main';
/** Same project, but a tag pipeline: what a consumer deploying releases only would expect. */
const RELEASE_SIGNER = 'https://gitlab.com/imprint-test/consumer//.gitlab-ci.yml@refs/tags/v1.0.0';
const OTHER_REPORT = 'other-signer-verify-report.json';
const ROOTLESS_REPORT = 'rootless-verify-report.json';
/** Where the publish template points `reports: container_scanning` and `reports: cyclonedx`. */
const CONTAINER_SCANNING_REPORT = 'gl-container-scanning-report.json';
const SBOM_DIR = 'imprint-sbom';
/** Trivy's own GitLab template output, the shape GitLab's parser expects. */
const TRIVY_GITLAB_GOLDEN = 'alpine-310.gitlab.golden';
/** The real Trivy JSON report the stand-in replays as its scan of the pushed image. */
const TRIVY_SCAN_GOLDEN = 'alpine-39.json.golden';

/** The stand-in trivy one publish job runs: its PATH entry and a DB cache of its own. */
interface ScannerSetup {
  dir: string;
  cacheDir: string;
}

/** The inputs that point both publish jobs at the loopback Sigstore. */
const sigstoreInputs = (sigstore: SigstoreStack) => `
      sigstore: custom
      fulcio-url: ${sigstore.fulcioURL}
      rekor-url: ${sigstore.rekorURL}
      tsa-url: ${sigstore.tsaURL}
      trusted-root: ${sigstore.trustedRootPath}`;

/** The verify inputs both verify jobs share: the loopback Sigstore and registry. */
const verifyTrustInputs = (sigstore: SigstoreStack) => `
      certificate-oidc-issuer: $CI_SERVER_URL
      trusted-root: ${sigstore.trustedRootPath}
      insecure-registries: $CI_REGISTRY`;

const consumerPipeline = (imprintCli: string, sigstore: SigstoreStack, scanner: ScannerSetup) => `
stages: [build, test]

include:
  - component: $CI_SERVER_FQDN/$CI_PROJECT_PATH/publish@$CI_COMMIT_SHA
    inputs:
      image: $CI_REGISTRY/${REPOSITORY}
      tags: $CI_COMMIT_SHORT_SHA, latest
      context: app
      builder: docker
      build-args: |
        NOTE=${NOTE}
      insecure-registries: $CI_REGISTRY${sigstoreInputs(sigstore)}
      # Scanned by the stand-in trivy; the GitLab report goes where the template puts it.
      scan: 'true'
      trivy-cache-dir: ${scanner.cacheDir}
  # The default builder, buildah, from the same component included a second time.
  - component: $CI_SERVER_FQDN/$CI_PROJECT_PATH/publish@$CI_COMMIT_SHA
    inputs:
      job-prefix: rootless
      image: $CI_REGISTRY/${REPOSITORY}
      tags: buildah
      context: app
      platforms: linux/amd64,linux/arm64
      insecure-registries: $CI_REGISTRY${sigstoreInputs(sigstore)}
  # Each published image, pinned by the digest its publish job handed over (verify refuses
  # tag-only references by default), against the identity it was signed with.
  - component: $CI_SERVER_FQDN/$CI_PROJECT_PATH/verify@$CI_COMMIT_SHA
    inputs:
      certificate-identity: ${SIGNER}
      require-attestations: provenance${verifyTrustInputs(sigstore)}
  - component: $CI_SERVER_FQDN/$CI_PROJECT_PATH/verify@$CI_COMMIT_SHA
    inputs:
      job-prefix: rootless
      certificate-identity: ${SIGNER}
      report-path: ${ROOTLESS_REPORT}
      require-attestations: provenance${verifyTrustInputs(sigstore)}
  # The image handed over in the dotenv report, against another identity.
  - component: $CI_SERVER_FQDN/$CI_PROJECT_PATH/verify@$CI_COMMIT_SHA
    inputs:
      job-prefix: other-signer
      certificate-identity: ${RELEASE_SIGNER}
      report-path: ${OTHER_REPORT}${verifyTrustInputs(sigstore)}

imprint-publish:
  variables:
    IMPRINT_CLI: ${imprintCli}
    # The stand-in trivy first on PATH, as the real one is in imprint's image.
    PATH: ${scanner.dir}${delimiter}${process.env.PATH ?? ''}

rootless-publish:
  variables:
    IMPRINT_CLI: ${imprintCli}

# Two publish jobs hand over IMPRINT_* variables: later jobs say whose they take.
imprint-verify:
  needs: [imprint-publish]
  variables:
    IMPRINT_CLI: ${imprintCli}

rootless-verify:
  needs: [rootless-publish]
  variables:
    IMPRINT_CLI: ${imprintCli}

# Expected to fail on a violation (exit 1); a bad input (exit 2) would still fail the run.
other-signer-verify:
  needs: [imprint-publish]
  allow_failure:
    exit_codes: [1]
  variables:
    IMPRINT_CLI: ${imprintCli}

# Stand-in for the docker:dind service: the machine's engine.
.imprint-publish-with-docker:
  services: []
  variables:
    DOCKER_HOST: unix:///var/run/docker.sock
    DOCKER_TLS_VERIFY: ''
    DOCKER_CERT_PATH: ''

check-digest:
  stage: test
  needs: [imprint-publish]
  script:
    - |
      echo "received IMPRINT_DIGEST=$IMPRINT_DIGEST IMPRINT_IMAGE_REF=$IMPRINT_IMAGE_REF"
      served=$(curl -fsS --head -u "$CI_REGISTRY_USER:$CI_REGISTRY_PASSWORD" -H "Accept: ${MANIFEST_TYPES}" "http://$CI_REGISTRY/v2/${REPOSITORY}/manifests/$CI_COMMIT_SHORT_SHA" | tr -d '\\r' | sed -n 's/^[Dd]ocker-[Cc]ontent-[Dd]igest: //p')
      echo "registry Docker-Content-Digest=$served"
      test -n "$served" && test "$served" = "$IMPRINT_DIGEST"
      test "$IMPRINT_IMAGE_REF" = "$CI_REGISTRY/${REPOSITORY}@$served"
`;

const APP_DOCKERFILE = 'FROM scratch\nARG NOTE=none\nLABEL note=$NOTE\nCOPY hello.txt /hello.txt\n';

let registry: TestRegistry;
let sigstore: SigstoreStack;
let idToken: string;
let repo: ConsumerRepo;
let run: RunResult;
let scannerWork: string;
let trivy: StandInTrivy;

beforeAll(async () => {
  registry = await startRegistry({ auth: 'basic' });
  sigstore = await startSigstoreStack();
  // The claims GitLab gives this consumer's main-branch pipeline; long enough for both builds.
  idToken = await sigstore.mintToken({
    shape: 'gitlab',
    expiresIn: 900,
    claims: {
      project_path: CONSUMER_PROJECT_PATH,
      namespace_path: CONSUMER_PROJECT_PATH.split('/')[0],
      sub: `project_path:${CONSUMER_PROJECT_PATH}:ref_type:branch:ref:main`,
      ci_config_ref_uri: SIGNER.replace('https://', ''),
    },
  });
  scannerWork = mkdtempSync(join(tmpdir(), 'imprint-gitlab-trivy-'));
  trivy = writeStandInTrivy(join(scannerWork, 'bin'), {
    version: DEFAULT_TRIVY_VERSION,
    reportFile: join(trivyGoldensDir(), TRIVY_SCAN_GOLDEN),
  });
  const scanner = { dir: trivy.dir, cacheDir: join(scannerWork, 'cache') };
  const node = process.execPath;
  repo = consumerRepo({
    '.gitlab-ci.yml': consumerPipeline(
      `${node} ${join(REPO_ROOT, 'dist', 'cli.js')}`,
      sigstore,
      scanner,
    ),
    'app/Dockerfile': APP_DOCKERFILE,
    'app/hello.txt': 'hello from a GitLab consumer\n',
  });
  run = await gitlabCiLocal(
    repo,
    [
      '--force-shell-executor',
      '--ignore-predefined-vars',
      'GITLAB_CI,CI_REGISTRY,CI_REGISTRY_USER,CI_REGISTRY_PASSWORD',
    ],
    {
      variables: {
        GITLAB_CI: 'true',
        CI_REGISTRY: registry.host,
        CI_REGISTRY_USER: registry.username,
        CI_REGISTRY_PASSWORD: registry.password,
        SIGSTORE_ID_TOKEN: idToken,
        // GitLab sets it for every job and provenance records it; gitlab-ci-local does not.
        CI_PROJECT_NAMESPACE_ID: '72',
      },
      timeoutMs: 180_000,
    },
  );
}, 240_000);

afterAll(async () => {
  repo?.remove();
  if (scannerWork) rmSync(scannerWork, { recursive: true, force: true });
  await registry?.stop();
  await sigstore?.stop();
});

function dotenvReport(job = 'imprint-publish'): string {
  const path = join(
    repo.dir,
    '.gitlab-ci-local',
    'artifacts',
    job,
    '.gitlab-ci-reports',
    'dotenv',
    'imprint.env',
  );
  if (!existsSync(path))
    throw new Error(`no dotenv report at ${path}; the run said:\n${run.output}`);
  return readFileSync(path, 'utf8');
}

async function imageLabels(reference: string): Promise<Record<string, string>> {
  const headers = { authorization: basicAuth(registry.username, registry.password) };
  const manifest = (await (
    await fetch(`${registry.url}/v2/${REPOSITORY}/manifests/${reference}`, {
      headers: { ...headers, accept: MANIFEST_TYPES },
    })
  ).json()) as { config: { digest: string } };
  const config = (await (
    await fetch(`${registry.url}/v2/${REPOSITORY}/blobs/${manifest.config.digest}`, { headers })
  ).json()) as {
    config: { Labels?: Record<string, string> };
  };
  return config.config.Labels ?? {};
}

describe('the publish component under gitlab-ci-local', () => {
  it('passes every job: publish, then the digest check and verify', () => {
    expect(run.output).toMatch(/PASS\s+imprint-publish/);
    expect(run.output).toMatch(/PASS\s+rootless-publish/);
    expect(run.output).toMatch(/PASS\s+check-digest/);
    expect(run.output).toMatch(/PASS\s+imprint-verify/);
    expect(run.output).toMatch(/PASS\s+rootless-verify/);
    expect(run.code).toBe(0);
  });

  it('hands over the digest the registry serves, through the dotenv report', async () => {
    const served = await registryDigest(
      registry.url,
      REPOSITORY,
      'latest',
      basicAuth(registry.username, registry.password),
    );
    expect(served).toMatch(/^sha256:[0-9a-f]{64}$/);
    const outputs = parseDotenv(dotenvReport());
    expect(outputs.IMPRINT_DIGEST).toBe(served);
    expect(outputs.IMPRINT_IMAGE_REF).toBe(`${registry.host}/${REPOSITORY}@${served}`);
    expect(outputs.IMPRINT_PLATFORM_DIGESTS).toBe('{}');
    expect(run.output).toContain(
      `received IMPRINT_DIGEST=${served} IMPRINT_IMAGE_REF=${registry.host}/${REPOSITORY}@${served}`,
    );
    expect(run.output).toContain(`registry Docker-Content-Digest=${served}`);
  });

  it('builds with buildah by default: a two-platform index, pinned by the registry’s digest', async () => {
    const auth = basicAuth(registry.username, registry.password);
    const served = await registryDigest(registry.url, REPOSITORY, 'buildah', auth);
    const outputs = parseDotenv(dotenvReport('rootless-publish'));
    expect(outputs.IMPRINT_DIGEST).toBe(served);
    const platforms = JSON.parse(outputs.IMPRINT_PLATFORM_DIGESTS ?? '{}') as Record<
      string,
      string
    >;
    expect(Object.keys(platforms).sort()).toEqual(['linux/amd64', 'linux/arm64']);
    expect(run.output).toMatch(/rootless-publish\s+> \$ buildah /);
  });

  it('writes a dotenv report GitLab accepts', () => {
    const text = dotenvReport();
    expect(dotenvProblems(text)).toEqual([]);
    expect(Object.keys(parseDotenv(text))).toEqual(
      expect.arrayContaining(['IMPRINT_DIGEST', 'IMPRINT_IMAGE_REF', 'IMPRINT_PLATFORM_DIGESTS']),
    );
  });

  it('hands free-text inputs over literally (quotes and ; stay data)', async () => {
    expect((await imageLabels('latest')).note).toBe(NOTE);
    expect(run.output).not.toMatch(/^imprint-publish\s+>\s+INJECTED$/m);
  });

  it('logs in collapsible sections and never shows the registry password', () => {
    // gitlab-ci-local recognises GitLab's section markers byte for byte and prints each
    // section as "<name>_started" … "<name> took <n>ms".
    // Sections are numbered in order; signing adds its own before and after the build.
    expect(run.output).toMatch(/imprint-publish\s+imprint_\d+_build_and_push_\w+_started/);
    expect(run.output).toMatch(/imprint-publish\s+imprint_\d+_build_and_push_\w+ took \d+ms/);
    expect(run.output).not.toContain(registry.password);
  });
});

describe('keyless signing under gitlab-ci-local (loopback Sigstore)', () => {
  it.each(['imprint-publish', 'rootless-publish'])(
    '%s signs, stores the signature beside the image and hands its reference over',
    async (job) => {
      const outputs = parseDotenv(dotenvReport(job));
      const imageRef = outputs.IMPRINT_IMAGE_REF ?? '';
      expect(imageRef).toMatch(/@sha256:[0-9a-f]{64}$/);
      const signatureRef = outputs.IMPRINT_SIGNATURE_REF ?? '';
      expect(signatureRef).toMatch(
        new RegExp(`^${registry.host}/${REPOSITORY}@sha256:[0-9a-f]{64}$`),
      );
      expect(signatureRef).not.toBe(imageRef);
      const stored = await fetch(
        `${registry.url}/v2/${REPOSITORY}/manifests/${signatureRef.split('@')[1]}`,
        {
          method: 'HEAD',
          headers: {
            authorization: basicAuth(registry.username, registry.password),
            accept: 'application/vnd.oci.image.manifest.v1+json',
          },
        },
      );
      expect(stored.status).toBe(200);
      expect(outputs.IMPRINT_PROVENANCE_REF).toMatch(/@sha256:[0-9a-f]{64}$/);
      const logIndexes = JSON.parse(outputs.IMPRINT_REKOR_LOG_INDEXES ?? '[]') as unknown[];
      expect(logIndexes.length).toBeGreaterThan(0);
    },
  );

  it('got its certificates from the loopback Fulcio and its entries into the loopback Rekor', () => {
    expect(sigstore.counts.fulcio).toBeGreaterThan(0);
    expect(sigstore.counts.rekor).toBeGreaterThan(0);
  });

  it('signs, stores and reads back in sections of their own, in that order', () => {
    const sections = [
      'sign_the_image_and_its_attestations',
      'store_signatures_and_attestations',
      'read_back_and_verify',
    ].map((name) => {
      const match = new RegExp(`imprint-publish\\s+imprint_(\\d+)_${name}\\w* took \\d+ms`).exec(
        run.output,
      );
      expect(match).not.toBeNull();
      return Number(match?.[1]);
    });
    expect([...sections].sort((a, b) => a - b)).toEqual(sections);
  });

  it('never shows the identity token in the job log', () => {
    expect(idToken.length).toBeGreaterThan(100);
    expect(run.output).not.toContain(idToken);
    // Nor its signature part alone (the part that makes it usable).
    expect(run.output).not.toContain(idToken.split('.')[2]);
  });
});

describe('the verify component under gitlab-ci-local (imprint verify from dist/)', () => {
  it('passes for the identity publish signed with: both images, pinned, every check', () => {
    expect(run.output).toMatch(/PASS\s+imprint-verify/);
    expect(run.output).toMatch(/PASS\s+rootless-verify/);
    const reports = [verifyReport('imprint-verify-report.json'), verifyReport(ROOTLESS_REPORT)];
    for (const report of reports) {
      expect(report.verified).toBe(true);
      expect(report.policy.mode).toBe('enforce');
      expect(
        report.images.map((image) => [image.reference.includes('@sha256:'), image.outcome]),
      ).toEqual([[true, 'pass']]);
    }
    const junits = [
      junitReport('imprint-verify-report.json.junit.xml'),
      junitReport(`${ROOTLESS_REPORT}.junit.xml`),
    ];
    // One suite per image; the index's platform checks are test cases of its suite.
    const suites = junits.flatMap((junit) => Object.entries(junit.casesBySuite));
    expect(suites.map(([name]) => name)).toEqual(
      reports.flatMap((report) => report.images.map(suiteName)),
    );
    for (const junit of junits) expect(junit.failures).toEqual([]);
    for (const [, cases] of suites) expect(cases).toEqual(expect.arrayContaining(['signer']));
    expect(suites[1]?.[1].length).toBeGreaterThan(suites[0]?.[1].length ?? 0);
  });

  it('fails for another identity, with exit code 1 (a violation, not a bad input)', () => {
    expect(run.output).not.toMatch(/PASS\s+other-signer-verify/);
    // gitlab-ci-local's word for a failure the job allows, with the exit code.
    expect(run.output).toMatch(/other-signer-verify\s+finished in [\d.]+ m?s\s+WARN 1\s/);
    const report = verifyReport(OTHER_REPORT);
    expect(report.verified).toBe(false);
    expect(report.images.map((image) => image.outcome)).toEqual(['fail']);
  });

  it('verifies the digest publish handed over when no images are given', async () => {
    const served = await registryDigest(
      registry.url,
      REPOSITORY,
      'latest',
      basicAuth(registry.username, registry.password),
    );
    expect(verifyReport(OTHER_REPORT).images.map((image) => image.digest)).toEqual([served]);
  });

  it('reports in JUnit why: the identity it expected and the one it found', () => {
    const junit = junitReport(`${OTHER_REPORT}.junit.xml`);
    expect(Object.keys(junit.casesBySuite)).toEqual(
      verifyReport(OTHER_REPORT).images.map(suiteName),
    );
    expect(junit.failures.map((failure) => failure.testcase)).toEqual(['signer']);
    expect(junit.failures[0]?.message).toContain(
      `expected signed by ${RELEASE_SIGNER} (issuer https://gitlab.com); found signed by ${SIGNER} (issuer https://gitlab.com)`,
    );
  });
});

interface VerifyReportJson {
  verified: boolean;
  policy: { mode: string };
  images: { reference: string; outcome: string; digest?: string }[];
}

/** The JSON report from the job's artifacts (`paths:`), where GitLab keeps it. */
function verifyReport(file: string): VerifyReportJson {
  const path = join(repo.dir, '.gitlab-ci-local', 'artifacts', jobOf(file), file);
  if (!existsSync(path)) throw new Error(`no report at ${path}; the run said:\n${run.output}`);
  return JSON.parse(readFileSync(path, 'utf8')) as VerifyReportJson;
}

/** The verify job that writes a report (or its JUnit twin). */
function jobOf(file: string): string {
  if (file.startsWith(OTHER_REPORT)) return 'other-signer-verify';
  return file.startsWith(ROOTLESS_REPORT) ? 'rootless-verify' : 'imprint-verify';
}

/** The JUnit suite name imprint gives an image: its reference and digest. */
const suiteName = (image: VerifyReportJson['images'][number]) =>
  `${image.reference} (${image.digest})`;

interface JunitSummary {
  /** testsuite name → its testcase names */
  casesBySuite: Record<string, string[]>;
  failures: { testcase: string; message: string }[];
}

/**
 * The JUnit report where the job wrote it (the shell executor runs jobs in the repository;
 * gitlab-ci-local keeps no copy of `reports: junit`), parsed by Python's XML parser: an
 * independent and strict reader, so malformed XML fails here. Every suite must hold test cases.
 */
function junitReport(file: string): JunitSummary {
  const path = join(repo.dir, file);
  if (!existsSync(path))
    throw new Error(`no JUnit report at ${path}; the run said:\n${run.output}`);
  const summary = JSON.parse(
    execFileSync('python3', ['-c', JUNIT_SUMMARY_PY, path], { encoding: 'utf8' }),
  ) as JunitSummary;
  for (const [suite, cases] of Object.entries(summary.casesBySuite))
    expect([suite, cases.length > 0]).toEqual([suite, true]);
  return summary;
}

const JUNIT_SUMMARY_PY = `
import json, sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
assert root.tag == 'testsuites', root.tag
suites = {s.get('name'): [c.get('name') for c in s.findall('testcase')] for s in root.findall('testsuite')}
failures = [{'testcase': c.get('name'), 'message': f.get('message')}
            for c in root.iter('testcase') for f in c.findall('failure')]
print(json.dumps({'casesBySuite': suites, 'failures': failures}))
`;
import { DEFAULT_TRIVY_VERSION } from '../../../src/inputs/tables/scan.js';

describe('the report files the publish jobs leave (artifacts:reports)', () => {
  it('writes one CycloneDX 1.6 SBOM per manifest, each valid against the schema', async () => {
    const dir = join(repo.dir, SBOM_DIR);
    if (!existsSync(dir))
      throw new Error(`no SBOM directory at ${dir}; the run said:\n${run.output}`);
    // The docker job pushes one manifest, buildah an index of two: the template's glob takes all.
    const files = readdirSync(dir).filter((name) => name.endsWith('.cdx.json'));
    expect(files.sort()).toEqual([
      'image.cdx.json',
      'linux-amd64.cdx.json',
      'linux-arm64.cdx.json',
    ]);
    const validator = new CDX.Validation.JsonStrictValidator(CDX.Spec.Version.v1dot6);
    for (const file of files) {
      const json = readFileSync(join(dir, file), 'utf8');
      expect([file, await validator.validate(json)]).toEqual([file, null]);
    }
    // The single manifest's SBOM describes the image the docker job handed over.
    const digest = parseDotenv(dotenvReport()).IMPRINT_DIGEST ?? '';
    expect(digest).toMatch(/^sha256:/);
    const bom = JSON.parse(readFileSync(join(dir, 'image.cdx.json'), 'utf8')) as {
      metadata: { component: { purl?: string } };
    };
    expect(bom.metadata.component.purl).toContain(digest);
  });

  it('scans with the stand-in trivy only in the job that has it on PATH', () => {
    const digest = parseDotenv(dotenvReport()).IMPRINT_DIGEST ?? '';
    // The DB download is an `image --download-db-only` run too; the scans are the others.
    const scans = trivy
      .runs()
      .filter((entry) => entry.argv[0] === 'image' && !entry.argv.includes('--download-db-only'));
    expect(scans.map((entry) => entry.argv.at(-1))).toEqual([
      `${registry.host}/${REPOSITORY}@${digest}`,
    ]);
    expect(run.output).toMatch(/rootless-publish\s+.*Vulnerability scan skipped: no Trivy here/);
  });

  it('writes a container_scanning report with the keys of Trivy’s own GitLab template', () => {
    const path = join(repo.dir, CONTAINER_SCANNING_REPORT);
    if (!existsSync(path))
      throw new Error(`no container_scanning report at ${path}; the run said:\n${run.output}`);
    const report = JSON.parse(readFileSync(path, 'utf8')) as {
      scan: { type: string };
      vulnerabilities: { location: { image: string } }[];
    };
    const golden = JSON.parse(readFileSync(join(trivyGoldensDir(), TRIVY_GITLAB_GOLDEN), 'utf8'));
    expect(containerScanningShape(report)).toEqual(containerScanningShape(golden));
    expect(report.scan.type).toBe('container_scanning');
    expect(report.vulnerabilities.length).toBeGreaterThan(0);
    const imageRef = parseDotenv(dotenvReport()).IMPRINT_IMAGE_REF;
    for (const vulnerability of report.vulnerabilities)
      expect(vulnerability.location.image).toBe(imageRef);
  });
});

describe('the container_scanning shape check', () => {
  const golden = () =>
    JSON.parse(readFileSync(join(trivyGoldensDir(), TRIVY_GITLAB_GOLDEN), 'utf8')) as {
      scan: { analyzer: Record<string, unknown> };
      vulnerabilities: Record<string, unknown>[];
    };

  it('finds a missing or extra key at any level, even in one vulnerability', () => {
    const expected = containerScanningShape(golden());
    expect(expected.vulnerability).toHaveLength(1);
    expect(expected.identifier).toEqual([['name', 'type', 'url', 'value']]);

    const noLinks = golden();
    delete noLinks.vulnerabilities[1]?.links;
    expect(containerScanningShape(noLinks).vulnerability).toHaveLength(2);
    expect(containerScanningShape(noLinks)).not.toEqual(expected);

    const extraAnalyzerKey = golden();
    extraAnalyzerKey.scan.analyzer.url = 'https://example.invalid';
    expect(containerScanningShape(extraAnalyzerKey).analyzer).toContain('url');
    expect(containerScanningShape(extraAnalyzerKey)).not.toEqual(expected);

    expect(containerScanningShape({ vulnerabilities: [] })).toEqual({
      top: ['vulnerabilities'],
      scan: [],
      scanner: [],
      analyzer: [],
      vulnerability: [],
      location: [],
      dependency: [],
      package: [],
      identifier: [],
      link: [],
    });
  });
});

describe('the dotenv format check', () => {
  it('finds what GitLab would refuse', () => {
    expect(dotenvProblems('IMPRINT_DIGEST=sha256:1\n')).toEqual([]);
    expect(dotenvProblems('IMPRINT-DIGEST=x\n')).toEqual(['bad key in: IMPRINT-DIGEST=x']);
    expect(dotenvProblems('A=first line\nsecond line\n')).toEqual(['bad key in: second line']);
    expect(dotenvProblems(`A=${'x'.repeat(5 * 1024)}\n`)).toEqual(['5123 bytes, over 5 KB']);
  });
});
