import {
  createIdentityProvider,
  decodeIdentityToken,
  getIdentityToken,
} from '../../../src/ci/identity.js';
import { detectPlatform } from '../../../src/ci/choose-platform.js';
import { ImprintError } from '../../../src/errors.js';
import { freePort } from '../../harness/ports.js';
import { json, LoopbackService } from '../../harness/sigstore/service.js';

const NOW = Date.parse('2025-06-01T12:00:00Z');

/** An unsigned JWT with these claims: enough for code that decodes without verifying. */
function jwt(claims: Record<string, unknown>): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'ES256', typ: 'JWT' })}.${part(claims)}.c2lnbmF0dXJl`;
}

const valid = (extra: Record<string, unknown> = {}) =>
  jwt({ iss: 'https://gitlab.com', sub: 'x', aud: 'sigstore', exp: NOW / 1000 + 600, ...extra });

async function failure(promise: Promise<unknown>): Promise<ImprintError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ImprintError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

function syncFailure(run: () => unknown): ImprintError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImprintError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('decodeIdentityToken', () => {
  it('returns the claims with aud as a list', () => {
    const claims = decodeIdentityToken(valid({ aud: ['other', 'sigstore'] }), 'input', NOW);
    expect(claims).toMatchObject({ iss: 'https://gitlab.com', aud: ['other', 'sigstore'] });
  });

  it.each([
    ['not a JWT', 'not-a-jwt', 'is not a JWT'],
    ['a JWT whose payload is not JSON', 'a.b.c', 'is not a JWT'],
    ['no exp', jwt({ iss: 'i', aud: 'sigstore' }), 'has no exp claim'],
    ['no iss', jwt({ aud: 'sigstore', exp: NOW / 1000 + 60 }), 'has no iss claim'],
  ])('refuses %s', (_, token, reason) => {
    const error = syncFailure(() => decodeIdentityToken(token, 'SIGSTORE_ID_TOKEN', NOW));
    expect(error.code).toBe('IDENTITY_TOKEN_INVALID');
    expect(error.message).toContain(`The identity token from SIGSTORE_ID_TOKEN ${reason}`);
  });

  it('refuses another audience with the fix for where the token came from', () => {
    const error = syncFailure(() =>
      decodeIdentityToken(valid({ aud: ['https://gitlab.com'] }), 'SIGSTORE_ID_TOKEN', NOW),
    );
    expect(error.describe()).toBe(
      'The identity token from SIGSTORE_ID_TOKEN is for audience ["https://gitlab.com"]; Fulcio accepts only tokens for "sigstore".\n' +
        '  hint: on GitLab, declare it as id_tokens: SIGSTORE_ID_TOKEN: aud: sigstore in the job',
    );
  });

  it('refuses an expired token, saying when it expired', () => {
    const error = syncFailure(() =>
      decodeIdentityToken(valid({ exp: NOW / 1000 - 90 }), undefined, NOW),
    );
    expect(error.message).toBe(
      'The identity token from the identity provider expired at 2025-06-01T11:58:30.000Z (90 s ago).',
    );
  });
});

describe('missingTokenMessage', () => {
  it('GitHub: the permissions block', () => {
    expect(detectPlatform({ GITHUB_ACTIONS: 'true' }).missingTokenMessage()).toBe(
      'Keyless signing needs an OIDC identity token and none was found. GitHub Actions hands one ' +
        'out only to jobs allowed to ask (ACTIONS_ID_TOKEN_REQUEST_URL is not set). Add to the job ' +
        'that runs imprint:\n  permissions:\n    id-token: write\n' +
        'Pull requests from forks never get a token: sign those with a key, or skip signing.',
    );
  });

  it('GitLab: the id_tokens block', () => {
    expect(detectPlatform({ GITLAB_CI: 'true' }).missingTokenMessage()).toBe(
      'Keyless signing needs an OIDC identity token and none was found. SIGSTORE_ID_TOKEN is not ' +
        'set. Add to the job that runs imprint:\n  id_tokens:\n    SIGSTORE_ID_TOKEN:\n      aud: sigstore',
    );
  });

  it('elsewhere: the flag and both blocks', () => {
    const message = detectPlatform({}).missingTokenMessage();
    expect(message).toContain('--identity-token');
    expect(message).toContain('permissions:\n    id-token: write');
    expect(message).toContain('SIGSTORE_ID_TOKEN:\n      aud: sigstore');
  });
});

describe('getIdentityToken', () => {
  it('prefers the input over SIGSTORE_ID_TOKEN, and masks what it returns', async () => {
    const masked: string[] = [];
    const input = valid({ sub: 'input' });
    const token = await getIdentityToken({
      identityToken: ` ${input} `,
      platform: detectPlatform({ SIGSTORE_ID_TOKEN: valid({ sub: 'env' }) }),
      maskSecret: (secret) => masked.push(secret),
      now: () => NOW,
    });
    expect(token).toMatchObject({ token: input, source: 'input', claims: { sub: 'input' } });
    expect(masked).toEqual([input]);
  });

  it('reads SIGSTORE_ID_TOKEN before asking GitHub', async () => {
    const token = await getIdentityToken({
      platform: detectPlatform({
        GITHUB_ACTIONS: 'true',
        SIGSTORE_ID_TOKEN: valid(),
        ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:1/never',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'never-used',
      }),
      maskSecret: () => {},
      now: () => NOW,
    });
    expect(token.source).toBe('SIGSTORE_ID_TOKEN');
  });

  describe("GitHub's token endpoint (a loopback server)", () => {
    let answer: () => ReturnType<typeof json>;
    let service: LoopbackService;
    let seen: { audience: string | null; authorization: string | undefined }[];

    beforeAll(async () => {
      service = await LoopbackService.start('github-token', (request) => {
        seen.push({
          audience: request.query.get('audience'),
          authorization: request.headers.authorization,
        });
        return Promise.resolve(answer());
      });
    });
    afterAll(() => service.stop());
    beforeEach(() => {
      seen = [];
    });

    const env = () => ({
      GITHUB_ACTIONS: 'true',
      ACTIONS_ID_TOKEN_REQUEST_URL: `${service.url}/idtoken?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-secret',
    });

    it('asks for audience sigstore with the bearer request token; masks both secrets', async () => {
      const token = valid({ iss: 'https://token.actions.githubusercontent.com' });
      answer = () => json(200, { value: token });
      const masked: string[] = [];
      const result = await getIdentityToken({
        platform: detectPlatform(env()),
        maskSecret: (s) => masked.push(s),
        now: () => NOW,
      });
      expect(result).toMatchObject({ token, source: 'github' });
      expect(seen).toEqual([{ audience: 'sigstore', authorization: 'bearer request-secret' }]);
      expect(masked).toEqual(['request-secret', token]);
    });

    it('a refusal (403) says which permission is missing', async () => {
      answer = () => json(403, { message: 'forbidden' });
      const error = await failure(
        getIdentityToken({ platform: detectPlatform(env()), maskSecret: () => {} }),
      );
      expect(error.code).toBe('IDENTITY_TOKEN_MISSING');
      expect(error.message).toBe(
        `GitHub's token service (${service.url}) refused the OIDC token request: HTTP 403. The job needs "permissions: id-token: write".`,
      );
      expect(seen).toHaveLength(1);
    });

    it('retries 5xx, then gives up naming the service', async () => {
      answer = () => json(503, {});
      const error = await failure(
        getIdentityToken({ platform: detectPlatform(env()), maskSecret: () => {} }),
      );
      expect(error.message).toBe(
        `GitHub's token service (${service.url}) did not hand out an OIDC token after 3 attempts: HTTP 503.`,
      );
      expect(seen).toHaveLength(3);
    });

    it('names the network reason when the service cannot be reached', async () => {
      const port = await freePort();
      const error = await failure(
        getIdentityToken({
          platform: detectPlatform({
            ...env(),
            ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${port}/idtoken?x=1`,
          }),
          maskSecret: () => {},
        }),
      );
      expect(error.message).toBe(
        `GitHub's token service (http://127.0.0.1:${port}) did not hand out an OIDC token after 3 attempts: connect ECONNREFUSED 127.0.0.1:${port}.`,
      );
    });

    it('an answer without a token is invalid', async () => {
      answer = () => json(200, { count: 0 });
      const error = await failure(
        getIdentityToken({ platform: detectPlatform(env()), maskSecret: () => {} }),
      );
      expect(error.code).toBe('IDENTITY_TOKEN_INVALID');
    });

    it('createIdentityProvider reuses a token with time left and fetches a new one after', async () => {
      let clock = NOW;
      answer = () => json(200, { value: valid({ exp: clock / 1000 + 300, jti: String(clock) }) });
      const provider = createIdentityProvider({
        platform: detectPlatform(env()),
        maskSecret: () => {},
        now: () => clock,
      });
      const first = await provider.getToken();
      clock += 200_000; // 100 s left: still enough
      expect(await provider.getToken()).toBe(first);
      clock += 60_000; // 40 s left: fetch again
      expect(await provider.getToken()).not.toBe(first);
      expect(seen).toHaveLength(2);
    });
  });
});
