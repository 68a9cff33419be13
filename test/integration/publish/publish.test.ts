/**
 * imprint publish end to end against real parts: the Docker engine (legacy builder),
 * buildah, and distribution registries (anonymous and Basic auth) on loopback.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publishSecrets, readPublishOptions } from '../../../src/publish/options.js';
import { runPublish } from '../../../src/publish/run.js';
import { capturedContext } from '../../harness/context.js';
import { basicAuth, registryDigest, scratchContext } from '../../harness/image.js';
import { startRegistry, type TestRegistry } from '../../harness/registry.js';

// Unsigned publishes without evidence: signing and read-back are tested in sign.test.ts, the
// SBOM and the scan in sbom-scan.test.ts.
const source = (values: Record<string, string>) => (name: string) =>
  ({ sign: 'false', sbom: 'false', scan: 'false', ...values })[name];

/** What the Action and the CLI hand the run: the process environment, read at the door. */
const fromTheDoor = { env: process.env };

let open: TestRegistry;
let locked: TestRegistry;

beforeAll(async () => {
  process.env.STORAGE_DRIVER ??= 'vfs';
  [open, locked] = await Promise.all([startRegistry(), startRegistry({ auth: 'basic' })]);
});
afterAll(async () => {
  await Promise.all([open?.stop(), locked?.stop()]);
});

describe('publish with the docker builder', () => {
  it('pushes every tag and pins the digest the registry reports', async () => {
    const { context, output } = capturedContext();
    const options = readPublishOptions(
      source({
        image: `${locked.host}/team/app`,
        tags: 'v1, latest',
        context: scratchContext(),
        builder: 'docker',
        'registry-username': locked.username,
        'registry-password': locked.password,
        'insecure-registries': locked.host,
      }),
    );
    context.log.addSecret(locked.password);
    const result = await runPublish(options, context, fromTheDoor);

    const auth = basicAuth(locked.username, locked.password);
    const served = await registryDigest(locked.url, 'team/app', 'v1', auth);
    expect(served).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(result.pinned?.digest).toBe(served);
    expect(await registryDigest(locked.url, 'team/app', 'latest', auth)).toBe(served);
    expect(context.outputs()).toEqual({
      digest: served,
      'image-ref': `${locked.host}/team/app@${served}`,
      'platform-digests': '{}',
      tags: `${locked.host}/team/app:v1\n${locked.host}/team/app:latest`,
      images: JSON.stringify([
        {
          repository: `${locked.host}/team/app`,
          reference: `${locked.host}/team/app@${served}`,
          digest: served,
          tags: [`${locked.host}/team/app:v1`, `${locked.host}/team/app:latest`],
          attestations: [],
        },
      ]),
    });
    // The password never reaches the log, plain or base64.
    expect(output()).not.toContain(locked.password);
    expect(output()).not.toContain(
      Buffer.from(`${locked.username}:${locked.password}`).toString('base64'),
    );
  });

  it('fails with a message naming the registry when the credentials are wrong', async () => {
    const { context, output } = capturedContext();
    const options = readPublishOptions(
      source({
        image: `${locked.host}/team/app`,
        context: scratchContext(),
        builder: 'docker',
        'registry-username': locked.username,
        'registry-password': 'not-the-password',
        'insecure-registries': locked.host,
      }),
    );
    context.log.addSecret('not-the-password');
    const failure = runPublish(options, context, fromTheDoor);
    await expect(failure).rejects.toMatchObject({ code: 'REGISTRY_AUTH_FAILED' });
    await expect(failure).rejects.toThrow(`docker login ${locked.host}`);
    // Checked before building: a wrong password costs seconds, not a build.
    expect(output()).not.toContain('Build and push');
    expect(output()).not.toContain('not-the-password');
  });
});

describe('publish with buildah', () => {
  it('pushes a multi-platform index and reports each platform digest from the registry', async () => {
    const { context } = capturedContext();
    const summaryFile = join(mkdtempSync(join(tmpdir(), 'imprint-summary-')), 'summary.md');
    const options = readPublishOptions(
      source({
        image: `${open.host}/multi/app`,
        tags: 'v2',
        context: scratchContext({ 'hello.txt': 'multi\n' }),
        builder: 'buildah',
        platforms: 'linux/amd64,linux/arm64',
        'insecure-registries': open.host,
      }),
    );
    const { context: withSummary } = capturedContext(summaryFile);
    const result = await runPublish(options, withSummary, fromTheDoor);
    void context;

    const served = await registryDigest(open.url, 'multi/app', 'v2');
    expect(result.pinned?.digest).toBe(served);
    const index = (await (
      await fetch(`${open.url}/v2/multi/app/manifests/${served}`, {
        headers: { accept: 'application/vnd.oci.image.index.v1+json' },
      })
    ).json()) as {
      manifests: { digest: string; platform: { os: string; architecture: string } }[];
    };
    const expected = Object.fromEntries(
      index.manifests.map((entry) => [
        `${entry.platform.os}/${entry.platform.architecture}`,
        entry.digest,
      ]),
    );
    expect(Object.keys(expected).sort()).toEqual(['linux/amd64', 'linux/arm64']);
    expect(result.pinned?.platformDigests).toEqual(expected);
    const summary = readFileSync(summaryFile, 'utf8');
    expect(summary).toContain(`| Digest | \`${served}\` |`);
    expect(summary).toContain(`| linux/arm64 | \`${expected['linux/arm64']}\` |`);
  });
});

describe('publish with buildah and the build inputs', () => {
  it('hands them to the build: annotations in the pushed manifest, a secret by path only', async () => {
    const { context, output } = capturedContext();
    const secret = `publish-secret-${Math.random().toString(36).slice(2, 10)}`;
    const values = {
      image: `${open.host}/inputs/app`,
      tags: 'v1',
      context: scratchContext({ 'hello.txt': 'inputs\n' }),
      builder: 'buildah',
      'insecure-registries': open.host,
      annotations: 'org.opencontainers.image.description=Published, with its inputs',
      secrets: `token=${secret}`,
      'no-cache': 'true',
    };
    // As the doors do: every secret the inputs hold is masked before anything is logged.
    for (const value of publishSecrets(source(values))) context.log.addSecret(value);
    const result = await runPublish(readPublishOptions(source(values)), context, fromTheDoor);

    const accept = {
      accept: 'application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json',
    };
    const index = (await (
      await fetch(`${open.url}/v2/inputs/app/manifests/${result.pinned!.digest}`, {
        headers: accept,
      })
    ).json()) as { manifests: { digest: string }[] };
    const manifest = (await (
      await fetch(`${open.url}/v2/inputs/app/manifests/${index.manifests[0]!.digest}`, {
        headers: accept,
      })
    ).json()) as { annotations?: Record<string, string> };
    expect(manifest.annotations).toMatchObject({
      'org.opencontainers.image.description': 'Published, with its inputs',
    });
    expect(output()).toMatch(/--secret=id=token,src=\S+\/imprint-build-secrets-\w+\/secret-0 /);
    expect(output()).toContain(' --no-cache ');
    expect(output()).not.toContain(secret);
  });
});

describe('publish with builder none', () => {
  it('pins an image built elsewhere, by tag and by digest', async () => {
    const first = capturedContext();
    await runPublish(
      readPublishOptions(
        source({
          image: `${open.host}/elsewhere/app`,
          tags: 'built',
          context: scratchContext(),
          builder: 'docker',
          'insecure-registries': open.host,
        }),
      ),
      first.context,
      fromTheDoor,
    );
    const served = await registryDigest(open.url, 'elsewhere/app', 'built');

    const byTag = capturedContext();
    const pinned = await runPublish(
      readPublishOptions(
        source({
          image: `${open.host}/elsewhere/app:built`,
          builder: 'none',
          'insecure-registries': open.host,
        }),
      ),
      byTag.context,
      fromTheDoor,
    );
    expect(pinned.pinned?.digest).toBe(served);
    expect(byTag.context.outputs()['image-ref']).toBe(`${open.host}/elsewhere/app@${served}`);

    const byDigest = capturedContext();
    const again = await runPublish(
      readPublishOptions(
        source({
          image: `${open.host}/elsewhere/app@${served}`,
          builder: 'none',
          'insecure-registries': open.host,
        }),
      ),
      byDigest.context,
      fromTheDoor,
    );
    expect(again.pinned?.digest).toBe(served);
  });

  it('says so when the image does not exist, and when no tag or digest is given', async () => {
    const { context } = capturedContext();
    await expect(
      runPublish(
        readPublishOptions(
          source({
            image: `${open.host}/elsewhere/missing:nope`,
            builder: 'none',
            'insecure-registries': open.host,
          }),
        ),
        context,
        fromTheDoor,
      ),
    ).rejects.toThrow(`image ${open.host}/elsewhere/missing:nope does not exist in the registry`);
    await expect(
      runPublish(
        readPublishOptions(
          source({
            image: `${open.host}/elsewhere/app`,
            builder: 'none',
            'insecure-registries': open.host,
          }),
        ),
        context,
        fromTheDoor,
      ),
    ).rejects.toThrow('with builder none, "image" must name an existing image by tag or digest');
  });
});

describe('publish input checks before any build', () => {
  it('rejects a malformed reference with the valid form', async () => {
    const { context } = capturedContext();
    await expect(
      runPublish(
        readPublishOptions(source({ image: 'Registry.example/UPPER/app', builder: 'docker' })),
        context,
        fromTheDoor,
      ),
    ).rejects.toThrow(
      /Invalid image reference "Registry.example\/UPPER\/app".*Expected a form like registry.example.com\/team\/app:1.2.3/,
    );
  });

  it('rejects a tag in another repository', async () => {
    const { context } = capturedContext();
    await expect(
      runPublish(
        readPublishOptions(
          source({ image: `${open.host}/a/app`, tags: `${open.host}/b/app:1`, builder: 'docker' }),
        ),
        context,
        fromTheDoor,
      ),
    ).rejects.toThrow(
      `tag "${open.host}/b/app:1" names ${open.host}/b/app, not ${open.host}/a/app`,
    );
  });

  it('fails fast with retries spent when the registry is down', async () => {
    const { context } = capturedContext();
    await expect(
      runPublish(
        readPublishOptions(
          source({
            image: '127.0.0.1:9/down/app:1',
            builder: 'none',
            'insecure-registries': '127.0.0.1:9',
          }),
        ),
        context,
        fromTheDoor,
      ),
    ).rejects.toMatchObject({ code: 'REGISTRY_UNREACHABLE' });
  });
});
