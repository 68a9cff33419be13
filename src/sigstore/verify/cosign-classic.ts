/**
 * cosign classic `sha256-<hex>.sig` and `.att` manifests (FORMATS.md §2). Each layer is one
 * signature; each is verified on its own and reported, so a manifest with three signers yields
 * three results and the policy layer counts the ones that match. Blobs come from a fetch
 * function, so the fixtures folder and the registry client plug in alike.
 */
import { createHash } from 'node:crypto';
import { ImprintError, messageOf } from '../../errors.js';
import { dsseLayerToBundle, messageLayerToBundle } from './cosign-layer.js';
import { verifyFailure } from './failure.js';
import { artifactDigest } from './signed-entity.js';
import { verifyParsedBundle, type VerifiedSignature, type VerifyOptions } from './verifier.js';

const SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
const DSSE_MEDIA_TYPE = 'application/vnd.dsse.envelope.v1+json';
const COSIGN_SIGNATURE_TYPE = 'cosign container image signature';

export interface ManifestLayer {
  mediaType: string;
  digest: string;
  size?: number;
  annotations?: Record<string, string>;
}

/** Returns the bytes of the blob with this digest (`sha256:…`). */
export type BlobFetcher = (digest: string) => Promise<Buffer>;

export interface ClassicVerifyOptions extends Omit<VerifyOptions, 'artifact'> {
  /** The image manifest digest (`sha256:…`) every signature must name. */
  expectedDigest: string;
}

export interface ClassicSignature extends VerifiedSignature {
  /** Position of the layer in the manifest. */
  layer: number;
  /** `.sig`: critical.identity.docker-reference of the simple-signing payload. */
  dockerReference?: string;
  /** `.sig`: the payload's `optional` annotations. */
  annotations?: Record<string, unknown>;
}

export interface ClassicFailure {
  /** Position of the layer in the manifest. */
  layer: number;
  error: ImprintError;
}

export interface ClassicResult {
  verified: ClassicSignature[];
  failures: ClassicFailure[];
}

/** Verifies every layer of a `.sig` manifest. */
export async function verifyCosignSignatures(
  manifest: unknown,
  fetchBlob: BlobFetcher,
  options: ClassicVerifyOptions,
): Promise<ClassicResult> {
  return verifyLayers(
    manifest,
    SIMPLE_SIGNING_MEDIA_TYPE,
    fetchBlob,
    options,
    verifySignatureLayer,
  );
}

/** Verifies every layer of an `.att` manifest; results carry the in-toto statements. */
export async function verifyCosignAttestations(
  manifest: unknown,
  fetchBlob: BlobFetcher,
  options: ClassicVerifyOptions,
): Promise<ClassicResult> {
  return verifyLayers(manifest, DSSE_MEDIA_TYPE, fetchBlob, options, verifyAttestationLayer);
}

type LayerVerifier = (
  blob: Buffer,
  layer: ManifestLayer,
  options: ClassicVerifyOptions,
) => Omit<ClassicSignature, 'layer'>;

async function verifyLayers(
  manifest: unknown,
  mediaType: string,
  fetchBlob: BlobFetcher,
  options: ClassicVerifyOptions,
  verifyLayer: LayerVerifier,
): Promise<ClassicResult> {
  artifactDigest({ digest: options.expectedDigest }); // an unusable digest is the caller's error, not a layer's
  const layers = layersOf(manifest, mediaType);
  const result: ClassicResult = { verified: [], failures: [] };
  for (const { index, layer } of layers) {
    try {
      const blob = await fetchChecked(fetchBlob, layer.digest);
      result.verified.push({ layer: index, ...verifyLayer(blob, layer, options) });
    } catch (error) {
      result.failures.push({ layer: index, error: verifyFailure(error) });
    }
  }
  return result;
}

function verifySignatureLayer(
  blob: Buffer,
  layer: ManifestLayer,
  options: ClassicVerifyOptions,
): Omit<ClassicSignature, 'layer'> {
  const bundle = messageLayerToBundle(blob, layer.annotations ?? {});
  const verified = verifyParsedBundle(bundle, { ...options, artifact: blob });
  const payload = parseSimpleSigning(blob);
  const expected = `sha256:${artifactDigest({ digest: options.expectedDigest })}`;
  if (payload.critical.type !== COSIGN_SIGNATURE_TYPE) {
    throw new ImprintError(
      'VERIFY_FAILED',
      `simple-signing payload: critical.type is ${JSON.stringify(payload.critical.type)}, expected "${COSIGN_SIGNATURE_TYPE}"`,
    );
  }
  const signed = payload.critical.image['docker-manifest-digest'];
  if (signed !== expected) {
    throw new ImprintError(
      'VERIFY_FAILED',
      `signature is for ${String(signed)}, expected ${expected}`,
      {
        hint: 'the signature belongs to another image digest (a tag was moved, or the .sig tag was copied)',
      },
    );
  }
  return {
    ...verified,
    payload: blob,
    simpleSigningDigest: expected,
    ...(payload.critical.identity?.['docker-reference'] && {
      dockerReference: payload.critical.identity['docker-reference'],
    }),
    ...(payload.optional && { annotations: payload.optional }),
  };
}

function verifyAttestationLayer(
  blob: Buffer,
  layer: ManifestLayer,
  options: ClassicVerifyOptions,
): Omit<ClassicSignature, 'layer'> {
  const bundle = dsseLayerToBundle(blob, layer.annotations ?? {});
  return verifyParsedBundle(bundle, { ...options, artifact: { digest: options.expectedDigest } });
}

interface SimpleSigning {
  critical: {
    identity?: { 'docker-reference'?: string };
    image: { 'docker-manifest-digest'?: unknown };
    type?: unknown;
  };
  optional?: Record<string, unknown> | null;
}

function parseSimpleSigning(blob: Buffer): SimpleSigning {
  let parsed: unknown;
  try {
    parsed = JSON.parse(blob.toString('utf8'));
  } catch (error) {
    throw new ImprintError(
      'VERIFY_FAILED',
      `simple-signing payload is not JSON: ${messageOf(error)}`,
      { cause: error },
    );
  }
  const critical = (parsed as { critical?: unknown } | null)?.critical as
    Partial<SimpleSigning['critical']> | undefined;
  if (
    typeof critical !== 'object' ||
    critical === null ||
    typeof critical.image !== 'object' ||
    critical.image === null
  ) {
    throw new ImprintError('VERIFY_FAILED', 'simple-signing payload has no critical.image section');
  }
  return parsed as SimpleSigning;
}

/** The layers of the wanted media type, with their position in the manifest. */
function layersOf(manifest: unknown, mediaType: string): { index: number; layer: ManifestLayer }[] {
  const layers = (manifest as { layers?: unknown } | null)?.layers;
  if (!Array.isArray(layers) || !layers.every(isLayer)) {
    throw new ImprintError(
      'MANIFEST_INVALID',
      'a cosign signature manifest needs a layers array of {mediaType, digest}',
      {
        hint: 'fetch the sha256-<hex>.sig / .att tag as an OCI image manifest',
      },
    );
  }
  const matching = layers
    .map((layer, index) => ({ index, layer }))
    .filter(({ layer }) => layer.mediaType === mediaType);
  if (matching.length === 0) {
    const found = [...new Set(layers.map((layer) => layer.mediaType))].join(', ') || 'no layers';
    throw new ImprintError(
      'VERIFY_FAILED',
      `the manifest has no ${mediaType} layer (found ${found})`,
    );
  }
  return matching;
}

function isLayer(value: unknown): value is ManifestLayer {
  const layer = value as Partial<ManifestLayer> | null;
  return (
    typeof layer === 'object' &&
    layer !== null &&
    typeof layer.mediaType === 'string' &&
    typeof layer.digest === 'string'
  );
}

async function fetchChecked(fetchBlob: BlobFetcher, digest: string): Promise<Buffer> {
  let blob: Buffer;
  try {
    blob = await fetchBlob(digest);
  } catch (error) {
    if (error instanceof ImprintError) throw error;
    throw new ImprintError('VERIFY_FAILED', `cannot fetch blob ${digest}: ${messageOf(error)}`, {
      cause: error,
    });
  }
  const actual = `sha256:${createHash('sha256').update(blob).digest('hex')}`;
  if (actual !== digest) {
    throw new ImprintError('DIGEST_MISMATCH', `blob ${digest} has digest ${actual}`, {
      hint: 'the registry or cache returned different content than the manifest names',
    });
  }
  return blob;
}
