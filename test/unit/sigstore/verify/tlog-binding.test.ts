import { createPublicKey, ECDH } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Bundle } from '@sigstore/bundle';
import { parseBundle } from '../../../../src/sigstore/verify/bundle.js';
import { assertTlogBinding } from '../../../../src/sigstore/verify/tlog-binding.js';
import { conformanceFile, fixturePath, readFixture } from '../../../interop/sigstore/fixtures.js';

// Real log entries of each kind, bound to their own signer and to someone else's.
function bundleOf(file: string): Bundle {
  return parseBundle(readFileSync(file));
}

function leafDer(bundle: Bundle): Buffer {
  const content = bundle.verificationMaterial.content;
  if (content.$case === 'certificate') return Buffer.from(content.certificate.rawBytes);
  if (content.$case === 'x509CertificateChain')
    return Buffer.from(content.x509CertificateChain.certificates[0]!.rawBytes);
  throw new Error('fixture has no certificate');
}

const otherCertificate = leafDer(
  bundleOf(conformanceFile('happy-path-v0.3-new-mediaType', 'bundle.sigstore.json')),
);

describe('assertTlogBinding', () => {
  it.each([
    ['dsse 0.0.1', fixturePath('trivy', 'sigstore-bundle.json')],
    ['intoto 0.0.2', conformanceFile('intoto-expired-certificate_fail', 'bundle.sigstore.json')],
    [
      'hashedrekord 0.0.2 (Rekor v2)',
      conformanceFile('rekor2-timestamp-with-embedded-cert', 'bundle.sigstore.json'),
    ],
    ['hashedrekord 0.0.1', conformanceFile('happy-path-v0.1', 'bundle.sigstore.json')],
  ])('accepts a %s entry that records the signing certificate, refuses another', (_kind, file) => {
    const bundle = bundleOf(file);
    const entries = bundle.verificationMaterial.tlogEntries;
    expect(() => assertTlogBinding(entries, { certificate: leafDer(bundle) })).not.toThrow();
    expect(() => assertTlogBinding(entries, { certificate: otherCertificate })).toThrow(
      expect.objectContaining({
        code: 'VERIFY_FAILED',
        message: `transparency log entry 0 (log index ${entries[0]!.logIndex}) records a different signing certificate than the one that signed`,
      }),
    );
  });

  it('binds a key-signed hashedrekord entry to the public key', () => {
    const entries = bundleOf(conformanceFile('managed-key-happy-path', 'bundle.sigstore.json'))
      .verificationMaterial.tlogEntries;
    const signer = createPublicKey(
      readFileSync(conformanceFile('managed-key-happy-path', 'key.pub')),
    );
    const stranger = createPublicKey(readFixture('cosign-classic', 'alice.key'));
    expect(() => assertTlogBinding(entries, { publicKey: signer })).not.toThrow();
    expect(() => assertTlogBinding(entries, { publicKey: stranger })).toThrow(
      'records a different public key than the one that signed',
    );
    expect(() => assertTlogBinding(entries, { certificate: otherCertificate })).toThrow(
      'records a different signing certificate',
    );
  });

  it('binds an entry that records the same key in another encoding (a compressed point)', () => {
    const [entry] = bundleOf(conformanceFile('managed-key-happy-path', 'bundle.sigstore.json'))
      .verificationMaterial.tlogEntries;
    const signer = createPublicKey(
      readFileSync(conformanceFile('managed-key-happy-path', 'key.pub')),
    );
    const spki = signer.export({ format: 'der', type: 'spki' });
    const point = ECDH.convertKey(
      spki.subarray(-65),
      'prime256v1',
      undefined,
      undefined,
      'compressed',
    );
    // SubjectPublicKeyInfo for P-256 with a 33-byte compressed point.
    const compressed = Buffer.concat([
      Buffer.from('3039301306072a8648ce3d020106082a8648ce3d030107032200', 'hex'),
      point as Buffer,
    ]);
    expect(compressed.equals(spki)).toBe(false);
    const pem = `-----BEGIN PUBLIC KEY-----\n${compressed.toString('base64')}\n-----END PUBLIC KEY-----\n`;
    const body = JSON.parse(entry!.canonicalizedBody.toString('utf8')) as {
      spec: { signature: { publicKey: { content: string } } };
    };
    body.spec.signature.publicKey.content = Buffer.from(pem).toString('base64');
    const recoded = { ...entry!, canonicalizedBody: Buffer.from(JSON.stringify(body)) };
    const stranger = createPublicKey(readFixture('cosign-classic', 'alice.key'));
    expect(() => assertTlogBinding([recoded], { publicKey: signer })).not.toThrow();
    expect(() => assertTlogBinding([recoded], { publicKey: stranger })).toThrow(
      'records a different public key than the one that signed',
    );
  });

  it('leaves entries of a kind it does not know to the body checks', () => {
    const [entry] = bundleOf(conformanceFile('happy-path-v0.1', 'bundle.sigstore.json'))
      .verificationMaterial.tlogEntries;
    const unknown = {
      ...entry!,
      canonicalizedBody: Buffer.from('{"kind":"rfc3161","apiVersion":"0.0.1","spec":{}}'),
    };
    expect(() => assertTlogBinding([unknown], { certificate: otherCertificate })).not.toThrow();
  });
});
