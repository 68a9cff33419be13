/**
 * Read what a copy must move, before anything is written: the image (an index and its
 * platform manifests, or one manifest), every referrer of each of them (and the referrers of
 * those, as `oras cp -r` does), and cosign-classic `.sig` / `.att` / `.sbom` tags. Manifests are
 * kept as the exact bytes read (digest-checked by the client), so the copy has the same digests.
 */
import { ImprintError } from '../errors.js';
import { cosignTag } from '../attest/storage/cosign-classic.js';
import type { RegistryClient } from '../registry/client.js';
import { type Descriptor, parseManifest } from '../registry/manifest.js';
import { listReferrers } from '../registry/referrers.js';

/** One manifest to copy: its bytes, the blobs it names, and the manifests an index names. */
export interface ManifestNode {
  digest: string;
  mediaType: string;
  bytes: Buffer;
  blobs: Descriptor[];
  children: ManifestNode[];
  /** What a referrers listing says of it: its artifact type and annotations, and its subject. */
  artifactType?: string;
  annotations?: Record<string, string>;
  subject?: string;
}

/** The referrers of one subject, as the source lists them (descriptors kept for the fallback index). */
export interface ReferrerGroup {
  subject: string;
  referrers: { descriptor: Descriptor; node: ManifestNode }[];
}

export interface ClassicTag {
  tag: string;
  node: ManifestNode;
}

export interface CopySource {
  image: ManifestNode;
  /** In copy order: a subject's group comes before the groups of its referrers. */
  referrers: ReferrerGroup[];
  classic: ClassicTag[];
}

/** Referrers of referrers of … this deep (signatures of attestations are depth 2). */
const MAX_REFERRER_DEPTH = 4;
/** A registry that lists more manifests than this for one image is not answered in full. */
const MAX_MANIFESTS = 5000;
const CLASSIC_SUFFIXES = ['sig', 'att', 'sbom'] as const;
/** Layers that must not be copied (Windows base layers served from elsewhere). */
const NON_DISTRIBUTABLE = /nondistributable|foreign/;

export async function readSource(
  client: RegistryClient,
  repository: string,
  digest: string,
): Promise<CopySource> {
  const budget = { left: MAX_MANIFESTS };
  const image = await readTree(client, repository, digest, budget);
  const subjects = [image.digest, ...image.children.map((child) => child.digest)];
  const referrers = await readReferrers(client, repository, subjects, budget);
  const classic: ClassicTag[] = [];
  for (const subject of subjects) {
    for (const suffix of CLASSIC_SUFFIXES) {
      const tag = cosignTag(subject, suffix);
      const found = await client.headManifest(repository, tag);
      if (found)
        classic.push({ tag, node: await readTree(client, repository, found.digest, budget) });
    }
  }
  return { image, referrers, classic };
}

/** The image alone (an index and its platforms, or one manifest), as its bytes are served. */
export function readImage(
  client: RegistryClient,
  repository: string,
  digest: string,
): Promise<ManifestNode> {
  return readTree(client, repository, digest, { left: MAX_MANIFESTS });
}

/** Every manifest of the source, each once: what a copy counts. */
export function manifestsOf(source: CopySource): ManifestNode[] {
  const all = new Map<string, ManifestNode>();
  const add = (node: ManifestNode): void => {
    for (const child of node.children) add(child);
    all.set(node.digest, node);
  };
  add(source.image);
  for (const group of source.referrers) for (const r of group.referrers) add(r.node);
  for (const tag of source.classic) add(tag.node);
  return [...all.values()];
}

async function readTree(
  client: RegistryClient,
  repository: string,
  digest: string,
  budget: { left: number },
): Promise<ManifestNode> {
  budget.left -= 1;
  if (budget.left < 0) throw tooMany(repository, digest);
  const fetched = await client.getManifest(repository, digest);
  const parsed = parseManifest(fetched.bytes, fetched.mediaType);
  const body = parsed.kind === 'manifest' ? parsed.manifest : parsed.index;
  const listing = {
    ...(body.subject && { subject: body.subject.digest }),
    ...(body.annotations && { annotations: body.annotations }),
  };
  if (parsed.kind === 'manifest') {
    const { config, layers } = parsed.manifest;
    const artifactType = parsed.manifest.artifactType ?? config.mediaType;
    return {
      digest: fetched.digest,
      mediaType: parsed.mediaType,
      bytes: fetched.bytes,
      blobs: [config, ...layers].filter((blob) => !NON_DISTRIBUTABLE.test(blob.mediaType)),
      children: [],
      artifactType,
      ...listing,
    };
  }
  const children: ManifestNode[] = [];
  for (const entry of parsed.index.manifests) {
    children.push(await readTree(client, repository, entry.digest, budget));
  }
  return {
    digest: fetched.digest,
    mediaType: parsed.mediaType,
    bytes: fetched.bytes,
    blobs: [],
    children,
    ...(parsed.index.artifactType && { artifactType: parsed.index.artifactType }),
    ...listing,
  };
}

async function readReferrers(
  client: RegistryClient,
  repository: string,
  subjects: readonly string[],
  budget: { left: number },
): Promise<ReferrerGroup[]> {
  const groups: ReferrerGroup[] = [];
  let level = [...subjects];
  for (let depth = 0; depth < MAX_REFERRER_DEPTH && level.length > 0; depth += 1) {
    const next: string[] = [];
    for (const subject of level) {
      const descriptors = await listReferrers(client, repository, subject);
      if (descriptors.length === 0) continue;
      const referrers = [];
      for (const listed of descriptors) {
        const node = await readTree(client, repository, listed.digest, budget);
        // A listing is the registry's word (or any writer's, for a fallback tag); the manifest
        // itself says what it refers to. One that is not a referrer of this subject stays behind.
        if (node.subject !== subject) continue;
        referrers.push({ descriptor: descriptorOfReferrer(node), node });
        next.push(node.digest);
      }
      if (referrers.length > 0) groups.push({ subject, referrers });
    }
    level = next;
  }
  return groups;
}

/** The descriptor the referrers API would list for it (distribution spec), from the manifest itself. */
function descriptorOfReferrer(node: ManifestNode): Descriptor {
  return {
    mediaType: node.mediaType,
    digest: node.digest,
    size: node.bytes.length,
    ...(node.artifactType !== undefined && { artifactType: node.artifactType }),
    ...(node.annotations &&
      Object.keys(node.annotations).length > 0 && {
        annotations: node.annotations,
      }),
  };
}

function tooMany(repository: string, digest: string): ImprintError {
  return new ImprintError(
    'REGISTRY_PROTOCOL',
    `Copying ${repository}@${digest} would mean more than ${MAX_MANIFESTS} manifests (image, platforms, referrers): refusing.`,
    { hint: 'A registry that lists that many referrers for one image is faulty or hostile.' },
  );
}
