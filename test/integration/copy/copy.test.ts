/**
 * `imprint copy` end to end between two real registries with different auth: the source is
 * anonymous (distribution 2.8), the target asks for Basic credentials (from the docker config)
 * and is reached through a fault-injecting proxy that can cut the copy off part way and counts
 * what is sent. The image is an index signed and attested for real (OCI referrers in the
 * tag-schema fallback, and cosign classic tags); the copy must verify on the target.
 */
import { jest } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../../src/cli.js';
import type { CopyCommandIo } from '../../../src/doors/cli/copy.js';
import { RegistryClient } from '../../../src/registry/client.js';
import { cosignTag } from '../../../src/attest/storage/cosign-classic.js';
import { parseIndex } from '../../../src/registry/manifest.js';
import { listReferrers, referrersTag } from '../../../src/registry/referrers.js';
import { addToFallbackIndex } from '../../../src/registry/fallback-index.js';
import { cosignSignStatement } from '../../../src/attest/statement.js';
import { capturedContext } from '../../harness/context.js';
import { startRegistry, type TestRegistry } from '../../harness/registry.js';
import { type CannedResponse, type FaultProxy, startFaultProxy } from '../registry/fault-proxy.js';
import { FAST_RETRY, startWorld, type VerifyWorld, verifyCli } from '../verify/context.js';
import {
  attachBundle,
  attachClassic,
  attachFullEvidence,
  type PushedImage,
  pushImage,
  pushIndex,
  SBOM,
  VULN,
} from '../verify/evidence-store.js';

let world: VerifyWorld;
let target: TestRegistry;
let proxy: FaultProxy;
let targetClient: RegistryClient;
/** When set, the proxy resets the connection of a request this returns true for. */
let fault: ((method: string, url: string) => boolean) | undefined;
/** When set, the proxy holds a request this returns a promise for until it settles. */
let hold: ((method: string, url: string) => Promise<void> | undefined) | undefined;
/** When set, the proxy answers a request this returns an answer for, as the target would. */
let refuse: ((method: string, url: string) => CannedResponse | undefined) | undefined;
let image: PushedImage;

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

beforeAll(async () => {
  [world, target] = await Promise.all([startWorld(), startRegistry({ auth: 'basic' })]);
  proxy = await startFaultProxy(target.url, {
    respond: (request) => refuse?.(request.method, request.url),
    hold: (request) => hold?.(request.method, request.url),
    takeOver: (request, _answer, response) => {
      if (!fault?.(request.method, request.url)) return false;
      response.socket?.destroy();
      return true;
    },
  });
  const basic = Buffer.from(`${target.username}:${target.password}`).toString('base64');
  mkdirSync(join(world.work, '.docker'), { recursive: true });
  writeFileSync(
    join(world.work, '.docker', 'config.json'),
    JSON.stringify({ auths: { [target.host]: { auth: basic }, [proxy.host]: { auth: basic } } }),
  );
  writeFileSync(join(world.work, 'promote.yaml'), policyFor('./alice.pub'));
  targetClient = new RegistryClient(target.host, {
    insecure: true,
    retry: FAST_RETRY,
    credentials: { username: target.username, password: target.password, source: 'test' },
  });
  image = await pushIndex(world.client, 'dev/app', '1.0.0');
  await attachFullEvidence(world.client, image, world.alice);
  for (const platform of image.platforms!) {
    await attachFullEvidence(world.client, image, world.alice, platform);
  }
  await attachClassic(world.client, image, world.alice, SBOM, { bomFormat: 'CycloneDX' });
}, 120_000);

afterAll(async () => {
  await targetClient?.close();
  await proxy?.close();
  await Promise.all([world?.stop(), target?.stop()]);
});

afterEach(() => {
  fault = undefined;
  refuse = undefined;
  hold = undefined;
});

function policyFor(key: string): string {
  return [
    'apiVersion: imprint/v1',
    'kind: Policy',
    'signers:',
    `  - key: ${key}`,
    'attestations:',
    `  - type: ${SBOM}`,
    `  - type: ${VULN}`,
    '    vulnerabilities: {maxSeverity: HIGH}',
    '',
  ].join('\n');
}

interface CopyRun {
  code: number;
  outputs: Record<string, string>;
  stderr: string;
  log: string;
}

/** `imprint copy` through the CLI door, as a person types it. */
async function copyCli(args: string[]): Promise<CopyRun> {
  const captured = capturedContext();
  let stdout = '';
  let stderr = '';
  const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  const io: CopyCommandIo = {
    stdout: (text) => (stdout += text),
    env: { HOME: world.work, DOCKER_CONFIG: join(world.work, '.docker') },
    context: () => captured.context,
    environment: {
      cwd: world.work,
      registry: { retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 } },
      fallback: { settleMs: 5, confirmMs: 5 },
    },
  };
  let code: number;
  try {
    code = await runCli(
      [
        'copy',
        ...args,
        '--insecure-registries',
        `${world.registry.host},${target.host},${proxy.host}`,
        '--trusted-root',
        world.stack.trustedRootPath,
        '--json',
      ],
      io,
    );
  } finally {
    spy.mockRestore();
  }
  const outputs = stdout === '' ? {} : (JSON.parse(stdout) as Record<string, string>);
  return { code, outputs, stderr, log: captured.output() };
}

const writesSeen = (from: number) =>
  proxy.seen.slice(from).filter((request) => WRITES.has(request.method));

describe('imprint copy between registries with different auth', () => {
  it('resumes after a crash part way, and the finished copy verifies on the target by the same digest', async () => {
    // Cut the connection on the third blob upload: some blobs are there, no manifest yet.
    let uploads = 0;
    fault = (method, url) => method === 'PUT' && url.includes('/blobs/uploads/') && ++uploads > 2;
    const crashed = await copyCli([image.reference, `${proxy.host}/prod/app:1.0.0`]);
    expect(crashed.code).toBe(1);
    expect(crashed.stderr).toMatch(/error: .*/);
    // The copy stopped among the blobs: no manifest that would point at missing blobs.
    expect(await targetClient.headManifest('prod/app', image.digest)).toBeUndefined();
    for (const platform of image.platforms!) {
      expect(await targetClient.headManifest('prod/app', platform.digest)).toBeUndefined();
    }

    fault = undefined;
    const resumed = await copyCli([image.reference, `${proxy.host}/prod/app:1.0.0`]);
    expect(resumed.stderr).toBe('');
    expect(resumed.code).toBe(0);
    expect(resumed.outputs.digest).toBe(image.digest);
    expect(resumed.outputs.target).toBe(`${proxy.host}/prod/app@${image.digest}`);
    expect(Number(resumed.outputs['blobs-skipped'])).toBeGreaterThanOrEqual(2);
    // index + 2 platforms + 4 referrers of each + .sig + .att
    expect(resumed.outputs.manifests).toBe('17');
    expect(resumed.outputs.referrers).toBe('12');
    expect(resumed.outputs['referrers-indexed']).toBe('12');

    const fallback = await targetClient.getManifest('prod/app', referrersTag(image.digest));
    expect(parseIndex(fallback.bytes).manifests).toHaveLength(4);
    for (const suffix of ['sig', 'att'] as const) {
      const tag = cosignTag(image.digest, suffix);
      expect((await targetClient.headManifest('prod/app', tag))?.digest).toBe(
        (await world.client.headManifest('dev/app', tag))?.digest,
      );
    }
    expect((await targetClient.headManifest('prod/app', '1.0.0'))?.digest).toBe(image.digest);

    const verified = await verifyCli(world, [
      `${target.host}/prod/app@${image.digest}`,
      '--policy',
      'promote.yaml',
      '--insecure-registries',
      target.host,
    ]);
    expect(verified.log).not.toMatch(/breaks the policy/);
    expect(verified.code).toBe(0);
  }, 120_000);

  it('a blob upload cut off mid-stream starts over from the source, and the copy completes', async () => {
    // One PATCH carries a whole blob straight from the download, so it cannot be resent:
    // the copy downloads that blob again.
    let cut = 0;
    fault = (method, url) => method === 'PATCH' && url.includes('/blobs/uploads/') && ++cut === 1;
    const run = await copyCli([image.reference, `${proxy.host}/cut/app:1.0.0`]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(cut).toBeGreaterThan(1);
    expect(run.log).toMatch(/copying blob sha256:[0-9a-f]{64} again after: /);
    const verified = await verifyCli(world, [
      `${target.host}/cut/app@${image.digest}`,
      '--policy',
      'promote.yaml',
      '--insecure-registries',
      target.host,
    ]);
    expect(verified.code).toBe(0);
  }, 120_000);

  it('writes the evidence beside the layers: the fallback index does not wait for the image, the tag comes last', async () => {
    // The image's index is held at the target until its fallback index is written, or 10 s:
    // a copy that wrote the evidence only after the image would sit out the 10 s.
    const fallbackPut = `/early/app/manifests/${referrersTag(image.digest)}`;
    let fallbackFirst = false;
    let imageWritten = false;
    let release = (): void => undefined;
    const released = new Promise<void>((resolve) => {
      release = resolve;
      setTimeout(resolve, 10_000).unref();
    }).then(() => {
      imageWritten = true;
    });
    hold = (method, url) => {
      if (method !== 'PUT') return undefined;
      if (url.endsWith(fallbackPut)) {
        fallbackFirst ||= !imageWritten;
        release();
      }
      return url.endsWith(`/early/app/manifests/${image.digest}`) ? released : undefined;
    };
    const before = proxy.seen.length;
    const run = await copyCli([image.reference, `${proxy.host}/early/app:1.0.0`]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(fallbackFirst).toBe(true);
    expect(run.outputs['referrers-indexed']).toBe('12');
    const manifestPuts = proxy.seen
      .slice(before)
      .filter((request) => request.method === 'PUT' && request.url.includes('/manifests/'));
    expect(manifestPuts.at(-1)?.url).toMatch(/\/early\/app\/manifests\/1\.0\.0$/);
    const verified = await verifyCli(world, [
      `${target.host}/early/app@${image.digest}`,
      '--policy',
      'promote.yaml',
      '--insecure-registries',
      target.host,
    ]);
    expect(verified.code).toBe(0);
  }, 120_000);

  it('a target that refuses a referrer before its subject gets the evidence after the image', async () => {
    // As GitLab's registry did: MANIFEST_BLOB_UNKNOWN for a subject it does not hold yet.
    const referrers = new Set(
      (await listReferrers(world.client, 'dev/app', image.digest)).map((d) => d.digest),
    );
    let imageThere = false;
    refuse = (method, url) => {
      if (method !== 'PUT' || !url.includes('/manifests/')) return undefined;
      const reference = url.slice(url.lastIndexOf('/') + 1);
      if (reference === image.digest) imageThere = true;
      if (imageThere || !referrers.has(reference)) return undefined;
      return {
        status: 400,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          errors: [
            {
              code: 'MANIFEST_BLOB_UNKNOWN',
              message: 'blob unknown to registry',
              detail: image.digest,
            },
          ],
        }),
      };
    };
    const run = await copyCli([image.reference, `${proxy.host}/strict/app:1.0.0`]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.log).toMatch(
      /writing the evidence beside the image failed \(.*MANIFEST_BLOB_UNKNOWN.*\): writing it after the image/,
    );
    expect(run.outputs.manifests).toBe('17');
    expect(run.outputs['referrers-indexed']).toBe('12');
    const fallback = await targetClient.getManifest('strict/app', referrersTag(image.digest));
    expect(new Set(parseIndex(fallback.bytes).manifests.map((d) => d.digest))).toEqual(referrers);
    const verified = await verifyCli(world, [
      `${target.host}/strict/app@${image.digest}`,
      '--policy',
      'promote.yaml',
      '--insecure-registries',
      target.host,
    ]);
    expect(verified.code).toBe(0);
  }, 120_000);

  it('a re-run of a finished copy uploads nothing', async () => {
    await copyCli([image.reference, `${proxy.host}/again/app`]);
    const before = proxy.seen.length;
    const rerun = await copyCli([image.reference, `${proxy.host}/again/app`]);
    expect(rerun.code).toBe(0);
    expect(writesSeen(before)).toEqual([]);
    expect(rerun.outputs['manifests-copied']).toBe('0');
    expect(rerun.outputs['blobs-copied']).toBe('0');
    expect(rerun.outputs['tags-written']).toBe('0');
    expect(rerun.outputs['referrers-indexed']).toBe('0');
    expect(rerun.outputs.manifests).toBe('17');
  }, 120_000);

  it('within one registry, mounts the blobs from the source repository instead of moving them', async () => {
    const before = proxy.seen.length;
    const run = await copyCli([image.pinned, `${world.registry.host}/mirror/app:1.0.0`]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(Number(run.outputs['blobs-mounted'])).toBeGreaterThan(0);
    expect(run.outputs['blobs-copied']).toBe('0');
    expect(run.outputs['bytes-copied']).toBe('0');
    expect(proxy.seen.length).toBe(before);
    const pinned = `${world.registry.host}/mirror/app@${image.digest}`;
    const verified = await verifyCli(world, [pinned, '--policy', 'promote.yaml']);
    expect(verified.code).toBe(0);
  }, 120_000);

  it('with --policy: copies an image that passes and verifies it again on the target', async () => {
    const run = await copyCli([
      image.pinned,
      `${proxy.host}/gated/app:1.0.0`,
      '--policy',
      'promote.yaml',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs.verified).toBe('true');
    expect(run.log).toMatch(/passes .*promote\.yaml on the target/);
  }, 120_000);

  it('with --policy: refuses an image that fails and copies nothing', async () => {
    const unsigned = await pushImage(world.client, 'dev/unsigned', '1.0.0');
    const before = proxy.seen.length;
    const run = await copyCli([
      unsigned.reference,
      `${proxy.host}/refused/app:1.0.0`,
      '--policy',
      'promote.yaml',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${unsigned.pinned} fails the policy`);
    expect(run.stderr).toContain('so it was not copied');
    expect(run.stderr).toMatch(/signature/);
    expect(proxy.seen.slice(before)).toEqual([]);
    expect(await targetClient.headManifest('refused/app', unsigned.digest)).toBeUndefined();
  }, 120_000);

  it('leaves behind a manifest the source lists as a referrer but whose subject is another image', async () => {
    const copied = await pushImage(world.client, 'dev/stray', '1');
    const other = await pushImage(world.client, 'dev/stray', '2');
    const stray = await attachBundle(
      world.client,
      'dev/stray',
      other.descriptor,
      await world.alice.signDsse(cosignSignStatement(other.digest)),
    );
    await addToFallbackIndex(world.client, 'dev/stray', copied.digest, [stray.descriptor], {
      settleMs: 5,
      confirmMs: 5,
    });
    const run = await copyCli([copied.pinned, `${proxy.host}/stray/app:1`]);
    expect(run.code).toBe(0);
    expect(run.outputs.referrers).toBe('0');
    expect(run.outputs.manifests).toBe('1');
    expect(await targetClient.headManifest('stray/app', stray.descriptor.digest)).toBeUndefined();
    expect(
      await targetClient.headManifest('stray/app', referrersTag(copied.digest)),
    ).toBeUndefined();
  }, 120_000);

  it('refuses a source blob whose bytes are not its digest, and commits nothing of it on the target', async () => {
    const layer = await pushImage(world.client, 'dev/tampered', '1');
    const manifest = JSON.parse(
      (await world.client.getManifest('dev/tampered', layer.digest)).bytes.toString(),
    ) as { layers: { digest: string }[] };
    const layerDigest = manifest.layers[0]!.digest;
    const tampering = await startFaultProxy(world.registry.url, {
      rewrite: (request, body) => {
        if (request.method !== 'GET' || !request.url.endsWith(`/blobs/${layerDigest}`)) return body;
        const changed = Buffer.from(body);
        changed[0] = changed[0]! ^ 0xff;
        return changed;
      },
    });
    try {
      const run = await copyCli([
        `${tampering.host}/dev/tampered@${layer.digest}`,
        `${proxy.host}/tampered/app:1`,
        '--insecure-registries',
        tampering.host,
      ]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(layerDigest);
      expect(run.stderr).toMatch(/digest/i);
      expect(await targetClient.hasBlob('tampered/app', layerDigest)).toBe(false);
      expect(await targetClient.headManifest('tampered/app', layer.digest)).toBeUndefined();
    } finally {
      await tampering.close();
    }
  }, 120_000);

  it('refuses a target digest other than the source and a missing target, naming them', async () => {
    const other = `${target.host}/prod/app@sha256:${'0'.repeat(64)}`;
    const conflict = await copyCli([image.pinned, other]);
    expect(conflict.code).toBe(2);
    expect(conflict.stderr).toContain('a copy keeps digests');
    const missing = await copyCli([image.pinned]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('imprint copy takes a source and a target image');
  });
});
