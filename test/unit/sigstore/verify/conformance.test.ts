import {
  conformanceVerifyBundle,
  parseVerifyBundleArgs,
} from '../../../../src/sigstore/verify/conformance.js';
import {
  CONFORMANCE_IDENTITY,
  CONFORMANCE_ISSUER,
  conformanceFile,
  fixturePath,
} from '../../../interop/sigstore/fixtures.js';

const USAGE =
  'usage: verify-bundle --bundle FILE (--certificate-identity I --certificate-oidc-issuer U | --key K) [--trusted-root R] FILE_OR_sha256:DIGEST';

describe('conformance verify-bundle arguments', () => {
  it('reads the keyless form, with or without the leading command', () => {
    const args = [
      '--bundle',
      'b.json',
      '--certificate-identity',
      'id',
      '--certificate-oidc-issuer',
      'iss',
      'a.txt',
    ];
    const expected = {
      bundlePath: 'b.json',
      artifact: 'a.txt',
      identity: { subject: 'id', issuer: 'iss' },
    };
    expect(parseVerifyBundleArgs(args)).toEqual(expected);
    expect(parseVerifyBundleArgs(['verify-bundle', ...args])).toEqual(expected);
  });

  it('reads the key form with a trusted root and a digest', () => {
    expect(
      parseVerifyBundleArgs([
        '--bundle',
        'b',
        '--key',
        'k.pub',
        '--trusted-root',
        'r.json',
        'sha256:ab',
      ]),
    ).toEqual({
      bundlePath: 'b',
      artifact: 'sha256:ab',
      keyPath: 'k.pub',
      trustedRootPath: 'r.json',
    });
  });

  it.each([
    [
      ['--bundle', 'b', 'a.txt'],
      `give both --certificate-identity and --certificate-oidc-issuer, or --key; ${USAGE}`,
    ],
    [
      ['--bundle', 'b', '--certificate-identity', 'i', 'a.txt'],
      `give both --certificate-identity and --certificate-oidc-issuer, or --key; ${USAGE}`,
    ],
    [
      ['--bundle', 'b', '--key', 'k', '--certificate-identity', 'i', 'a'],
      `--key cannot be combined with --certificate-identity/--certificate-oidc-issuer; ${USAGE}`,
    ],
    [['--key', 'k', 'a.txt'], `expected --bundle and exactly one artifact; ${USAGE}`],
    [
      ['--bundle', 'b', '--key', 'k', 'a', 'b'],
      `expected --bundle and exactly one artifact; ${USAGE}`,
    ],
  ])('refuses %j', (args, message) => {
    expect(() => parseVerifyBundleArgs(args)).toThrow(message);
  });

  it('refuses an unknown option and says how to call it', () => {
    expect(() => parseVerifyBundleArgs(['--bundel', 'b'])).toThrow(
      expect.objectContaining({ code: 'INPUT_INVALID', message: expect.stringContaining(USAGE) }),
    );
  });
});

describe('conformanceVerifyBundle', () => {
  const artifact = fixturePath('sigstore-conformance', 'bundle-verify', 'a.txt');
  const identityArgs = [
    '--certificate-identity',
    CONFORMANCE_IDENTITY,
    '--certificate-oidc-issuer',
    CONFORMANCE_ISSUER,
  ];

  it('reports who signed', async () => {
    const bundle = conformanceFile('happy-path-v0.1', 'bundle.sigstore.json');
    expect(
      await conformanceVerifyBundle([
        'verify-bundle',
        '--bundle',
        bundle,
        ...identityArgs,
        artifact,
      ]),
    ).toEqual({
      ok: true,
      message: `verified: signed by ${CONFORMANCE_IDENTITY} (${CONFORMANCE_ISSUER})`,
    });
  });

  it('fails without throwing when a file is missing', async () => {
    const result = await conformanceVerifyBundle([
      '--bundle',
      '/nonexistent/bundle.json',
      ...identityArgs,
      artifact,
    ]);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(
      /^verification failed: cannot read bundle \/nonexistent\/bundle\.json: .*ENOENT/,
    );
  });

  it('refuses a keyless bundle when --key was given', async () => {
    const bundle = conformanceFile('happy-path-v0.1', 'bundle.sigstore.json');
    const key = conformanceFile('managed-key-happy-path', 'key.pub');
    expect(await conformanceVerifyBundle(['--bundle', bundle, '--key', key, artifact])).toEqual({
      ok: false,
      message: 'verification failed: --key was given but the bundle is signed keylessly',
    });
  });
});
