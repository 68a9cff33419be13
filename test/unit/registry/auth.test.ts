import {
  Authenticator,
  loginAdvice,
  parseTokenResponse,
  scopeString,
  type TokenRequest,
} from '../../../src/registry/auth.js';

describe('token responses', () => {
  it.each([
    [
      { token: 't1', expires_in: 300 },
      { token: 't1', expiresInSeconds: 300 },
    ],
    [{ access_token: 'a1' }, { token: 'a1', expiresInSeconds: 60 }],
    [
      { token: '', access_token: 'a2', expires_in: 0 },
      { token: 'a2', expiresInSeconds: 60 },
    ],
  ])('%j', (json, expected) => {
    expect(parseTokenResponse(json)).toEqual(expected);
  });

  it.each([[null], ['text'], [{}], [{ token: 5 }]])('%j has no token', (json) => {
    expect(parseTokenResponse(json)).toBeUndefined();
  });
});

describe('scopes and advice', () => {
  it('asks pull for reads and pull,push for writes', () => {
    expect(scopeString({ repository: 'team/app', access: 'pull' })).toBe(
      'repository:team/app:pull',
    );
    expect(scopeString({ repository: 'team/app', access: 'push' })).toBe(
      'repository:team/app:pull,push',
    );
    expect(scopeString({ repository: 'team/app', access: 'delete' })).toBe(
      'repository:team/app:delete',
    );
  });

  it('tells how to log in, with the GitHub specifics for ghcr.io', () => {
    expect(loginAdvice('registry.example.com')).toBe(
      'Log in with `docker login registry.example.com`, or set the registry-username and registry-password inputs; ' +
        'on GitHub Actions a GITHUB_TOKEN needs `permissions: packages: write` for ghcr.io.',
    );
    expect(loginAdvice('ghcr.io')).toContain(
      'pass `registry-password: ${{ secrets.GITHUB_TOKEN }}` and grant `permissions: packages: write`',
    );
  });
});

describe('Authenticator token cache', () => {
  // Stand-in for the transport's token request: records what would be sent and answers
  // like a token endpoint. The real endpoint is exercised in test/integration/registry.
  function recordingFetcher(expiresIn: number) {
    const sent: TokenRequest[] = [];
    let issued = 0;
    const fetchToken = (request: TokenRequest) => {
      sent.push(request);
      issued += 1;
      return Promise.resolve({
        status: 200,
        json: { token: `tok-${issued}`, expires_in: expiresIn },
      });
    };
    return { sent, fetchToken };
  }
  const challenge = 'Bearer realm="https://auth.example/token",service="reg"';

  it('reuses a token until shortly before it expires, and a push token for reads', async () => {
    let now = 1_000_000;
    const { sent, fetchToken } = recordingFetcher(120);
    const auth = new Authenticator(
      'reg.example',
      { username: 'u', password: 'p', source: 't' },
      fetchToken,
      () => now,
    );
    const push = { repository: 'a/b', access: 'push' as const };
    expect(await auth.respondTo(challenge, push, undefined)).toBe('Bearer tok-1');
    expect(await auth.authorizationFor(push)).toBe('Bearer tok-1');
    expect(await auth.authorizationFor({ repository: 'a/b', access: 'pull' })).toBe('Bearer tok-1');
    now += 111_000; // past expiry minus the 10 s margin
    expect(await auth.authorizationFor(push)).toBe('Bearer tok-2');
    expect(sent).toHaveLength(2);
    expect(sent[0]).toEqual({
      url: 'https://auth.example/token?service=reg&scope=repository%3Aa%2Fb%3Apull%2Cpush',
      method: 'GET',
      headers: { authorization: `Basic ${Buffer.from('u:p').toString('base64')}` },
    });
  });

  it('sends identity tokens as an OAuth2 refresh-token grant', async () => {
    const { sent, fetchToken } = recordingFetcher(60);
    const auth = new Authenticator(
      'reg.example',
      { identityToken: 'refresh-1', source: 't' },
      fetchToken,
    );
    await auth.respondTo(challenge, { repository: 'a/b', access: 'pull' }, undefined);
    expect(sent[0]!.method).toBe('POST');
    expect(Object.fromEntries(new URLSearchParams(sent[0]!.body))).toEqual({
      service: 'reg',
      grant_type: 'refresh_token',
      client_id: 'imprint',
      refresh_token: 'refresh-1',
      scope: 'repository:a/b:pull',
    });
  });

  it('has nothing new to offer a Basic challenge it already answered, or without credentials', async () => {
    const { fetchToken } = recordingFetcher(60);
    const withCreds = new Authenticator(
      'reg',
      { username: 'u', password: 'p', source: 't' },
      fetchToken,
    );
    const header = await withCreds.respondTo('Basic realm="r"', undefined, undefined);
    expect(header).toBe(`Basic ${Buffer.from('u:p').toString('base64')}`);
    expect(await withCreds.respondTo('Basic realm="r"', undefined, header)).toBeUndefined();
    const anonymous = new Authenticator('reg', undefined, fetchToken);
    expect(await anonymous.respondTo('Basic realm="r"', undefined, undefined)).toBeUndefined();
  });

  it('fails with REGISTRY_AUTH_FAILED when the token endpoint refuses, and REGISTRY_PROTOCOL when it sends no token', async () => {
    const refusing = new Authenticator('reg.example', undefined, () =>
      Promise.resolve({ status: 401, json: undefined }),
    );
    await expect(
      refusing.respondTo(challenge, { repository: 'a/b', access: 'pull' }, undefined),
    ).rejects.toMatchObject({
      code: 'REGISTRY_AUTH_FAILED',
      message: expect.stringContaining(
        'Registry reg.example refused anonymous access: its token service https://auth.example/token answered HTTP 401. Log in with `docker login reg.example`',
      ) as unknown,
    });
    const empty = new Authenticator('reg.example', undefined, () =>
      Promise.resolve({ status: 200, json: {} }),
    );
    await expect(empty.respondTo(challenge, undefined, undefined)).rejects.toMatchObject({
      code: 'REGISTRY_PROTOCOL',
      message:
        'The token service of reg.example (https://auth.example/token) returned no "token" or "access_token".',
    });
  });

  it('asks the token service once for requests of one repository sent at the same moment', async () => {
    const { sent, fetchToken } = recordingFetcher(300);
    const auth = new Authenticator('reg.example', undefined, fetchToken);
    const pull = { repository: 'a/b', access: 'pull' as const };
    // Four images of one repository, verified at once, each challenged before any token came back.
    const headers = await Promise.all(
      Array.from({ length: 4 }, () => auth.respondTo(challenge, pull, undefined)),
    );
    expect(headers).toEqual(Array(4).fill('Bearer tok-1'));
    // Later requests of the repository go out with the token; another repository gets its own.
    expect(await Promise.all([auth.authorizationFor(pull), auth.authorizationFor(pull)])).toEqual([
      'Bearer tok-1',
      'Bearer tok-1',
    ]);
    const other = { repository: 'a/c', access: 'pull' as const };
    expect(await Promise.all([auth.authorizationFor(other), auth.authorizationFor(other)])).toEqual(
      ['Bearer tok-2', 'Bearer tok-2'],
    );
    expect(sent.map((r) => new URL(r.url).searchParams.get('scope'))).toEqual([
      'repository:a/b:pull',
      'repository:a/c:pull',
    ]);
  });

  it('answers a 401 with a token fetched meanwhile, but never with the token the 401 refused', async () => {
    const { sent, fetchToken } = recordingFetcher(300);
    const auth = new Authenticator('reg.example', undefined, fetchToken);
    const pull = { repository: 'a/b', access: 'pull' as const };
    expect(await auth.respondTo(challenge, pull, undefined)).toBe('Bearer tok-1');
    // A request sent before tok-1 existed is challenged: tok-1 serves it, no new request.
    expect(await auth.respondTo(challenge, pull, undefined)).toBe('Bearer tok-1');
    expect(sent).toHaveLength(1);
    // tok-1 itself refused (revoked, expired early): both waiters get a new one, fetched once.
    const retried = await Promise.all([
      auth.respondTo(challenge, pull, 'Bearer tok-1'),
      auth.respondTo(challenge, pull, 'Bearer tok-1'),
    ]);
    expect(retried).toEqual(['Bearer tok-2', 'Bearer tok-2']);
    // A challenge naming a scope of its own is not answered with the repository's token.
    const mount =
      'Bearer realm="https://auth.example/token",service="reg",scope="repository:x/y:pull"';
    expect(await auth.respondTo(mount, pull, undefined)).toBe('Bearer tok-3');
    expect(new URL(sent[2]!.url).searchParams.getAll('scope')).toEqual([
      'repository:a/b:pull',
      'repository:x/y:pull',
    ]);
  });

  it('shares a refusal with every request that waited for the same token', async () => {
    let asked = 0;
    const auth = new Authenticator('reg.example', undefined, () => {
      asked += 1;
      return Promise.resolve({ status: 403, json: undefined });
    });
    const pull = { repository: 'a/b', access: 'pull' as const };
    const results = await Promise.allSettled([
      auth.respondTo(challenge, pull, undefined),
      auth.respondTo(challenge, pull, undefined),
    ]);
    expect(asked).toBe(1);
    for (const result of results) {
      expect(result).toMatchObject({
        status: 'rejected',
        reason: {
          code: 'REGISTRY_AUTH_FAILED',
          message: expect.stringContaining(
            'its token service https://auth.example/token answered HTTP 403',
          ) as unknown,
        },
      });
    }
  });
});
