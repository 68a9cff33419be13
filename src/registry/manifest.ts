/**
 * Manifest and index types (OCI image spec 1.1, Docker schema 2) and their parsing.
 * Pure: bytes in, typed data out, MANIFEST_INVALID for anything malformed.
 */
import { ImprintError } from '../errors.js';
import { sha256Digest } from './digest.js';
import { digestProblem } from './reference.js';
import { isJsonObject } from '../util/json.js';

export const MEDIA_TYPES = {
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  ociEmpty: 'application/vnd.oci.empty.v1+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
} as const;

/** What GET manifest asks for: every manifest and index type we can read. */
export const MANIFEST_ACCEPT = [
  MEDIA_TYPES.ociManifest,
  MEDIA_TYPES.ociIndex,
  MEDIA_TYPES.dockerManifest,
  MEDIA_TYPES.dockerManifestList,
].join(', ');

const INDEX_TYPES = new Set<string>([MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerManifestList]);
const MANIFEST_TYPES = new Set<string>([MEDIA_TYPES.ociManifest, MEDIA_TYPES.dockerManifest]);

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
  'os.version'?: string;
}

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  artifactType?: string;
  annotations?: Record<string, string>;
  platform?: Platform;
  urls?: string[];
}

export interface ImageManifest {
  schemaVersion: 2;
  mediaType?: string;
  artifactType?: string;
  config: Descriptor;
  layers: Descriptor[];
  subject?: Descriptor;
  annotations?: Record<string, string>;
}

export interface ImageIndex {
  schemaVersion: 2;
  mediaType?: string;
  artifactType?: string;
  manifests: Descriptor[];
  subject?: Descriptor;
  annotations?: Record<string, string>;
}

export type ParsedManifest =
  | { kind: 'manifest'; mediaType: string; manifest: ImageManifest }
  | { kind: 'index'; mediaType: string; index: ImageIndex };

/** The empty JSON object `{}` as a config blob (OCI 1.1 artifacts). */
export const EMPTY_CONFIG_BYTES = Buffer.from('{}');
export const EMPTY_CONFIG: Descriptor = {
  mediaType: MEDIA_TYPES.ociEmpty,
  digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
  size: 2,
};

/** The descriptor of some bytes: sha256 digest and size, plus any extra fields. */
export function descriptorOf(
  bytes: Uint8Array,
  mediaType: string,
  extra: Omit<Partial<Descriptor>, 'digest' | 'size' | 'mediaType'> = {},
): Descriptor {
  return { mediaType, digest: sha256Digest(bytes), size: bytes.length, ...extra };
}

/**
 * Parse manifest bytes. The body's own `mediaType` wins over the Content-Type the
 * registry sent; with neither, the shape (`manifests` vs `layers`) decides.
 */
export function parseManifest(bytes: Uint8Array, contentType?: string): ParsedManifest {
  const json = parseJsonObject(bytes);
  const mediaType = manifestTypeOf(json, contentType);
  if (INDEX_TYPES.has(mediaType)) {
    if (!Array.isArray(json.manifests)) throw invalid(`the ${mediaType} has no "manifests" array`);
    json.manifests.forEach((entry, i) => checkDescriptor(entry, `manifests[${i}]`));
    checkOptionalDescriptor(json.subject, 'subject');
    return { kind: 'index', mediaType, index: json as unknown as ImageIndex };
  }
  if (MANIFEST_TYPES.has(mediaType)) {
    checkDescriptor(json.config, 'config');
    if (!Array.isArray(json.layers)) throw invalid(`the ${mediaType} has no "layers" array`);
    json.layers.forEach((entry, i) => checkDescriptor(entry, `layers[${i}]`));
    checkOptionalDescriptor(json.subject, 'subject');
    return { kind: 'manifest', mediaType, manifest: json as unknown as ImageManifest };
  }
  throw invalid(`its media type "${mediaType}" is not an OCI or Docker schema 2 manifest or index`);
}

function parseJsonObject(bytes: Uint8Array): Record<string, unknown> {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch (error) {
    throw invalid(`it is not JSON (${(error as Error).message})`, { cause: error });
  }
  if (!isJsonObject(json)) throw invalid('it is not a JSON object');
  if (json.schemaVersion !== 2) {
    throw invalid(
      `schemaVersion is ${JSON.stringify(json.schemaVersion)}, expected 2 (schema 1 is not supported)`,
    );
  }
  return json;
}

function manifestTypeOf(json: Record<string, unknown>, contentType: string | undefined): string {
  if (typeof json.mediaType === 'string') return json.mediaType;
  const header = contentType?.split(';')[0]?.trim() ?? '';
  if (INDEX_TYPES.has(header) || MANIFEST_TYPES.has(header)) return header;
  return Array.isArray(json.manifests) ? MEDIA_TYPES.ociIndex : MEDIA_TYPES.ociManifest;
}

/** Parse bytes that must be an index (e.g. a referrers response or fallback tag). */
export function parseIndex(bytes: Uint8Array, contentType?: string): ImageIndex {
  const parsed = parseManifest(bytes, contentType);
  if (parsed.kind !== 'index') throw invalid(`expected an image index, found ${parsed.mediaType}`);
  return parsed.index;
}

/**
 * BuildKit's annotations on an index entry that is not an image (moby/buildkit
 * docs/attestations/attestation-storage.md): what it is, and the digest of the entry it is about.
 */
export const DOCKER_REFERENCE_TYPE = 'vnd.docker.reference.type';
export const DOCKER_REFERENCE_DIGEST = 'vnd.docker.reference.digest';

export interface PlatformManifest {
  platform: Platform;
  descriptor: Descriptor;
}

/**
 * The runnable platform images of an index. Entries without a platform and BuildKit's
 * attestation manifests (`unknown/unknown`) are not images and are left out.
 */
export function platformsOf(index: ImageIndex): PlatformManifest[] {
  return index.manifests.flatMap((descriptor) => {
    const platform = descriptor.platform;
    if (!platform || platform.os === 'unknown' || platform.architecture === 'unknown') return [];
    if (descriptor.annotations?.[DOCKER_REFERENCE_TYPE] !== undefined) return [];
    return [{ platform, descriptor }];
  });
}

/** `linux/arm64/v8` style. */
export function formatPlatform(platform: Platform): string {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}

function checkOptionalDescriptor(value: unknown, where: string): void {
  if (value !== undefined) checkDescriptor(value, where);
}

function checkDescriptor(value: unknown, where: string): void {
  if (!isJsonObject(value)) throw invalid(`${where} is not a descriptor object`);
  if (typeof value.mediaType !== 'string' || value.mediaType === '') {
    throw invalid(`${where}.mediaType is missing`);
  }
  const digest = typeof value.digest === 'string' ? value.digest : '';
  const problem = digestProblem(digest);
  if (problem) throw invalid(`${where}.digest is not valid: ${problem}`);
  if (typeof value.size !== 'number' || !Number.isSafeInteger(value.size) || value.size < 0) {
    throw invalid(
      `${where}.size must be a non-negative integer, found ${JSON.stringify(value.size)}`,
    );
  }
}

function invalid(reason: string, options: { cause?: unknown } = {}): ImprintError {
  return new ImprintError('MANIFEST_INVALID', `The manifest is not valid: ${reason}.`, options);
}
