import { createHash } from 'node:crypto';
import {
  allSubjects,
  AttestationRequests,
  describes,
  type PlannedImage,
  planAttestations,
  predicateDigest,
} from '../../../src/attest/plan.js';

const REPO = 'registry.example/team/app';
const hex = (c: string) => c.repeat(64);
const INDEX = {
  mediaType: 'application/vnd.oci.image.index.v1+json',
  digest: `sha256:${hex('a')}`,
  size: 700,
};
const AMD64 = {
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  digest: `sha256:${hex('b')}`,
  size: 500,
  platform: 'linux/amd64',
};
const ARM64 = {
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  digest: `sha256:${hex('c')}`,
  size: 501,
  platform: 'linux/arm64',
};
const SINGLE = {
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  digest: `sha256:${hex('d')}`,
  size: 400,
};

const multi: PlannedImage = { repository: REPO, image: INDEX, platforms: [AMD64, ARM64] };
const single: PlannedImage = { repository: REPO, image: SINGLE, platforms: [] };
const PROVENANCE = {
  buildDefinition: { buildType: 'https://example.com/t' },
  runDetails: { builder: { id: 'x' } },
};

function withProvenance(image: PlannedImage): AttestationRequests {
  const requests = new AttestationRequests(image);
  requests.attest(allSubjects(image), 'https://slsa.dev/provenance/v1', PROVENANCE);
  return requests;
}

describe('planAttestations', () => {
  it('single manifest, bundle format: provenance, then the image signature', () => {
    const jobs = planAttestations(single, withProvenance(single).list(), 'bundle');
    expect(jobs.map((j) => [j.kind, j.storage])).toEqual([
      ['provenance', 'referrer'],
      ['signature', 'referrer'],
    ]);
    const [provenance, signature] = jobs;
    expect(provenance!.payload).toEqual({
      type: 'dsse',
      entryType: 'dsse',
      statement: {
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name: REPO, digest: { sha256: hex('d') } }],
        predicateType: 'https://slsa.dev/provenance/v1',
        predicate: PROVENANCE,
      },
    });
    // cosign v3's sign statement: no subject name, empty annotations and predicate.
    expect(signature!.payload).toEqual({
      type: 'dsse',
      entryType: 'dsse',
      statement: {
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ digest: { sha256: hex('d') }, annotations: {} }],
        predicateType: 'https://sigstore.dev/cosign/sign/v1',
        predicate: {},
      },
    });
    expect(signature!.subjects).toEqual([SINGLE]);
  });

  it('an index: provenance signed once over every subject; a signature per manifest, the index last', () => {
    const jobs = planAttestations(multi, withProvenance(multi).list(), 'bundle');
    expect(
      jobs.map((j) => `${j.kind}:${j.subjects.map((s) => s.platform ?? 'index').join('+')}`),
    ).toEqual([
      'provenance:index+linux/amd64+linux/arm64',
      'signature:linux/amd64',
      'signature:linux/arm64',
      'signature:index',
    ]);
    const provenance = jobs[0]!.payload;
    expect(provenance.type === 'dsse' && provenance.statement.subject).toEqual([
      { name: REPO, digest: { sha256: hex('a') } },
      { name: REPO, digest: { sha256: hex('b') } },
      { name: REPO, digest: { sha256: hex('c') } },
    ]);
  });

  it('cosign-classic: a v0.1 statement logged as dsse for .att, the simple-signing payload for .sig', () => {
    const jobs = planAttestations(single, withProvenance(single).list(), 'cosign-classic');
    expect(jobs.map((j) => j.storage)).toEqual(['cosign-att', 'cosign-sig']);
    const att = jobs[0]!.payload;
    expect(att.type === 'dsse' && att.entryType).toBe('dsse');
    expect(att.type === 'dsse' && att.statement._type).toBe('https://in-toto.io/Statement/v0.1');
    const sig = jobs[1]!.payload;
    expect(sig.type === 'message' && sig.bytes.toString()).toBe(
      `{"critical":{"identity":{"docker-reference":"${REPO}"},"image":{"docker-manifest-digest":"sha256:${hex('d')}"},"type":"cosign container image signature"},"optional":null}`,
    );
  });

  it('both: every attestation and signature in each format, all signatures after all attestations', () => {
    const jobs = planAttestations(multi, withProvenance(multi).list(), 'both');
    expect(jobs.map((j) => `${j.kind}/${j.storage}/${j.subjects.length}`)).toEqual([
      'provenance/referrer/3',
      'provenance/cosign-att/3',
      'signature/referrer/1',
      'signature/referrer/1',
      'signature/referrer/1',
      'signature/cosign-sig/1',
      'signature/cosign-sig/1',
      'signature/cosign-sig/1',
    ]);
    expect(jobs.at(-1)!.subjects).toEqual([INDEX]);
  });

  it('with nothing to attest, only signatures', () => {
    expect(planAttestations(single, [], 'bundle').map((j) => j.kind)).toEqual(['signature']);
  });

  it('per-platform attestations from the hook keep their subjects, then name the index', () => {
    const requests = new AttestationRequests(multi);
    requests.attest(AMD64, 'https://cyclonedx.org/bom', { bomFormat: 'CycloneDX', n: 1 });
    requests.attest([ARM64], 'https://cosign.sigstore.dev/attestation/vuln/v1', { scanner: {} });
    requests.attest(INDEX, 'https://example.com/custom/v1', { x: 1 });
    const jobs = planAttestations(multi, requests.list(), 'bundle').filter(
      (j) => j.kind !== 'signature',
    );
    // The index digest is what cosign verify-attestation and Kyverno are given: platform
    // evidence is found there too, and its statement says so.
    expect(jobs.map((j) => [j.kind, j.subjects.map((s) => s.digest)])).toEqual([
      ['sbom', [AMD64.digest, INDEX.digest]],
      ['vuln', [ARM64.digest, INDEX.digest]],
      ['attestation', [INDEX.digest]],
    ]);
    const sbom = jobs[0]!;
    expect(sbom.payload.type === 'dsse' && sbom.payload.statement.subject).toEqual([
      { name: REPO, digest: { sha256: AMD64.digest.slice(7) } },
      { name: REPO, digest: { sha256: INDEX.digest.slice(7) } },
    ]);
    expect(describes(sbom, AMD64)).toBe(true);
    expect(describes(sbom, INDEX)).toBe(false);
    expect(describes(jobs[2]!, INDEX)).toBe(true);
  });

  it('a single manifest adds no subject', () => {
    const requests = new AttestationRequests(single);
    requests.attest(SINGLE, 'https://cyclonedx.org/bom', { bomFormat: 'CycloneDX' });
    const [sbom] = planAttestations(single, requests.list(), 'cosign-classic');
    expect(sbom!.subjects).toEqual([SINGLE]);
    expect(describes(sbom!, SINGLE)).toBe(true);
  });
});

describe('predicateDigest', () => {
  it('is the sha256 of the canonical JSON: key order and spacing do not matter', () => {
    const expected = createHash('sha256').update('{"a":1,"b":[1,{"c":"d"}]}').digest('hex');
    expect(predicateDigest({ b: [1, { c: 'd' }], a: 1 })).toBe(`sha256:${expected}`);
    expect(predicateDigest({ a: 1, b: [1, { c: 'd' }] })).toBe(`sha256:${expected}`);
    expect(predicateDigest({ a: 2 })).not.toBe(predicateDigest({ a: 1 }));
  });

  it('identifies a job: the same request planned twice has the same digest', () => {
    const first = planAttestations(single, withProvenance(single).list(), 'bundle');
    const second = planAttestations(single, withProvenance(single).list(), 'bundle');
    expect(first.map((j) => j.predicateDigest)).toEqual(second.map((j) => j.predicateDigest));
    expect(first[1]!.predicateDigest).toBe(predicateDigest({}));
  });
});

describe('AttestationRequests.attest', () => {
  it('refuses a subject that is not part of the image', () => {
    const requests = new AttestationRequests(single);
    expect(() => requests.attest(AMD64, 'https://cyclonedx.org/bom', {})).toThrow(
      expect.objectContaining({
        code: 'INPUT_INVALID',
        message: `the sbom attestation names ${AMD64.digest}, which is not a manifest of ${REPO}@${SINGLE.digest}`,
      }),
    );
  });

  it('refuses an empty subject list', () => {
    expect(() =>
      new AttestationRequests(single).attest([], 'https://cyclonedx.org/bom', {}),
    ).toThrow(
      'the sbom attestation has no subject: attest it for the image or some of its platforms',
    );
  });

  it('refuses a kind that cannot name a file', () => {
    expect(() =>
      new AttestationRequests(single).attest(SINGLE, 'https://x.example/p', {}, '../evil'),
    ).toThrow(
      'attestation kind "../evil" must be lower-case letters, digits and dashes (it names files)',
    );
  });

  it('refuses a predicate type that is not a URI (when planned)', () => {
    const requests = new AttestationRequests(single);
    requests.attest(SINGLE, 'not a uri', {}, 'custom');
    expect(() => planAttestations(single, requests.list(), 'bundle')).toThrow(
      'Predicate type "not a uri" is not a URI (e.g. https://slsa.dev/provenance/v1).',
    );
  });
});
