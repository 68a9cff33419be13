import { AttestationRequests, type PlannedImage } from '../../../src/attest/plan.js';
import { evidenceAttestations } from '../../../src/publish/evidence-step.js';
import { addRequested } from '../../../src/publish/requested-attestation.js';
import type { SbomStepResult } from '../../../src/publish/sbom-step.js';
import type { ScanStepResult } from '../../../src/publish/scan-step.js';

const MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const INDEX = {
  mediaType: 'application/vnd.oci.image.index.v1+json',
  digest: `sha256:${'1'.repeat(64)}`,
  size: 300,
};
const AMD64 = {
  mediaType: MANIFEST,
  digest: `sha256:${'a'.repeat(64)}`,
  size: 100,
  platform: 'linux/amd64',
};
const ARM64 = {
  mediaType: MANIFEST,
  digest: `sha256:${'b'.repeat(64)}`,
  size: 200,
  platform: 'linux/arm64',
};
const image: PlannedImage = {
  repository: 'r.example/team/app',
  image: INDEX,
  platforms: [AMD64, ARM64],
};

describe('requested attestations, resolved against the planned image', () => {
  it('each digest becomes the manifest it names, with its size and media type, in order', () => {
    const requests = new AttestationRequests(image);
    addRequested(requests, image, [
      { predicateType: 'https://example.test/a', predicate: { a: 1 }, subjects: [ARM64.digest] },
      {
        predicateType: 'https://example.test/b',
        predicate: { b: 2 },
        subjects: [INDEX.digest, AMD64.digest],
        kind: 'both',
      },
    ]);
    expect(requests.list()).toEqual([
      {
        kind: 'attestation',
        subjects: [ARM64],
        predicateType: 'https://example.test/a',
        predicate: { a: 1 },
      },
      {
        kind: 'both',
        subjects: [INDEX, AMD64],
        predicateType: 'https://example.test/b',
        predicate: { b: 2 },
      },
    ]);
  });

  it('a digest that is not a manifest of the image is refused, naming both', () => {
    const stranger = `sha256:${'9'.repeat(64)}`;
    expect(() =>
      addRequested(new AttestationRequests(image), image, [
        { predicateType: 'https://example.test/a', predicate: {}, subjects: [stranger] },
      ]),
    ).toThrow(
      expect.objectContaining({
        code: 'INTERNAL',
        message: `${stranger} is not a manifest of r.example/team/app@${INDEX.digest}: the pin and the plan disagree`,
      }),
    );
  });
});

describe('evidenceAttestations', () => {
  // Only the fields the attestations are made from: the rest of an SBOM or scan result is
  // for files, outputs and the summary.
  const sboms = {
    directory: '/tmp/sbom',
    documents: [
      {
        digest: AMD64.digest,
        cyclonedxPath: 'a.cdx.json',
        spdx: { spdx: 'amd64' },
        result: { bom: { cdx: 'amd64' } },
      },
      { digest: ARM64.digest, cyclonedxPath: 'b.cdx.json', result: { bom: { cdx: 'arm64' } } },
    ],
  } as unknown as SbomStepResult;
  const scan = {
    outcome: {
      subjects: [
        { digest: AMD64.digest, predicate: { vuln: 'amd64' } },
        { digest: ARM64.digest, predicate: { vuln: 'arm64' } },
      ],
    },
  } as unknown as ScanStepResult;

  it('SBOMs first (CycloneDX, then SPDX, per manifest), then the scan, each on its own manifest', () => {
    expect(evidenceAttestations({ sboms, scan })).toEqual([
      {
        kind: 'sbom',
        predicateType: 'https://cyclonedx.org/bom',
        predicate: { cdx: 'amd64' },
        subjects: [AMD64.digest],
      },
      {
        kind: 'sbom-spdx',
        predicateType: 'https://spdx.dev/Document',
        predicate: { spdx: 'amd64' },
        subjects: [AMD64.digest],
      },
      {
        kind: 'sbom',
        predicateType: 'https://cyclonedx.org/bom',
        predicate: { cdx: 'arm64' },
        subjects: [ARM64.digest],
      },
      {
        kind: 'vuln',
        predicateType: 'https://cosign.sigstore.dev/attestation/vuln/v1',
        predicate: { vuln: 'amd64' },
        subjects: [AMD64.digest],
      },
      {
        kind: 'vuln',
        predicateType: 'https://cosign.sigstore.dev/attestation/vuln/v1',
        predicate: { vuln: 'arm64' },
        subjects: [ARM64.digest],
      },
    ]);
  });

  it('a skipped scan and no SBOM ask for nothing', () => {
    expect(evidenceAttestations({ scan: { skipped: 'scan: false' } })).toEqual([]);
    expect(evidenceAttestations({})).toEqual([]);
  });
});
