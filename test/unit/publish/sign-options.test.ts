import type { CiPlatform, PlatformName, RepositoryVisibility } from '../../../src/ci/platform.js';
import { readPublishOptions } from '../../../src/publish/options.js';
import { chooseSigstore } from '../../../src/publish/sign-options.js';

const read = (values: Record<string, string>) =>
  readPublishOptions((name) => ({ image: 'ghcr.io/acme/app', ...values })[name]);

const CUSTOM = {
  sigstore: 'custom',
  'fulcio-url': 'https://fulcio.example.com',
  'rekor-url': 'https://rekor.example.com',
  'trusted-root': 'trusted_root.json',
};

describe('signing inputs', () => {
  it('default to keyless signing with the instance chosen at run time, provenance, stored as bundles', () => {
    expect(read({}).sign).toEqual({
      enabled: true,
      signing: 'keyless',
      sigstore: 'auto',
      tlogUpload: true,
      provenance: true,
      provenanceExplicit: false,
      attestationFormat: 'bundle',
    });
  });

  it('map every input, keeping the key password exactly as given', () => {
    const sign = read({
      signing: 'key',
      key: 'cosign.key',
      'key-password': ' spaced out ',
      ...CUSTOM,
      'tsa-url': 'https://tsa.example.com',
      provenance: 'false',
      'attestation-format': 'both',
      'tlog-upload': 'false',
    }).sign;
    expect(sign).toEqual({
      enabled: true,
      signing: 'key',
      keyPath: 'cosign.key',
      keyPassword: ' spaced out ',
      sigstore: 'custom',
      tlogUpload: false,
      fulcioUrl: 'https://fulcio.example.com',
      rekorUrl: 'https://rekor.example.com',
      tsaUrl: 'https://tsa.example.com',
      trustedRoot: 'trusted_root.json',
      provenance: false,
      provenanceExplicit: true,
      attestationFormat: 'both',
    });
  });

  it('take a key held in a store, and check its reference before anything is built', () => {
    expect(read({ signing: 'key', key: 'awskms:///alias/release' }).sign.keyPath).toBe(
      'awskms:///alias/release',
    );
    expect(() => read({ signing: 'key', key: 'awskms:///release' })).toThrow(
      expect.objectContaining({
        code: 'KEY_REFERENCE_INVALID',
        message:
          'The AWS KMS key reference "awskms:///release" names "release", which is no key id, key ARN, alias/NAME or alias ARN.',
      }),
    );
    expect(() =>
      read({ signing: 'key', key: 'pkcs11:token=t;object=k', 'key-password': 'x' }),
    ).toThrow(expect.objectContaining({ code: 'KEY_REFERENCE_INVALID' }));
  });

  it('refuse key-password with a key held in a store', () => {
    expect(() =>
      read({
        signing: 'key',
        key: 'pkcs11:token=t;object=k?module-path=/m.so',
        'key-password': 'x',
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'INPUT_CONFLICT',
        message:
          'key-password applies to a key file, but key names a key in a PKCS#11 token or KMS',
      }),
    );
  });

  it('tlog-upload: false with keyless signing is refused unless a timestamp authority remains', () => {
    expect(() => read({ sigstore: 'public-good', 'tlog-upload': 'false' })).toThrow(
      expect.objectContaining({
        code: 'INPUT_CONFLICT',
        message: expect.stringMatching(
          /^tlog-upload: false with keyless signing leaves nothing to verify the signature by: a Fulcio certificate lives 10 minutes/,
        ),
        hint: expect.stringContaining('signing: key'),
      }),
    );
    const withTsa = read({
      ...CUSTOM,
      'tsa-url': 'https://tsa.example.com',
      'tlog-upload': 'false',
    });
    expect(withTsa.sign.tlogUpload).toBe(false);
    expect(read({ sigstore: 'github', 'tlog-upload': 'false' }).sign.tlogUpload).toBe(false);
    expect(
      read({ signing: 'key', key: 'cosign.key', 'tlog-upload': 'false' }).sign.tlogUpload,
    ).toBe(false);
  });

  it('take an identity token for keyless signing', () => {
    expect(read({ 'identity-token': 'a.b.c' }).sign.identityToken).toBe('a.b.c');
  });

  it('signing: key without key names the input', () => {
    expect(() => read({ signing: 'key' })).toThrow(
      expect.objectContaining({
        code: 'INPUT_INVALID',
        message: 'signing: key needs "key", the path of the private key',
        hint: expect.stringContaining('cosign.key'),
      }),
    );
  });

  it('a key or its password with keyless signing is a conflict', () => {
    expect(() => read({ 'key-password': 'pw' })).toThrow(
      expect.objectContaining({
        code: 'INPUT_CONFLICT',
        message: 'key-password applies only with signing: key, but signing is keyless',
      }),
    );
    expect(() => read({ key: 'cosign.key', 'key-password': 'pw' })).toThrow(
      'key and key-password apply only with signing: key, but signing is keyless',
    );
  });

  it('an identity token with key signing is a conflict', () => {
    expect(() => read({ signing: 'key', key: 'k', 'identity-token': 'a.b.c' })).toThrow(
      expect.objectContaining({
        code: 'INPUT_CONFLICT',
        message: 'identity-token is only used by keyless signing, but signing is key',
      }),
    );
  });

  it('custom without fulcio-url, keyless', () => {
    expect(() => read({ ...CUSTOM, 'fulcio-url': '' })).toThrow(
      expect.objectContaining({
        code: 'INPUT_INVALID',
        message: 'keyless signing with sigstore: custom needs fulcio-url',
      }),
    );
  });

  it('custom without trusted-root', () => {
    expect(() => read({ ...CUSTOM, 'trusted-root': '' })).toThrow(
      expect.objectContaining({
        code: 'INPUT_INVALID',
        message: expect.stringMatching(/^sigstore: custom needs trusted-root: /),
      }),
    );
  });

  it('custom with key signing needs no Fulcio', () => {
    const sign = read({
      signing: 'key',
      key: 'k',
      sigstore: 'custom',
      'trusted-root': 'r.json',
    }).sign;
    expect(sign.sigstore).toBe('custom');
  });

  it('service URLs with an instance that has its own', () => {
    expect(() =>
      read({ sigstore: 'public-good', 'rekor-url': 'https://rekor.example.com' }),
    ).toThrow(
      expect.objectContaining({
        code: 'INPUT_CONFLICT',
        message: 'rekor-url only apply with sigstore: custom, but sigstore is public-good',
      }),
    );
  });

  it('service URLs with sigstore: auto, before the instance is chosen', () => {
    expect(() => read({ 'fulcio-url': 'https://fulcio.example.com' })).toThrow(
      expect.objectContaining({
        code: 'INPUT_CONFLICT',
        message: 'fulcio-url only apply with sigstore: custom, but sigstore is auto',
      }),
    );
  });

  it('a value outside the choices', () => {
    expect(() => read({ 'attestation-format': 'oci' })).toThrow(
      'input "attestation-format" must be one of bundle, cosign-classic, both; got "oci"',
    );
    expect(() => read({ sigstore: 'staging' })).toThrow(
      'input "sigstore" must be one of auto, public-good, github, custom; got "staging"',
    );
  });

  it('sign: false checks nothing else: nothing will be signed', () => {
    expect(read({ sign: 'false', signing: 'key' }).sign.enabled).toBe(false);
  });
});

describe('chooseSigstore (sigstore: auto on the platform)', () => {
  const platform = (
    visibility: RepositoryVisibility | undefined,
    name: PlatformName = 'github',
    serverUrl = 'https://github.com',
  ) =>
    ({
      name,
      repositoryVisibility: () => visibility,
      githubApi: () => (name === 'github' ? { serverUrl } : undefined),
    }) as unknown as CiPlatform;

  it("picks GitHub's instance for a private repository, and says why", () => {
    const chosen = chooseSigstore(read({}).sign, platform({ visibility: 'private' }));
    expect(chosen.sigstore).toBe('github');
    expect(chosen.sigstoreReason).toBe(
      "sigstore: auto and the repository is private: GitHub's Fulcio and timestamp authority, no transparency log, so the repository's name never reaches the public Rekor",
    );
  });

  it('refuses keyless signing without a log once auto picked public-good', () => {
    expect(() =>
      chooseSigstore(read({ 'tlog-upload': 'false' }).sign, platform({ visibility: 'public' })),
    ).toThrow(expect.objectContaining({ code: 'INPUT_CONFLICT' }));
  });

  it("accepts keyless signing without a log once auto picked GitHub's instance (it has a TSA)", () => {
    const chosen = chooseSigstore(
      read({ 'tlog-upload': 'false' }).sign,
      platform({ visibility: 'internal' }),
    );
    expect(chosen.sigstore).toBe('github');
  });

  it("refuses GitHub.com's instance on a GitHub Enterprise Server, naming the server", () => {
    expect(() =>
      chooseSigstore(
        read({}).sign,
        platform({ visibility: 'private' }, 'github', 'https://ghe.example.com'),
      ),
    ).toThrow(
      expect.objectContaining({
        code: 'INPUT_INVALID',
        message: expect.stringContaining(
          "is GitHub.com's, but this run is on https://ghe.example.com, whose tokens it does not certify",
        ) as string,
      }),
    );
  });
});
