/**
 * Lost updates on the referrers fallback index, for real: distribution 2.8 (Debian's
 * docker-registry) sends an ETag but ignores If-Match, so two writers that read the same
 * index both succeed and the later PUT drops the other's referrer unless each writer checks
 * and repairs. Two writers race on the same subject, 20 rounds, with the production settings,
 * through a proxy that holds each write of the index up for 0–400 ms (a congested network or a
 * loaded runner: what turns a near miss into a lost referrer). First two clients in this
 * process, then two separate node processes (as two CI jobs would be). Every referrer either
 * writer reported attached must be listed afterwards.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { RegistryClient } from '../../../src/registry/client.js';
import { sha256Digest } from '../../../src/registry/digest.js';
import { type Descriptor, MEDIA_TYPES } from '../../../src/registry/manifest.js';
import { attachReferrer, listReferrers } from '../../../src/registry/referrers.js';
import { startRegistry, type TestRegistry } from '../../harness/registry.js';
import { type FaultProxy, startFaultProxy } from './fault-proxy.js';
import {
  clientFor,
  pushReferrerBlobs,
  pushSample,
  sampleImage,
  sampleReferrer,
  type SampleReferrer,
} from './helpers.js';

const ROUNDS = 20;
const MAX_WRITE_DELAY_MS = 400;
const SBOM = 'https://cyclonedx.org/bom';
const run = promisify(execFile);
const SUPPORT = join(import.meta.dirname, 'support');

function toAttach(referrer: SampleReferrer) {
  return {
    manifestBytes: referrer.manifest,
    mediaType: MEDIA_TYPES.ociManifest,
    artifactType: referrer.artifactType,
    annotations: referrer.annotations,
    subject: referrer.subject,
  };
}

describe('concurrent writers of the fallback index on distribution 2.8 (no If-Match)', () => {
  let registry: TestRegistry;
  let proxy: FaultProxy;
  let client: RegistryClient;
  const durations: number[] = [];

  beforeAll(async () => {
    registry = await startRegistry();
    // Only writes of the index tag are held up: reads, blobs and referrer manifests go straight.
    proxy = await startFaultProxy(registry.url, {
      delayMs: (request) =>
        request.method === 'PUT' && /\/manifests\/sha256-[0-9a-f]{64}$/.test(request.url)
          ? Math.floor(Math.random() * MAX_WRITE_DELAY_MS)
          : 0,
    });
    client = clientFor(registry);
  });
  afterAll(async () => {
    await client.close();
    await proxy.close();
    await registry.stop();
    if (durations.length > 0) {
      const sorted = [...durations].sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)]!;
      console.info(
        `fallback index attach (2 racing writers, writes delayed 0–${MAX_WRITE_DELAY_MS} ms): median ${median} ms, max ${sorted.at(-1)} ms over ${sorted.length}`,
      );
    }
  });

  /** A fresh subject and one referrer of it per writer, blobs pushed. */
  async function round(repository: string, writers: number) {
    const image = sampleImage();
    const digest = await pushSample(client, repository, image, 'latest');
    const subject: Descriptor = {
      mediaType: MEDIA_TYPES.ociManifest,
      digest,
      size: image.manifest.length,
    };
    const referrers = Array.from({ length: writers }, (_, i) =>
      sampleReferrer(subject, `${SBOM}#writer-${i}`),
    );
    for (const referrer of referrers) await pushReferrerBlobs(client, repository, referrer);
    return { subject, referrers };
  }

  async function listed(repository: string, subject: Descriptor): Promise<string[]> {
    return (await listReferrers(client, repository, subject.digest)).map((d) => d.digest).sort();
  }

  it(`two clients in one process: ${ROUNDS} rounds, no referrer lost`, async () => {
    const lost: string[] = [];
    for (let i = 0; i < ROUNDS; i += 1) {
      const { subject, referrers } = await round('race/in-process', 2);
      // Separate clients (no shared cache), production settings, through the slow network.
      const writers = referrers.map(() => new RegistryClient(proxy.host, { insecure: true }));
      try {
        const attached = await Promise.all(
          writers.map(async (writer, w) => {
            const started = Date.now();
            const result = await attachReferrer(writer, 'race/in-process', toAttach(referrers[w]!));
            durations.push(Date.now() - started);
            return result;
          }),
        );
        const wanted = attached.map((a) => a.descriptor.digest).sort();
        const found = await listed('race/in-process', subject);
        if (found.join() !== wanted.join())
          lost.push(`round ${i}: ${wanted.length - found.length} lost`);
      } finally {
        await Promise.all(writers.map((writer) => writer.close()));
      }
    }
    expect(lost).toEqual([]);
  });

  it(`two separate processes: ${ROUNDS} rounds, no referrer lost`, async () => {
    const lost: string[] = [];
    for (let i = 0; i < ROUNDS; i += 1) {
      const { subject, referrers } = await round('race/processes', 2);
      // Both processes start at the same instant, well after node has loaded the sources.
      const startAt = String(Date.now() + 1500);
      const outputs = await Promise.all(
        referrers.map((referrer) => {
          const { manifestBytes, ...rest } = toAttach(referrer);
          return run(
            process.execPath,
            [
              '--experimental-transform-types',
              '--no-warnings',
              '--import',
              join(SUPPORT, 'ts-loader.mjs'),
              join(SUPPORT, 'attach-writer.ts'),
              proxy.host,
              'race/processes',
              JSON.stringify(subject),
              startAt,
              JSON.stringify({ ...rest, manifestBase64: manifestBytes.toString('base64') }),
            ],
            { timeout: 60_000 },
          );
        }),
      );
      const attached = outputs.flatMap((o) => JSON.parse(o.stdout) as string[]).sort();
      expect(attached).toEqual(referrers.map((r) => sha256Digest(r.manifest)).sort());
      const found = await listed('race/processes', subject);
      if (found.join() !== attached.join())
        lost.push(`round ${i}: ${attached.length - found.length} lost`);
    }
    expect(lost).toEqual([]);
  });
});
