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

  it('tlog-upload: false takes Rekor out of any instance, and the public-good one is left intact', () => {
    expect(resolveEndpoints({ tlogUpload: false }, 'key')).toEqual({
      instance: 'public-good',
      fulcioUrl: 'https://fulcio.sigstore.dev',
    });
    expect(resolveEndpoints({}, 'key').rekorUrl).toBe('https://rekor.sigstore.dev');
    const custom = { sigstore: 'custom' as const, rekorUrl: 'https://r.example' };
    expect(resolveEndpoints({ ...custom, tlogUpload: false }, 'key')).toEqual({
      instance: 'custom',
    });
    expect(
      resolveEndpoints(
        {
          ...custom,
          fulcioUrl: 'https://f.example',
          tsaUrl: 'https://t.example',
          tlogUpload: false,
        },
        'keyless',
      ),
    ).toEqual({ instance: 'custom', fulcioUrl: 'https://f.example', tsaUrl: 'https://t.example' });
  });

  it('tlog-upload: false keyless without a timestamp authority is refused, as cosign could not verify it', () => {
    const error = failure(() => resolveEndpoints({ tlogUpload: false }, 'keyless'));
    expect(error.code).toBe('INPUT_CONFLICT');
    expect(error.describe()).toBe(
      'tlog-upload: false with keyless signing leaves nothing to verify the signature by: a Fulcio certificate lives 10 minutes, and without a transparency-log entry or a timestamp nothing proves the signature was made in them\n' +
        '  hint: sign with a key (signing: key) to skip the log, keep tlog-upload: true, or use a timestamp authority (sigstore: custom with tsa-url, or sigstore: github)',
    );
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
