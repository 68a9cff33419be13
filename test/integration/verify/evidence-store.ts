/**
 * Puts images and their evidence into a real registry the way publishers do: tiny OCI images
 * pushed with imprint's registry client, Sigstore bundles stored as OCI referrers by the
 * storage builder + attachReferrer (tag-schema fallback on distribution 2.8), cosign classic
 * `.sig` / `.att` manifests built by the classic storage builder.
 */
import { randomBytes } from 'node:crypto';
import type { SerializedBundle } from '@sigstore/bundle';
import { cosignSignStatement } from '../../../src/attest/statement.js';
import {
  attestationLayer,
  buildCosignManifest,
  cosignTag,
  signatureLayer,
  simpleSigningPayload,
  type CosignLayer,
} from '../../../src/attest/storage/cosign-classic.js';
import type { BuiltManifest } from '../../../src/attest/storage/oci.js';
import { buildReferrerManifest } from '../../../src/attest/storage/referrer.js';
import type { RegistryClient } from '../../../src/registry/client.js';
import { type Descriptor, descriptorOf, MEDIA_TYPES } from '../../../src/registry/manifest.js';
import { attachReferrer } from '../../../src/registry/referrers.js';
import type { ImprintSigner } from '../../../src/sigstore/sign/index.js';

export const SBOM = 'https://cyclonedx.org/bom';
export const VULN = 'https://cosign.sigstore.dev/attestation/vuln/v1';
export const PROVENANCE = 'https://slsa.dev/provenance/v1';
export const BUILDER_ID = 'https://github.com/actions/runner/github-hosted';

export interface PushedImage {
  repository: string;
  /** host/repository:tag */
  reference: string;
  /** host/repository@digest: what verify wants by default (images.requireDigest). */
  pinned: string;
  digest: string;
  descriptor: Descriptor;
  /** Platform manifests of an index. */
  platforms?: Descriptor[];
}

async function pushManifestBlobs(client: RegistryClient, repository: string, blobs: Buffer[]) {
  for (const blob of blobs) await client.pushBlob(repository, blob);
}

/** A one-layer OCI image (random content, so every call is a new digest). */
export async function pushImage(
  client: RegistryClient,
  repository: string,
  tag: string,
  platform = { architecture: 'amd64', os: 'linux' },
): Promise<PushedImage> {
  const config = Buffer.from(
    JSON.stringify({ ...platform, rootfs: { type: 'layers', diff_ids: [] } }),
  );
  const layer = randomBytes(256);
  await pushManifestBlobs(client, repository, [config, layer]);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociManifest,
      config: descriptorOf(config, MEDIA_TYPES.ociConfig),
      layers: [descriptorOf(layer, 'application/vnd.oci.image.layer.v1.tar')],
    }),
  );
  const digest = await client.putManifest(repository, tag, manifest, MEDIA_TYPES.ociManifest);
  return {
    repository,
    reference: `${client.registry}/${repository}:${tag}`,
    pinned: `${client.registry}/${repository}@${digest}`,
    digest,
    descriptor: { mediaType: MEDIA_TYPES.ociManifest, digest, size: manifest.length },
  };
}

/** An OCI index of two platform images under `tag`. */
export async function pushIndex(
  client: RegistryClient,
  repository: string,
  tag: string,
): Promise<PushedImage> {
  const amd64 = await pushImage(client, repository, `${tag}-amd64`, {
    architecture: 'amd64',
    os: 'linux',
  });
  const arm64 = await pushImage(client, repository, `${tag}-arm64`, {
    architecture: 'arm64',
    os: 'linux',
  });
  const index = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociIndex,
      manifests: [
        { ...amd64.descriptor, platform: { architecture: 'amd64', os: 'linux' } },
        { ...arm64.descriptor, platform: { architecture: 'arm64', os: 'linux' } },
      ],
    }),
  );
  const digest = await client.putManifest(repository, tag, index, MEDIA_TYPES.ociIndex);
  return {
    repository,
    reference: `${client.registry}/${repository}:${tag}`,
    pinned: `${client.registry}/${repository}@${digest}`,
    digest,
    descriptor: { mediaType: MEDIA_TYPES.ociIndex, digest, size: index.length },
    platforms: [amd64.descriptor, arm64.descriptor],
  };
}

/** A bundle stored as an OCI referrer of `subject`, as cosign v3 and imprint publish store it. */
export async function attachBundle(
  client: RegistryClient,
  repository: string,
  subject: Descriptor,
  bundle: SerializedBundle,
): Promise<BuiltManifest> {
  const built = buildReferrerManifest({ bundle: bundle, subject });
  await pushManifestBlobs(
    client,
    repository,
    built.blobs.map((b) => b.bytes),
  );
  await attachReferrer(
    client,
    repository,
    {
      manifestBytes: built.manifestBytes,
      mediaType: built.mediaType,
      artifactType: built.descriptor.artifactType!,
      annotations: built.descriptor.annotations ?? {},
      subject,
    },
    { settleMs: 5, confirmMs: 5 },
  );
  return built;
}

export function statementFor(
  image: PushedImage,
  digest: string,
  predicateType: string,
  predicate: unknown,
) {
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [
      {
        name: image.reference.replace(/:[^:/]+$/, ''),
        digest: { sha256: digest.slice('sha256:'.length) },
      },
    ],
    predicateType,
    predicate,
  };
}

export function trivyPredicate(severities: string[]) {
  return {
    scanner: {
      uri: 'pkg:github/aquasecurity/trivy@0.58.0',
      version: '0.58.0',
      db: { uri: '', version: '' },
      result: {
        SchemaVersion: 2,
        ArtifactName: 'image',
        ArtifactType: 'container_image',
        Results: [
          {
            Target: 'image (debian 12)',
            Class: 'os-pkgs',
            Type: 'debian',
            Vulnerabilities: severities.map((Severity, i) => ({
              VulnerabilityID: `CVE-2024-${1000 + i}`,
              PkgName: 'libssl3',
              InstalledVersion: '3.0.0',
              Severity,
            })),
          },
        ],
      },
    },
    metadata: { scanStartedOn: new Date().toISOString(), scanFinishedOn: new Date().toISOString() },
  };
}

/** The cosign v3 signature and SBOM, vuln and provenance attestations of one digest, as referrers. */
export async function attachFullEvidence(
  client: RegistryClient,
  image: PushedImage,
  signer: ImprintSigner,
  subject = image.descriptor,
  vulnerabilities: string[] = ['MEDIUM'],
): Promise<void> {
  const bundles = await Promise.all([
    signer.signDsse(cosignSignStatement(subject.digest)),
    signer.signDsse(
      statementFor(image, subject.digest, SBOM, {
        bomFormat: 'CycloneDX',
        specVersion: '1.6',
        components: [],
      }),
    ),
    signer.signDsse(statementFor(image, subject.digest, VULN, trivyPredicate(vulnerabilities))),
    signer.signDsse(
      statementFor(image, subject.digest, PROVENANCE, {
        buildDefinition: { buildType: 'https://example.com/build' },
        runDetails: { builder: { id: BUILDER_ID } },
      }),
    ),
  ]);
  for (const bundle of bundles) await attachBundle(client, image.repository, subject, bundle);
}

/** cosign classic: a `.sig` simple-signing layer and an `.att` DSSE layer of `predicateType`. */
export async function attachClassic(
  client: RegistryClient,
  image: PushedImage,
  signer: ImprintSigner,
  predicateType: string,
  predicate: unknown,
): Promise<void> {
  const payload = simpleSigningPayload(image.reference.replace(/:[^:/]+$/, ''), image.digest);
  const sigLayer = signatureLayer(payload, await signer.signMessage(payload));
  const attLayer = attestationLayer(
    await signer.signDsse(statementFor(image, image.digest, predicateType, predicate)),
  );
  await putClassic(client, image, 'sig', [sigLayer]);
  await putClassic(client, image, 'att', [attLayer]);
}

async function putClassic(
  client: RegistryClient,
  image: PushedImage,
  suffix: 'sig' | 'att',
  layers: CosignLayer[],
) {
  const manifest = buildCosignManifest(layers);
  await pushManifestBlobs(
    client,
    image.repository,
    manifest.blobs.map((b) => b.bytes),
  );
  await client.putManifest(
    image.repository,
    cosignTag(image.digest, suffix),
    manifest.manifestBytes,
    manifest.mediaType,
  );
}
