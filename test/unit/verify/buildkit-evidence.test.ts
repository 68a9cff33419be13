/**
 * buildKitEvidence over a stand-in registry holding BuildKit's layout: who a BuildKit SBOM is
 * attributed to (each verified signature over the index digest, with its proofs), what it costs
 * (no blob read when nothing signed covers it), and how it fails closed (unreadable is fatal,
 * refused is reported, never counted).
 */
import { createHash } from 'node:crypto';
import { ImprintError } from '../../../src/errors.js';
import type { VerifiedSignature } from '../../../src/policy/evidence.js';
import type { RegistryClient } from '../../../src/registry/client.js';
import { type Descriptor, type ImageIndex, MEDIA_TYPES } from '../../../src/registry/manifest.js';
import { ByteBudget } from '../../../src/util/byte-budget.js';
import {
  buildKitEvidence,
  MAX_ATTESTATION_MANIFESTS,
} from '../../../src/verify/buildkit-evidence.js';
import { buildKitSpdx, buildKitStatement, SPDX_DOCUMENT } from '../../harness/buildkit.js';

const sha256 = (bytes: Buffer) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
const PLATFORM = `sha256:${'a'.repeat(64)}`;
const INDEX = `sha256:${'b'.repeat(64)}`;

/** A registry of manifests and blobs by digest; anything else is not found. */
class StandIn {
  readonly registry = 'registry.test';
  readonly manifests = new Map<string, Buffer>();
  readonly blobs = new Map<string, Buffer>();
  blobReads = 0;

  add(bytes: Buffer, into: Map<string, Buffer>): string {
    const digest = sha256(bytes);
    into.set(digest, bytes);
    return digest;
  }

  getManifest(_repository: string, digest: string) {
    const bytes = this.manifests.get(digest);
    if (!bytes) return Promise.reject(notFound(digest));
    return Promise.resolve({
      digest,
      bytes,
      mediaType: MEDIA_TYPES.ociManifest,
      size: bytes.length,
    });
  }

  getBlobBytes(_repository: string, digest: string) {
    this.blobReads++;
    const bytes = this.blobs.get(digest);
    return bytes ? Promise.resolve(bytes) : Promise.reject(notFound(digest));
  }
}

function notFound(digest: string): ImprintError {
  return new ImprintError('REGISTRY_NOT_FOUND', `${digest} is not on registry.test`);
}

function layout(registry: StandIn, statement: unknown = sbomStatement()) {
  const layer = Buffer.from(JSON.stringify(statement));
  const layerDigest = registry.add(layer, registry.blobs);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociManifest,
      config: { mediaType: MEDIA_TYPES.ociEmpty, digest: sha256(Buffer.from('{}')), size: 2 },
      layers: [
        {
          mediaType: 'application/vnd.in-toto+json',
          digest: layerDigest,
          size: layer.length,
          annotations: { 'in-toto.io/predicate-type': SPDX_DOCUMENT },
        },
      ],
    }),
  );
  const attestation: Descriptor = {
    mediaType: MEDIA_TYPES.ociManifest,
    digest: registry.add(manifest, registry.manifests),
    size: manifest.length,
  };
  const index: ImageIndex = {
    schemaVersion: 2,
    manifests: [
      {
        mediaType: MEDIA_TYPES.ociManifest,
        digest: PLATFORM,
        size: 1,
        platform: { os: 'linux', architecture: 'amd64' },
      },
      {
        ...attestation,
        platform: { os: 'unknown', architecture: 'unknown' },
        annotations: {
          'vnd.docker.reference.type': 'attestation-manifest',
          'vnd.docker.reference.digest': PLATFORM,
        },
      },
    ],
  };
  return { index, attestation, layerDigest };
}

function sbomStatement(digest = PLATFORM) {
  return buildKitStatement({ image: 'registry.test/app:1', platform: 'linux/amd64', digest });
}

function signature(over: string, keyRef: string): VerifiedSignature {
  return {
    signer: { kind: 'key', keyRef },
    signedDigest: over,
    source: 'referrer',
    location: `referrer sha256:${keyRef.length}`,
    tlogProven: true,
    timestampProven: false,
    signedAt: '2026-12-06T20:00:00.000Z',
  };
}

function gather(registry: StandIn, index: ImageIndex, signatures: VerifiedSignature[]) {
  return buildKitEvidence({
    client: registry as unknown as RegistryClient,
    repository: 'app',
    index,
    indexDigest: INDEX,
    indexSignatures: signatures,
    budget: new ByteBudget(64 * 1024 * 1024),
  });
}

describe('buildKitEvidence', () => {
  it('attributes the SBOM to each signature over the index digest, with its proofs; others vouch for nothing', async () => {
    const registry = new StandIn();
    const { index, attestation } = layout(registry);
    const result = await gather(registry, index, [
      signature(INDEX, './alice.pub'),
      signature(INDEX, './bob.pub'),
      signature(PLATFORM, './carol.pub'),
    ]);
    expect(result.indexProblems).toEqual([]);
    const found = result.byPlatform.get(PLATFORM)!;
    expect(found.problems).toEqual([]);
    expect(found.attestations.map((a) => a.signer)).toEqual([
      { kind: 'key', keyRef: './alice.pub' },
      { kind: 'key', keyRef: './bob.pub' },
    ]);
    expect(found.attestations[0]).toEqual({
      predicateType: SPDX_DOCUMENT,
      predicate: buildKitSpdx(),
      subjectDigests: [PLATFORM],
      signer: { kind: 'key', keyRef: './alice.pub' },
      source: 'buildkit',
      location: `BuildKit attestation manifest ${attestation.digest} layer 0, covered by the index signature referrer sha256:11`,
      tlogProven: true,
      timestampProven: false,
      signedAt: '2026-12-06T20:00:00.000Z',
    });
  });

  it('reads no blob when nothing signed covers it, and says the SBOM was ignored', async () => {
    const registry = new StandIn();
    const { index, attestation } = layout(registry);
    const result = await gather(registry, index, [signature(PLATFORM, './alice.pub')]);
    expect(registry.blobReads).toBe(0);
    expect(result.byPlatform.get(PLATFORM)).toEqual({
      signatures: [],
      attestations: [],
      problems: [
        {
          subject: 'attestation',
          about: SPDX_DOCUMENT,
          fatal: false,
          reason: `BuildKit attestation manifest ${attestation.digest}: unsigned BuildKit SBOM, ignored: BuildKit signs none of its attestations, and no signature verifies over the index ${INDEX} that names this manifest by digest (a signature on the platform manifest does not cover it); sign the index digest (imprint publish and cosign sign do)`,
        },
      ],
    });
  });

  it('fails closed when the attestation manifest cannot be read', async () => {
    const registry = new StandIn();
    const { index, attestation } = layout(registry);
    registry.manifests.clear();
    const result = await gather(registry, index, [signature(INDEX, './alice.pub')]);
    expect(result.byPlatform.get(PLATFORM)!.problems).toEqual([
      {
        subject: 'registry',
        fatal: true,
        reason: `reading the BuildKit attestation manifest ${attestation.digest}: ${attestation.digest} is not on registry.test`,
      },
    ]);
  });

  it('fails closed when a signed SBOM layer cannot be read', async () => {
    const registry = new StandIn();
    const { index, attestation, layerDigest } = layout(registry);
    registry.blobs.clear();
    const result = await gather(registry, index, [signature(INDEX, './alice.pub')]);
    expect(result.byPlatform.get(PLATFORM)!.problems).toEqual([
      {
        subject: 'registry',
        fatal: true,
        reason: `reading the BuildKit attestation manifest ${attestation.digest} layer 0: ${layerDigest} is not on registry.test`,
      },
    ]);
  });

  it('reports, never counts, a signed statement about another image', async () => {
    const registry = new StandIn();
    const other = `sha256:${'c'.repeat(64)}`;
    const { index, attestation } = layout(registry, sbomStatement(other));
    const result = await gather(registry, index, [signature(INDEX, './alice.pub')]);
    const found = result.byPlatform.get(PLATFORM)!;
    expect(found.attestations).toEqual([]);
    expect(found.problems).toEqual([
      {
        subject: 'attestation',
        about: SPDX_DOCUMENT,
        fatal: false,
        reason: `BuildKit attestation manifest ${attestation.digest} layer 0: its statement is about ${other}, not the platform manifest ${PLATFORM} its attestation manifest is attached to: an SBOM of another image: not read`,
      },
    ]);
  });

  it('reports index entries it refuses on the index, and reads nothing for them', async () => {
    const registry = new StandIn();
    const { index, attestation } = layout(registry);
    delete index.manifests[1]!.annotations!['vnd.docker.reference.digest'];
    const result = await gather(registry, index, [signature(INDEX, './alice.pub')]);
    expect(result.byPlatform.size).toBe(0);
    expect(result.indexProblems).toEqual([
      {
        subject: 'attestation',
        fatal: false,
        reason: `BuildKit attestation manifest ${attestation.digest}: the index marks it attestation-manifest but gives no vnd.docker.reference.digest naming the image it is about: not read`,
      },
    ]);
  });

  it('fails an index listing more attestation manifests than it reads, reading none of them', async () => {
    const registry = new StandIn();
    const { index } = layout(registry);
    const entry = index.manifests[1]!;
    const flood = Array.from({ length: MAX_ATTESTATION_MANIFESTS + 1 }, () => entry);
    index.manifests.push(...flood.slice(1));
    let manifestReads = 0;
    const getManifest = registry.getManifest.bind(registry);
    registry.getManifest = (repository, digest) => {
      manifestReads++;
      return getManifest(repository, digest);
    };
    const result = await gather(registry, index, [signature(INDEX, './alice.pub')]);
    expect(manifestReads).toBe(0);
    expect(result.indexProblems).toEqual([
      {
        subject: 'image',
        fatal: true,
        reason: `the index ${INDEX} lists ${MAX_ATTESTATION_MANIFESTS + 1} BuildKit attestation manifests, more than the ${MAX_ATTESTATION_MANIFESTS} verify reads: refused rather than verified in part`,
      },
    ]);
  });

  it('refuses an attestation manifest that is not a valid manifest, without counting it', async () => {
    const registry = new StandIn();
    const { index } = layout(registry);
    const garbage = Buffer.from('{"schemaVersion": 1}');
    const digest = registry.add(garbage, registry.manifests);
    index.manifests[1]!.digest = digest;
    const result = await gather(registry, index, [signature(INDEX, './alice.pub')]);
    expect(result.byPlatform.get(PLATFORM)!.problems).toEqual([
      {
        subject: 'attestation',
        about: SPDX_DOCUMENT,
        fatal: false,
        reason: `BuildKit attestation manifest ${digest}: The manifest is not valid: schemaVersion is 1, expected 2 (schema 1 is not supported).`,
      },
    ]);
  });
});
