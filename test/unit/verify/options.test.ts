import { isImprintError } from '../../../src/errors.js';
import { actionInputSource } from '../../../src/inputs/spec.js';
import { VERIFY_INPUTS } from '../../../src/inputs/tables/verify.js';
import { readVerifyOptions } from '../../../src/verify/options.js';

function inputs(values: Record<string, string>) {
  const env = Object.fromEntries(
    Object.entries(values).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]),
  );
  return actionInputSource(env);
}

function failure(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (error) {
    if (isImprintError(error)) return { code: error.code, message: error.describe() };
    throw error;
  }
  throw new Error('expected a failure');
}

const DIGEST = `sha256:${'a'.repeat(64)}`;

describe('readVerifyOptions: every input reaches its option', () => {
  it('a policy file, images, manifests and the output settings', () => {
    const options = readVerifyOptions(
      inputs({
        images: `ghcr.io/acme/app@${DIGEST}\nghcr.io/acme/web:1.0`,
        manifests: 'deploy/**/*.yaml, compose.yaml',
        policy: 'policy.yaml',
        mode: 'warn',
        'trusted-root': 'trusted_root.json',
        offline: 'true',
        'report-path': 'out/report.json',
        'junit-path': 'out/junit.xml',
        'insecure-registries': 'localhost:5000',
        'registry-ca-file': 'ca.pem',
        bundles: 'out/bundles, extra/*.sigstore.json',
        summary: 'false',
      }),
    );
    expect(options).toEqual({
      images: [`ghcr.io/acme/app@${DIGEST}`, 'ghcr.io/acme/web:1.0'],
      manifests: ['deploy/**/*.yaml', 'compose.yaml'],
      policy: { file: 'policy.yaml' },
      mode: 'warn',
      trustedRoot: 'trusted_root.json',
      offline: true,
      reportPath: 'out/report.json',
      junitPath: 'out/junit.xml',
      insecureRegistries: ['localhost:5000'],
      registryCaFile: 'ca.pem',
      bundles: ['out/bundles', 'extra/*.sigstore.json'],
      summary: false,
    });
  });

  it('defaults: online root refresh, the default report path, a summary, mode from the policy', () => {
    const options = readVerifyOptions(inputs({ images: 'ghcr.io/acme/app:1', key: 'cosign.pub' }));
    expect(options).toEqual({
      images: ['ghcr.io/acme/app:1'],
      manifests: [],
      policy: { flags: { key: 'cosign.pub' } },
      offline: false,
      reportPath: 'imprint-verify-report.json',
      insecureRegistries: [],
      bundles: [],
      summary: true,
    });
  });

  it('the quick-start inputs become policy flags; positionals (CLI) add images', () => {
    const options = readVerifyOptions(
      inputs({
        'certificate-identity':
          'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1',
        'certificate-oidc-issuer': 'https://token.actions.githubusercontent.com',
        'require-attestations': 'sbom, Provenance',
        'max-severity': 'high',
      }),
      ['ghcr.io/acme/app:1'],
    );
    expect(options.images).toEqual(['ghcr.io/acme/app:1']);
    expect(options.policy).toEqual({
      flags: {
        certificateIdentity:
          'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1',
        certificateOidcIssuer: 'https://token.actions.githubusercontent.com',
        requireAttestations: ['sbom', 'provenance'],
        maxSeverity: 'HIGH',
      },
    });
    const regexp = readVerifyOptions(
      inputs({
        images: 'a/b',
        'certificate-identity-regexp': '^x$',
        'certificate-oidc-issuer': 'https://i',
      }),
    );
    expect(regexp.policy).toEqual({
      flags: { certificateIdentityRegexp: '^x$', certificateOidcIssuer: 'https://i' },
    });
    const issuerRegexp = readVerifyOptions(
      inputs({
        images: 'a/b',
        'certificate-identity': 'https://x',
        'certificate-oidc-issuer-regexp': '^https://gitlab\\.(com|example\\.org)$',
      }),
    );
    expect(issuerRegexp.policy).toEqual({
      flags: {
        certificateIdentity: 'https://x',
        certificateOidcIssuerRegexp: '^https://gitlab\\.(com|example\\.org)$',
      },
    });
  });

  it('insecure-ignore-tlog relaxes the quick-start policy; with a policy file it names the key to use', () => {
    const options = readVerifyOptions(
      inputs({ images: 'a/b', key: 'cosign.pub', 'insecure-ignore-tlog': 'true' }),
    );
    expect(options.policy).toEqual({ flags: { key: 'cosign.pub', ignoreTlog: true } });
    expect(
      failure(() =>
        readVerifyOptions(
          inputs({ images: 'a/b', policy: 'policy.yaml', 'insecure-ignore-tlog': 'true' }),
        ),
      ),
    ).toEqual({
      code: 'INPUT_CONFLICT',
      message:
        'insecure-ignore-tlog applies to the quick-start inputs; the policy file policy.yaml says whether a transparency log is required.\n  hint: set trust.requireTlog: false in the policy file, and drop insecure-ignore-tlog',
    });
  });

  it('declares each input once, kebab-case, with the documented defaults', () => {
    const names = VERIFY_INPUTS.map((spec) => spec.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/);
    const defaults = Object.fromEntries(
      VERIFY_INPUTS.filter((s) => s.default !== undefined).map((s) => [s.name, s.default]),
    );
    expect(defaults).toEqual({
      'insecure-ignore-tlog': 'false',
      offline: 'false',
      'report-path': 'imprint-verify-report.json',
      summary: 'true',
    });
  });
});

describe('readVerifyOptions: bad input says what to do', () => {
  it('nothing to verify', () => {
    expect(failure(() => readVerifyOptions(inputs({ key: 'cosign.pub' })))).toEqual({
      code: 'INPUT_INVALID',
      message:
        'Nothing to verify: neither "images" nor "manifests" is given.\n  hint: set images (e.g. ghcr.io/acme/app@sha256:…) or manifests (e.g. deploy/**/*.yaml)',
    });
  });

  it('no policy at all', () => {
    expect(failure(() => readVerifyOptions(inputs({ images: 'a/b' })))).toEqual({
      code: 'INPUT_INVALID',
      message:
        'No policy: say who must have signed the images.\n  hint: set policy (a policy file), or certificate-identity with certificate-oidc-issuer, or key',
    });
  });

  it('a policy file and quick-start inputs together name both', () => {
    const error = failure(() =>
      readVerifyOptions(
        inputs({ images: 'a/b', policy: 'p.yaml', key: 'k.pub', 'max-severity': 'HIGH' }),
      ),
    );
    expect(error.code).toBe('INPUT_CONFLICT');
    expect(error.message).toContain(
      'Give "policy" or the quick-start inputs (key, max-severity), not both.',
    );
  });

  it('an unknown attestation kind suggests the nearest', () => {
    expect(
      failure(() =>
        readVerifyOptions(
          inputs({ images: 'a/b', key: 'k', 'require-attestations': 'sbom,provenence' }),
        ),
      ),
    ).toEqual({
      code: 'INPUT_INVALID',
      message:
        'input "require-attestations": "provenence" is not one of sbom, vuln, provenance\n  hint: did you mean provenance?',
    });
  });

  it('an unknown severity, an unknown mode, a non-boolean', () => {
    expect(
      failure(() =>
        readVerifyOptions(inputs({ images: 'a/b', key: 'k', 'max-severity': 'SEVERE' })),
      ).message,
    ).toContain(
      'input "max-severity" must be one of NONE, LOW, MEDIUM, HIGH, CRITICAL; got "SEVERE"',
    );
    expect(
      failure(() => readVerifyOptions(inputs({ images: 'a/b', key: 'k', mode: 'audit' }))).message,
    ).toBe('input "mode" must be enforce or warn; got "audit"');
    expect(
      failure(() => readVerifyOptions(inputs({ images: 'a/b', key: 'k', offline: 'yes' }))).message,
    ).toBe('input "offline" must be true or false; got "yes"');
  });

  it('an image that is not a reference is named', () => {
    const error = failure(() =>
      readVerifyOptions(
        inputs({ images: 'ghcr.io/acme/app:1\nhttps://ghcr.io/acme/app', key: 'k' }),
      ),
    );
    expect(error.code).toBe('REFERENCE_INVALID');
    expect(error.message).toContain(
      'Invalid image reference "https://ghcr.io/acme/app": remove the URL scheme',
    );
  });
});
