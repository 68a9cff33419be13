import { ImprintError } from '../../../../src/errors.js';
import { resolveEndpoints } from '../../../../src/sigstore/sign/endpoints.js';

function failure(run: () => unknown): ImprintError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImprintError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('resolveEndpoints', () => {
  it('public-good (the default): Fulcio and Rekor of sigstore.dev', () => {
    expect(resolveEndpoints({}, 'keyless')).toEqual({
      instance: 'public-good',
      fulcioUrl: 'https://fulcio.sigstore.dev',
      rekorUrl: 'https://rekor.sigstore.dev',
    });
  });

  it("github: GitHub's Fulcio and timestamp authority, no Rekor (as actions/attest)", () => {
    expect(resolveEndpoints({ sigstore: 'github' }, 'keyless')).toEqual({
      instance: 'github',
      fulcioUrl: 'https://fulcio.githubapp.com',
      tsaUrl: 'https://timestamp.githubapp.com',
    });
  });

  it('custom: the URLs given, without trailing slashes', () => {
    const endpoints = resolveEndpoints(
      {
        sigstore: 'custom',
        fulcioUrl: 'https://fulcio.example.com/',
        rekorUrl: 'https://rekor.example.com',
        tsaUrl: 'http://127.0.0.1:8080/',
      },
      'keyless',
    );
    expect(endpoints).toEqual({
      instance: 'custom',
      fulcioUrl: 'https://fulcio.example.com',
      rekorUrl: 'https://rekor.example.com',
      tsaUrl: 'http://127.0.0.1:8080',
    });
  });

  it('custom key signing needs no service at all', () => {
    expect(resolveEndpoints({ sigstore: 'custom' }, 'key')).toEqual({ instance: 'custom' });
  });

  it('refuses service URLs beside a named instance, naming both inputs', () => {
    const error = failure(() =>
      resolveEndpoints(
        { sigstore: 'github', rekorUrl: 'https://r.example', tsaUrl: 'https://t.example' },
        'keyless',
      ),
    );
    expect(error.code).toBe('INPUT_CONFLICT');
    expect(error.describe()).toBe(
      'rekor-url, tsa-url only apply with sigstore: custom, but sigstore is github\n' +
        '  hint: set sigstore: custom to use your own services, or remove rekor-url, tsa-url',
    );
  });

  it('custom keyless needs Fulcio, and a log or a timestamp authority', () => {
    expect(failure(() => resolveEndpoints({ sigstore: 'custom' }, 'keyless')).message).toBe(
      'keyless signing with sigstore: custom needs fulcio-url',
    );
    const error = failure(() =>
      resolveEndpoints({ sigstore: 'custom', fulcioUrl: 'https://f.example' }, 'keyless'),
    );
    expect(error.code).toBe('INPUT_INVALID');
    expect(error.message).toMatch(
      /^keyless signing with sigstore: custom needs rekor-url or tsa-url/,
    );
  });

  it('refuses a non-URL and plain http to another machine', () => {
    expect(
      failure(() => resolveEndpoints({ sigstore: 'custom', rekorUrl: 'rekor' }, 'key')).message,
    ).toBe('rekor-url "rekor" is not a URL');
    expect(
      failure(() =>
        resolveEndpoints({ sigstore: 'custom', tsaUrl: 'http://tsa.example.com' }, 'key'),
      ).message,
    ).toBe(
      'tsa-url "http://tsa.example.com" must use https (plain http is accepted only for localhost)',
    );
  });
});
