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
 * `imprint verify` does not exist yet: the verify job runs VERIFY_STAND_IN, which only records
 * the command line it was given, so the template's hand-over is checked now. When the verify
 * command lands, point the verify job at dist/cli.js and assert its verdict and JUnit report.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

/** Quotes and a `;`: proof that free-text inputs never become shell. */
const NOTE = `it's "quoted"; echo INJECTED`;
const REPOSITORY = `${CONSUMER_PROJECT_PATH}/app`;
const MANIFEST_TYPES = [
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

/** Records argv as JSON; stands in for `imprint verify` until that command exists. */
const VERIFY_STAND_IN = `import { writeFileSync } from 'node:fs';
writeFileSync('verify-argv.json', JSON.stringify(process.argv.slice(2)));
`;
const SIGNER = 'https://gitlab.com/imprint-test/consumer//.gitlab-ci.yml@refs/heads/main';

/** The inputs that point both publish jobs at the loopback Sigstore. */
const sigstoreInputs = (sigstore: SigstoreStack) => `
      sigstore: custom
      fulcio-url: ${sigstore.fulcioURL}
      rekor-url: ${sigstore.rekorURL}
      tsa-url: ${sigstore.tsaURL}
      trusted-root: ${sigstore.trustedRootPath}`;

const consumerPipeline = (imprintCli: string, verifyCli: string, sigstore: SigstoreStack) => `
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
  # The default builder, buildah, from the same component included a second time.
  - component: $CI_SERVER_FQDN/$CI_PROJECT_PATH/publish@$CI_COMMIT_SHA
    inputs:
      job-prefix: rootless
      image: $CI_REGISTRY/${REPOSITORY}
      tags: buildah
      context: app
      platforms: linux/amd64,linux/arm64
      insecure-registries: $CI_REGISTRY${sigstoreInputs(sigstore)}
  - component: $CI_SERVER_FQDN/$CI_PROJECT_PATH/verify@$CI_COMMIT_SHA
    inputs:
      certificate-identity: ${SIGNER}
      certificate-oidc-issuer: $CI_SERVER_URL
      require-attestations: sbom,provenance

imprint-publish:
  variables:
    IMPRINT_CLI: ${imprintCli}

rootless-publish:
  variables:
    IMPRINT_CLI: ${imprintCli}

# Two publish jobs hand over IMPRINT_* variables: later jobs say whose they take.
imprint-verify:
  needs: [imprint-publish]
  variables:
    IMPRINT_CLI: ${verifyCli}

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
  const node = process.execPath;
  repo = consumerRepo({
    '.gitlab-ci.yml': consumerPipeline(
      `${node} ${join(REPO_ROOT, 'dist', 'cli.js')}`,
      `${node} verify-stand-in.mjs`,
      sigstore,
    ),
    'verify-stand-in.mjs': VERIFY_STAND_IN,
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

describe('the verify component under gitlab-ci-local (imprint verify stood in for)', () => {
  it('verifies the image publish handed over, with the inputs as flags and a JUnit path', async () => {
    const served = await registryDigest(
      registry.url,
      REPOSITORY,
      'latest',
      basicAuth(registry.username, registry.password),
    );
    const argv = JSON.parse(readFileSync(join(repo.dir, 'verify-argv.json'), 'utf8')) as string[];
    expect(argv).toEqual([
      'verify',
      '--mode=enforce',
      '--offline=false',
      '--junit-path=imprint-verify-report.json.junit.xml',
      `--images=${registry.host}/${REPOSITORY}@${served}`,
      `--certificate-identity=${SIGNER}`,
      '--certificate-oidc-issuer=https://gitlab.com',
      '--require-attestations=sbom,provenance',
      '--report-path=imprint-verify-report.json',
    ]);
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
