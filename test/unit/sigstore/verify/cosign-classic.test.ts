import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import {
  verifyCosignAttestations,
  verifyCosignSignatures,
  type ManifestLayer,
} from '../../../../src/sigstore/verify/cosign-classic.js';
import { publicGoodTrust, type PublicKeyTrust } from '../../../../src/sigstore/verify/trust.js';

// Real ECDSA signatures made here with a fresh key, in exactly cosign's classic layout.
const IMAGE_DIGEST = `sha256:${'ab'.repeat(32)}`;
const OTHER_DIGEST = `sha256:${'cd'.repeat(32)}`;
const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const keyTrust = publicGoodTrust(asKeyTrust(publicKey));
const options = { trust: keyTrust, expectedDigest: IMAGE_DIGEST, requireTlog: false };

function asKeyTrust(key: KeyObject): PublicKeyTrust {
  return { key, source: 'test key', keyId: 'test' };
}

function digestOf(blob: Buffer): string {
  return `sha256:${createHash('sha256').update(blob).digest('hex')}`;
}

/** A blob store: manifests name blobs by digest, the verifier fetches them back. */
function store(blobs: Buffer[]) {
  const byDigest = new Map(blobs.map((blob) => [digestOf(blob), blob]));
  return (digest: string): Promise<Buffer> => {
    const blob = byDigest.get(digest);
    return blob ? Promise.resolve(blob) : Promise.reject(new Error(`blob ${digest} not found`));
  };
}

function simpleSigning(digest: string, type = 'cosign container image signature'): Buffer {
  return Buffer.from(
    JSON.stringify({
      critical: {
        identity: { 'docker-reference': 'registry.test/app' },
        image: { 'docker-manifest-digest': digest },
        type,
      },
      optional: { build: '42' },
    }),
  );
}

function signatureLayer(payload: Buffer, signer = privateKey): ManifestLayer {
  return {
    mediaType: 'application/vnd.dev.cosign.simplesigning.v1+json',
    digest: digestOf(payload),
    annotations: {
      'dev.cosignproject.cosign/signature': sign('sha256', payload, signer).toString('base64'),
    },
  };
}

function attestationBlob(subjectDigest: string): Buffer {
  const statement = Buffer.from(
    JSON.stringify({
      _type: 'https://in-toto.io/Statement/v0.1',
      predicateType: 'https://cyclonedx.org/bom',
      subject: [
        { name: 'registry.test/app', digest: { sha256: subjectDigest.slice('sha256:'.length) } },
      ],
      predicate: { bomFormat: 'CycloneDX' },
    }),
  );
  const type = 'application/vnd.in-toto+json';
  // DSSE pre-authentication encoding, written out here rather than taken from the verifier's library.
  const pae = Buffer.concat([
    Buffer.from(`DSSEv1 ${type.length} ${type} ${statement.length} `),
    statement,
  ]);
  return Buffer.from(
    JSON.stringify({
      payloadType: type,
      payload: statement.toString('base64'),
      signatures: [{ keyid: '', sig: sign('sha256', pae, privateKey).toString('base64') }],
    }),
  );
}

function attestationLayer(blob: Buffer): ManifestLayer {
  return {
    mediaType: 'application/vnd.dsse.envelope.v1+json',
    digest: digestOf(blob),
    annotations: {
      'dev.cosignproject.cosign/signature': '',
      predicateType: 'https://cyclonedx.org/bom',
    },
  };
}

describe('cosign classic .sig manifests', () => {
  it('verifies a key-signed layer and returns the payload fields', async () => {
    const payload = simpleSigning(IMAGE_DIGEST);
    const result = await verifyCosignSignatures(
      { layers: [signatureLayer(payload)] },
      store([payload]),
      options,
    );
    expect(result.failures).toEqual([]);
    expect(result.verified).toHaveLength(1);
    expect(result.verified[0]).toMatchObject({
      layer: 0,
      kind: 'key',
      keyId: 'test',
      tlog: false,
      dockerReference: 'registry.test/app',
      annotations: { build: '42' },
    });
    expect(result.verified[0]?.payload?.equals(payload)).toBe(true);
  });

  it('verifies an Ed25519 key-signed layer', async () => {
    const ed = generateKeyPairSync('ed25519');
    const payload = simpleSigning(IMAGE_DIGEST);
    const layer: ManifestLayer = {
      mediaType: 'application/vnd.dev.cosign.simplesigning.v1+json',
      digest: digestOf(payload),
      annotations: {
        'dev.cosignproject.cosign/signature': sign(null, payload, ed.privateKey).toString('base64'),
      },
    };
    const trust = publicGoodTrust(asKeyTrust(ed.publicKey));
    const result = await verifyCosignSignatures({ layers: [layer] }, store([payload]), {
      ...options,
      trust,
    });
    expect(result.failures).toEqual([]);
    expect(result.verified.map((v) => v.kind)).toEqual(['key']);
    const tampered = simpleSigning(OTHER_DIGEST);
    const forged = { ...layer, digest: digestOf(tampered) };
    const rejected = await verifyCosignSignatures({ layers: [forged] }, store([tampered]), {
      ...options,
      trust,
      expectedDigest: OTHER_DIGEST,
    });
    expect(rejected.failures[0]?.error.message).toMatch(/^signature: it does not verify/);
  });

  it('reports each layer on its own: one good signer, one stranger', async () => {
    const payload = simpleSigning(IMAGE_DIGEST);
    const stranger = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
    const manifest = { layers: [signatureLayer(payload, stranger), signatureLayer(payload)] };
    const result = await verifyCosignSignatures(manifest, store([payload]), options);
    expect(result.verified.map((v) => v.layer)).toEqual([1]);
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]?.layer).toBe(0);
    expect(result.failures[0]?.error.message).toBe(
      'signature: it does not verify with the signing key or certificate (wrong key, or the signed content differs)',
    );
  });

  it('rejects a valid signature made for another image digest', async () => {
    const payload = simpleSigning(OTHER_DIGEST);
    const result = await verifyCosignSignatures(
      { layers: [signatureLayer(payload)] },
      store([payload]),
      options,
    );
    expect(result.verified).toEqual([]);
    expect(result.failures[0]?.error).toMatchObject({
      code: 'VERIFY_FAILED',
      message: `signature is for ${OTHER_DIGEST}, expected ${IMAGE_DIGEST}`,
    });
  });

  it('rejects a payload of another type', async () => {
    const payload = simpleSigning(IMAGE_DIGEST, 'atomic container signature');
    const result = await verifyCosignSignatures(
      { layers: [signatureLayer(payload)] },
      store([payload]),
      options,
    );
    expect(result.failures[0]?.error.message).toBe(
      'simple-signing payload: critical.type is "atomic container signature", expected "cosign container image signature"',
    );
  });

  it('requires a log entry by default', async () => {
    const payload = simpleSigning(IMAGE_DIGEST);
    const result = await verifyCosignSignatures(
      { layers: [signatureLayer(payload)] },
      store([payload]),
      {
        trust: keyTrust,
        expectedDigest: IMAGE_DIGEST,
      },
    );
    expect(result.failures[0]?.error.message).toBe(
      'transparency log: expected 1 tlog entries, got 0',
    );
  });

  it('refuses a blob whose content does not match its digest', async () => {
    const payload = simpleSigning(IMAGE_DIGEST);
    const layer = signatureLayer(payload);
    const result = await verifyCosignSignatures(
      { layers: [layer] },
      () => Promise.resolve(simpleSigning(OTHER_DIGEST)),
      options,
    );
    expect(result.failures[0]?.error).toMatchObject({
      code: 'DIGEST_MISMATCH',
      message: expect.stringMatching(
        new RegExp(`^blob ${layer.digest} has digest sha256:[0-9a-f]{64}$`),
      ),
    });
  });

  it('says when a blob cannot be fetched', async () => {
    const payload = simpleSigning(IMAGE_DIGEST);
    const layer = signatureLayer(payload);
    const result = await verifyCosignSignatures({ layers: [layer] }, store([]), options);
    expect(result.failures[0]?.error.message).toBe(
      `cannot fetch blob ${layer.digest}: blob ${layer.digest} not found`,
    );
  });

  it('refuses something that is not a signature manifest', async () => {
    await expect(verifyCosignSignatures({ config: {} }, store([]), options)).rejects.toMatchObject({
      code: 'MANIFEST_INVALID',
      message: 'a cosign signature manifest needs a layers array of {mediaType, digest}',
    });
    const image = {
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: OTHER_DIGEST }],
    };
    await expect(verifyCosignSignatures(image, store([]), options)).rejects.toMatchObject({
      code: 'VERIFY_FAILED',
      message:
        'the manifest has no application/vnd.dev.cosign.simplesigning.v1+json layer (found application/vnd.oci.image.layer.v1.tar+gzip)',
    });
  });
});

describe('cosign classic .att manifests', () => {
  it('verifies the DSSE signature and returns the statement', async () => {
    const blob = attestationBlob(IMAGE_DIGEST);
    const result = await verifyCosignAttestations(
      { layers: [attestationLayer(blob)] },
      store([blob]),
      options,
    );
    expect(result.failures).toEqual([]);
    expect(result.verified[0]?.statement).toMatchObject({
      predicateType: 'https://cyclonedx.org/bom',
      subject: [{ name: 'registry.test/app', digest: { sha256: IMAGE_DIGEST.slice(7) } }],
    });
    expect(result.verified[0]?.payloadType).toBe('application/vnd.in-toto+json');
  });

  it('rejects an attestation about another digest', async () => {
    const blob = attestationBlob(OTHER_DIGEST);
    const result = await verifyCosignAttestations(
      { layers: [attestationLayer(blob)] },
      store([blob]),
      options,
    );
    expect(result.failures[0]?.error.message).toBe(
      `attestation subject does not match: expected ${IMAGE_DIGEST}, found registry.test/app@${OTHER_DIGEST}`,
    );
  });

  it('rejects an envelope whose statement was changed after signing', async () => {
    const envelope = JSON.parse(attestationBlob(IMAGE_DIGEST).toString('utf8'));
    const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
    statement.predicate = { bomFormat: 'CycloneDX', components: [] };
    envelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64');
    const blob = Buffer.from(JSON.stringify(envelope));
    const result = await verifyCosignAttestations(
      { layers: [attestationLayer(blob)] },
      store([blob]),
      options,
    );
    expect(result.failures[0]?.error.message).toMatch(/^signature: it does not verify/);
  });

  it('says when a layer is not a DSSE envelope', async () => {
    const blob = Buffer.from('{"payload": 5}');
    const result = await verifyCosignAttestations(
      { layers: [attestationLayer(blob)] },
      store([blob]),
      options,
    );
    expect(result.failures[0]?.error.message).toMatch(
      /^the attestation layer is not a DSSE envelope: /,
    );
  });
});

describe('cosign classic manifests: positions and inputs', () => {
  it('reports layers by their position in the manifest, skipping other media types', async () => {
    const payload = simpleSigning(IMAGE_DIGEST);
    const other: ManifestLayer = {
      mediaType: 'application/vnd.oci.empty.v1+json',
      digest: OTHER_DIGEST,
    };
    const result = await verifyCosignSignatures(
      { layers: [other, signatureLayer(payload)] },
      store([payload]),
      options,
    );
    expect(result.verified.map((v) => v.layer)).toEqual([1]);
    expect(result.failures).toEqual([]);
  });

  it('refuses an expected digest that is not sha256 before looking at any layer', async () => {
    await expect(
      verifyCosignSignatures({ layers: [] }, store([]), { ...options, expectedDigest: 'latest' }),
    ).rejects.toMatchObject({
      code: 'INPUT_INVALID',
      message: 'artifact digest "latest" is not a sha256 digest',
    });
  });
});
