/**
 * BuildKit's attestation storage, read from the layout its documentation shows (the index and
 * attestation manifest of moby/buildkit docs/attestations/attestation-storage.md, copied as
 * fixtures) and the SPDX document buildkit-syft-scanner writes (test/fixtures/buildkit/).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  attestationManifestsOf,
  readStatement,
  spdxLayersOf,
  type StatementLayer,
} from '../../../../src/attest/storage/buildkit.js';
import {
  type ImageIndex,
  type ImageManifest,
  parseManifest,
  platformsOf,
} from '../../../../src/registry/manifest.js';
import { BUILDKIT_FIXTURES, buildKitSpdx, buildKitStatement } from '../../../harness/buildkit.js';

const fixture = (name: string) => readFileSync(join(BUILDKIT_FIXTURES, name));
const DOCS_INDEX = fixture('docs-example-index.json');
const DOCS_MANIFEST = fixture('docs-example-attestation-manifest.json');
const PLATFORM = 'sha256:23678f31b3b3586c4fb318aecfe64a96a1f0916ba8faf9b2be2abee63fa9e827';
const ATTESTATION = 'sha256:02cb9aa7600e73fcf41ee9f0f19cc03122b2d8be43d41ce4b21335118f5dd943';
const OTHER = `sha256:${'e'.repeat(64)}`;

const docsIndex = () => JSON.parse(DOCS_INDEX.toString('utf8')) as ImageIndex;
const docsManifest = () => JSON.parse(DOCS_MANIFEST.toString('utf8')) as ImageManifest;
const entryOf = (index: ImageIndex) => attestationManifestsOf(index).entries[0]!;
const manifestBytes = (manifest: unknown) => Buffer.from(JSON.stringify(manifest));

/** The index with its attestation entry changed by `change`. */
function indexWith(change: (entry: ImageIndex['manifests'][number]) => void): ImageIndex {
  const index = docsIndex();
  change(index.manifests[1]!);
  return index;
}

describe('attestationManifestsOf: the index entries BuildKit adds', () => {
  it("finds the documented example's attestation manifest and the platform it is about", () => {
    const index = parseManifest(DOCS_INDEX);
    if (index.kind !== 'index') throw new Error('the documented index is an index');
    expect(attestationManifestsOf(index.index)).toEqual({
      entries: [{ descriptor: index.index.manifests[1], platformDigest: PLATFORM }],
      refused: [],
    });
    // Platform resolution still leaves it out: it is no image to run.
    expect(platformsOf(index.index).map((p) => p.descriptor.digest)).toEqual([PLATFORM]);
  });

  it('refuses an entry without vnd.docker.reference.digest, saying which annotation is missing', () => {
    const index = indexWith((entry) => delete entry.annotations!['vnd.docker.reference.digest']);
    expect(attestationManifestsOf(index)).toEqual({
      entries: [],
      refused: [
        {
          location: `BuildKit attestation manifest ${ATTESTATION}`,
          reason:
            'the index marks it attestation-manifest but gives no vnd.docker.reference.digest naming the image it is about: not read',
        },
      ],
    });
  });

  it('refuses a reference digest that is not a digest, or names no platform image of the index', () => {
    const malformed = indexWith((entry) => {
      entry.annotations!['vnd.docker.reference.digest'] = 'latest';
    });
    expect(attestationManifestsOf(malformed).refused[0]?.reason).toMatch(
      /^its vnd\.docker\.reference\.digest "latest" is not a digest \(.+\): not read$/,
    );
    const elsewhere = indexWith((entry) => {
      entry.annotations!['vnd.docker.reference.digest'] = OTHER;
    });
    expect(attestationManifestsOf(elsewhere).refused).toEqual([
      {
        location: `BuildKit attestation manifest ${ATTESTATION}`,
        reason: `its vnd.docker.reference.digest names ${OTHER}, which is no platform image of this index: not read`,
      },
    ]);
  });

  it('refuses an entry of the wrong media type: an attestation manifest is an image manifest', () => {
    const index = indexWith((entry) => {
      entry.mediaType = 'application/vnd.oci.image.index.v1+json';
    });
    expect(attestationManifestsOf(index).refused[0]?.reason).toBe(
      'its media type is application/vnd.oci.image.index.v1+json, not an image manifest (application/vnd.oci.image.manifest.v1+json or application/vnd.docker.distribution.manifest.v2+json): not read',
    );
  });

  it('ignores an entry of another reference type, as the layout says', () => {
    const index = indexWith((entry) => {
      entry.annotations!['vnd.docker.reference.type'] = 'signature';
    });
    expect(attestationManifestsOf(index)).toEqual({ entries: [], refused: [] });
  });
});

describe('spdxLayersOf: the layers of an attestation manifest that hold an SBOM', () => {
  const entry = entryOf(docsIndex());

  it("reads the documented example's SPDX layer", () => {
    expect(spdxLayersOf(parseManifest(DOCS_MANIFEST), entry)).toEqual({
      layers: [{ index: 0, descriptor: docsManifest().layers[0] }],
      refused: [],
    });
  });

  it('leaves other predicate types (provenance) and unknown media types alone', () => {
    const manifest = docsManifest();
    manifest.layers.push(
      {
        mediaType: 'application/vnd.in-toto+json',
        digest: OTHER,
        size: 10,
        annotations: { 'in-toto.io/predicate-type': 'https://slsa.dev/provenance/v0.2' },
      },
      { mediaType: 'application/vnd.example+json', digest: OTHER, size: 10 },
    );
    expect(spdxLayersOf(parseManifest(manifestBytes(manifest)), entry).layers).toHaveLength(1);
  });

  it('refuses a layer annotated SPDX under the wrong media type', () => {
    const manifest = docsManifest();
    manifest.layers[0]!.mediaType = 'application/json';
    expect(spdxLayersOf(parseManifest(manifestBytes(manifest)), entry)).toEqual({
      layers: [],
      refused: [
        {
          location: `BuildKit attestation manifest ${ATTESTATION} layer 0`,
          reason:
            'annotated in-toto.io/predicate-type: https://spdx.dev/Document, but its media type is application/json, not application/vnd.in-toto+json: not read',
        },
      ],
    });
  });

  it('refuses the whole manifest when its OCI subject names another image than the index says', () => {
    const manifest = docsManifest();
    manifest.subject!.digest = OTHER;
    expect(spdxLayersOf(parseManifest(manifestBytes(manifest)), entry)).toEqual({
      layers: [],
      refused: [
        {
          location: `BuildKit attestation manifest ${ATTESTATION}`,
          reason: `its OCI subject is ${OTHER}, but the index says it is about ${PLATFORM}: not read`,
        },
      ],
    });
  });

  it('refuses an index where the attestation manifest should be', () => {
    expect(spdxLayersOf(parseManifest(DOCS_INDEX), entry).refused[0]?.reason).toBe(
      'it is an image index (application/vnd.oci.image.index.v1+json), not an image manifest',
    );
  });
});

describe('readStatement: one layer as the SBOM of the platform image', () => {
  const layer: StatementLayer = { index: 0, descriptor: docsManifest().layers[0]! };
  const unannotated: StatementLayer = {
    index: 1,
    descriptor: { mediaType: 'application/vnd.in-toto+json', digest: OTHER, size: 1 },
  };
  const statement = (digest = PLATFORM, extra: Record<string, unknown> = {}) =>
    Buffer.from(
      JSON.stringify({
        ...buildKitStatement({ image: 'registry.example/app:1', platform: 'linux/amd64', digest }),
        ...extra,
      }),
    );

  it('reads the buildkit-syft-scanner SPDX document about the platform manifest', () => {
    expect(readStatement(statement(), layer, PLATFORM)).toEqual({
      kind: 'spdx',
      statement: {
        predicateType: 'https://spdx.dev/Document',
        predicate: buildKitSpdx(),
        subjectDigests: [PLATFORM],
      },
    });
  });

  it('reads in-toto v0.1 statements too (BuildKit wrote them before v1)', () => {
    const v01 = statement(PLATFORM, { _type: 'https://in-toto.io/Statement/v0.1' });
    expect(readStatement(v01, layer, PLATFORM).kind).toBe('spdx');
  });

  it('refuses a statement whose subject names another digest than the platform manifest', () => {
    expect(readStatement(statement(OTHER), layer, PLATFORM)).toEqual({
      kind: 'refused',
      reason: `its statement is about ${OTHER}, not the platform manifest ${PLATFORM} its attestation manifest is attached to: an SBOM of another image: not read`,
    });
  });

  it('refuses bytes that are no in-toto statement, saying why', () => {
    expect(readStatement(Buffer.from('{"spdx'), layer, PLATFORM)).toEqual({
      kind: 'refused',
      reason: expect.stringMatching(/^it is not JSON \(.+\), so no in-toto statement: not read$/),
    });
    const bare = Buffer.from(JSON.stringify(buildKitSpdx()));
    expect(readStatement(bare, layer, PLATFORM)).toEqual({
      kind: 'refused',
      reason:
        'it is not an in-toto statement (https://in-toto.io/Statement/v1 or v0.1 with subject and predicateType): not read',
    });
  });

  it('refuses a statement of another predicate type than its layer is annotated with', () => {
    const other = statement(PLATFORM, { predicateType: 'https://cyclonedx.org/bom' });
    expect(readStatement(other, layer, PLATFORM)).toEqual({
      kind: 'refused',
      reason:
        "its statement's predicateType is https://cyclonedx.org/bom, but the layer is annotated https://spdx.dev/Document: not read",
    });
  });

  it('passes over an unannotated layer that holds another predicate type', () => {
    const provenance = statement(PLATFORM, { predicateType: 'https://slsa.dev/provenance/v0.2' });
    expect(readStatement(provenance, unannotated, PLATFORM)).toEqual({ kind: 'other' });
  });
});
