/**
 * imprint's signer against the loopback Sigstore stack, over real HTTP: keyless with GitHub and
 * GitLab identities, key-based with a cosign-format key and a PKCS#8 PEM, and the failures a
 * user meets (no token, wrong audience, expired token, services down, bad keys). Every bundle
 * produced is verified with @sigstore/verify against the stack's trusted_root.json.
 */
import { generateKeyPairSync } from 'node:crypto';
import { detectPlatform } from '../../../src/ci/choose-platform.js';
import { createIdentityProvider, getIdentityToken } from '../../../src/ci/identity.js';
import { buildStatement, imageSubject } from '../../../src/attest/statement.js';
import { isImprintError } from '../../../src/errors.js';
import {
  createSigner,
  generateKeyPair,
  type SignerOptions,
} from '../../../src/sigstore/sign/index.js';
import { type SigstoreStack, startSigstoreStack } from '../../harness/sigstore/index.js';
import { KeylessSigner } from '../../../src/sigstore/sign/keyless-signer.js';
import { freePort } from '../../harness/ports.js';
import { statementOf, verifyBundle } from './verify-helper.js';

const DIGEST = `sha256:${'ab'.repeat(32)}`;
const GITHUB_SAN = 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main';
const GITLAB_SAN = 'https://gitlab.com/acme/app//.gitlab-ci.yml@refs/heads/main';
const FAST_RETRY = { retries: 2, minTimeoutMs: 20, maxTimeoutMs: 50 };

const statement = buildStatement({
  subjects: [imageSubject('ghcr.io/acme/app:1.2.0', DIGEST)],
  predicateType: 'https://slsa.dev/provenance/v1',
  predicate: { buildDefinition: { buildType: 'https://example.com/test' } },
});

let stack: SigstoreStack;

beforeAll(async () => {
  stack = await startSigstoreStack();
});

afterAll(async () => {
  await stack.stop();
});

function customServices(): Pick<SignerOptions, 'sigstore' | 'fulcioUrl' | 'rekorUrl' | 'tsaUrl'> {
  return {
    sigstore: 'custom',
    fulcioUrl: stack.fulcioURL,
    rekorUrl: stack.rekorURL,
    tsaUrl: stack.tsaURL,
  };
}

async function failure(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (isImprintError(error)) return { code: error.code, message: error.describe() };
    throw error;
  }
  throw new Error('expected a failure');
}

describe('keyless signing', () => {
  it('signs with a GitHub identity from the token endpoint; one certificate serves the run', async () => {
    const masked: string[] = [];
    const env = {
      GITHUB_ACTIONS: 'true',
      ACTIONS_ID_TOKEN_REQUEST_URL: stack.githubTokenEndpoint.url,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: stack.githubTokenEndpoint.requestToken,
    };
    const identity = createIdentityProvider({
      platform: detectPlatform(env),
      maskSecret: (s) => masked.push(s),
    });
    const signer = await createSigner({ ...customServices(), signing: 'keyless', identity });
    const fulcioBefore = stack.counts.fulcio;

    const first = await signer.signDsse(statement);
    const second = await signer.signDsse({ ...statement, predicate: { other: true } });

    expect(stack.counts.fulcio - fulcioBefore).toBe(1);
    expect(first.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(statementOf(first)).toEqual(statement);
    expect(first.dsseEnvelope?.payloadType).toBe('application/vnd.in-toto+json');
    expect(first.verificationMaterial.timestampVerificationData?.rfc3161Timestamps).toHaveLength(1);
    for (const bundle of [first, second]) {
      const signerIdentity = verifyBundle(bundle, {
        trustedRootPath: stack.trustedRootPath,
        timestamps: 2,
        policy: {
          subjectAlternativeName: GITHUB_SAN,
          extensions: { issuer: 'https://token.actions.githubusercontent.com' },
        },
      });
      expect(signerIdentity.identity?.subjectAlternativeName).toBe(GITHUB_SAN);
    }
    expect(masked).toContain(stack.githubTokenEndpoint.requestToken);
    expect(masked.some((s) => s.split('.').length === 3)).toBe(true);
  });

  it('signs with a GitLab identity from SIGSTORE_ID_TOKEN (id_tokens)', async () => {
    const env = {
      GITLAB_CI: 'true',
      SIGSTORE_ID_TOKEN: await stack.mintToken({ shape: 'gitlab' }),
    };
    const token = await getIdentityToken({ platform: detectPlatform(env), maskSecret: () => {} });
    expect(token.source).toBe('SIGSTORE_ID_TOKEN');
    const signer = await createSigner({
      ...customServices(),
      signing: 'keyless',
      identity: token.token,
    });
    const bundle = await signer.signDsse(statement);
    const verified = verifyBundle(bundle, {
      trustedRootPath: stack.trustedRootPath,
      timestamps: 2,
      policy: { subjectAlternativeName: GITLAB_SAN, extensions: { issuer: 'https://gitlab.com' } },
    });
    expect(verified.identity?.subjectAlternativeName).toBe(GITLAB_SAN);
  });

  it('signs raw bytes as a v0.3 message-signature bundle (hashedrekord entry)', async () => {
    const token = await stack.mintToken({ shape: 'github' });
    const signer = await createSigner({ ...customServices(), signing: 'keyless', identity: token });
    const payload = Buffer.from('{"critical":{}}');
    const bundle = await signer.signMessage(payload);
    expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(bundle.verificationMaterial.certificate).toBeDefined();
    expect(bundle.verificationMaterial.tlogEntries?.[0]?.kindVersion?.kind).toBe('hashedrekord');
    verifyBundle(bundle, {
      trustedRootPath: stack.trustedRootPath,
      artifact: payload,
      timestamps: 2,
    });
  });

  it('logs intoto entries on request (cosign v2 .att) and they verify', async () => {
    const token = await stack.mintToken({ shape: 'github' });
    const signer = await createSigner({
      ...customServices(),
      signing: 'keyless',
      identity: token,
      dsseEntryType: 'intoto',
    });
    const bundle = await signer.signDsse(statement);
    expect(bundle.verificationMaterial.tlogEntries?.[0]?.kindVersion?.kind).toBe('intoto');
    verifyBundle(bundle, { trustedRootPath: stack.trustedRootPath, timestamps: 2 });
  });

  it('signs with Fulcio + TSA only (the GitHub instance layout, no Rekor)', async () => {
    const token = await stack.mintToken({ shape: 'github' });
    const signer = await createSigner({
      sigstore: 'custom',
      fulcioUrl: stack.fulcioURL,
      tsaUrl: stack.tsaURL,
      signing: 'keyless',
      identity: token,
    });
    const bundle = await signer.signDsse(statement);
    expect(bundle.verificationMaterial.tlogEntries ?? []).toEqual([]);
    verifyBundle(bundle, { trustedRootPath: stack.trustedRootPath, tlogs: 0, timestamps: 1 });
  });
});

describe('KeylessSigner certificate reuse', () => {
  it('asks Fulcio again once the certificate has under three minutes left', async () => {
    let clock = Date.now();
    const token = await stack.mintToken({ shape: 'github', expiresIn: 3600 });
    const signer = new KeylessSigner({
      fulcioUrl: stack.fulcioURL,
      identity: { getToken: () => Promise.resolve(token) },
      retry: { retries: 0, factor: 2, minTimeout: 10, maxTimeout: 10 },
      timeoutMs: 5000,
      now: () => clock,
    });
    const first = await signer.sign(Buffer.from('a'));
    clock += 6 * 60_000; // ~4 of the certificate's 10 minutes left: reuse
    const second = await signer.sign(Buffer.from('b'));
    expect(second.key).toEqual(first.key);
    clock += 2 * 60_000; // ~2 minutes left: renew
    const third = await signer.sign(Buffer.from('c'));
    expect(third.key).not.toEqual(first.key);
    expect(signer.certificatesIssued).toBe(2);
  });
});

describe('key-based signing', () => {
  it('signs with a cosign-format encrypted key and a Rekor entry; the hint (not the keyid) names the key', async () => {
    const pair = await generateKeyPair('correct horse');
    const signer = await createSigner({
      ...customServices(),
      signing: 'key',
      privateKeyPem: pair.privateKeyPem,
      password: 'correct horse',
    });
    const bundle = await signer.signDsse(statement);
    expect(bundle.verificationMaterial.publicKey?.hint).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    // No keyid in the envelope (as cosign v3 writes it): cosign compares a keyid with the key's
    // SSH fingerprint and ignores a signature whose keyid differs (peers: cosign --key).
    expect(bundle.dsseEnvelope?.signatures[0]?.keyid).toBeUndefined();
    expect(bundle.verificationMaterial.tlogEntries).toHaveLength(1);
    expect(signer.publicKeyPem).toBe(pair.publicKeyPem);
    verifyBundle(bundle, {
      trustedRootPath: stack.trustedRootPath,
      publicKeyPem: pair.publicKeyPem,
      timestamps: 2,
    });
  });

  it('signs with a plain PKCS#8 PEM key; without Rekor or TSA the bundle has no witnesses', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const privateKeyPem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const publicKeyPem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
    const signer = await createSigner({ sigstore: 'custom', signing: 'key', privateKeyPem });
    const rekorBefore = stack.counts.rekor;
    const bundle = await signer.signDsse(statement);
    expect(stack.counts.rekor).toBe(rekorBefore);
    expect(bundle.verificationMaterial.tlogEntries ?? []).toEqual([]);
    verifyBundle(bundle, {
      trustedRootPath: stack.trustedRootPath,
      publicKeyPem,
      tlogs: 0,
      timestamps: 0,
    });
  });

  it('refuses a wrong password before anything is sent', async () => {
    const pair = await generateKeyPair('right');
    const result = await failure(
      createSigner({
        ...customServices(),
        signing: 'key',
        privateKeyPem: pair.privateKeyPem,
        password: 'wrong',
      }),
    );
    expect(result.code).toBe('KEY_PASSWORD_WRONG');
    expect(result.message).toContain('The password does not open the private key');
  });
});

describe('retries and conflicts', () => {
  it('retries Fulcio 503s and succeeds', async () => {
    const token = await stack.mintToken({ shape: 'github' });
    const signer = await createSigner({
      ...customServices(),
      signing: 'keyless',
      identity: token,
      retry: FAST_RETRY,
    });
    const before = stack.counts.fulcio;
    stack.fail('fulcio', { times: 2, status: 503 });
    const bundle = await signer.signDsse(statement);
    expect(stack.counts.fulcio - before).toBe(3);
    verifyBundle(bundle, { trustedRootPath: stack.trustedRootPath, timestamps: 2 });
  });

  it('treats Rekor 409 (entry exists) as success: the lost answer is fetched back', async () => {
    const token = await stack.mintToken({ shape: 'github' });
    const signer = await createSigner({
      ...customServices(),
      signing: 'keyless',
      identity: token,
      retry: FAST_RETRY,
    });
    const before = stack.counts.rekor;
    // Rekor logs the entry, then the connection drops: the retry meets 409 and a Location.
    stack.fail('rekor', { times: 1, mode: 'drop-after-commit' });
    const bundle = await signer.signDsse(statement);
    expect(stack.counts.rekor - before).toBe(3); // POST (dropped), POST → 409, GET by UUID
    verifyBundle(bundle, { trustedRootPath: stack.trustedRootPath, timestamps: 2 });
  });
});

describe('identity token failures', () => {
  it('names what to add when there is no token, per platform', async () => {
    const github = await failure(
      getIdentityToken({ platform: detectPlatform({ GITHUB_ACTIONS: 'true' }) }),
    );
    expect(github.code).toBe('IDENTITY_TOKEN_MISSING');
    expect(github.message).toContain('permissions:\n    id-token: write');
    const gitlab = await failure(
      getIdentityToken({ platform: detectPlatform({ GITLAB_CI: 'true' }) }),
    );
    expect(gitlab.message).toContain('id_tokens:\n    SIGSTORE_ID_TOKEN:\n      aud: sigstore');
    const local = await failure(getIdentityToken({ platform: detectPlatform({}) }));
    expect(local.message).toContain('--identity-token');
  });

  it('refuses a token for another audience before Fulcio sees it', async () => {
    const token = await stack.mintToken({ shape: 'gitlab', audience: 'https://gitlab.com' });
    const before = stack.counts.fulcio;
    const result = await failure(
      createSigner({ ...customServices(), signing: 'keyless', identity: token }),
    );
    expect(result.code).toBe('IDENTITY_TOKEN_INVALID');
    expect(result.message).toContain(
      'The identity token from the identity-token input is for audience "https://gitlab.com"; Fulcio accepts only tokens for "sigstore".',
    );
    expect(stack.counts.fulcio).toBe(before);
    const fromGitLab = await failure(
      getIdentityToken({
        platform: detectPlatform({ GITLAB_CI: 'true', SIGSTORE_ID_TOKEN: token }),
      }),
    );
    expect(fromGitLab.message).toContain(
      'hint: on GitLab, declare it as id_tokens: SIGSTORE_ID_TOKEN: aud: sigstore in the job',
    );
  });

  it('refuses an expired token with when it expired', async () => {
    const token = await stack.mintToken({ shape: 'github', expiresIn: -120 });
    const result = await failure(
      createSigner({ ...customServices(), signing: 'keyless', identity: token }),
    );
    expect(result.code).toBe('IDENTITY_TOKEN_INVALID');
    expect(result.message).toMatch(/expired at \d{4}-\d\d-\d\dT.*\(1[12]\d s ago\)/);
  });

  it("passes Fulcio's refusal on without the token in the message", async () => {
    const token = await stack.mintToken({
      shape: 'github',
      claims: { iss: 'https://issuer.example' },
    });
    const signer = await createSigner({ ...customServices(), signing: 'keyless', identity: token });
    const result = await failure(signer.signDsse(statement));
    expect(result.code).toBe('SIGNING_FAILED');
    expect(result.message).toContain(
      `Fulcio at ${stack.fulcioURL} did not issue a signing certificate: HTTP 400`,
    );
    expect(result.message).not.toContain(token);
  });

  it('reports a token without a subject without echoing it', async () => {
    const token = await stack.mintToken({ shape: 'github', claims: { sub: undefined } });
    const signer = await createSigner({ ...customServices(), signing: 'keyless', identity: token });
    const result = await failure(signer.signDsse(statement));
    expect(result.code).toBe('IDENTITY_TOKEN_INVALID');
    expect(result.message).toContain('has no subject');
    expect(result.message).not.toContain(token);
  });
});

describe('services down', () => {
  it('Fulcio answering 503 on every try: SIGNING_FAILED naming Fulcio and its URL', async () => {
    const token = await stack.mintToken({ shape: 'github' });
    const signer = await createSigner({
      ...customServices(),
      signing: 'keyless',
      identity: token,
      retry: FAST_RETRY,
    });
    stack.fail('fulcio', { times: 3, status: 503 });
    const result = await failure(signer.signDsse(statement));
    expect(result.code).toBe('SIGNING_FAILED');
    expect(result.message).toContain(
      `Fulcio at ${stack.fulcioURL} did not issue a signing certificate: HTTP 503 fulcio is unavailable (simulated) (gave up after 3 attempts).`,
    );
  });

  it('Rekor refusing connections: SIGNING_FAILED naming Rekor and its URL', async () => {
    const deadRekor = `http://127.0.0.1:${await freePort()}`;
    const token = await stack.mintToken({ shape: 'github' });
    const signer = await createSigner({
      ...customServices(),
      rekorUrl: deadRekor,
      signing: 'keyless',
      identity: token,
      retry: FAST_RETRY,
    });
    const result = await failure(signer.signDsse(statement));
    expect(result.code).toBe('SIGNING_FAILED');
    expect(result.message).toContain(
      `Rekor at ${deadRekor} did not log the signature: unreachable (ECONNREFUSED) (gave up after 3 attempts).`,
    );
    expect(result.message).toContain(`hint: check that ${deadRekor} is reachable`);
  });

  it('a stopped service: Fulcio of a stack that went away', async () => {
    const other = await startSigstoreStack();
    const token = await other.mintToken({ shape: 'github' });
    const signer = await createSigner({
      sigstore: 'custom',
      fulcioUrl: other.fulcioURL,
      rekorUrl: other.rekorURL,
      signing: 'keyless',
      identity: token,
      retry: FAST_RETRY,
    });
    await other.stopService('fulcio');
    const result = await failure(signer.signDsse(statement));
    await other.stop();
    expect(result.message).toContain(
      `Fulcio at ${other.fulcioURL} did not issue a signing certificate: unreachable (ECONNREFUSED)`,
    );
  });
});
