/**
 * An attacker with push rights to the repository: rewrites what imprint stored (the referrers
 * tag-schema index this registry uses, the bundle manifests) with plain registry calls, so
 * the peers can be shown to refuse it.
 */
import { createHash } from 'node:crypto';
import { registryClient, OCI_INDEX, OCI_MANIFEST, type World } from './world.js';

interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  artifactType?: string;
  annotations?: Record<string, string>;
}

interface Manifest {
  layers: Descriptor[];
  subject?: Descriptor;
  [key: string]: unknown;
}

const PREDICATE_ANNOTATION = 'dev.sigstore.bundle.predicateType';
const tagOf = (digest: string) => digest.replace(':', '-');

/** The referrer entries (tag schema) of a manifest. */
export async function referrerEntries(
  world: World,
  repo: string,
  digest: string,
): Promise<Descriptor[]> {
  const client = registryClient(world);
  try {
    const index = await client.getManifest(repo, tagOf(digest), { accept: OCI_INDEX });
    return (JSON.parse(index.bytes.toString('utf8')) as { manifests: Descriptor[] }).manifests;
  } finally {
    await client.close();
  }
}

/**
 * Attaches copies of `from`'s bundles of `predicateType` to `to` (another image of the same
 * repository): the manifests point at `to`, the signed statements still name `from`.
 */
export async function moveBundles(
  world: World,
  repo: string,
  from: string,
  to: string,
  predicateType: string,
): Promise<void> {
  const client = registryClient(world);
  try {
    const target = await client.headManifest(repo, to);
    const entries = (await referrerEntries(world, repo, from)).filter(
      (entry) => entry.annotations?.[PREDICATE_ANNOTATION] === predicateType,
    );
    const moved: Descriptor[] = [];
    for (const entry of entries) {
      const manifest = await readManifest(client, repo, entry.digest);
      manifest.subject = { mediaType: target!.mediaType, digest: to, size: target!.size };
      moved.push({ ...entry, ...(await putManifest(client, repo, manifest)) });
    }
    await putIndex(client, repo, to, moved);
  } finally {
    await client.close();
  }
}

/**
 * Replaces the bundle of `predicateType` on `digest` with one whose DSSE payload (the signed
 * statement) went through `edit`; the signature and the log entry stay as they were.
 */
export async function editPredicate(
  world: World,
  repo: string,
  digest: string,
  predicateType: string,
  edit: (statement: { predicate: Record<string, unknown> }) => void,
): Promise<void> {
  const client = registryClient(world);
  try {
    const entries = await referrerEntries(world, repo, digest);
    const rewritten: Descriptor[] = [];
    for (const entry of entries) {
      if (entry.annotations?.[PREDICATE_ANNOTATION] !== predicateType) {
        rewritten.push(entry);
        continue;
      }
      const manifest = await readManifest(client, repo, entry.digest);
      const layer = manifest.layers[0]!;
      const bundle = JSON.parse(
        (await client.getBlobBytes(repo, layer.digest, 4 << 20)).toString('utf8'),
      ) as { dsseEnvelope: { payload: string } };
      const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString());
      edit(statement as { predicate: Record<string, unknown> });
      bundle.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64');
      const bytes = Buffer.from(JSON.stringify(bundle));
      const blob = await client.pushBlob(repo, bytes);
      manifest.layers = [{ ...layer, digest: blob.digest, size: bytes.length }];
      rewritten.push({ ...entry, ...(await putManifest(client, repo, manifest)) });
    }
    await putIndex(client, repo, digest, rewritten);
  } finally {
    await client.close();
  }
}

type Client = ReturnType<typeof registryClient>;

async function readManifest(client: Client, repo: string, digest: string): Promise<Manifest> {
  const fetched = await client.getManifest(repo, digest, { accept: OCI_MANIFEST });
  return JSON.parse(fetched.bytes.toString('utf8')) as Manifest;
}

async function putManifest(
  client: Client,
  repo: string,
  manifest: Manifest,
): Promise<{ digest: string; size: number }> {
  const bytes = Buffer.from(JSON.stringify(manifest));
  const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  await client.putManifest(repo, digest, bytes, OCI_MANIFEST);
  return { digest, size: bytes.length };
}

async function putIndex(
  client: Client,
  repo: string,
  subject: string,
  manifests: Descriptor[],
): Promise<void> {
  const index = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests }));
  await client.putManifest(repo, tagOf(subject), index, OCI_INDEX);
}
