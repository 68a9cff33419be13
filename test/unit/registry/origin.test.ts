import { onRegistryOrigin, refuseDowngrade } from '../../../src/registry/origin.js';

describe('where credentials may go', () => {
  it('the registry origin is scheme, host and port together', () => {
    const base = 'https://registry.example:5000';
    expect(onRegistryOrigin(base, new URL('https://registry.example:5000/v2/a/tags/list'))).toBe(
      true,
    );
    expect(onRegistryOrigin(base, new URL('https://registry.example/v2/'))).toBe(false);
    expect(onRegistryOrigin(base, new URL('https://registry.example:5001/v2/'))).toBe(false);
    expect(onRegistryOrigin(base, new URL('http://registry.example:5000/v2/'))).toBe(false);
    expect(onRegistryOrigin(base, new URL('https://evil.example:5000/v2/'))).toBe(false);
    // Userinfo in a Link does not change the origin it names.
    expect(onRegistryOrigin(base, new URL('https://registry.example:5000@evil.example/'))).toBe(
      false,
    );
  });

  it('refuses https → http with REGISTRY_DOWNGRADE, naming where the URL came from (query redacted)', () => {
    expect(() =>
      refuseDowngrade(
        'https://registry.example',
        new URL('http://storage.example/blob?X-Amz-Signature=abc'),
        'A redirect from registry registry.example',
      ),
    ).toThrow(
      expect.objectContaining({
        code: 'REGISTRY_DOWNGRADE',
        message:
          'A redirect from registry registry.example points from https to http://storage.example/blob?X-Amz-Signature=%3Credacted%3E: refusing to leave https.',
      }) as Error,
    );
  });

  it('lets https stay https, and a plain-http registry (insecure, opted in) use http', () => {
    expect(() =>
      refuseDowngrade('https://r.example', new URL('https://cdn.example/x'), 'x'),
    ).not.toThrow();
    expect(() =>
      refuseDowngrade('http://127.0.0.1:5000', new URL('http://127.0.0.1:5000/x'), 'x'),
    ).not.toThrow();
  });
});
