/**
 * imprint publish, signed, end to end against real parts: the Docker engine and buildah, a
 * distribution registry (no referrers API: the tag-schema fallback runs for real) and the
 * loopback Sigstore stack (Fulcio, Rekor, TSA, OIDC issuer, GitHub's token endpoint). After each
 * publish, what is in the registry is checked independently, with plain fetch.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RegistryClient } from '../../../src/registry/client.js';
import { readPublishOptions } from '../../../src/publish/options.js';
import { type PublishEnvironment, runPublish } from '../../../src/publish/run.js';
import { generateKeyPair } from '../../../src/sigstore/sign/index.js';
import { isImprintError } from '../../../src/errors.js';
import { capturedContext } from '../../harness/context.js';
import { scratchContext } from '../../harness/image.js';
import { startRegistry, type TestRegistry } from '../../harness/registry.js';
import { SOURCE_SHA } from '../../harness/sigstore/claims.js';
import { type SigstoreStack, startSigstoreStack } from '../../harness/sigstore/index.js';
import { startFaultProxy } from '../registry/fault-proxy.js';

const BUNDLE_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const SLSA = 'https://slsa.dev/provenance/v1';
const COSIGN_SIGN = 'https://sigstore.dev/cosign/sign/v1';
const GITHUB_SAN = 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main';
const FAST_RETRY = { retries: 1, minTimeoutMs: 10, maxTimeoutMs: 20 };

let registry: TestRegistry;
let stack: SigstoreStack;

beforeAll(async () => {
  process.env.STORAGE_DRIVER ??= 'vfs'; // buildah reads it from the process, not from the run's env
  [registry, stack] = await Promise.all([startRegistry(), startSigstoreStack()]);
});
afterAll(async () => {
  await Promise.all([registry?.stop(), stack?.stop()]);
});

// ---------------------------------------------------------------- environments and inputs

function githubEnv(): NodeJS.ProcessEnv {
  return {
    GITHUB_ACTIONS: 'true',
    ACTIONS_ID_TOKEN_REQUEST_URL: stack.githubTokenEndpoint.url,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: stack.githubTokenEndpoint.requestToken,
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_WORKFLOW_REF: 'acme/app/.github/workflows/release.yml@refs/heads/main',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY_ID: '2000',
    GITHUB_REPOSITORY_OWNER_ID: '1000',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: SOURCE_SHA,
    GITHUB_RUN_ID: '9000000001',
    GITHUB_RUN_ATTEMPT: '1',
    RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'imprint-runner-temp-')),
  };
}

function gitlabEnv(token: string): NodeJS.ProcessEnv {
  return {
    GITLAB_CI: 'true',
    SIGSTORE_ID_TOKEN: token,
    CI_PROJECT_URL: 'https://gitlab.com/acme/app',
    CI_SERVER_HOST: 'gitlab.com',
    CI_PROJECT_PATH: 'acme/app',
    CI_COMMIT_BRANCH: 'main',
    CI_PIPELINE_ID: '574',
    CI_PIPELINE_SOURCE: 'push',
    CI_PROJECT_ID: '20',
    CI_PROJECT_NAMESPACE_ID: '72',
    CI_JOB_NAME: 'publish',
    CI_JOB_URL: 'https://gitlab.com/acme/app/-/jobs/302',
    CI_COMMIT_SHA: SOURCE_SHA,
  };
}

function sigstoreInputs(): Record<string, string> {
  return {
    sigstore: 'custom',
    'fulcio-url': stack.fulcioURL,
    'rekor-url': stack.rekorURL,
    'tsa-url': stack.tsaURL,
    'trusted-root': stack.trustedRootPath,
  };
}

interface Run {
  outputs: Record<string, string>;
  log: string;
  summary: string;
  /** Every secret registered with the log masker during the run. */
  secrets: string[];
  error?: unknown;
}

async function publish(
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv,
  extra: Omit<PublishEnvironment, 'env'> = {},
): Promise<Run> {
  const summaryFile = join(mkdtempSync(join(tmpdir(), 'imprint-summary-')), 'summary.md');
  const { context, output } = capturedContext(summaryFile);
  const secrets: string[] = [];
  const addSecret = context.log.addSecret.bind(context.log);
  context.log.addSecret = (secret) => {
    if (secret) secrets.push(secret);
    addSecret(secret);
  };
  // The SBOM and the scan add attestations of their own: sbom-scan.test.ts covers them.
  const values: Record<string, string> = {
    'insecure-registries': registry.host,
    sbom: 'false',
    scan: 'false',
    ...inputs,
  };
  let error: unknown;
  try {
    const options = readPublishOptions((name) => values[name]);
    await runPublish(options, context, { env, sigstoreRetry: FAST_RETRY, ...extra });
  } catch (caught) {
    error = caught;
  }
  const summary = existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '';
  return {
    outputs: context.outputs(),
    log: output(),
    summary,
    secrets,
    ...(error !== undefined && { error }),
  };
}

function succeeded(run: Run): Run {
  if (run.error !== undefined) throw run.error as Error;
  return run;
}

// ---------------------------------------------------------------- independent registry reads

interface Entry {
  mediaType: string;
  digest: string;
  size: number;
  artifactType?: string;
  annotations?: Record<string, string>;
}

async function getJson<T>(path: string, accept: string): Promise<T | undefined> {
  const response = await fetch(`${registry.url}${path}`, { headers: { accept } });
  if (response.status === 404) return undefined;
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

async function referrers(repo: string, digest: string): Promise<Entry[]> {
  const index = await getJson<{ manifests: Entry[] }>(
    `/v2/${repo}/manifests/${digest.replace(':', '-')}`,
    'application/vnd.oci.image.index.v1+json',
  );
  return index?.manifests ?? [];
}

async function cosignTag(
  repo: string,
  digest: string,
  suffix: 'sig' | 'att',
): Promise<{ layers: Entry[] } | undefined> {
  return getJson(
    `/v2/${repo}/manifests/${digest.replace(':', '-')}.${suffix}`,
    'application/vnd.oci.image.manifest.v1+json',
  );
}

/** The in-toto statement inside the bundle a referrer manifest holds. */
async function referrerStatement(
  repo: string,
  manifestDigest: string,
): Promise<{ subject: { digest: { sha256: string } }[]; predicateType: string }> {
  const manifest = await getJson<{ layers: Entry[] }>(
    `/v2/${repo}/manifests/${manifestDigest}`,
    'application/vnd.oci.image.manifest.v1+json',
  );
  const bundle = await getJson<{ dsseEnvelope: { payload: string } }>(
    `/v2/${repo}/blobs/${manifest!.layers[0]!.digest}`,
    '*/*',
  );
  return JSON.parse(Buffer.from(bundle!.dsseEnvelope.payload, 'base64').toString('utf8')) as never;
}

/** A small image pushed straight to the registry: for runs that publish an existing image. */
async function pushTinyImage(repo: string, tag: string): Promise<string> {
  const client = new RegistryClient(registry.host, { insecure: true });
  const layer = Buffer.from(`tiny ${repo} ${tag} ${Math.random()}`);
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      rootfs: { type: 'layers', diff_ids: [] },
    }),
  );
  const layerBlob = await client.pushBlob(repo, layer);
  const configBlob = await client.pushBlob(repo, config);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        digest: configBlob.digest,
        size: config.length,
      },
      layers: [
        {
          mediaType: 'application/vnd.oci.image.layer.v1.tar',
          digest: layerBlob.digest,
          size: layer.length,
        },
      ],
    }),
  );
  const digest = await client.putManifest(
    repo,
    tag,
    manifest,
    'application/vnd.oci.image.manifest.v1+json',
  );
  await client.close();
  return digest;
}

function expectNoSecretsIn(run: Run, ...known: string[]): void {
  for (const secret of [...run.secrets, ...known]) {
    expect(run.log).not.toContain(secret);
    expect(run.summary).not.toContain(secret);
    expect(Object.values(run.outputs).join('\n')).not.toContain(secret);
  }
}

// ---------------------------------------------------------------- keyless, GitHub

describe('keyless with a GitHub token from the token endpoint, bundle format', () => {
  const repo = 'gh/app';
  let first: Run;
  let digest: string;

  it('signs, attests provenance, stores both as referrers and reads them back', async () => {
    const env = githubEnv();
    first = succeeded(
      await publish(
        {
          image: `${registry.host}/${repo}`,
          tags: 'v1',
          context: scratchContext({ 'gh.txt': 'github\n' }),
          builder: 'docker',
          ...sigstoreInputs(),
        },
        env,
      ),
    );
    digest = first.outputs.digest!;
    const entries = await referrers(repo, digest);
    // Provenance first, the image signature last (plan order, kept by the fallback index).
    expect(
      entries.map((e) => [e.artifactType, e.annotations?.['dev.sigstore.bundle.predicateType']]),
    ).toEqual([
      [BUNDLE_TYPE, SLSA],
      [BUNDLE_TYPE, COSIGN_SIGN],
    ]);
    for (const entry of entries) {
      expect(entry.annotations?.['dev.imprint.signer']).toBe(
        'https://token.actions.githubusercontent.com repo:acme/app:ref:refs/heads/main acme/app/.github/workflows/release.yml@refs/heads/main',
      );
      expect(entry.annotations?.['dev.imprint.predicate.digest']).toMatch(/^sha256:[0-9a-f]{64}$/);
    }
    expect(first.outputs['signature-ref']).toBe(`${registry.host}/${repo}@${entries[1]!.digest}`);
    expect(first.outputs['provenance-ref']).toBe(`${registry.host}/${repo}@${entries[0]!.digest}`);
    expect((await referrerStatement(repo, entries[0]!.digest)).subject[0]!.digest.sha256).toBe(
      digest.slice(7),
    );

    const indexes = JSON.parse(first.outputs['rekor-log-indexes']!) as unknown[];
    expect(indexes).toHaveLength(2);
    expect(indexes.every((i) => Number.isInteger(i))).toBe(true);
    const bundleDir = first.outputs['bundle-path']!;
    expect(bundleDir.startsWith(`${env.RUNNER_TEMP}/imprint-bundles-`)).toBe(true);
    expect(readdirSync(bundleDir).sort()).toEqual([
      `${digest.slice(7)}.manifest.json`,
      `${digest.slice(7)}.provenance.sigstore.json`,
      `${digest.slice(7)}.signature.sigstore.json`,
    ]);

    expect(first.log).toContain('read-back: 2 of 2 verified');
    expect(first.summary).toContain(`| Signed by | \`${GITHUB_SAN}\` |`);
    expect(first.summary).toContain('| Issuer | `https://token.actions.githubusercontent.com` |');
    expect(first.summary).toContain(`| Rekor log indexes | ${indexes.join(', ')} |`); // custom instance: no search links
    expect(first.summary).toMatch(
      /\| provenance \| `https:\/\/slsa\.dev\/provenance\/v1` \| image `sha256:.{12}…` \| referrer \| `sha256:[0-9a-f]{64}` \| stored \|/,
    );
    // The OIDC token and the token-request token were masked and never logged.
    expect(first.secrets).toContain(stack.githubTokenEndpoint.requestToken);
    expect(first.secrets.some((s) => s.split('.').length === 3)).toBe(true);
    expectNoSecretsIn(first, stack.githubTokenEndpoint.requestToken);
  });

  it('a re-run signs nothing and adds no duplicates', async () => {
    const before = await referrers(repo, digest);
    const counts = { ...stack.counts };
    const again = succeeded(
      await publish(
        { image: `${registry.host}/${repo}:v1`, builder: 'none', ...sigstoreInputs() },
        githubEnv(),
      ),
    );
    expect(await referrers(repo, digest)).toEqual(before);
    expect(stack.counts.fulcio).toBe(counts.fulcio);
    expect(stack.counts.rekor).toBe(counts.rekor);
    expect(again.log.match(/already attested: /g)).toHaveLength(2);
    expect(again.log).toContain('read-back: 2 of 2 verified');
    expect(again.outputs['rekor-log-indexes']).toBe('[]');
    expect(again.outputs['signature-ref']).toBe(first.outputs['signature-ref']);
    expect(again.summary).toContain('| already present |');
    // Nothing signed this time: the signer is the one the read-back verified.
    expect(again.summary).toContain(`| Signed by | \`${GITHUB_SAN}\` |`);
  });

  it('read-back fails when the registry serves another image’s signature in place of ours', async () => {
    const otherDigest = await pushTinyImage(repo, 'other');
    succeeded(
      await publish(
        { image: `${registry.host}/${repo}:other`, builder: 'none', ...sigstoreInputs() },
        githubEnv(),
      ),
    );
    const other = (await referrers(repo, otherDigest)).find(
      (e) => e.annotations?.['dev.sigstore.bundle.predicateType'] === COSIGN_SIGN,
    )!;
    // Replace our signature's entry with the other image's: a valid signature, same signer, wrong subject.
    const index = await getJson<{ manifests: Entry[] }>(
      `/v2/${repo}/manifests/${digest.replace(':', '-')}`,
      'application/vnd.oci.image.index.v1+json',
    );
    const swapped = {
      ...index,
      manifests: index!.manifests.map((e) =>
        e.annotations?.['dev.sigstore.bundle.predicateType'] === COSIGN_SIGN ? other : e,
      ),
    };
    const put = await fetch(`${registry.url}/v2/${repo}/manifests/${digest.replace(':', '-')}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/vnd.oci.image.index.v1+json' },
      body: JSON.stringify(swapped),
    });
    expect(put.status).toBe(201);

    const run = await publish(
      { image: `${registry.host}/${repo}:v1`, builder: 'none', ...sigstoreInputs() },
      githubEnv(),
    );
    expect(run.error).toMatchObject({ code: 'VERIFY_FAILED' });
    const message = (run.error as Error).message;
    expect(message).toContain(
      `Read-back failed: signature (referrer) of the image (${digest.slice(0, 19)}…), as the registry serves it (${repo}@${other.digest})`,
    );
    expect(message).toContain(`attestation subject does not match: expected ${digest}`);
  });
});

// ---------------------------------------------------------------- keyless, GitLab, cosign classic

describe('keyless with a GitLab token from SIGSTORE_ID_TOKEN, cosign-classic format', () => {
  it('writes .att and .sig tags cosign v2 reads, merges on re-run without duplicates', async () => {
    const repo = 'gl/app';
    const token = await stack.mintToken({ shape: 'gitlab' });
    const inputs = {
      image: `${registry.host}/${repo}`,
      tags: 'v1',
      context: scratchContext({ 'gl.txt': 'gitlab\n' }),
      builder: 'docker',
      'attestation-format': 'cosign-classic',
      ...sigstoreInputs(),
    };
    const run = succeeded(await publish(inputs, gitlabEnv(token)));
    const digest = run.outputs.digest!;

    const sig = await cosignTag(repo, digest, 'sig');
    expect(sig?.layers).toHaveLength(1);
    const layer = sig!.layers[0]!;
    expect(layer.mediaType).toBe('application/vnd.dev.cosign.simplesigning.v1+json');
    expect(Object.keys(layer.annotations ?? {}).sort()).toEqual([
      'dev.cosignproject.cosign/signature',
      'dev.imprint.predicate.digest',
      'dev.imprint.predicate.stable-digest',
      'dev.imprint.signer',
      'dev.sigstore.cosign/bundle',
      'dev.sigstore.cosign/certificate',
      'dev.sigstore.cosign/chain',
      'dev.sigstore.cosign/rfc3161timestamp',
    ]);
    const att = await cosignTag(repo, digest, 'att');
    expect(att?.layers.map((l) => [l.mediaType, l.annotations?.predicateType])).toEqual([
      ['application/vnd.dsse.envelope.v1+json', SLSA],
    ]);
    expect(await referrers(repo, digest)).toEqual([]); // classic only: no referrers
    const sigDigest = (
      await fetch(`${registry.url}/v2/${repo}/manifests/${digest.replace(':', '-')}.sig`, {
        method: 'HEAD',
        headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
      })
    ).headers.get('docker-content-digest');
    expect(run.outputs['signature-ref']).toBe(`${registry.host}/${repo}@${sigDigest}`);
    expect(run.log).toContain('read-back: 2 of 2 verified');
    expect(run.summary).toContain(
      '| Signed by | `https://gitlab.com/acme/app//.gitlab-ci.yml@refs/heads/main` |',
    );
    expectNoSecretsIn(run, token);

    const again = succeeded(
      await publish(
        {
          image: `${registry.host}/${repo}:v1`,
          builder: 'none',
          'attestation-format': 'cosign-classic',
          ...sigstoreInputs(),
        },
        gitlabEnv(token),
      ),
    );
    expect(again.log.match(/already attested: /g)).toHaveLength(2);
    expect((await cosignTag(repo, digest, 'sig'))?.layers).toEqual(sig!.layers);
    expect((await cosignTag(repo, digest, 'att'))?.layers).toEqual(att!.layers);
  });
});

// ---------------------------------------------------------------- key-based

describe('signing with a cosign-format key, both formats', () => {
  it('signs with the key, stores referrers and classic tags, reads back with the public key', async () => {
    const repo = 'key/app';
    const password = 'correct horse battery staple';
    const pair = await generateKeyPair(password);
    const keyPath = join(mkdtempSync(join(tmpdir(), 'imprint-key-')), 'cosign.key');
    writeFileSync(keyPath, pair.privateKeyPem);
    const run = succeeded(
      await publish(
        {
          image: `${registry.host}/${repo}`,
          tags: 'v1',
          context: scratchContext({ 'key.txt': 'key\n' }),
          builder: 'docker',
          signing: 'key',
          key: keyPath,
          'key-password': password,
          'attestation-format': 'both',
          ...sigstoreInputs(),
        },
        {}, // a laptop: no CI, so the default provenance is skipped with a warning
      ),
    );
    const digest = run.outputs.digest!;
    expect(run.log).toContain('warning: No provenance: this is not a CI run');
    const entries = await referrers(repo, digest);
    expect(entries.map((e) => e.annotations?.['dev.sigstore.bundle.predicateType'])).toEqual([
      COSIGN_SIGN,
    ]);
    expect(entries[0]!.annotations?.['dev.imprint.signer']).toMatch(/^key [A-Za-z0-9+/]{43}=$/);
    expect((await cosignTag(repo, digest, 'sig'))?.layers).toHaveLength(1);
    expect(await cosignTag(repo, digest, 'att')).toBeUndefined();
    const bundle = JSON.parse(
      readFileSync(
        join(run.outputs['bundle-path']!, `${digest.slice(7)}.signature.sigstore.json`),
        'utf8',
      ),
    ) as {
      verificationMaterial: { publicKey?: { hint: string } };
    };
    expect(`key ${bundle.verificationMaterial.publicKey?.hint}`).toBe(
      entries[0]!.annotations?.['dev.imprint.signer'],
    );
    expect(run.log).toContain('read-back: 2 of 2 verified');
    expect(run.summary).toContain('| Signed with key | hint `');
    expect(run.secrets).toContain(password);
    expectNoSecretsIn(run, password);
  });
});

describe("Fulcio and a timestamp authority only (the layout of GitHub's instance)", () => {
  it('signs without a transparency log and reads back on the timestamps', async () => {
    const repo = 'tsa/app';
    const digest = await pushTinyImage(repo, 'v1');
    const rekorBefore = stack.counts.rekor;
    const withoutRekor = { ...sigstoreInputs(), 'rekor-url': '' };
    const run = succeeded(
      await publish(
        { image: `${registry.host}/${repo}:v1`, builder: 'none', ...withoutRekor },
        githubEnv(),
      ),
    );
    expect(stack.counts.rekor).toBe(rekorBefore);
    expect(run.outputs['rekor-log-indexes']).toBe('[]');
    expect(run.log).toContain('read-back: 2 of 2 verified');
    expect(run.summary).toContain(
      '| Rekor log indexes | — (no transparency log entry made by this run) |',
    );
    expect(await referrers(repo, digest)).toHaveLength(2);
  });
});

// ---------------------------------------------------------------- multi-platform

describe('a multi-platform index built with buildah', () => {
  it('signs the index and each platform; provenance names all three and is attached to each', async () => {
    const repo = 'multi/app';
    const token = await stack.mintToken({ shape: 'github' });
    const env = { ...githubEnv(), ACTIONS_ID_TOKEN_REQUEST_URL: '', SIGSTORE_ID_TOKEN: token };
    const run = succeeded(
      await publish(
        {
          image: `${registry.host}/${repo}`,
          tags: 'v1',
          context: scratchContext({ 'multi.txt': 'multi\n' }),
          builder: 'buildah',
          platforms: 'linux/amd64,linux/arm64',
          ...sigstoreInputs(),
        },
        env,
      ),
    );
    const platforms = JSON.parse(run.outputs['platform-digests']!) as Record<string, string>;
    expect(Object.keys(platforms).sort()).toEqual(['linux/amd64', 'linux/arm64']);
    // The index first, then its platforms in the index's own order.
    const subjects = [run.outputs.digest!, ...Object.values(platforms)];
    expect(new Set(subjects).size).toBe(3);
    for (const subject of subjects) {
      const entries = await referrers(repo, subject);
      expect(entries.map((e) => e.annotations?.['dev.sigstore.bundle.predicateType'])).toEqual([
        SLSA,
        COSIGN_SIGN,
      ]);
      const provenance = await referrerStatement(repo, entries[0]!.digest);
      expect(provenance.subject.map((s) => `sha256:${s.digest.sha256}`)).toEqual(subjects);
      expect(
        (await referrerStatement(repo, entries[1]!.digest)).subject.map(
          (s) => `sha256:${s.digest.sha256}`,
        ),
      ).toEqual([subject]);
    }
    // Provenance was signed once: one bundle, attached three times (the same layer blob).
    expect(JSON.parse(run.outputs['rekor-log-indexes']!)).toHaveLength(4);
    expect(run.log).toContain('read-back: 6 of 6 verified');
    expect(run.summary).toContain(
      '| signature | `https://sigstore.dev/cosign/sign/v1` | linux/arm64 `sha256:',
    );
  });
});

// ---------------------------------------------------------------- failures

describe('failures a user meets', () => {
  it('no token: says exactly what to add, before building anything', async () => {
    const run = await publish(
      {
        image: `${registry.host}/none/app`,
        context: scratchContext(),
        builder: 'docker',
        ...sigstoreInputs(),
      },
      { GITHUB_ACTIONS: 'true' },
    );
    expect(run.error).toMatchObject({ code: 'IDENTITY_TOKEN_MISSING' });
    expect((run.error as Error).message).toContain(
      'Add to the job that runs imprint:\n  permissions:\n    id-token: write',
    );
    expect(run.log).not.toContain('Build and push');
  });

  it('explicit provenance outside CI fails before the build, naming the fix', async () => {
    const token = await stack.mintToken({ shape: 'github' });
    const run = await publish(
      {
        image: `${registry.host}/none/app`,
        context: scratchContext(),
        builder: 'docker',
        provenance: 'true',
        ...sigstoreInputs(),
      },
      { SIGSTORE_ID_TOKEN: token },
    );
    expect(run.error).toMatchObject({
      code: 'INPUT_INVALID',
      hint: 'run imprint in CI for provenance, or set provenance: false',
    });
    expect(run.log).not.toContain('Build and push');
  });

  it('Rekor down: the error names Rekor, the log says nothing was stored, and nothing was', async () => {
    const repo = 'rekor/app';
    const digest = await pushTinyImage(repo, 'v1');
    stack.fail('rekor', { times: FAST_RETRY.retries + 1, status: 503 });
    const run = await publish(
      { image: `${registry.host}/${repo}:v1`, builder: 'none', ...sigstoreInputs() },
      githubEnv(),
    );
    expect(run.error).toMatchObject({ code: 'SIGNING_FAILED' });
    expect((run.error as Error).message).toContain(
      `Rekor at ${stack.rekorURL} did not log the signature: HTTP 503`,
    );
    expect(run.log).toContain(
      'error: signing stopped at provenance (0 of 2 signed): nothing was stored in the registry',
    );
    expect(await referrers(repo, digest)).toEqual([]);
  });

  it('a registry that refuses the referrer: the error says what was stored and what was not', async () => {
    const repo = 'refuse/app';
    const digest = await pushTinyImage(repo, 'v1');
    let indexWrites = 0;
    const proxy = await startFaultProxy(registry.url, {
      respond: (request) => {
        if (
          request.method !== 'PUT' ||
          !request.url.endsWith(`/manifests/${digest.replace(':', '-')}`)
        )
          return undefined;
        indexWrites += 1;
        return indexWrites < 2
          ? undefined
          : {
              status: 403,
              headers: { 'content-type': 'application/json' },
              body: '{"errors":[{"code":"DENIED","message":"no more referrers for you"}]}',
            };
      },
    });
    try {
      const run = await publish(
        {
          image: `${proxy.host}/${repo}:v1`,
          builder: 'none',
          'insecure-registries': proxy.host,
          ...sigstoreInputs(),
        },
        githubEnv(),
      );
      expect(isImprintError(run.error)).toBe(true);
      const message = (run.error as Error).message;
      const short = `${digest.slice(0, 19)}…`;
      expect(message).toContain(`did not accept signature (referrer) of the image (${short})`);
      expect(message).toContain(
        `Stored 1 of 2 (provenance (referrer) of the image (${short})); not stored: signature (referrer) of the image (${short}).`,
      );
      expect(run.log).toContain('error: ledger: stored 1/2');
      expect(
        (await referrers(repo, digest)).map(
          (e) => e.annotations?.['dev.sigstore.bundle.predicateType'],
        ),
      ).toEqual([SLSA]);
    } finally {
      await proxy.close();
    }
  });
});
