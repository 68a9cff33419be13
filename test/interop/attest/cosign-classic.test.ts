/**
 * imprint's cosign classic builders against what cosign itself stored in a real registry
 * (shared/fixtures/cosign-classic, from connaisseur's test data): the payloads, the image
 * configs and the keyless layer annotations must come out byte for byte the same.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import {
  buildCosignManifest,
  signatureLayer,
  simpleSigningPayload,
} from '../../../src/attest/storage/cosign-classic.js';
import type { ClassicBundleJSON } from '../../../src/attest/storage/cosign-annotations.js';
import { fixturePath, readFixture } from '../sigstore/fixtures.js';

const TESTIMAGE = ['cosign-classic', 'securesystemsengineering', 'testimage'];

interface FixtureManifest {
  config: { digest: string; size: number };
  layers: { digest: string; annotations: Record<string, string> }[];
}

function sigManifests(): [string, FixtureManifest][] {
  return readdirSync(fixturePath(...TESTIMAGE, 'manifests'))
    .filter((name) => name.endsWith('.sig.json'))
    .map((name) => [
      name,
      JSON.parse(readFixture(...TESTIMAGE, 'manifests', name).toString()) as FixtureManifest,
    ]);
}

function payloadBlob(digest: string): Buffer {
  return readFixture(...TESTIMAGE, 'blobs', `${digest}.json`);
}

function derOfPem(pem: string): string {
  return pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
}

describe('cosign classic builders vs. cosign-made signatures', () => {
  it('finds the three .sig manifests', () => {
    expect(sigManifests()).toHaveLength(3);
  });

  it.each([
    [
      'index.docker.io/securesystemsengineering/testimage',
      'sha256:071bf7a986f1ca9cb2a1f0bc8392822a7777f90d58f2d2c6f271913e08de7c81',
      'sha256:d8ee807d96efe7441b132967ad94eaffbc0172a763e69f2cd8df8f583f0ba0d4',
    ],
    [
      'index.docker.io/phbelitz/rekor-test',
      'sha256:31dc72a13a0c34b40eb95419d2b2fd67320c856baf3b72da518023ee8d370aee',
      'sha256:897d9e862b4599b723442f36ed7b4cfd1628bb7656643c56855988cac161d065',
    ],
  ])('simple-signing payload for %s is the blob cosign signed', (reference, image, blob) => {
    expect(simpleSigningPayload(reference, image)).toEqual(payloadBlob(blob));
  });

  it.each(sigManifests())(
    '%s: rebuilt from its layers, config and manifest match',
    (_, manifest) => {
      const rebuilt = buildCosignManifest([], Buffer.from(JSON.stringify(manifest)));
      const config = rebuilt.blobs[0]!;
      expect(config.digest).toBe(manifest.config.digest);
      expect(config.bytes.length).toBe(manifest.config.size);
      expect(JSON.parse(rebuilt.manifestBytes.toString())).toEqual(manifest);
      expect(rebuilt.added).toBe(0);
    },
  );

  it('the keyless signature: annotations rebuilt from a bundle equal what cosign wrote', () => {
    const [, manifest] = sigManifests().find(([name]) => name.startsWith('sha256-31dc72'))!;
    const layer = manifest.layers[0]!;
    const payload = payloadBlob(layer.digest);
    const rekor = JSON.parse(layer.annotations['dev.sigstore.cosign/bundle']!) as {
      SignedEntryTimestamp: string;
      Payload: { body: string; integratedTime: number; logIndex: number; logID: string };
    };
    // The same facts as a Sigstore bundle holds them.
    const bundle: ClassicBundleJSON = {
      verificationMaterial: {
        certificate: { rawBytes: derOfPem(layer.annotations['dev.sigstore.cosign/certificate']!) },
        tlogEntries: [
          {
            logIndex: String(rekor.Payload.logIndex),
            logId: { keyId: Buffer.from(rekor.Payload.logID, 'hex').toString('base64') },
            integratedTime: String(rekor.Payload.integratedTime),
            inclusionPromise: { signedEntryTimestamp: rekor.SignedEntryTimestamp },
            canonicalizedBody: rekor.Payload.body,
          },
        ],
      },
      messageSignature: {
        messageDigest: {
          algorithm: 'SHA2_256',
          digest: createHash('sha256').update(payload).digest('base64'),
        },
        signature: layer.annotations['dev.cosignproject.cosign/signature']!,
      },
    };
    const chain = layer.annotations['dev.sigstore.cosign/chain']!.split(
      /(?<=-----END CERTIFICATE-----)\n?/,
    );
    const rebuilt = signatureLayer(
      payload,
      bundle,
      chain.filter((pem) => pem !== ''),
    );
    expect(rebuilt.descriptor).toEqual(layer);
    expect(JSON.stringify(rebuilt.descriptor.annotations)).toBe(JSON.stringify(layer.annotations));
  });
});
