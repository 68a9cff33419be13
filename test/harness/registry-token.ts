/**
 * A Bearer token endpoint for the test registry, the way Docker Hub, ghcr.io and GitLab
 * run theirs: the client GETs `realm?service=…&scope=…` with Basic credentials (or none),
 * and receives a JWT that distribution verifies through its `x5c` chain against
 * `rootcertbundle`. Real JWTs signed with a real key (jose), served by node:http(s).
 * POST with `grant_type=refresh_token` (OAuth2, Docker identity tokens) is accepted too,
 * with the registry password standing in as the refresh token.
 */
import { randomUUID } from 'node:crypto';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { importPKCS8, SignJWT } from 'jose';
import type { TokenSigningKey } from './registry-certs.js';

export const TOKEN_ISSUER = 'imprint-test-token-issuer';
const TOKEN_LIFETIME_SECONDS = 300;

export interface TokenRequestRecord {
  /** The `scope` parameters as sent, e.g. `repository:team/app:pull,push`. */
  scopes: string[];
  /** The authenticated user, or undefined for an anonymous request. */
  account?: string | undefined;
  /** Status the endpoint answered with. */
  status: number;
}

export interface TokenServerOptions {
  service: string;
  username: string;
  password: string;
  signingKey: TokenSigningKey;
  /** Grant `pull` to anonymous clients (a public repository). Default false. */
  anonymousPull: boolean;
  /** Serve over TLS with this certificate (the registry's own), else plain HTTP. */
  tls?: { certPem: string; keyPem: string };
}

export interface TokenServer {
  realm: string;
  /** Every request the endpoint saw, in order (live array). */
  requests: TokenRequestRecord[];
  close(): Promise<void>;
}

interface AccessEntry {
  type: string;
  name: string;
  actions: string[];
}

export async function startTokenServer(options: TokenServerOptions): Promise<TokenServer> {
  const key = await importPKCS8(options.signingKey.keyPem, 'ES256');
  const requests: TokenRequestRecord[] = [];

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://token.invalid');
    let scopes = url.searchParams.getAll('scope');
    let account = checkBasic(request.headers.authorization, options);
    if (request.method === 'POST') {
      // OAuth2 refresh-token grant (Docker's identity tokens); the password is the refresh token here.
      const form = new URLSearchParams(await readBody(request));
      scopes = (form.get('scope') ?? '').split(' ').filter(Boolean);
      const valid =
        form.get('grant_type') === 'refresh_token' &&
        form.get('refresh_token') === options.password;
      account = valid ? options.username : false;
    }
    if (account === false) {
      requests.push({ scopes, status: 401 });
      response.writeHead(401, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'bad credentials' }] }),
      );
      return;
    }
    requests.push({ scopes, account, status: 200 });
    const access = scopes.flatMap((scope) => grant(scope, account, options.anonymousPull));
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({ access })
      .setProtectedHeader({ alg: 'ES256', typ: 'JWT', x5c: [options.signingKey.certDerBase64] })
      .setIssuer(TOKEN_ISSUER)
      .setSubject(account ?? '')
      .setAudience(options.service)
      .setIssuedAt(now)
      .setNotBefore(now - 5)
      .setExpirationTime(now + TOKEN_LIFETIME_SECONDS)
      .setJti(randomUUID())
      .sign(key);
    response.writeHead(200, { 'content-type': 'application/json' });
    const issuedAt = new Date(now * 1000).toISOString();
    // Docker's GET flow answers `token` (and `access_token`); OAuth2 POST answers `access_token` only.
    const body =
      request.method === 'POST'
        ? { access_token: token, expires_in: TOKEN_LIFETIME_SECONDS, issued_at: issuedAt }
        : { token, access_token: token, expires_in: TOKEN_LIFETIME_SECONDS, issued_at: issuedAt };
    response.end(JSON.stringify(body));
  };
  const listener = (request: IncomingMessage, response: ServerResponse): void => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500);
      response.end(String(error));
    });
  };
  const server = options.tls
    ? createHttpsServer({ cert: options.tls.certPem, key: options.tls.keyPem }, listener)
    : createHttpServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const scheme = options.tls ? 'https' : 'http';
  return {
    realm: `${scheme}://127.0.0.1:${port}/token`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The user name for good credentials, undefined for none, false for wrong ones. */
function checkBasic(
  header: string | undefined,
  options: TokenServerOptions,
): string | undefined | false {
  if (!header) return undefined;
  const match = /^Basic\s+(.+)$/i.exec(header);
  if (!match?.[1]) return false;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const user = decoded.slice(0, colon);
  const pass = decoded.slice(colon + 1);
  return colon > 0 && user === options.username && pass === options.password ? user : false;
}

/** What a scope turns into: everything asked for when logged in, pull only when anonymous. */
function grant(scope: string, account: string | undefined, anonymousPull: boolean): AccessEntry[] {
  const parts = scope.split(':');
  if (parts.length < 3) return [];
  const type = parts[0] ?? '';
  const actions = (parts[parts.length - 1] ?? '').split(',').filter(Boolean);
  const name = parts.slice(1, -1).join(':');
  const allowed =
    account !== undefined ? actions : anonymousPull ? actions.filter((a) => a === 'pull') : [];
  return allowed.length > 0 ? [{ type, name, actions: allowed }] : [];
}
