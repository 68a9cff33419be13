/**
 * A Sigstore bundle as an OCI 1.1 referrer of the image it signs (FORMATS.md §1; cosign's
 * BUNDLE_SPEC.md): an image manifest with artifactType = the bundle media type, the empty
 * config, one layer holding the bundle JSON, `subject` = the signed manifest, and the
 * annotations verifiers use to pick bundles without downloading them. Pure.
 */
import { ImprintError } from '../../errors.js';
import {
  ANNOTATION_BUNDLE_CONTENT,
  ANNOTATION_CREATED,
  ANNOTATION_PREDICATE_TYPE,
  ANNOTATION_TITLE,
} from './annotations.js';
import {
  blobOf,
  type BuiltManifest,
  type Descriptor,
  descriptorOf,
  EMPTY_CONFIG,
  OCI_MANIFEST_MEDIA_TYPE,
  sha256Digest,
} from './oci.js';
import { IN_TOTO_PAYLOAD_TYPE } from '../predicate-types.js';

export const SIGSTORE_BUNDLE_V03_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';

/** The parts of a serialized bundle this module reads. */
export interface BundleJSON {
  mediaType: string;
  dsseEnvelope?: { payload: string; payloadType: string } | undefined;
  messageSignature?: unknown;
}

export interface ReferrerOptions {
  /** The bundle (as JSON), or its exact bytes when they must be kept as they are. */
  bundle: BundleJSON | Buffer;
  /** The signed image manifest or index. */
  subject: Descriptor;
  created?: Date;
}

export function buildReferrerManifest(options: ReferrerOptions): BuiltManifest {
  const bytes = Buffer.isBuffer(options.bundle)
    ? options.bundle
    : Buffer.from(JSON.stringify(options.bundle));
  const bundle = Buffer.isBuffer(options.bundle) ? parseBundle(bytes) : options.bundle;
  if (bundle.mediaType !== SIGSTORE_BUNDLE_V03_MEDIA_TYPE) {
    throw new ImprintError(
      'INPUT_INVALID',
      `Only Sigstore bundles v0.3 are stored as referrers; this one is ${JSON.stringify(bundle.mediaType)}.`,
    );
  }
  const layer = blobOf(SIGSTORE_BUNDLE_V03_MEDIA_TYPE, bytes);
  const manifest = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST_MEDIA_TYPE,
    artifactType: SIGSTORE_BUNDLE_V03_MEDIA_TYPE,
    config: descriptorOf(EMPTY_CONFIG),
    layers: [
      descriptorOf(layer, {
        [ANNOTATION_TITLE]: `${layer.digest.replace(':', '-')}.sigstore.json`,
      }),
    ],
    subject: subjectDescriptor(options.subject),
    annotations: bundleAnnotations(bundle, options.created ?? new Date()),
  };
  const manifestBytes = Buffer.from(JSON.stringify(manifest));
  const digest = sha256Digest(manifestBytes);
  return {
    mediaType: OCI_MANIFEST_MEDIA_TYPE,
    manifestBytes,
    digest,
    descriptor: {
      mediaType: OCI_MANIFEST_MEDIA_TYPE,
      digest,
      size: manifestBytes.length,
      artifactType: SIGSTORE_BUNDLE_V03_MEDIA_TYPE,
      annotations: manifest.annotations,
    },
    blobs: [EMPTY_CONFIG, layer],
  };
}

/** `dev.sigstore.bundle.content`, the statement's predicate type, and the creation time. */
function bundleAnnotations(bundle: BundleJSON, created: Date): Record<string, string> {
  const annotations: Record<string, string> = {};
  if (bundle.dsseEnvelope) {
    annotations[ANNOTATION_BUNDLE_CONTENT] = 'dsse-envelope';
    const predicateType = predicateTypeOf(bundle.dsseEnvelope);
    if (predicateType) annotations[ANNOTATION_PREDICATE_TYPE] = predicateType;
  } else if (bundle.messageSignature) {
    annotations[ANNOTATION_BUNDLE_CONTENT] = 'message-signature';
  } else {
    throw new ImprintError(
      'INPUT_INVALID',
      'The bundle holds neither a DSSE envelope nor a message signature.',
    );
  }
  annotations[ANNOTATION_CREATED] = created.toISOString();
  return annotations;
}

function predicateTypeOf(envelope: { payload: string; payloadType: string }): string | undefined {
  if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) return undefined;
  try {
    const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8')) as {
      predicateType?: unknown;
    };
    return typeof statement.predicateType === 'string' ? statement.predicateType : undefined;
  } catch {
    throw new ImprintError(
      'INPUT_INVALID',
      'The bundle DSSE payload is not an in-toto statement (not JSON).',
    );
  }
}

function subjectDescriptor(subject: Descriptor): Descriptor {
  return { mediaType: subject.mediaType, digest: subject.digest, size: subject.size };
}

function parseBundle(bytes: Buffer): BundleJSON {
  try {
    return JSON.parse(bytes.toString('utf8')) as BundleJSON;
  } catch {
    throw new ImprintError('INPUT_INVALID', 'The bundle bytes are not JSON.');
  }
}
