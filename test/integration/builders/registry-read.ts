/**
 * Reads what a build pushed straight from the test registry with plain fetch, so the
 * tests check the builders against the registry and not against the product's own client.
 */
import { createHash } from 'node:crypto';
import type { TestRegistry } from '../../harness/registry.js';

const MANIFEST_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

function headers(registry: TestRegistry): Record<string, string> {
  const basic = Buffer.from(`${registry.username}:${registry.password}`).toString('base64');
  return {
    accept: MANIFEST_TYPES,
    ...(registry.auth === 'basic' ? { authorization: `Basic ${basic}` } : {}),
  };
}

/** `Docker-Content-Digest` of HEAD /v2/<repo>/manifests/<reference>. */
export async function headDigest(
  registry: TestRegistry,
  repository: string,
  reference: string,
): Promise<string> {
  const url = `${registry.url}/v2/${repository}/manifests/${reference}`;
  const response = await fetch(url, { method: 'HEAD', headers: headers(registry) });
  if (response.status !== 200) throw new Error(`HEAD ${url}: ${response.status}`);
  return response.headers.get('docker-content-digest') ?? '';
}

export interface Descriptor {
  mediaType?: string;
  digest: string;
  size?: number;
  platform?: { os: string; architecture: string; variant?: string };
}

export interface FetchedManifest {
  digest: string;
  contentType: string;
  body: {
    mediaType?: string;
    manifests?: Descriptor[];
    config?: Descriptor;
    layers?: Descriptor[];
  };
}

/** GET a manifest and check its bytes hash to the digest the registry names. */
export async function getManifest(
  registry: TestRegistry,
  repository: string,
  reference: string,
): Promise<FetchedManifest> {
  const url = `${registry.url}/v2/${repository}/manifests/${reference}`;
  const response = await fetch(url, { headers: headers(registry) });
  if (response.status !== 200) throw new Error(`GET ${url}: ${response.status}`);
  const bytes = Buffer.from(await response.arrayBuffer());
  const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  expect(response.headers.get('docker-content-digest')).toBe(digest);
  return {
    digest,
    contentType: response.headers.get('content-type') ?? '',
    body: JSON.parse(bytes.toString('utf8')) as FetchedManifest['body'],
  };
}

export async function getBlobJson(
  registry: TestRegistry,
  repository: string,
  digest: string,
): Promise<{ os?: string; architecture?: string }> {
  const url = `${registry.url}/v2/${repository}/blobs/${digest}`;
  const response = await fetch(url, { headers: headers(registry) });
  if (response.status !== 200) throw new Error(`GET ${url}: ${response.status}`);
  return (await response.json()) as { os?: string; architecture?: string };
}

/** A blob's bytes, checked against its digest. */
export async function getBlobBytes(
  registry: TestRegistry,
  repository: string,
  digest: string,
): Promise<Buffer> {
  const url = `${registry.url}/v2/${repository}/blobs/${digest}`;
  const response = await fetch(url, { headers: headers(registry) });
  if (response.status !== 200) throw new Error(`GET ${url}: ${response.status}`);
  const bytes = Buffer.from(await response.arrayBuffer());
  expect(`sha256:${createHash('sha256').update(bytes).digest('hex')}`).toBe(digest);
  return bytes;
}

/** The tags of a repository (`/v2/<name>/tags/list`). */
export async function listTags(registry: TestRegistry, repository: string): Promise<string[]> {
  const url = `${registry.url}/v2/${repository}/tags/list`;
  const response = await fetch(url, { headers: headers(registry) });
  if (response.status === 404) return [];
  if (response.status !== 200) throw new Error(`GET ${url}: ${response.status}`);
  return ((await response.json()) as { tags?: string[] | null }).tags ?? [];
}
