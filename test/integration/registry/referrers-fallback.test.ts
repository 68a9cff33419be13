/**
 * OCI referrers on a registry without the referrers API (distribution 2.8, for real):
 * the client keeps the `sha256-<hex>` index itself. Attach, list, re-attach without
 * duplicates, concurrent writers, a 412 from a conditional write, and bad inputs; and the
 * same for batches (several referrers of a subject, one index update).
 */
import { RegistryClient } from '../../../src/registry/client.js';
import { sha256Digest } from '../../../src/registry/digest.js';
import { type Descriptor, MEDIA_TYPES, parseIndex } from '../../../src/registry/manifest.js';
import { conditionalWrites, STALE_READ_MS } from '../../../src/registry/fallback-index.js';
import {
  attachReferrer,
  attachReferrers,
  listReferrers,
  referrersTag,
} from '../../../src/registry/referrers.js';
import { startRegistry, type TestRegistry } from '../../harness/registry.js';
import { startFaultProxy } from './fault-proxy.js';
import {
  BUNDLE_TYPE,
  clientFor,
  pushReferrerBlobs,
  pushSample,
  sampleImage,
  sampleReferrer,
  type SampleReferrer,
} from './helpers.js';

const SBOM = 'https://cyclonedx.org/bom';
const PROVENANCE = 'https://slsa.dev/provenance/v1';
const quick = { settleMs: 20, confirmMs: 20 };
// distribution 2.8 ignores If-Match, so concurrent writers are caught by the read-back after
// the settle wait and the confirming read after confirmMs (production settings here;
// referrers-concurrency.test.ts races writers over a slow network).
const racing = {};
const PROBE = '"imprint-if-match-probe"';

function toAttach(referrer: SampleReferrer) {
  return {
    manifestBytes: referrer.manifest,
    mediaType: MEDIA_TYPES.ociManifest,
    artifactType: referrer.artifactType,
    annotations: referrer.annotations,
    subject: referrer.subject,
  };
}

describe('referrers on distribution 2.8 (tag-schema fallback)', () => {
  let registry: TestRegistry;
  let client: RegistryClient;

  beforeAll(async () => {
    registry = await startRegistry({ auth: 'bearer' });
    client = clientFor(registry);
  });
  afterAll(async () => {
    await client.close();
    await registry.stop();
  });

  async function subjectIn(repository: string): Promise<Descriptor> {
    const image = sampleImage();
    const digest = await pushSample(client, repository, image, 'latest');
    return { mediaType: MEDIA_TYPES.ociManifest, digest, size: image.manifest.length };
  }

  async function attach(repository: string, referrer: SampleReferrer) {
    await pushReferrerBlobs(client, repository, referrer);
    return attachReferrer(client, repository, toAttach(referrer), quick);
  }

  it('attaches two referrers, lists them with artifactType and annotations, and does not duplicate a re-attach', async () => {
    const subject = await subjectIn('team/signed');
    const sbom = sampleReferrer(subject, SBOM);
    const provenance = sampleReferrer(
      subject,
      PROVENANCE,
      'application/vnd.example.provenance+json',
    );
    expect((await attach('team/signed', sbom)).via).toBe('tag-schema');
    await attach('team/signed', provenance);
    const again = await attach('team/signed', sbom);

    const listed = await listReferrers(client, 'team/signed', subject.digest);
    expect(listed).toEqual([
      {
        mediaType: MEDIA_TYPES.ociManifest,
        digest: again.descriptor.digest,
        size: sbom.manifest.length,
        artifactType: BUNDLE_TYPE,
        annotations: sbom.annotations,
      },
      expect.objectContaining({ artifactType: 'application/vnd.example.provenance+json' }),
    ]);
    expect(
      await listReferrers(client, 'team/signed', subject.digest, { artifactType: BUNDLE_TYPE }),
    ).toHaveLength(1);

    // What other tools read: an OCI index under the tag sha256-<hex>.
    const tagged = await client.getManifest('team/signed', referrersTag(subject.digest));
    expect(tagged.mediaType).toBe(MEDIA_TYPES.ociIndex);
    expect(parseIndex(tagged.bytes).manifests.map((d) => d.digest)).toEqual(
      listed.map((d) => d.digest),
    );
  });

  it('asks for the referrers API once per client, then goes straight to the tag', async () => {
    const subject = await subjectIn('team/probe');
    const seen: string[] = [];
    const fresh = clientFor(registry, {
      onRequest: (method, url) => seen.push(`${method} ${url}`),
    });
    try {
      for (const predicate of [SBOM, PROVENANCE]) {
        const referrer = sampleReferrer(subject, predicate);
        await pushReferrerBlobs(fresh, 'team/probe', referrer);
        await attachReferrer(fresh, 'team/probe', toAttach(referrer), quick);
      }
      expect(await listReferrers(fresh, 'team/probe', subject.digest)).toHaveLength(2);
      expect(seen.filter((r) => r.includes('/referrers/'))).toEqual([
        `GET ${registry.url}/v2/team/probe/referrers/${subject.digest}`,
      ]);
    } finally {
      await fresh.close();
    }
  });

  it('lists nothing for a subject without referrers', async () => {
    const subject = await subjectIn('team/lonely');
    expect(await listReferrers(client, 'team/lonely', subject.digest)).toEqual([]);
  });

  it('keeps every one of several concurrent attaches', async () => {
    const subject = await subjectIn('team/race');
    const tagPuts: string[] = [];
    const countTagPuts = (method: string, url: string): void => {
      if (method === 'PUT' && url.endsWith(`/manifests/${referrersTag(subject.digest)}`))
        tagPuts.push(url);
    };
    // Separate clients, as separate CI jobs would be: no shared memory between them.
    const writers = [0, 1, 2, 3].map(() => clientFor(registry, { onRequest: countTagPuts }));
    const referrers = writers.map((_, i) => sampleReferrer(subject, `${SBOM}#${i}`));
    try {
      for (const referrer of referrers) await pushReferrerBlobs(client, 'team/race', referrer);
      const attached = await Promise.all(
        writers.map((writer, i) =>
          attachReferrer(writer, 'team/race', toAttach(referrers[i]!), racing),
        ),
      );
      const listed = (await listReferrers(client, 'team/race', subject.digest)).map(
        (d) => d.digest,
      );
      expect(listed.sort()).toEqual(attached.map((a) => a.descriptor.digest).sort());
      // Every writer wrote at least once; losers of a race wrote again (8-10 PUTs seen).
      expect(tagPuts.length).toBeGreaterThanOrEqual(4);
    } finally {
      await Promise.all(writers.map((writer) => writer.close()));
    }
  });

  it('re-reads and retries when a conditional write answers 412, sending If-Match with the ETag it read', async () => {
    const subject = await subjectIn('team/etag');
    const existing = sampleReferrer(subject, SBOM);
    await attach('team/etag', existing);
    const tag = referrersTag(subject.digest);
    let refused = 0;
    // The fault-injecting proxy plays a registry that enforces If-Match (distribution 2.8 ignores
    // it): it refuses the probe's If-Match, which matches nothing, and then the first real
    // conditional write, as if another writer had changed the index in between.
    const proxy = await startFaultProxy(registry.url, {
      respond: (request) =>
        request.method === 'PUT' && request.url.endsWith(`/manifests/${tag}`) && refused++ < 2
          ? {
              status: 412,
              headers: { 'content-type': 'application/json' },
              body: '{"errors":[{"code":"PRECONDITION_FAILED"}]}',
            }
          : undefined,
    });
    const proxied = new RegistryClient(proxy.host, {
      insecure: true,
      credentials: { username: registry.username, password: registry.password, source: 'test' },
    });
    try {
      const added = sampleReferrer(subject, PROVENANCE);
      await pushReferrerBlobs(proxied, 'team/etag', added);
      const result = await attachReferrer(proxied, 'team/etag', toAttach(added), quick);
      const puts = proxy.seen.filter(
        (r) => r.method === 'PUT' && r.url.endsWith(`/manifests/${tag}`),
      );
      expect(puts.map((r) => r.headers['if-match'])).toEqual([
        PROBE,
        expect.stringMatching(/^"sha256:[0-9a-f]{64}"$/),
        expect.stringMatching(/^"sha256:[0-9a-f]{64}"$/),
      ]);
      // The registry honours If-Match: a 412 is the race signal, no confirming read is needed.
      expect(conditionalWrites(proxied, 'team/etag')).toBe(true);
      expect(
        (await listReferrers(client, 'team/etag', subject.digest)).map((d) => d.digest),
      ).toEqual([sha256Digest(existing.manifest), result.descriptor.digest]);
    } finally {
      await proxied.close();
      await proxy.close();
    }
  });

  it('gives up with REGISTRY_ERROR when every conditional write is refused', async () => {
    const subject = await subjectIn('team/contended');
    const tag = referrersTag(subject.digest);
    // The fault-injecting proxy refuses every write of the fallback tag: a writer that always loses.
    const proxy = await startFaultProxy(registry.url, {
      respond: (request) =>
        request.method === 'PUT' && request.url.endsWith(`/manifests/${tag}`)
          ? { status: 412, body: '{"errors":[{"code":"PRECONDITION_FAILED"}]}' }
          : undefined,
    });
    const proxied = new RegistryClient(proxy.host, {
      insecure: true,
      credentials: { username: registry.username, password: registry.password, source: 'test' },
    });
    const waits: number[] = [];
    try {
      const referrer = sampleReferrer(subject, SBOM);
      await pushReferrerBlobs(proxied, 'team/contended', referrer);
      const failure = attachReferrer(proxied, 'team/contended', toAttach(referrer), {
        attempts: 3,
        sleep: (ms) => {
          waits.push(ms);
          return Promise.resolve();
        },
      });
      await expect(failure).rejects.toMatchObject({
        code: 'REGISTRY_ERROR',
        message: `Could not record referrer ${sha256Digest(referrer.manifest)} in team/contended:${tag} after 3 attempts: other writers kept replacing the index.`,
      });
      const puts = proxy.seen.filter(
        (r) => r.method === 'PUT' && r.url.endsWith(`/manifests/${tag}`),
      );
      // The probe, then one refused conditional write per attempt.
      expect(puts).toHaveLength(4);
      expect(puts[0]!.headers['if-match']).toBe(PROBE);
      // No index existed yet: each real write asked to create it only if still absent.
      expect(puts.slice(1).every((r) => r.headers['if-none-match'] === '*')).toBe(true);
      waits.forEach((wait, i) => expect(wait).toBeLessThan(50 * 2 ** (i + 1)));
    } finally {
      await proxied.close();
      await proxy.close();
    }
  });

  it('attaches a batch of three with one index update: read, one PUT (the If-Match probe), a read-back and a confirming read', async () => {
    const subject = await subjectIn('team/batch');
    const tag = referrersTag(subject.digest);
    const referrers = [SBOM, PROVENANCE, `${SBOM}#vuln`].map((p) => sampleReferrer(subject, p));
    for (const referrer of referrers) await pushReferrerBlobs(client, 'team/batch', referrer);
    const seen: string[] = [];
    const counting = clientFor(registry, {
      onRequest: (method, url) => seen.push(`${method} ${url}`),
    });
    try {
      await listReferrers(counting, 'team/batch', subject.digest); // the client learns: no API
      seen.length = 0;
      const attached = await attachReferrers(
        counting,
        'team/batch',
        subject.digest,
        referrers.map(toAttach),
        quick,
      );
      expect(attached.map((a) => a.via)).toEqual(['tag-schema', 'tag-schema', 'tag-schema']);
      const onTag = seen.filter((r) => r.endsWith(`/manifests/${tag}`)).map((r) => r.split(' ')[0]);
      expect(onTag).toEqual(['GET', 'PUT', 'GET', 'GET']);
      // distribution 2.8 wrote despite the If-Match that matches nothing: no compare-and-swap.
      expect(conditionalWrites(counting, 'team/batch')).toBe(false);
      // 3 referrer manifests + the index read, write, read-back and confirmation: nothing else.
      expect(seen.filter((r) => r.includes('/v2/'))).toHaveLength(7);
      expect(
        (await listReferrers(client, 'team/batch', subject.digest)).map((d) => d.digest),
      ).toEqual(referrers.map((r) => sha256Digest(r.manifest)));
    } finally {
      await counting.close();
    }
  });

  it('never writes back an index it sat on for longer than STALE_READ_MS: it reads it again first', async () => {
    const subject = await subjectIn('team/stale');
    const tag = referrersTag(subject.digest);
    const referrer = sampleReferrer(subject, SBOM);
    await pushReferrerBlobs(client, 'team/stale', referrer);
    const seen: string[] = [];
    const writer = clientFor(registry, {
      onRequest: (method, url) => (url.endsWith(`/manifests/${tag}`) ? seen.push(method) : 0),
    });
    // The clock jumps past STALE_READ_MS once, between the first read and the write it would
    // lead to: a stalled process, a long pause.
    let calls = 0;
    const now = () => (++calls === 2 ? STALE_READ_MS + 1 : 0);
    try {
      await attachReferrer(writer, 'team/stale', toAttach(referrer), { ...quick, now });
      expect(seen).toEqual(['GET', 'GET', 'PUT', 'GET', 'GET']);
      expect(
        (await listReferrers(client, 'team/stale', subject.digest)).map((d) => d.digest),
      ).toEqual([sha256Digest(referrer.manifest)]);
    } finally {
      await writer.close();
    }
  });

  it('adds no duplicates when a batch is attached again, or names one manifest twice', async () => {
    const subject = await subjectIn('team/batch-again');
    const tag = referrersTag(subject.digest);
    const sbom = sampleReferrer(subject, SBOM);
    const provenance = sampleReferrer(subject, PROVENANCE);
    for (const referrer of [sbom, provenance])
      await pushReferrerBlobs(client, 'team/batch-again', referrer);
    const batch = [toAttach(sbom), toAttach(provenance), toAttach(sbom)];
    await attachReferrers(client, 'team/batch-again', subject.digest, batch, quick);
    const indexPuts: string[] = [];
    const rerun = clientFor(registry, {
      onRequest: (method, url) => {
        if (method === 'PUT' && url.endsWith(`/manifests/${tag}`)) indexPuts.push(url);
      },
    });
    try {
      const again = await attachReferrers(rerun, 'team/batch-again', subject.digest, batch, quick);
      expect(again.map((a) => a.descriptor.digest)).toEqual(
        [sbom, provenance, sbom].map((r) => sha256Digest(r.manifest)),
      );
      expect(indexPuts).toEqual([]); // everything was listed already: the index is left alone
    } finally {
      await rerun.close();
    }
    expect(
      (await listReferrers(client, 'team/batch-again', subject.digest)).map((d) => d.digest),
    ).toEqual([sha256Digest(sbom.manifest), sha256Digest(provenance.manifest)]);
  });

  it('keeps every referrer of several concurrent batch writers', async () => {
    const subject = await subjectIn('team/batch-race');
    // Separate clients, as separate CI jobs would be: no shared memory between them.
    const writers = [0, 1, 2].map(() => clientFor(registry));
    const batches = writers.map((_, w) =>
      [0, 1].map((i) => sampleReferrer(subject, `${SBOM}#${w}-${i}`)),
    );
    try {
      for (const referrer of batches.flat())
        await pushReferrerBlobs(client, 'team/batch-race', referrer);
      await Promise.all(
        writers.map((writer, w) =>
          attachReferrers(
            writer,
            'team/batch-race',
            subject.digest,
            batches[w]!.map(toAttach),
            racing,
          ),
        ),
      );
      const listed = (await listReferrers(client, 'team/batch-race', subject.digest)).map(
        (d) => d.digest,
      );
      expect(listed.sort()).toEqual(
        batches
          .flat()
          .map((r) => sha256Digest(r.manifest))
          .sort(),
      );
    } finally {
      await Promise.all(writers.map((writer) => writer.close()));
    }
  });

  it('names every referrer it could not record when a batch gives up', async () => {
    const subject = await subjectIn('team/batch-contended');
    const tag = referrersTag(subject.digest);
    // The fault-injecting proxy refuses every write of the fallback tag: a writer that always loses.
    const proxy = await startFaultProxy(registry.url, {
      respond: (request) =>
        request.method === 'PUT' && request.url.endsWith(`/manifests/${tag}`)
          ? { status: 412, body: '{"errors":[{"code":"PRECONDITION_FAILED"}]}' }
          : undefined,
    });
    const proxied = new RegistryClient(proxy.host, {
      insecure: true,
      credentials: { username: registry.username, password: registry.password, source: 'test' },
    });
    try {
      const referrers = [SBOM, PROVENANCE].map((p) => sampleReferrer(subject, p));
      for (const referrer of referrers)
        await pushReferrerBlobs(proxied, 'team/batch-contended', referrer);
      const failure = attachReferrers(
        proxied,
        'team/batch-contended',
        subject.digest,
        referrers.map(toAttach),
        { attempts: 2, sleep: () => Promise.resolve() },
      );
      const [a, b] = referrers.map((r) => sha256Digest(r.manifest));
      await expect(failure).rejects.toMatchObject({
        code: 'REGISTRY_ERROR',
        message: `Could not record referrers ${a}, ${b} in team/batch-contended:${tag} after 2 attempts: other writers kept replacing the index.`,
      });
    } finally {
      await proxied.close();
      await proxy.close();
    }
  });

  it('refuses a batch holding a referrer of another subject, before writing anything', async () => {
    const subject = await subjectIn('team/batch-mixed');
    const other = await subjectIn('team/batch-mixed');
    const mine = sampleReferrer(subject, SBOM);
    const theirs = sampleReferrer(other, SBOM);
    await expect(
      attachReferrers(client, 'team/batch-mixed', subject.digest, [
        toAttach(mine),
        toAttach(theirs),
      ]),
    ).rejects.toMatchObject({
      code: 'INPUT_INVALID',
      message: `A referrer of ${other.digest} was given to attach to ${subject.digest}: a batch holds the referrers of one subject.`,
      hint: 'Attach the referrers of each subject in a batch of their own.',
    });
    await expect(
      client.getManifest('team/batch-mixed', sha256Digest(mine.manifest)),
    ).rejects.toMatchObject({
      code: 'REGISTRY_NOT_FOUND',
    });
  });

  it('refuses a referrer whose manifest names another subject', async () => {
    const subject = await subjectIn('team/mismatch');
    const referrer = sampleReferrer({ ...subject, digest: `sha256:${'0'.repeat(64)}` }, SBOM);
    await expect(
      attachReferrer(client, 'team/mismatch', { ...toAttach(referrer), subject }),
    ).rejects.toMatchObject({
      code: 'MANIFEST_INVALID',
      message: `The referrer manifest's subject is sha256:${'0'.repeat(64)}, expected ${subject.digest}.`,
    });
  });

  it('lists nothing under a squatted fallback tag, and refuses to overwrite it', async () => {
    const subject = await subjectIn('team/squatted');
    const squatter = sampleImage();
    await pushSample(client, 'team/squatted', squatter, referrersTag(subject.digest));
    // The spec: a fallback tag that is not a valid index means "no referrers" to a reader.
    expect(await listReferrers(client, 'team/squatted', subject.digest)).toEqual([]);
    const referrer = sampleReferrer(subject, SBOM);
    const failure = attach('team/squatted', referrer);
    await expect(failure).rejects.toMatchObject({ code: 'MANIFEST_INVALID' });
    await expect(failure).rejects.toThrow(
      `The tag team/squatted:${referrersTag(subject.digest)} should hold the OCI index of referrers of ${subject.digest}, but: ` +
        'The manifest is not valid: expected an image index, found application/vnd.oci.image.manifest.v1+json. Refusing to overwrite it.',
    );
    expect((await client.getManifest('team/squatted', referrersTag(subject.digest))).digest).toBe(
      squatter.manifestDigest,
    );
  });
});
