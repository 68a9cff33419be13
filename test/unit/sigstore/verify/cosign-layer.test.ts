import {
  dsseLayerToBundle,
  messageLayerToBundle,
  rekorBundleToEntry,
} from '../../../../src/sigstore/verify/cosign-layer.js';
import { readFixture } from '../../../interop/sigstore/fixtures.js';

const SIGNATURE = 'dev.cosignproject.cosign/signature';
const KEYLESS_MANIFEST = JSON.parse(
  readFixture(
    'cosign-classic',
    'securesystemsengineering',
    'testimage',
    'manifests',
    'sha256-31dc72a13a0c34b40eb95419d2b2fd67320c856baf3b72da518023ee8d370aee.sig.json',
  ).toString('utf8'),
);
const KEYLESS_ANNOTATIONS: Record<string, string> = KEYLESS_MANIFEST.layers[0].annotations;

describe('cosign classic layer → bundle', () => {
  it('turns the real Rekor bundle annotation into a log entry with its SET', () => {
    const entry = rekorBundleToEntry(KEYLESS_ANNOTATIONS['dev.sigstore.cosign/bundle']!);
    expect(entry).toMatchObject({
      logIndex: '98235800',
      integratedTime: '1717082297',
      kindVersion: { kind: 'hashedrekord', version: '0.0.1' },
    });
    expect(entry.logId.keyId.toString('hex')).toBe(
      'c0d23d6ad406973f9559f3ba2d1ca01f84147d8ffc5b8445c224f98b9591801d',
    );
    expect(entry.inclusionPromise?.signedEntryTimestamp.length).toBeGreaterThan(0);
  });

  it('uses the certificate annotation for keyless layers and the given key otherwise', () => {
    const payload = Buffer.from('{}');
    const keyless = messageLayerToBundle(payload, KEYLESS_ANNOTATIONS);
    expect(keyless.verificationMaterial.content.$case).toBe('certificate');
    expect(keyless.verificationMaterial.tlogEntries).toHaveLength(1);
    const keyed = messageLayerToBundle(payload, { [SIGNATURE]: 'AAAA' });
    expect(keyed.verificationMaterial.content.$case).toBe('publicKey');
    expect(keyed.verificationMaterial.tlogEntries).toEqual([]);
  });

  it('says which annotation is missing or malformed', () => {
    const payload = Buffer.from('{}');
    expect(() => messageLayerToBundle(payload, {})).toThrow(
      'signature: the layer has no dev.cosignproject.cosign/signature annotation',
    );
    expect(() =>
      messageLayerToBundle(payload, {
        [SIGNATURE]: 'AAAA',
        'dev.sigstore.cosign/certificate': 'nope',
      }),
    ).toThrow(
      'certificate chain: the dev.sigstore.cosign/certificate annotation is not a PEM certificate',
    );
    expect(() => rekorBundleToEntry('{')).toThrow(
      /^transparency log: the dev.sigstore.cosign\/bundle annotation is malformed: /,
    );
    expect(() =>
      rekorBundleToEntry('{"SignedEntryTimestamp":"AA","Payload":{"body":"e30="}}'),
    ).toThrow(
      'transparency log: the dev.sigstore.cosign/bundle annotation is malformed: Payload needs body, integratedTime, logIndex and logID',
    );
    expect(() =>
      messageLayerToBundle(payload, {
        [SIGNATURE]: 'AAAA',
        'dev.sigstore.cosign/rfc3161timestamp': '{"x":1}',
      }),
    ).toThrow('timestamp: the dev.sigstore.cosign/rfc3161timestamp annotation is malformed');
  });

  it('refuses an envelope with more than one signature', () => {
    const envelope = {
      payloadType: 't',
      payload: 'e30=',
      signatures: [{ sig: 'AA' }, { sig: 'AB' }],
    };
    expect(() => dsseLayerToBundle(Buffer.from(JSON.stringify(envelope)), {})).toThrow(
      'signature: the DSSE envelope has 2 signatures, expected 1',
    );
  });
});
