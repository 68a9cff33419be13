/**
 * BuildKit's attestation storage, read (moby/buildkit docs/attestations/attestation-storage.md):
 * `docker buildx build --sbom=true` and docker/build-push-action's `sbom: true` put, after the
 * platform images of the index, one more manifest per platform (platform `unknown/unknown`,
 * annotated `vnd.docker.reference.type: attestation-manifest` and `vnd.docker.reference.digest:
 * <the platform manifest's digest>`) whose layers are bare in-toto statements
 * (`application/vnd.in-toto+json`, annotated `in-toto.io/predicate-type`). BuildKit signs none of
 * it; what vouches for it is the index, which names each attestation manifest by digest, and
 * that manifest each statement by digest (verify/buildkit-evidence.ts decides who that is).
 *
 * Pure: the index, the attestation manifest and the statement bytes in; what may be read, or a
 * reason it is refused, out. Only SPDX statements are read (BuildKit's SBOMs); its other
 * statements (provenance) are left alone.
 */
import { ANNOTATION_INTOTO_PREDICATE_TYPE } from './annotations.js';
import {
  IN_TOTO_PAYLOAD_TYPE,
  IN_TOTO_STATEMENT_V01,
  IN_TOTO_STATEMENT_V1,
  PREDICATE_SPDX,
  predicateTypeMatches,
} from '../predicate-types.js';
import {
  type Descriptor,
  DOCKER_REFERENCE_DIGEST,
  DOCKER_REFERENCE_TYPE,
  type ImageIndex,
  MEDIA_TYPES,
  type ParsedManifest,
  platformsOf,
} from '../../registry/manifest.js';
import { digestProblem } from '../../registry/reference.js';
import { isJsonObject } from '../../util/json.js';

/** The `vnd.docker.reference.type` of an attestation manifest; any other value is not one. */
const ATTESTATION_MANIFEST = 'attestation-manifest';
const IMAGE_MANIFEST_TYPES = new Set<string>([MEDIA_TYPES.ociManifest, MEDIA_TYPES.dockerManifest]);

/** Something BuildKit-shaped that is not read, and why (for the report). */
export interface Refused {
  /** Where: `BuildKit attestation manifest sha256:…` or `… layer 0`. */
  location: string;
  reason: string;
}

export interface AttestationManifestEntry {
  descriptor: Descriptor;
  /** The digest of the platform manifest it is about (`vnd.docker.reference.digest`). */
  platformDigest: string;
}

/**
 * The attestation manifests an index lists, each with the platform manifest it is about. An
 * entry whose reference type is not `attestation-manifest` is ignored, as the layout says; one
 * that is but names no platform image of this index, or is no image manifest, is refused.
 */
export function attestationManifestsOf(index: ImageIndex): {
  entries: AttestationManifestEntry[];
  refused: Refused[];
} {
  const platforms = new Set(platformsOf(index).map(({ descriptor }) => descriptor.digest));
  const entries: AttestationManifestEntry[] = [];
  const refused: Refused[] = [];
  for (const descriptor of index.manifests) {
    if (descriptor.annotations?.[DOCKER_REFERENCE_TYPE] !== ATTESTATION_MANIFEST) continue;
    const location = `BuildKit attestation manifest ${descriptor.digest}`;
    const reason = entryProblem(descriptor, platforms);
    if (reason !== undefined) refused.push({ location, reason });
    else
      entries.push({
        descriptor,
        platformDigest: descriptor.annotations[DOCKER_REFERENCE_DIGEST]!,
      });
  }
  return { entries, refused };
}

function entryProblem(descriptor: Descriptor, platforms: Set<string>): string | undefined {
  const named = descriptor.annotations?.[DOCKER_REFERENCE_DIGEST];
  if (named === undefined || named === '') {
    return `the index marks it ${ATTESTATION_MANIFEST} but gives no ${DOCKER_REFERENCE_DIGEST} naming the image it is about: not read`;
  }
  const problem = digestProblem(named);
  if (problem)
    return `its ${DOCKER_REFERENCE_DIGEST} "${named}" is not a digest (${problem}): not read`;
  if (!platforms.has(named)) {
    return `its ${DOCKER_REFERENCE_DIGEST} names ${named}, which is no platform image of this index: not read`;
  }
  if (!IMAGE_MANIFEST_TYPES.has(descriptor.mediaType)) {
    return `its media type is ${descriptor.mediaType}, not an image manifest (${[...IMAGE_MANIFEST_TYPES].join(' or ')}): not read`;
  }
  return undefined;
}

export interface StatementLayer {
  /** The layer's position in the attestation manifest, for messages. */
  index: number;
  descriptor: Descriptor;
}

/**
 * The layers of an attestation manifest that may hold an SPDX statement: in-toto layers
 * annotated with an SPDX predicate type, or not annotated at all (the annotation "may be set";
 * the statement then says what it is). A layer annotated SPDX under another media type is
 * refused; other media types are ignored, as the layout says. The whole manifest is refused
 * when it is no image manifest, or when its OCI `subject` names another image than the index
 * says it is about.
 */
export function spdxLayersOf(
  parsed: ParsedManifest,
  entry: AttestationManifestEntry,
): { layers: StatementLayer[]; refused: Refused[] } {
  const where = `BuildKit attestation manifest ${entry.descriptor.digest}`;
  if (parsed.kind !== 'manifest') {
    return refuseAll(where, `it is an image index (${parsed.mediaType}), not an image manifest`);
  }
  const subject = parsed.manifest.subject?.digest;
  if (subject !== undefined && subject !== entry.platformDigest) {
    return refuseAll(
      where,
      `its OCI subject is ${subject}, but the index says it is about ${entry.platformDigest}: not read`,
    );
  }
  const layers: StatementLayer[] = [];
  const refused: Refused[] = [];
  parsed.manifest.layers.forEach((descriptor, index) => {
    const claimed = descriptor.annotations?.[ANNOTATION_INTOTO_PREDICATE_TYPE];
    if (claimed !== undefined && !predicateTypeMatches(PREDICATE_SPDX, claimed)) return;
    if (descriptor.mediaType === IN_TOTO_PAYLOAD_TYPE) {
      layers.push({ index, descriptor });
    } else if (claimed !== undefined) {
      refused.push({
        location: `${where} layer ${index}`,
        reason: `annotated ${ANNOTATION_INTOTO_PREDICATE_TYPE}: ${claimed}, but its media type is ${descriptor.mediaType}, not ${IN_TOTO_PAYLOAD_TYPE}: not read`,
      });
    }
  });
  return { layers, refused };
}

function refuseAll(location: string, reason: string) {
  return { layers: [], refused: [{ location, reason }] };
}

export interface BuildKitStatement {
  predicateType: string;
  predicate: unknown;
  /** The statement's sha256 subject digests (sha256:…). */
  subjectDigests: string[];
}

export type StatementReading =
  | { kind: 'spdx'; statement: BuildKitStatement }
  /** An unannotated layer that held another predicate type: not BuildKit's SBOM. */
  | { kind: 'other' }
  | { kind: 'refused'; reason: string };

/**
 * One layer's bytes as BuildKit's SPDX statement about `platformDigest`. Refused: bytes that
 * are no in-toto statement, a predicate type other than the layer's annotation says, and a
 * statement whose subjects do not name the platform manifest it is attached to (an SBOM of
 * another image, put in this index).
 */
export function readStatement(
  bytes: Uint8Array,
  layer: StatementLayer,
  platformDigest: string,
): StatementReading {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch (error) {
    return refused(`it is not JSON (${(error as Error).message}), so no in-toto statement`);
  }
  if (
    !isJsonObject(json) ||
    (json._type !== IN_TOTO_STATEMENT_V1 && json._type !== IN_TOTO_STATEMENT_V01) ||
    typeof json.predicateType !== 'string' ||
    !Array.isArray(json.subject)
  ) {
    return refused(
      `it is not an in-toto statement (${IN_TOTO_STATEMENT_V1} or v0.1 with subject and predicateType)`,
    );
  }
  const claimed = layer.descriptor.annotations?.[ANNOTATION_INTOTO_PREDICATE_TYPE];
  if (claimed !== undefined && claimed !== json.predicateType) {
    return refused(
      `its statement's predicateType is ${json.predicateType}, but the layer is annotated ${claimed}`,
    );
  }
  if (!predicateTypeMatches(PREDICATE_SPDX, json.predicateType)) return { kind: 'other' };
  const subjectDigests = json.subject.flatMap((subject) => {
    const sha256 = isJsonObject(subject) && isJsonObject(subject.digest) && subject.digest.sha256;
    return typeof sha256 === 'string' ? [`sha256:${sha256.toLowerCase()}`] : [];
  });
  if (!subjectDigests.includes(platformDigest)) {
    return refused(
      `its statement is about ${subjectDigests.join(', ') || 'no sha256 digest'}, not the platform manifest ${platformDigest} its attestation manifest is attached to: an SBOM of another image`,
    );
  }
  return {
    kind: 'spdx',
    statement: { predicateType: json.predicateType, predicate: json.predicate, subjectDigests },
  };
}

function refused(reason: string): StatementReading {
  return { kind: 'refused', reason: `${reason}: not read` };
}
