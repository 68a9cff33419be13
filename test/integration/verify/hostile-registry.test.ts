/**
 * `imprint verify` through its CLI door against hostile scripted registries on 127.0.0.1: a
 * loopback node:http proxy in front of the real registry that serves everything as the registry
 * does except what the attack needs. The image carries an older, clean vulnerability report and a
 * newer one with a CRITICAL finding; the policy allows up to HIGH. An attacker who can keep the
 * newer report from being read must not get the older one to decide: every failure to fetch or
 * read evidence fails the image, with the reason.
 */
import type { ServerResponse } from 'node:http';
import { AttestationRequests, planAttestations } from '../../../src/attest/plan.js';
import { type BuiltManifest, MAX_BUNDLE_BYTES } from '../../../src/attest/storage/oci.js';
import { AttestationStore } from '../../../src/attest/storage/store.js';
import { readBack } from '../../../src/publish/readback-step.js';
import { RegistryClient } from '../../../src/registry/client.js';
import { loadTrust } from '../../../src/sigstore/verify/index.js';
import { capturedContext } from '../../harness/context.js';
import { MAX_REFERRER_PAGES } from '../../../src/registry/referrers.js';
import { listReferrers } from '../../../src/registry/referrers.js';
import { EXIT_FAILED } from '../../../src/doors/exit-codes.js';
import { type FaultProxy, type FaultRule, startFaultProxy } from '../registry/fault-proxy.js';
import { cosignTag } from '../../../src/attest/storage/cosign-classic.js';
import {
  attachBundle,
  attachClassic,
  attachFullEvidence,
  PROVENANCE,
  type PushedImage,
  pushImage,
  SBOM,
  statementFor,
  trivyPredicate,
  VULN,
} from './evidence-store.js';
import {
  checksOf,
  FAST_RETRY,
  startWorld,
  type VerifyRun,
  type VerifyWorld,
  verifyCli,
  writePolicy,
} from './context.js';

let world: VerifyWorld;
/** A run that takes longer than this hangs: the test fails instead of waiting on it. */
const HANG_MS = 30_000;

beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => {
  await world?.stop();
});

const POLICY = [
  'apiVersion: imprint/v1',
  'kind: Policy',
  'signers:',
  '  - key: ./alice.pub',
  'attestations:',
  `  - type: ${SBOM}`,
  `  - type: ${VULN}`,
  '    vulnerabilities: {maxSeverity: HIGH}',
  `  - type: ${PROVENANCE}`,
].join('\n');

interface Scene {
  image: PushedImage;
  /** The newer vulnerability report's referrer manifest: its CRITICAL finding must fail the image. */
  critical: BuiltManifest;
  /** Its bundle layer's digest. */
  criticalBlob: string;
}

/** Full clean evidence (vuln: MEDIUM), then, a second later, a newer vuln report with a CRITICAL. */
async function scene(repository: string): Promise<Scene> {
  const image = await pushImage(world.client, repository, '1.0');
  await attachFullEvidence(world.client, image, world.alice);
  await new Promise((resolve) => setTimeout(resolve, 1100)); // a later integrated time
  const critical = await attachBundle(
    world.client,
    repository,
    image.descriptor,
    await world.alice.signDsse(
      statementFor(image, image.digest, VULN, trivyPredicate(['CRITICAL'])),
    ),
  );
  const layer = critical.blobs.find((b) => b.mediaType.startsWith('application/vnd.dev.sigstore'));
  return { image, critical, criticalBlob: layer!.digest };
}

/** Verify the scene's image through a hostile scripted registry built from `rule`. */
async function verifyThrough(
  target: Pick<Scene, 'image'>,
  rule: FaultRule,
  registry: Parameters<typeof verifyCli>[2] = {},
): Promise<{ run: VerifyRun; proxy: FaultProxy; ms: number }> {
  const proxy = await startFaultProxy(world.registry.url, rule);
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    const run = await Promise.race([
      verifyCli(
        world,
        [
          target.image.reference.replace(world.registry.host, proxy.host),
          '--policy',
          writePolicy(world, 'hostile.yaml', POLICY),
          '--insecure-registries',
          proxy.host,
        ],
        registry,
      ),
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`verify still running after ${HANG_MS} ms`)),
          HANG_MS,
        );
      }),
    ]);
    return { run, proxy, ms: Date.now() - started };
  } finally {
    clearTimeout(timer);
    await proxy.close();
  }
}

const isBlob = (digest: string) => (request: { method: string; url: string }) =>
  request.method === 'GET' && request.url.endsWith(`/blobs/${digest}`);

/** Send the headers and the first half of the body, then end the connection as `how` says. */
function breakOff(response: ServerResponse, body: Buffer, how: 'reset' | 'close'): void {
  response.writeHead(200, {
    'content-type': 'application/octet-stream',
    'content-length': String(body.length),
  });
  response.write(body.subarray(0, Math.floor(body.length / 2)), () => {
    if (how === 'reset') response.socket?.resetAndDestroy();
    else response.socket?.destroy();
  });
}

/** Headers, then a byte every 50 ms for as long as the client listens: a body without end. */
function trickle(response: ServerResponse): void {
  response.writeHead(200, { 'content-type': 'application/octet-stream' });
  const timer = setInterval(() => response.write('x'), 50);
  response.on('close', () => clearInterval(timer));
}

describe('a hostile registry keeps the newest report from being read', () => {
  it('baseline: read in full, the newer CRITICAL report fails the image', async () => {
    const target = await scene('hostile/baseline');
    const { run } = await verifyThrough(target, {});
    expect(run.code).toBe(EXIT_FAILED);
    expect(checksOf(run).vulnerabilities).toMatchObject({
      outcome: 'fail',
      found: expect.stringContaining('CRITICAL') as unknown,
    });
  });

  it.each([
    ['resets the connection', 'reset' as const],
    ['cuts the body short and closes', 'close' as const],
  ])(
    'fails when the registry %s mid-body of the newest attestation, saying which referrer could not be read',
    async (_, how) => {
      const target = await scene(`hostile/${how}`);
      const { run } = await verifyThrough(target, {
        takeOver: (request, answer, response) => {
          if (!isBlob(target.criticalBlob)(request)) return false;
          breakOff(response, answer.body, how);
          return true;
        },
      });
      expect(run.code).toBe(EXIT_FAILED);
      expect(checksOf(run)['evidence.registry']).toMatchObject({
        outcome: 'fail',
        found: expect.stringMatching(
          new RegExp(
            `^reading referrer ${target.critical.digest} of ${target.image.digest}: Blob hostile/${how}@${target.criticalBlob} from 127\\.0\\.0\\.1:\\d+: the transfer broke off after \\d+ bytes`,
          ),
        ) as unknown,
        hint: 'fix the cause and verify again: a policy is not evaluated on partial evidence',
      });
    },
  );

  it('fails when the newest report is a cosign classic .att layer and the registry resets it mid-body', async () => {
    const image = await pushImage(world.client, 'hostile/classic', '1.0');
    await attachFullEvidence(world.client, image, world.alice);
    await new Promise((resolve) => setTimeout(resolve, 1100)); // a later integrated time
    await attachClassic(world.client, image, world.alice, VULN, trivyPredicate(['CRITICAL']));
    const tag = cosignTag(image.digest, 'att');
    const att = JSON.parse(
      (await world.client.getManifest(image.repository, tag)).bytes.toString('utf8'),
    ) as { layers: { digest: string }[] };
    const layer = att.layers[0]!.digest;
    const target = { image };
    // Read in full, the classic report is the newest and its CRITICAL fails the image.
    const { run: whole } = await verifyThrough(target, {});
    expect(checksOf(whole).vulnerabilities).toMatchObject({ outcome: 'fail' });
    const { run } = await verifyThrough(target, {
      takeOver: (request, answer, response) => {
        if (!isBlob(layer)(request)) return false;
        breakOff(response, answer.body, 'reset');
        return true;
      },
    });
    expect(run.code).toBe(EXIT_FAILED);
    expect(checksOf(run)['evidence.registry']).toMatchObject({
      outcome: 'fail',
      found: expect.stringMatching(
        new RegExp(
          `^reading a layer of the cosign tag ${tag}: Blob hostile/classic@${layer} from 127\\.0\\.0\\.1:\\d+: the transfer broke off after \\d+ bytes`,
        ),
      ) as unknown,
    });
  });

  it('fails when the newest referrer is listed on a page past the limit, saying the list is incomplete', async () => {
    const target = await scene('hostile/pages');
    const all = await listReferrers(world.client, target.image.repository, target.image.digest);
    const older = all.filter((d) => d.digest !== target.critical.digest);
    const newest = all.filter((d) => d.digest === target.critical.digest);
    const referrersPath = `/v2/${target.image.repository}/referrers/${target.image.digest}`;
    // The scripted registry has the referrers API: page 1 lists the older evidence, pages up to
    // the limit list nothing, and the newest report waits on the page after the limit.
    const { run, proxy } = await verifyThrough(target, {
      respond: (request) => {
        if (request.method !== 'GET' || !request.url.startsWith(referrersPath)) return undefined;
        const page = Number(new URL(request.url, 'http://x').searchParams.get('page') ?? '1');
        const manifests = page === 1 ? older : page === MAX_REFERRER_PAGES + 1 ? newest : [];
        return {
          status: 200,
          headers: {
            'content-type': 'application/vnd.oci.image.index.v1+json',
            ...(page <= MAX_REFERRER_PAGES
              ? { link: `<${referrersPath}?page=${page + 1}>; rel="next"` }
              : {}),
          },
          body: JSON.stringify({
            schemaVersion: 2,
            mediaType: 'application/vnd.oci.image.index.v1+json',
            manifests,
          }),
        };
      },
    });
    expect(run.code).toBe(EXIT_FAILED);
    expect(checksOf(run)['evidence.registry']).toMatchObject({
      outcome: 'fail',
      found: expect.stringContaining(
        `listing the referrers of ${target.image.digest}: The referrers list of hostile/pages@${target.image.digest} on 127.0.0.1:`,
      ) as unknown,
    });
    expect(checksOf(run)['evidence.registry']!.found).toContain(
      `still had more pages after ${MAX_REFERRER_PAGES} pages`,
    );
    // It read the pages up to the limit, and not one more.
    expect(proxy.seen.filter((r) => r.url.startsWith(referrersPath))).toHaveLength(
      MAX_REFERRER_PAGES,
    );
  });
});

describe('a hostile registry sends a body without end', () => {
  it('the per-request deadline cuts off a trickling attestation body and fails the image', async () => {
    const target = await scene('hostile/trickle');
    const { run, ms } = await verifyThrough(
      target,
      {
        takeOver: (request, _answer, response) => {
          if (!isBlob(target.criticalBlob)(request)) return false;
          trickle(response);
          return true;
        },
      },
      { requestDeadlineMs: 1500 },
    );
    expect(ms).toBeLessThan(HANG_MS);
    expect(run.code).toBe(EXIT_FAILED);
    expect(checksOf(run)['evidence.registry']).toMatchObject({
      outcome: 'fail',
      found: expect.stringMatching(
        new RegExp(
          `^reading referrer ${target.critical.digest} of ${target.image.digest}: GET http://127\\.0\\.0\\.1:\\d+/v2/hostile/trickle/blobs/${target.criticalBlob} did not finish within 1500 ms\\.`,
        ),
      ) as unknown,
    });
  });

  it('the per-image deadline fails an image whose evidence takes too long in all', async () => {
    const target = await scene('hostile/slow-image');
    const { run, ms } = await verifyThrough(
      target,
      {
        takeOver: (request, _answer, response) => {
          if (!isBlob(target.criticalBlob)(request)) return false;
          trickle(response);
          return true;
        },
      },
      { imageDeadlineMs: 2000 },
    );
    expect(ms).toBeLessThan(HANG_MS);
    expect(run.code).toBe(EXIT_FAILED);
    expect(checksOf(run)['evidence.registry']).toMatchObject({
      outcome: 'fail',
      found: expect.stringMatching(
        /^reading the evidence of 127\.0\.0\.1:\d+\/hostile\/slow-image:1\.0: it did not finish within 2 s\./,
      ) as unknown,
    });
  });
});

/**
 * A 200 whose body runs past the size limit: a "bundle" no reader should take. 2 MiB over, so
 * the limit is met well before the body's end, where its digest would be found wrong.
 */
function oversized(response: ServerResponse): void {
  const body = Buffer.alloc(MAX_BUNDLE_BYTES + 2 * 1024 * 1024, 0x7b);
  response.writeHead(200, {
    'content-type': 'application/octet-stream',
    'content-length': String(body.length),
  });
  response.end(body);
}

/** Refused at the size the manifest declares for the blob, long before the 64 MiB limit. */
const OVER_ITS_DESCRIPTOR =
  'is larger than the \\d+ bytes its descriptor declares: refused, not read further\\.';

describe('a hostile registry serves a body over the one size limit (64 MiB) in place of a bundle', () => {
  it('verify refuses the referrer bundle, saying which one and why, and fails the image', async () => {
    const target = await scene('hostile/huge');
    const { run } = await verifyThrough(target, {
      takeOver: (request, _answer, response) => {
        if (!isBlob(target.criticalBlob)(request)) return false;
        oversized(response);
        return true;
      },
    });
    expect(run.code).toBe(EXIT_FAILED);
    expect(checksOf(run)['evidence.registry']).toMatchObject({
      outcome: 'fail',
      found: expect.stringMatching(
        new RegExp(
          `^reading referrer ${target.critical.digest} of ${target.image.digest}: the bundle of referrer ${target.critical.digest} \\(hostile/huge@${target.criticalBlob} on 127\\.0\\.0\\.1:\\d+\\) ${OVER_ITS_DESCRIPTOR}`,
        ),
      ) as unknown,
    });
  });

  it('verify refuses a cosign classic .att layer over the limit and fails the image', async () => {
    const image = await pushImage(world.client, 'hostile/huge-classic', '1.0');
    await attachFullEvidence(world.client, image, world.alice);
    await attachClassic(world.client, image, world.alice, VULN, trivyPredicate(['CRITICAL']));
    const tag = cosignTag(image.digest, 'att');
    const att = JSON.parse(
      (await world.client.getManifest(image.repository, tag)).bytes.toString('utf8'),
    ) as { layers: { digest: string }[] };
    const layer = att.layers[0]!.digest;
    const { run } = await verifyThrough(
      { image },
      {
        takeOver: (request, _answer, response) => {
          if (!isBlob(layer)(request)) return false;
          oversized(response);
          return true;
        },
      },
    );
    expect(run.code).toBe(EXIT_FAILED);
    const found = checksOf(run)['evidence.registry']?.found;
    expect(found).toMatch(
      new RegExp(
        `^reading a layer of the cosign tag ${tag}: the layer ${layer} of ${tag} \\(hostile/huge-classic@${layer} on 127\\.0\\.0\\.1:\\d+\\) `,
      ),
    );
    expect(found).toMatch(new RegExp(OVER_ITS_DESCRIPTOR));
  });

  it('verify refuses a cosign classic .att layer whose tag declares it over the limit, without reading it', async () => {
    const image = await pushImage(world.client, 'hostile/huge-declared', '1.0');
    await attachFullEvidence(world.client, image, world.alice);
    await attachClassic(world.client, image, world.alice, VULN, trivyPredicate(['CRITICAL']));
    const tag = cosignTag(image.digest, 'att');
    const isTag = (request: { url: string }) => request.url.endsWith(`/manifests/${tag}`);
    let layer = '';
    const { run, proxy } = await verifyThrough(
      { image },
      {
        // The tag is read by name: its manifest is the registry's word, sizes included.
        rewrite: (request, body) => {
          if (!isTag(request)) return body;
          const manifest = JSON.parse(body.toString('utf8')) as {
            layers: { digest: string; size: number }[];
          };
          layer = manifest.layers[0]!.digest;
          manifest.layers[0]!.size = MAX_BUNDLE_BYTES + 1;
          return Buffer.from(JSON.stringify(manifest));
        },
        headers: (request, headers) => {
          if (!isTag(request)) return headers;
          // The digest header would give the rewrite away; a registry need not send it.
          return Object.fromEntries(
            Object.entries(headers).filter(([name]) => name !== 'docker-content-digest'),
          );
        },
      },
    );
    expect(run.code).toBe(EXIT_FAILED);
    const found = checksOf(run)['evidence.registry']?.found;
    expect(found).toContain(
      `the layer ${layer} of ${tag} (hostile/huge-declared@${layer} on ${proxy.host}) is larger than 64 MiB, the limit for a signature or attestation: refused, not read further.`,
    );
    expect(proxy.seen.some(isBlob(layer))).toBe(false);
  });

  it("publish's read-back refuses it too: the publication does not verify, and says why", async () => {
    const target = await scene('hostile/huge-readback');
    const { mediaType, digest, size } = target.image.descriptor;
    const subject = { mediaType, digest, size };
    const image = { repository: target.image.repository, image: subject, platforms: [] };
    const requests = new AttestationRequests(image);
    requests.attest(subject, VULN, trivyPredicate(['CRITICAL']));
    const [job] = planAttestations(image, requests.list(), 'bundle');
    const proxy = await startFaultProxy(world.registry.url, {
      takeOver: (request, _answer, response) => {
        if (!isBlob(target.criticalBlob)(request)) return false;
        oversized(response);
        return true;
      },
    });
    const client = new RegistryClient(proxy.host, { insecure: true, retry: FAST_RETRY });
    try {
      const readingBack = readBack(
        {
          store: new AttestationStore(client, target.image.repository),
          placements: [
            {
              job: job!,
              subject,
              location: { manifestDigest: target.critical.digest },
              status: 'stored',
            },
          ],
          trust: await loadTrust({ trustedRootPath: world.stack.trustedRootPath, offline: true }),
          signer: 'alice',
          requireTlog: false,
          requireTimestamp: false,
        },
        capturedContext().context.log,
      );
      await expect(readingBack).rejects.toMatchObject({ code: 'VERIFY_FAILED' });
      await expect(readingBack).rejects.toThrow(
        new RegExp(
          `as the registry serves it \\(hostile/huge-readback@${target.critical.digest}\\), does not verify: the bundle of referrer ${target.critical.digest} \\(hostile/huge-readback@${target.criticalBlob} on ${proxy.host.replace(/\./g, '\\.')}\\) ${OVER_ITS_DESCRIPTOR}`,
        ),
      );
    } finally {
      await client.close();
      await proxy.close();
    }
  });
});
