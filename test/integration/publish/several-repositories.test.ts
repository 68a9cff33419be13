/**
 * One publish to two repositories on two real registries with different auth: the first
 * anonymous, the second Basic auth with its credentials in the docker config only (as
 * docker/login-action leaves them). The image is built once; both repositories must serve the
 * same digest, each with its own signature and attestations, and the verify command the
 * summary prints for each must pass. A wrong password on the second registry fails before the
 * build, naming the repository; a second registry that refuses the attestation index part way
 * leaves a publish a re-run finishes without storing anything twice. Each repository's cosign
 * signature names that repository; a registry that serves another digest for the copy is refused.
 * Real parts: the image builder found here (docker or buildah), distribution registries, the loopback Sigstore stack, and a
 * fault-injecting proxy in front of the second registry for the failure part way.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toDotenv } from '../../../src/ci/dotenv.js';
import { runVerifyCommand } from '../../../src/doors/cli/verify.js';
import { EXIT_OK } from '../../../src/doors/exit-codes.js';
import { capturedContext } from '../../harness/context.js';
import { basicAuth, registryDigest, scratchContext } from '../../harness/image.js';
import { startRegistry, type TestRegistry } from '../../harness/registry.js';
import { type FaultProxy, startFaultProxy } from '../registry/fault-proxy.js';
import {
  COSIGN_SIGN,
  CYCLONEDX,
  type EvidenceParts,
  GITHUB_SAN,
  githubEnv,
  publish,
  referrerEntries,
  SLSA,
  startEvidenceParts,
  succeeded,
  VULN,
} from './evidence-run.js';

const APK_DB = ['P:musl', 'V:1.1.20-r4', 'A:x86_64', 'L:MIT', 'o:musl', ''].join('\n');

interface ImageEntry {
  repository: string;
  reference: string;
  digest: string;
  tags: string[];
  attestations: { kind: string; predicateType: string; reference: string }[];
  bundlePath?: string;
}

let parts: EvidenceParts;
let second: TestRegistry;
/** A registry reached with registry-username / registry-password (the inputs) only. */
let withInputs: TestRegistry;
let proxy: FaultProxy;
/** When true, the proxy refuses writes of the referrers fallback index (the attestations' listing). */
let refuseIndex = false;
/** A digest the proxy claims for the tag `rewritten`: a registry that rewrote the manifest pushed. */
const OTHER_DIGEST = `sha256:${'e'.repeat(64)}`;
let rewriteOn: 'put' | 'head' | undefined;

beforeAll(async () => {
  [parts, second, withInputs] = await Promise.all([
    startEvidenceParts(),
    startRegistry({ auth: 'basic' }),
    startRegistry({ auth: 'basic', username: 'first-user', password: 'first-registry-secret' }),
  ]);
  proxy = await startFaultProxy(second.url, {
    respond: (request) =>
      refuseIndex && request.method === 'PUT' && /\/manifests\/sha256-/.test(request.url)
        ? {
            status: 403,
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ errors: [{ code: 'DENIED', message: 'quota exceeded' }] }),
          }
        : undefined,
    headers: (request, headers) =>
      request.url.endsWith('/manifests/rewritten') &&
      ((rewriteOn === 'put' && request.method === 'PUT') ||
        (rewriteOn === 'head' && request.method === 'HEAD'))
        ? { ...headers, 'docker-content-digest': OTHER_DIGEST }
        : headers,
  });
});
afterAll(async () => {
  await Promise.all([parts?.stop(), second?.stop(), withInputs?.stop(), proxy?.close()]);
});

/** A docker config holding the second registry's credentials, as `docker login` writes them. */
function dockerConfig(password: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'imprint-docker-config-'));
  const auth = Buffer.from(`${second.username}:${password}`).toString('base64');
  writeFileSync(
    join(dir, 'config.json'),
    JSON.stringify({ auths: { [second.host]: { auth }, [proxy.host]: { auth } } }),
  );
  return dir;
}

/** One build context per test: re-runs build the same files, so the same digest. */
function inputs(repo: string, secondHost: string, context: string): Record<string, string> {
  return {
    image: `${parts.registry.host}/${repo}\n${secondHost}/${repo}`,
    tags: 'v1',
    context,
    'insecure-registries': `${parts.registry.host},${secondHost}`,
  };
}

function buildContext(repo: string): string {
  return scratchContext({ 'lib/apk/db/installed': APK_DB, 'repo.txt': `${repo}\n` });
}

/** The imprint command the summary prints under "Verify <repository>". */
function printedCommand(summary: string, repository: string): string[] {
  const section = summary.split(`### Verify ${repository}\n`)[1];
  const block = section && /With imprint:\n\n```sh\n([\s\S]*?)\n```/.exec(section)?.[1];
  if (!block) throw new Error(`no verify command for ${repository} in the summary:\n${summary}`);
  const words: string[] = [];
  for (const match of block.replace(/ \\\n\s*/g, ' ').matchAll(/'((?:[^']|'\\'')*)'|(\S+)/g))
    words.push(match[1] !== undefined ? match[1].replace(/'\\''/g, "'") : match[2]!);
  return words;
}

/** Runs a printed `imprint verify`, in a folder holding the trusted root its placeholder names. */
async function runPrinted(words: string[], insecure: string, dockerConfigDir: string) {
  const cwd = mkdtempSync(join(tmpdir(), 'imprint-printed-'));
  writeFileSync(join(cwd, 'trusted_root.json'), JSON.stringify(parts.stack.trustedRoot));
  const captured = capturedContext();
  expect(words.slice(0, 2)).toEqual(['imprint', 'verify']);
  const code = await runVerifyCommand(
    [...words.slice(2), '--insecure-registries', insecure, '--no-summary'],
    {
      stdout: () => undefined,
      env: { HOME: cwd, DOCKER_CONFIG: dockerConfigDir },
      context: () => captured.context,
      environment: { cwd },
    },
  );
  return { code, log: captured.output() };
}

const kinds = (entry: ImageEntry) => entry.attestations.map((a) => `${a.kind} ${a.predicateType}`);

describe('publish to two repositories on two registries', () => {
  it('refuses a wrong password for the second before building, then publishes one digest to both, each signed and attested', async () => {
    const repo = 'multi/app';
    const context = buildContext(repo);
    const wrong = await publish(parts, inputs(repo, second.host, context), {
      ...githubEnv(parts),
      DOCKER_CONFIG: dockerConfig('not-the-password'),
    });
    expect(wrong.error).toMatchObject({
      code: 'REGISTRY_AUTH_FAILED',
      message: expect.stringContaining(`${second.host}/${repo}: `),
    });
    expect(wrong.log).not.toContain('Build and push');
    expect(wrong.log).not.toContain('not-the-password');

    const config = dockerConfig(second.password);
    const run = succeeded(
      await publish(parts, inputs(repo, second.host, context), {
        ...githubEnv(parts),
        DOCKER_CONFIG: config,
      }),
    );
    const digest = run.outputs.digest!;
    const images = JSON.parse(run.outputs.images!) as ImageEntry[];
    expect(images.map((entry) => [entry.repository, entry.reference, entry.tags])).toEqual([
      [
        `${parts.registry.host}/${repo}`,
        `${parts.registry.host}/${repo}@${digest}`,
        [`${parts.registry.host}/${repo}:v1`],
      ],
      [`${second.host}/${repo}`, `${second.host}/${repo}@${digest}`, [`${second.host}/${repo}:v1`]],
    ]);
    expect(run.outputs['image-ref']).toBe(`${parts.registry.host}/${repo}@${digest}`);
    expect(run.outputs.tags).toBe(`${parts.registry.host}/${repo}:v1\n${second.host}/${repo}:v1`);
    // The registries' own answers, read without the product: one digest.
    expect(await registryDigest(parts.registry.url, repo, 'v1')).toBe(digest);
    expect(
      await registryDigest(second.url, repo, 'v1', basicAuth(second.username, second.password)),
    ).toBe(digest);

    // The same evidence in each, each entry stored in its own repository.
    const [first, copy] = images as [ImageEntry, ImageEntry];
    expect(kinds(first).sort()).toEqual(kinds(copy).sort());
    expect(first.attestations.map((a) => a.predicateType).sort()).toEqual(
      [COSIGN_SIGN, CYCLONEDX, SLSA, VULN].sort(),
    );
    for (const entry of images)
      for (const attestation of entry.attestations)
        expect(attestation.reference.startsWith(`${entry.repository}@sha256:`)).toBe(true);
    expect(first.bundlePath).not.toBe(copy.bundlePath);
    expect(run.summary).toContain('### Repositories (2, one digest)');
    // GitLab's dotenv report (5 KB) holds every output, images included, for two repositories.
    const dotenv = toDotenv(run.outputs);
    expect(dotenv.dropped).toEqual([]);
    expect(dotenv.text).toContain(`IMPRINT_IMAGES=${run.outputs.images}\n`);

    // The command the summary prints for each repository verifies it.
    const insecure = `${parts.registry.host},${second.host}`;
    for (const entry of images) {
      const words = printedCommand(run.summary, entry.repository);
      expect(words[2]).toBe(entry.reference);
      const verified = await runPrinted(words, insecure, config);
      expect(verified.log).toContain(`✓ ${entry.reference}`);
      expect(verified.code).toBe(EXIT_OK);
    }
  });

  it('a second registry that refuses part way leaves a publish a re-run finishes, storing nothing twice', async () => {
    // An image built elsewhere (builder none), so every run publishes the same digest.
    const repo = 'resume/app';
    const env = { ...githubEnv(parts), DOCKER_CONFIG: dockerConfig(second.password) };
    const seeded = succeeded(
      await publish(
        parts,
        {
          ...inputs(repo, proxy.host, buildContext(repo)),
          image: `${parts.registry.host}/${repo}`,
          sign: 'false',
          sbom: 'false',
          scan: 'false',
        },
        env,
      ),
    );
    const digest = seeded.outputs.digest!;
    const existing = {
      image: `${parts.registry.host}/${repo}:v1\n${proxy.host}/${repo}`,
      builder: 'none',
      'insecure-registries': `${parts.registry.host},${proxy.host}`,
    };
    const firstBefore = await referrerEntries(parts.registry, repo, digest);

    refuseIndex = true;
    const failed = await publish(parts, existing, env);
    refuseIndex = false;
    expect(failed.error).toMatchObject({
      code: 'REGISTRY_DENIED',
      message: expect.stringContaining(`${proxy.host}/${repo}: `),
    });
    const firstAfterFailure = await referrerEntries(parts.registry, repo, digest);
    expect(firstAfterFailure.length).toBeGreaterThan(firstBefore.length);

    const rerun = succeeded(await publish(parts, existing, env));
    expect(rerun.outputs.digest).toBe(digest);
    expect(rerun.log).toContain('already in the registry from a previous run');
    // The first repository: nothing added. The second: each attestation once.
    expect(await referrerEntries(parts.registry, repo, digest)).toEqual(firstAfterFailure);
    const [first, copy] = JSON.parse(rerun.outputs.images!) as [ImageEntry, ImageEntry];
    expect(copy.reference).toBe(`${proxy.host}/${repo}@${digest}`);
    expect(copy.tags).toEqual([`${proxy.host}/${repo}:v1`]);
    expect(kinds(copy).sort()).toEqual(kinds(first).sort());
    const index = await fetch(`${second.url}/v2/${repo}/manifests/${digest.replace(':', '-')}`, {
      headers: {
        accept: 'application/vnd.oci.image.index.v1+json',
        authorization: basicAuth(second.username, second.password),
      },
    });
    const listed = ((await index.json()) as { manifests: { digest: string }[] }).manifests;
    expect(listed.map((entry) => entry.digest).sort()).toEqual(
      copy.attestations.map((a) => a.reference.split('@')[1]).sort(),
    );

    // A third run signs and stores nothing, in either repository.
    const third = succeeded(await publish(parts, existing, env));
    expect(third.log).toContain('0 bundle file(s)');
    expect(third.log).not.toMatch(/\n {2}stored /);
  });

  it('the cosign signature in each repository names that repository (critical.identity.docker-reference), on one registry or two', async () => {
    const repo = 'classic/app';
    const env = { ...githubEnv(parts), DOCKER_CONFIG: dockerConfig(second.password) };
    const seeded = succeeded(
      await publish(
        parts,
        {
          ...inputs(repo, second.host, buildContext(repo)),
          image: `${parts.registry.host}/${repo}`,
          sign: 'false',
          sbom: 'false',
          scan: 'false',
        },
        env,
      ),
    );
    const digest = seeded.outputs.digest!;
    succeeded(
      await publish(
        parts,
        {
          image: [
            `${parts.registry.host}/${repo}@${digest}`,
            `${second.host}/${repo}:prod`,
            `${parts.registry.host}/mirror/${repo}`,
          ].join('\n'),
          builder: 'none',
          sbom: 'false',
          scan: 'false',
          'attestation-format': 'cosign-classic',
          'insecure-registries': `${parts.registry.host},${second.host}`,
        },
        env,
      ),
    );
    const auth = basicAuth(second.username, second.password);
    expect(await registryDigest(second.url, repo, 'prod', auth)).toBe(digest);
    // On the same registry, the copy is by digest only (the existing image was named by digest).
    expect(await registryDigest(parts.registry.url, `mirror/${repo}`, digest)).toBe(digest);
    for (const [registry, path, authorization] of [
      [parts.registry, repo, undefined],
      [second, repo, auth],
      [parts.registry, `mirror/${repo}`, undefined],
    ] as const) {
      const headers = (accept: string) => ({ accept, ...(authorization && { authorization }) });
      const tag = `${digest.replace(':', '-')}.sig`;
      const manifest = (await (
        await fetch(`${registry.url}/v2/${path}/manifests/${tag}`, {
          headers: headers('application/vnd.oci.image.manifest.v1+json'),
        })
      ).json()) as { layers: { digest: string }[] };
      const payloads = await Promise.all(
        manifest.layers.map(
          async (layer) =>
            JSON.parse(
              await (
                await fetch(`${registry.url}/v2/${path}/blobs/${layer.digest}`, {
                  headers: headers('*/*'),
                })
              ).text(),
            ) as {
              critical: { identity: { 'docker-reference': string }; image: Record<string, string> };
            },
        ),
      );
      expect(payloads.map((payload) => payload.critical.identity['docker-reference'])).toEqual([
        `${registry.host}/${path}`,
      ]);
      expect(payloads[0]!.critical.image['docker-manifest-digest']).toBe(digest);
    }
  });

  it('refuses a registry that serves another digest for the copy, naming the repository', async () => {
    const repo = 'rewrite/app';
    const env = { ...githubEnv(parts), DOCKER_CONFIG: dockerConfig(second.password) };
    const seeded = succeeded(
      await publish(
        parts,
        {
          ...inputs(repo, proxy.host, buildContext(repo)),
          image: `${parts.registry.host}/${repo}`,
          sign: 'false',
          sbom: 'false',
          scan: 'false',
        },
        env,
      ),
    );
    const digest = seeded.outputs.digest!;
    const copyTo = {
      image: `${parts.registry.host}/${repo}@${digest}\n${proxy.host}/${repo}:rewritten`,
      builder: 'none',
      sign: 'false',
      sbom: 'false',
      scan: 'false',
      'insecure-registries': `${parts.registry.host},${proxy.host}`,
    };
    // The registry answers the push with another digest.
    rewriteOn = 'put';
    const onPut = await publish(parts, copyTo, env);
    // The push looked right, but the tag serves another image.
    rewriteOn = 'head';
    const onHead = await publish(parts, copyTo, env);
    rewriteOn = undefined;
    expect(onPut.error).toMatchObject({
      code: 'DIGEST_MISMATCH',
      message: expect.stringContaining(
        `pushed to ${proxy.host}/${repo} as rewritten: the registry reports digest ${OTHER_DIGEST}`,
      ),
    });
    expect(onHead.error).toMatchObject({
      code: 'DIGEST_MISMATCH',
      message: `${proxy.host}/${repo}:rewritten is ${OTHER_DIGEST} after the copy, not ${digest} as in ${parts.registry.host}/${repo}: the registry rewrote the image, or another push raced this one`,
    });
    expect(onHead.outputs.digest).toBeUndefined();
  });

  it('presents registry-username / registry-password to the first registry only, the policy gate included', async () => {
    const repo = 'inputs/app';
    const credentials = {
      'registry-username': withInputs.username,
      'registry-password': withInputs.password,
    };
    const env = { ...githubEnv(parts), DOCKER_CONFIG: dockerConfig(second.password) };
    const seeded = succeeded(
      await publish(
        parts,
        {
          ...credentials,
          image: `${withInputs.host}/${repo}`,
          tags: 'v1',
          context: buildContext(repo),
          sign: 'false',
          sbom: 'false',
          scan: 'false',
          'insecure-registries': withInputs.host,
        },
        env,
      ),
    );
    const policy = join(mkdtempSync(join(tmpdir(), 'imprint-policy-')), 'policy.yaml');
    writeFileSync(
      policy,
      [
        'apiVersion: imprint/v1',
        'kind: Policy',
        'images:',
        `  allow: ['${withInputs.host}/**', '${proxy.host}/**']`,
        '  requireDigest: true',
        'signers:',
        '  - issuer: https://token.actions.githubusercontent.com',
        `    subject: ${GITHUB_SAN}`,
      ].join('\n'),
    );
    const seenBefore = proxy.seen.length;
    const run = succeeded(
      await publish(
        parts,
        {
          ...credentials,
          image: `${withInputs.host}/${repo}:v1\n${proxy.host}/${repo}`,
          builder: 'none',
          sbom: 'false',
          scan: 'false',
          policy,
          'insecure-registries': `${withInputs.host},${proxy.host}`,
        },
        env,
      ),
    );
    expect(run.outputs['policy-verified']).toBe('true');
    const images = JSON.parse(run.outputs.images!) as ImageEntry[];
    expect(images.map((entry) => entry.digest)).toEqual([
      seeded.outputs.digest,
      seeded.outputs.digest,
    ]);
    // The second registry saw its own credentials (from the docker config), never the inputs'.
    const presented = proxy.seen.slice(seenBefore).map((request) => request.headers.authorization);
    expect(presented).toContain(basicAuth(second.username, second.password));
    expect(presented).not.toContain(basicAuth(withInputs.username, withInputs.password));
    expect(run.log).not.toContain(withInputs.password);
  });
});
