/** Shared pieces of the registry integration tests: a client for a harness registry, a small image. */
import { randomBytes } from 'node:crypto';
import { RegistryClient } from '../../../src/registry/client.js';
import {
  type Descriptor,
  descriptorOf,
  EMPTY_CONFIG,
  EMPTY_CONFIG_BYTES,
  MEDIA_TYPES,
} from '../../../src/registry/manifest.js';
import type { TransportOptions } from '../../../src/registry/transport.js';
import type { TestRegistry } from '../../harness/registry.js';

/** Fast retries for tests: the policy is the same, the waits are tiny. */
export const FAST_RETRY = { attempts: 4, baseDelayMs: 5, maxDelayMs: 20 };

export function clientFor(registry: TestRegistry, extra: TransportOptions = {}): RegistryClient {
  return new RegistryClient(registry.host, {
    insecure: registry.caCertPem === undefined,
    ...(registry.caCertPem ? { caCertificates: [registry.caCertPem] } : {}),
    ...(registry.auth === 'none'
      ? {}
      : {
          credentials: {
            username: registry.username,
            password: registry.password,
            source: 'test login',
          },
        }),
    retry: FAST_RETRY,
    ...extra,
  });
}

export interface SampleImage {
  config: Buffer;
  layer: Buffer;
  manifest: Buffer;
  manifestDigest: string;
}

/** An OCI image: a JSON config and one random layer, not yet pushed. */
export function sampleImage(layerSize = 1024): SampleImage {
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      rootfs: { type: 'layers', diff_ids: [] },
    }),
  );
  const layer = randomBytes(layerSize);
  const manifestJson = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociManifest,
    config: descriptorOf(config, MEDIA_TYPES.ociConfig),
    layers: [descriptorOf(layer, 'application/vnd.oci.image.layer.v1.tar')],
  };
  const manifest = Buffer.from(JSON.stringify(manifestJson));
  return { config, layer, manifest, manifestDigest: descriptorOf(manifest, '').digest };
}

/** Push the sample's blobs and its manifest under `tag`; returns the manifest digest. */
export async function pushSample(
  client: RegistryClient,
  repository: string,
  image: SampleImage,
  tag: string,
): Promise<string> {
  await client.pushBlob(repository, image.config);
  await client.pushBlob(repository, image.layer);
  return client.putManifest(repository, tag, image.manifest, MEDIA_TYPES.ociManifest);
}

export interface SampleReferrer {
  manifest: Buffer;
  layer: Buffer;
  artifactType: string;
  annotations: Record<string, string>;
  subject: Descriptor;
}

export const BUNDLE_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';

/** An OCI 1.1 artifact manifest pointing at `subject`, shaped like a Sigstore bundle referrer. */
export function sampleReferrer(
  subject: Descriptor,
  predicateType: string,
  artifactType = BUNDLE_TYPE,
): SampleReferrer {
  const layer = Buffer.from(
    JSON.stringify({
      mediaType: artifactType,
      predicateType,
      nonce: randomBytes(8).toString('hex'),
    }),
  );
  const annotations = {
    'dev.sigstore.bundle.content': 'dsse-envelope',
    'dev.sigstore.bundle.predicateType': predicateType,
  };
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociManifest,
      artifactType,
      config: EMPTY_CONFIG,
      layers: [descriptorOf(layer, artifactType)],
      subject,
      annotations,
    }),
  );
  return { manifest, layer, artifactType, annotations, subject };
}

/** Push a referrer's blobs (the registry checks they exist before taking the manifest). */
export async function pushReferrerBlobs(
  client: RegistryClient,
  repository: string,
  referrer: SampleReferrer,
): Promise<void> {
  await client.pushBlob(repository, EMPTY_CONFIG_BYTES);
  await client.pushBlob(repository, referrer.layer);
}
