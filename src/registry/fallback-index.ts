/**
 * The referrers fallback index (distribution spec, "Referrers Tag Schema"): for registries
 * without the referrers API the client keeps an OCI index of a subject's referrers under the
 * tag `<alg>-<hex>` itself. Updating it is a read-merge-PUT that concurrent writers race.
 *
 * Where the registry honours `If-Match` the PUT is a compare-and-swap, and a lost race is a 412.
 * Whether it does is probed on the first write to each repository: that PUT carries an If-Match
 * no ETag can equal, so a registry that honours it answers 412 and writes nothing, and one that
 * ignores it (distribution 2.x sends ETags but ignores If-Match) writes our merged index, which
 * we were about to write anyway. Without compare-and-swap two writers that read the same index
 * both "win" and the later PUT drops the other's referrer, so each writer checks and repairs:
 *   - it never writes back an index it received more than STALE_READ_MS ago (a stalled
 *     process, a long pause: it reads again);
 *   - it reads back after a settle wait, and merges and writes again what is missing;
 *   - before it reports success it looks once more after CONFIRM_MS, longer than another
 *     writer's read-to-write window, so a stale PUT that was in flight when it first looked has
 *     landed by then and is repaired.
 * What remains is a PUT held up in the network for longer than CONFIRM_MS; publish's read-back
 * of every stored referrer reports that case.
 */
import { ImprintError } from '../errors.js';
import type { RegistryClient } from './client.js';
import { RegistryHttpError } from './http-errors.js';
import { type Descriptor, type ImageIndex, MEDIA_TYPES, parseIndex } from './manifest.js';

export interface FallbackWriteOptions {
  /** Write rounds before giving up on a contended index. Default 6. */
  attempts?: number;
  /** Wait before the read-back that catches a writer who read before our write. Default 100 ms. */
  settleMs?: number;
  /** Registries without compare-and-swap: wait before the last look. Default CONFIRM_MS. */
  confirmMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
}

export const REFERRERS_LIMIT = 16 * 1024 * 1024;
const CONFIRM_MS = 1500;
/** An index received longer ago than this is read again rather than merged and written back. */
export const STALE_READ_MS = 500;
const DEFAULT_SETTLE_MS = 100;
const DEFAULT_ATTEMPTS = 6;
/** An entity tag no registry hands out: a conditional PUT with it must fail where honoured. */
const PROBE_ETAG = '"imprint-if-match-probe"';
/** Per client (one registry host) and repository: does a conditional PUT honour If-Match? */
const honoursIfMatch = new WeakMap<RegistryClient, Map<string, boolean>>();

/** The fallback tag for a subject: `sha256-<hex>` (algorithm ≤ 32, hex ≤ 64 characters). */
export function referrersTag(subjectDigest: string): string {
  const [algorithm = '', hex = ''] = subjectDigest.split(':');
  return `${algorithm.slice(0, 32)}-${hex.slice(0, 64)}`;
}

/** What was learnt about conditional writes to `repository`; undefined before the first write. */
export function conditionalWrites(client: RegistryClient, repository: string): boolean | undefined {
  return honoursIfMatch.get(client)?.get(repository);
}

interface IndexRead {
  index: ImageIndex;
  etag?: string;
  /** When the answer arrived: how long we sat on it before writing back is ours to bound. */
  readAt: number;
}

/**
 * The fallback index under `<alg>-<hex>` (empty when the tag does not exist). Something
 * else under that tag is an error when we are about to overwrite it, or, when `lenient`,
 * read as "no referrers" (what the spec tells listing clients to assume).
 */
export async function readFallback(
  client: RegistryClient,
  repository: string,
  subjectDigest: string,
  { lenient = false, now = Date.now }: { lenient?: boolean; now?: () => number } = {},
): Promise<IndexRead> {
  const tag = referrersTag(subjectDigest);
  // Accept every manifest type: a registry hides what it cannot serve as an index
  // behind a 404, and a squatted tag must be reported, not silently overwritten.
  const fetched = await client.findManifest(repository, tag, { maxBytes: REFERRERS_LIMIT });
  const readAt = now();
  if (!fetched) return { index: emptyIndex(), readAt };
  let index: ImageIndex;
  try {
    index = parseIndex(fetched.bytes, fetched.mediaType);
  } catch (error) {
    if (lenient) return { index: emptyIndex(), readAt };
    throw new ImprintError(
      'MANIFEST_INVALID',
      `The tag ${repository}:${tag} should hold the OCI index of referrers of ${subjectDigest}, but: ${(error as Error).message} Refusing to overwrite it.`,
      {
        cause: error,
        hint: 'Another tool wrote something else under this tag; delete or fix it.',
      },
    );
  }
  return { index, readAt, ...(fetched.etag ? { etag: fetched.etag } : {}) };
}

/**
 * Add `descriptors` to the subject's fallback index (those already listed are not added again)
 * and return once they are there to stay, as far as the registry lets us know (module comment).
 * Each round's read-back is the next round's starting point.
 */
export async function addToFallbackIndex(
  client: RegistryClient,
  repository: string,
  subjectDigest: string,
  descriptors: readonly Descriptor[],
  options: FallbackWriteOptions = {},
): Promise<void> {
  const timing = withDefaults(options);
  const read = () => readFallback(client, repository, subjectDigest, { now: timing.now });
  let current = await read();
  let wrote = false;
  for (let round = 0; ;) {
    const missing = unlisted(current.index, descriptors);
    if (missing.length === 0) {
      // All listed (by us, or by an earlier run: no duplicates). Only a registry that honours
      // If-Match makes that final; otherwise look again once a stale PUT would have landed.
      if (!wrote || conditionalWrites(client, repository) === true) return;
      await timing.sleep(timing.confirmMs);
      current = await read();
      wrote = false;
      if (unlisted(current.index, descriptors).length === 0) return;
      continue; // lost after all: repair
    }
    if (round === timing.attempts) throw gaveUp(repository, subjectDigest, missing, round);
    round += 1;
    if (timing.now() - current.readAt > STALE_READ_MS) {
      current = await read();
      continue;
    }
    const written = await writeIndex(client, repository, subjectDigest, current, missing);
    wrote ||= written;
    // Jitter breaks writers in lock-step apart; after a 412 there is nothing to settle.
    const jitter = Math.floor(timing.random() * 50 * 2 ** round);
    await timing.sleep(written ? timing.settleMs + jitter : jitter);
    current = await read();
  }
}

function withDefaults(options: FallbackWriteOptions): Required<FallbackWriteOptions> {
  return {
    attempts: options.attempts ?? DEFAULT_ATTEMPTS,
    settleMs: options.settleMs ?? DEFAULT_SETTLE_MS,
    confirmMs: options.confirmMs ?? CONFIRM_MS,
    sleep: options.sleep ?? ((ms) => new Promise<void>((resolve) => setTimeout(resolve, ms))),
    random: options.random ?? Math.random,
    now: options.now ?? Date.now,
  };
}

/**
 * PUT the index with `missing` added; false when a conditional write lost the race (412).
 * The first write to a repository probes whether the registry honours If-Match.
 */
async function writeIndex(
  client: RegistryClient,
  repository: string,
  subjectDigest: string,
  read: IndexRead,
  missing: readonly Descriptor[],
): Promise<boolean> {
  const updated: ImageIndex = {
    ...read.index,
    mediaType: MEDIA_TYPES.ociIndex,
    manifests: [...read.index.manifests, ...missing],
  };
  const put = (condition: { ifMatch?: string; ifNoneMatch?: '*' }) =>
    client.putManifestDetailed(
      repository,
      referrersTag(subjectDigest),
      Buffer.from(JSON.stringify(updated)),
      MEDIA_TYPES.ociIndex,
      condition,
    );
  if (conditionalWrites(client, repository) === undefined) {
    const honoured = await refused(put({ ifMatch: PROBE_ETAG }));
    learn(client, repository, honoured);
    if (!honoured) return true; // written, as the unconditional PUT it turned out to be
  }
  return !(await refused(put(conditionFor(read.index, read.etag))));
}

/** True when the conditional PUT was refused with 412; other failures are thrown. */
async function refused(put: Promise<unknown>): Promise<boolean> {
  try {
    await put;
    return false;
  } catch (error) {
    if (error instanceof RegistryHttpError && error.status === 412) return true;
    throw error;
  }
}

function learn(client: RegistryClient, repository: string, honoured: boolean): void {
  let repositories = honoursIfMatch.get(client);
  if (!repositories) honoursIfMatch.set(client, (repositories = new Map<string, boolean>()));
  repositories.set(repository, honoured);
}

function gaveUp(
  repository: string,
  subjectDigest: string,
  missing: readonly Descriptor[],
  attempts: number,
): ImprintError {
  const what =
    missing.length === 1
      ? `referrer ${missing[0]!.digest}`
      : `referrers ${missing.map((d) => d.digest).join(', ')}`;
  return new ImprintError(
    'REGISTRY_ERROR',
    `Could not record ${what} in ${repository}:${referrersTag(subjectDigest)} after ${attempts} attempts: other writers kept replacing the index.`,
    { hint: 'Run the step again; attaching is idempotent.' },
  );
}

/** The descriptors not in the index yet, each once (a batch may name one manifest twice). */
function unlisted(index: ImageIndex, descriptors: readonly Descriptor[]): Descriptor[] {
  const seen = new Set(index.manifests.map((d) => d.digest));
  return descriptors.filter((d) => !seen.has(d.digest) && seen.add(d.digest));
}

/** If-Match the index we read; or, when there was none, create it only if still absent. */
function conditionFor(
  index: ImageIndex,
  etag: string | undefined,
): { ifMatch?: string; ifNoneMatch?: '*' } {
  if (etag) return { ifMatch: etag };
  return index.manifests.length === 0 ? { ifNoneMatch: '*' } : {};
}

function emptyIndex(): ImageIndex {
  return { schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests: [] };
}
