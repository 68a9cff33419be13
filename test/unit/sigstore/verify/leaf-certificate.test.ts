/**
 * A signing certificate must be a code-signing leaf (EKU codeSigning, key usage
 * digitalSignature, not a CA), as sigstore-go and cosign require. Certificates come from the
 * real public-good Fulcio (conformance fixtures), the loopback Fulcio's CA, and that same CA
 * issuing the usages of other kinds of certificate.
 */
import { generateKeyPairSync, type KeyPairKeyObjectResult } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { X509Certificate } from '@sigstore/core';
import { initializeCA } from '@sigstore/mock/dist/fulcio/ca.js';
import { type CTLog, initializeCTLog } from '@sigstore/mock/dist/fulcio/ctlog.js';
import { assertCodeSigningLeaf } from '../../../../src/sigstore/verify/leaf-certificate.js';
import {
  EKU_CODE_SIGNING,
  EKU_SERVER_AUTH,
  issueLeaf,
  type LeafProfile,
  SERVER_AUTH_LEAF,
} from '../../../harness/sigstore/leaf.js';
import { conformanceFile } from '../../../interop/sigstore/fixtures.js';

const ecKey = () => generateKeyPairSync('ec', { namedCurve: 'P-256' });
let caKey: KeyPairKeyObjectResult;
let ctLog: CTLog;
let ca: Awaited<ReturnType<typeof initializeCA>>;
const signer = ecKey();
const request = {
  publicKey: signer.publicKey.export({ format: 'der', type: 'spki' }),
  subjectAltName: 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main',
  extensions: [],
};

beforeAll(async () => {
  caKey = ecKey();
  ctLog = await initializeCTLog(ecKey());
  ca = await initializeCA(caKey, ctLog);
});

async function leaf(profile: LeafProfile): Promise<X509Certificate> {
  const issuer = { caKey, rootCertificate: bytes(ca.rootCertificate), ctLog };
  return X509Certificate.parse(bytes(await issueLeaf(issuer, request, profile)));
}

function bytes(view: ArrayBufferView): Buffer<ArrayBuffer> {
  return Buffer.from(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
}

function refusal(certificate: X509Certificate): string {
  try {
    assertCodeSigningLeaf(certificate);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the certificate to be refused');
}

describe('assertCodeSigningLeaf', () => {
  it('accepts a real Fulcio leaf and the loopback Fulcio leaf', async () => {
    const bundle = JSON.parse(
      readFileSync(
        conformanceFile('happy-path-v0.3-new-mediaType', 'bundle.sigstore.json'),
        'utf8',
      ),
    );
    const real = X509Certificate.parse(
      Buffer.from(bundle.verificationMaterial.certificate.rawBytes, 'base64'),
    );
    expect(() => assertCodeSigningLeaf(real)).not.toThrow();
    const loopback = X509Certificate.parse(bytes(await ca.issueCertificate(request)));
    expect(() => assertCodeSigningLeaf(loopback)).not.toThrow();
  });

  it('refuses a TLS server certificate from the same CA', async () => {
    expect(refusal(await leaf(SERVER_AUTH_LEAF))).toBe(
      'certificate: the signing certificate is not a code-signing certificate: it has extended key usage serverAuth, not codeSigning (1.3.6.1.5.5.7.3.3)',
    );
  });

  it('refuses a leaf without digitalSignature, and a CA certificate', async () => {
    const codeSigning = { extendedKeyUsages: [EKU_CODE_SIGNING], ca: false };
    expect(refusal(await leaf({ ...codeSigning, keyUsage: 'keyEncipherment' }))).toContain(
      'its key usage lacks digitalSignature',
    );
    expect(
      refusal(await leaf({ ...codeSigning, keyUsage: 'digitalSignature', ca: true })),
    ).toContain('it is a CA certificate (basicConstraints cA=true), not a signing leaf');
  });

  it('accepts codeSigning beside other usages; refuses an empty usage list', async () => {
    const both = { extendedKeyUsages: [EKU_SERVER_AUTH, EKU_CODE_SIGNING], ca: false };
    expect(() => assertCodeSigningLeaf(X509Certificate.parse(bytes(ca.rootCertificate)))).toThrow(
      'no extended key usage',
    );
    const mixed = await leaf({ ...both, keyUsage: 'digitalSignature' });
    expect(() => assertCodeSigningLeaf(mixed)).not.toThrow();
    const none = await leaf({ extendedKeyUsages: [], keyUsage: 'digitalSignature', ca: false });
    expect(refusal(none)).toContain('it has extended key usage (empty), not codeSigning');
  });
});
