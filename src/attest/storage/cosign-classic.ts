/**
 * cosign classic storage (FORMATS.md §2), for verifiers that predate bundles (cosign v2,
 * Kyverno `type: Cosign`, Connaisseur, policy-controller): the `sha256-<hex>.sig` manifest of
 * simple-signing layers and the `sha256-<hex>.att` manifest of DSSE layers, each an OCI image
 * manifest whose config is an image config listing the layers as diff_ids — byte for byte what
 * go-containerregistry builds for cosign. A new signature is merged into the existing manifest
 * (the whole manifest is rewritten, as cosign does); an identical layer is not added twice. Pure.
 */
import { ImprintError } from '../../errors.js';
import { ANNOTATION_ATT_PREDICATE_TYPE, ANNOTATION_SIGNATURE } from './annotations.js';
import {
  type ClassicBundleJSON,
  materialAnnotations,
  sortedAnnotations,
} from './cosign-annotations.js';
import {
  blobOf,
  type Blob,
  type BuiltManifest,
  type Descriptor,
  descriptorOf,
  OCI_CONFIG_MEDIA_TYPE,
  OCI_MANIFEST_MEDIA_TYPE,
  sha256Digest,
} from './oci.js';

export const SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
export const DSSE_ENVELOPE_MEDIA_TYPE = 'application/vnd.dsse.envelope.v1+json';
const SIMPLE_SIGNING_TYPE = 'cosign container image signature';
const GO_ZERO_TIME = '0001-01-01T00:00:00Z';
const DIGEST = /^sha256:[a-f0-9]{64}$/;

export interface CosignLayer {
  blob: Blob;
  descriptor: Descriptor;
}

export interface CosignManifest extends BuiltManifest {
  /** Layers appended to the existing manifest (0: it already held them all). */
  added: number;
}

/** `sha256:<hex>` → `sha256-<hex>.sig` (or `.att`, `.sbom`). */
export function cosignTag(subjectDigest: string, suffix: 'sig' | 'att' | 'sbom'): string {
  checkDigest(subjectDigest);
  return `${subjectDigest.replace(':', '-')}.${suffix}`;
}

/**
 * The simple-signing payload cosign signs:
 * `{"critical":{"identity":{"docker-reference":R},"image":{"docker-manifest-digest":D},"type":"cosign container image signature"},"optional":null}`
 * (`optional` holds the user's annotations, keys sorted as Go writes a map).
 */
export function simpleSigningPayload(
  dockerReference: string,
  manifestDigest: string,
  optional?: Record<string, string>,
): Buffer {
  checkDigest(manifestDigest);
  const payload = {
    critical: {
      identity: { 'docker-reference': dockerReference },
      image: { 'docker-manifest-digest': manifestDigest },
      type: SIMPLE_SIGNING_TYPE,
    },
    optional: optional && Object.keys(optional).length > 0 ? sortedAnnotations(optional) : null,
  };
  return Buffer.from(JSON.stringify(payload));
}

/** A `.sig` layer: the payload, signed by a message-signature bundle over exactly it. */
export function signatureLayer(
  payload: Buffer,
  bundle: ClassicBundleJSON,
  chain?: string[],
): CosignLayer {
  const signature = bundle.messageSignature;
  if (!signature?.messageDigest) {
    throw new ImprintError(
      'INPUT_INVALID',
      'A .sig layer needs a message-signature bundle (with its message digest).',
    );
  }
  const blob = blobOf(SIMPLE_SIGNING_MEDIA_TYPE, payload);
  const signedHex = Buffer.from(signature.messageDigest.digest, 'base64').toString('hex');
  const signedDigest = `sha256:${signedHex}`;
  if (signedDigest !== blob.digest) {
    throw new ImprintError(
      'INPUT_INVALID',
      `The bundle signs ${signedDigest}, not this payload (${blob.digest}).`,
    );
  }
  const annotations = {
    ...materialAnnotations(bundle, chain),
    [ANNOTATION_SIGNATURE]: signature.signature,
  };
  return { blob, descriptor: descriptorOf(blob, sortedAnnotations(annotations)) };
}

/** An `.att` layer: the DSSE envelope as cosign v2 stores it, with its predicate type. */
export function attestationLayer(bundle: ClassicBundleJSON, chain?: string[]): CosignLayer {
  const envelope = bundle.dsseEnvelope;
  if (!envelope) throw new ImprintError('INPUT_INVALID', 'An .att layer needs a DSSE bundle.');
  // Byte for byte the envelope the signer sent to Rekor (@sigstore/sign's envelope JSON: no
  // empty keyid): the log's dsse entry holds its sha256, and cosign compares that with the
  // sha256 of this layer.
  const bytes = Buffer.from(
    JSON.stringify({
      payload: envelope.payload,
      payloadType: envelope.payloadType,
      signatures: envelope.signatures.map((s) =>
        s.keyid ? { sig: s.sig, keyid: s.keyid } : { sig: s.sig },
      ),
    }),
  );
  const blob = blobOf(DSSE_ENVELOPE_MEDIA_TYPE, bytes);
  const annotations = {
    ...materialAnnotations(bundle, chain),
    [ANNOTATION_SIGNATURE]: '',
    [ANNOTATION_ATT_PREDICATE_TYPE]: predicateTypeOf(envelope.payload),
  };
  return { blob, descriptor: descriptorOf(blob, sortedAnnotations(annotations)) };
}

/**
 * The `.sig` / `.att` manifest holding `existing`'s layers (the manifest now at the tag, if
 * any) plus the new ones not already there. Blobs lists the config and the new layers.
 */
export function buildCosignManifest(
  layers: CosignLayer[],
  existing?: Buffer | Record<string, unknown>,
): CosignManifest {
  const kept = existing ? existingLayers(existing) : [];
  const added: CosignLayer[] = [];
  for (const layer of layers) {
    const present = [...kept, ...added.map((a) => a.descriptor)].some((d) =>
      sameLayer(d, layer.descriptor),
    );
    if (!present) added.push(layer);
  }
  const all = [...kept, ...added.map((a) => a.descriptor)];
  const config = blobOf(OCI_CONFIG_MEDIA_TYPE, imageConfig(all.map((d) => d.digest)));
  const manifest = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST_MEDIA_TYPE,
    config: descriptorOf(config),
    layers: all,
  };
  const manifestBytes = Buffer.from(JSON.stringify(manifest));
  const digest = sha256Digest(manifestBytes);
  return {
    mediaType: OCI_MANIFEST_MEDIA_TYPE,
    manifestBytes,
    digest,
    descriptor: { mediaType: OCI_MANIFEST_MEDIA_TYPE, digest, size: manifestBytes.length },
    blobs: [config, ...added.map((a) => a.blob)],
    added: added.length,
  };
}

/**
 * go-containerregistry's config for an image built from `empty.Image` by appending layers
 * uncompressed: zero-valued fields, one history entry and one diff_id per layer.
 */
export function imageConfig(layerDigests: string[]): Buffer {
  return Buffer.from(
    JSON.stringify({
      architecture: '',
      created: GO_ZERO_TIME,
      history: layerDigests.map(() => ({ created: GO_ZERO_TIME })),
      os: '',
      rootfs: { type: 'layers', diff_ids: layerDigests },
      config: {},
    }),
  );
}

function existingLayers(existing: Buffer | Record<string, unknown>): Descriptor[] {
  let manifest: unknown = existing;
  if (Buffer.isBuffer(existing)) {
    try {
      manifest = JSON.parse(existing.toString('utf8'));
    } catch {
      throw new ImprintError('MANIFEST_INVALID', 'The manifest at the cosign tag is not JSON.');
    }
  }
  const layers = (manifest as { layers?: unknown }).layers;
  if (!Array.isArray(layers) || !layers.every(isDescriptor)) {
    throw new ImprintError(
      'MANIFEST_INVALID',
      'The manifest at the cosign tag is not an image manifest with layers; it was not written by cosign.',
      { hint: 'delete the tag, or let imprint write OCI referrers only' },
    );
  }
  return layers;
}

function isDescriptor(value: unknown): value is Descriptor {
  const d = value as Partial<Descriptor> | null;
  return (
    typeof d?.mediaType === 'string' && typeof d.digest === 'string' && typeof d.size === 'number'
  );
}

function sameLayer(a: Descriptor, b: Descriptor): boolean {
  return (
    a.digest === b.digest &&
    JSON.stringify(sortedAnnotations(a.annotations ?? {})) ===
      JSON.stringify(sortedAnnotations(b.annotations ?? {}))
  );
}

function predicateTypeOf(payload: string): string {
  try {
    const statement = JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as {
      predicateType?: unknown;
    };
    if (typeof statement.predicateType === 'string') return statement.predicateType;
  } catch {
    // falls through to the error below
  }
  throw new ImprintError(
    'INPUT_INVALID',
    'The DSSE payload is not an in-toto statement with a predicateType.',
  );
}

function checkDigest(digest: string): void {
  if (!DIGEST.test(digest)) {
    throw new ImprintError('INPUT_INVALID', `"${digest}" is not a sha256 manifest digest.`);
  }
}
