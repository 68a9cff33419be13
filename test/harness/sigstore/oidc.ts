/**
 * The OIDC side of the stack: one ES256 signing key standing in for GitHub's and GitLab's token
 * signers, a discovery document and JWKS served on loopback, and a GitHub-style token endpoint
 * (`GET $ACTIONS_ID_TOKEN_REQUEST_URL&audience=…` with `Authorization: bearer …` → `{value}`).
 *
 * Tokens carry the real issuers (`https://token.actions.githubusercontent.com`,
 * `https://gitlab.com`) so certificates carry the issuer values production ones do; the loopback
 * Fulcio checks their signatures against this key, as real Fulcio does against the issuer's JWKS.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import {
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  type JSONWebKeySet,
  jwtVerify,
  type JWTPayload,
  SignJWT,
} from 'jose';
import { type Claims, claimsFor, type TokenShape } from './claims.js';
import { json, type ServiceHandler } from './service.js';

export interface MintOptions {
  shape: TokenShape;
  /** `aud` claim; default `sigstore`. */
  audience?: string | string[];
  /** Seconds until `exp`; negative for a token that has already expired. Default 300. */
  expiresIn?: number;
  /** Claims to add or override (an `undefined` value removes the claim). */
  claims?: Claims;
}

export interface OidcIssuer {
  mint: (options: MintOptions) => Promise<string>;
  /** Verifies signature, expiry and audience; returns the claims. Throws when any fails. */
  verify: (token: string, audience: string) => Promise<JWTPayload>;
  jwks: JSONWebKeySet;
  /** Discovery + JWKS handler; needs the URL it is served on. */
  handler: (issuerURL: () => string) => ServiceHandler;
  /** GitHub's token endpoint, minting GitHub-shaped tokens for the requested audience. */
  githubTokenHandler: (requestToken: string, claims: () => Claims) => ServiceHandler;
}

const KEY_ID = 'imprint-loopback-oidc';

export async function createOidcIssuer(): Promise<OidcIssuer> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid: KEY_ID, alg: 'ES256', use: 'sig' };
  const jwks: JSONWebKeySet = { keys: [jwk] };
  const keySet = createLocalJWKSet(jwks);

  const mint = async (options: MintOptions): Promise<string> => {
    const now = Math.floor(Date.now() / 1000);
    const expiresIn = options.expiresIn ?? 300;
    const claims: Claims = {
      ...claimsFor(options.shape),
      jti: randomUUID(),
      aud: options.audience ?? 'sigstore',
      iat: now - 5,
      nbf: Math.min(now - 5, now + expiresIn - 10),
      exp: now + expiresIn,
      ...options.claims,
    };
    for (const [key, value] of Object.entries(claims)) if (value === undefined) delete claims[key];
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', kid: KEY_ID, typ: 'JWT' })
      .sign(privateKey);
  };

  return {
    mint,
    jwks,
    verify: async (token, audience) => {
      const { payload } = await jwtVerify(token, keySet, { audience });
      return payload;
    },
    handler: (issuerURL) => (request) => {
      if (request.path === '/.well-known/openid-configuration') {
        return Promise.resolve(
          json(200, {
            issuer: issuerURL(),
            jwks_uri: `${issuerURL()}/.well-known/jwks`,
            response_types_supported: ['id_token'],
            subject_types_supported: ['public', 'pairwise'],
            id_token_signing_alg_values_supported: ['ES256'],
            claims_supported: Object.keys(claimsFor('github')),
          }),
        );
      }
      if (request.path === '/.well-known/jwks') return Promise.resolve(json(200, jwks));
      return Promise.resolve(json(404, { message: `no ${request.path} here` }));
    },
    githubTokenHandler: (requestToken, claims) => async (request) => {
      const authorization = request.headers.authorization ?? '';
      if (authorization.toLowerCase() !== `bearer ${requestToken}`.toLowerCase()) {
        return json(401, { message: 'Bad credentials' });
      }
      const repository = String(claimsFor('github').repository_owner);
      const audience = request.query.get('audience') ?? `https://github.com/${repository}`;
      return json(200, {
        value: await mint({ shape: 'github', audience, claims: claims() }),
      });
    },
  };
}

/** A random bearer secret, as GitHub hands the runner in ACTIONS_ID_TOKEN_REQUEST_TOKEN. */
export function newRequestToken(): string {
  return randomBytes(24).toString('base64url');
}
