/**
 * Real registries for tests: Debian's `docker-registry` (distribution 2.8) on a free
 * loopback port, with the auth variant a test asks for. No imitation: this is the server
 * ghcr.io-like clients talk to, minus the referrers API (which 2.8 lacks).
 *
 * Variants: anonymous, Basic (htpasswd), Bearer (a loopback token endpoint minting JWTs
 * the registry verifies against `rootcertbundle`), each with or without TLS from a
 * throwaway CA (`caCertPem`).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, fetch as undiciFetch } from 'undici';
import { freePort, waitFor } from './ports.js';
import {
  makeServerCertificate,
  makeTokenSigningKey,
  type ServerCertificate,
} from './registry-certs.js';
import {
  startTokenServer,
  TOKEN_ISSUER,
  type TokenRequestRecord,
  type TokenServer,
} from './registry-token.js';

export type RegistryAuth = 'none' | 'basic' | 'bearer';

export interface RegistryOptions {
  auth?: RegistryAuth;
  username?: string;
  password?: string;
  /** Serve HTTPS with a certificate from a throwaway CA (see `caCertPem`). */
  tls?: boolean;
  /** Bearer only: the token endpoint grants `pull` to anonymous clients. Default false. */
  anonymousPull?: boolean;
  /**
   * Go's GOGC for the server (default 100). distribution allocates a 4 MiB read buffer per
   * blob served, so at the default the server spends much of its time collecting garbage;
   * benchmarks that share the machine with it raise this to measure the client, not Go's GC.
   */
  goGc?: number;
}

export interface TestRegistry {
  /** host:port, as it goes into an image reference. */
  host: string;
  /** `http://host` or `https://host`. */
  url: string;
  username: string;
  password: string;
  auth: RegistryAuth;
  dir: string;
  /** PEM of the CA that signed the registry's certificate (tls only). */
  caCertPem?: string;
  /** Bearer only: the token endpoint (`realm`) and the `service` name. */
  tokenRealm?: string;
  tokenService?: string;
  /** Bearer only: every token request seen so far (live array; `.length` counts them). */
  tokenRequests: TokenRequestRecord[];
  stop(): Promise<void>;
}

const REGISTRY_BINARY = process.env.IMPRINT_REGISTRY_BINARY ?? '/usr/bin/docker-registry';
const TOKEN_SERVICE = 'imprint-test-registry';

export async function startRegistry(options: RegistryOptions = {}): Promise<TestRegistry> {
  const auth = options.auth ?? 'none';
  const username = options.username ?? 'imprint';
  const password = options.password ?? 'secret-registry-password';
  const dir = mkdtempSync(join(tmpdir(), 'imprint-registry-'));
  const port = await freePort();
  const server = options.tls ? makeServerCertificate(dir) : undefined;
  const lines = [
    'version: 0.1',
    'log: {level: warn, accesslog: {disabled: true}}',
    // The blob-descriptor cache of distribution's shipped config (registry:2, Debian's
    // /etc/docker/registry/config.yml): without it every request stats its link files again.
    `storage: {cache: {blobdescriptor: inmemory}, filesystem: {rootdirectory: ${join(dir, 'data')}}, delete: {enabled: true}}`,
    httpConfig(port, server),
  ];
  const authConfig = await configureAuth(auth, dir, username, password, options, server);
  const tokenServer = authConfig.tokenServer;
  if (authConfig.line) lines.push(authConfig.line);
  writeFileSync(join(dir, 'config.yml'), lines.join('\n') + '\n');
  const child = spawn(REGISTRY_BINARY, ['serve', join(dir, 'config.yml')], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: serverEnvironment(options),
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `${server ? 'https' : 'http'}://127.0.0.1:${port}`;
  const probe = server ? new Agent({ connect: { ca: server.caCertPem } }) : undefined;
  const stop = async (): Promise<void> => {
    await stopRegistry(child, dir);
    await tokenServer?.close();
    await probe?.close();
  };
  try {
    await waitFor(async () => {
      if (child.exitCode !== null) throw new Error(`registry exited: ${stderr}`);
      const response = await undiciFetch(`${url}/v2/`, probe ? { dispatcher: probe } : {});
      await response.arrayBuffer();
      return response.status === 200 || response.status === 401;
    }, `registry on ${url}`);
  } catch (error) {
    child.kill('SIGKILL');
    await stop();
    throw new Error(`registry did not start: ${String(error)}\n${stderr}`, { cause: error });
  }
  return {
    host: `127.0.0.1:${port}`,
    url,
    username,
    password,
    auth,
    dir,
    ...(server ? { caCertPem: server.caCertPem } : {}),
    ...(tokenServer ? { tokenRealm: tokenServer.realm, tokenService: TOKEN_SERVICE } : {}),
    tokenRequests: tokenServer?.requests ?? [],
    stop,
  };
}

function serverEnvironment(options: RegistryOptions): NodeJS.ProcessEnv {
  return options.goGc === undefined ? process.env : { ...process.env, GOGC: String(options.goGc) };
}

function httpConfig(port: number, server: ServerCertificate | undefined): string {
  return server
    ? `http: {addr: 127.0.0.1:${port}, tls: {certificate: ${server.certPath}, key: ${server.keyPath}}}`
    : `http: {addr: 127.0.0.1:${port}}`;
}

/** The `auth:` line of the registry config, and the token endpoint Bearer auth needs. */
async function configureAuth(
  auth: RegistryAuth,
  dir: string,
  username: string,
  password: string,
  options: RegistryOptions,
  server: ServerCertificate | undefined,
): Promise<{ line?: string; tokenServer?: TokenServer }> {
  if (auth === 'basic') {
    const htpasswd = execFileSync('htpasswd', ['-Bbn', username, password]).toString();
    writeFileSync(join(dir, 'htpasswd'), htpasswd);
    return { line: `auth: {htpasswd: {realm: basic-realm, path: ${join(dir, 'htpasswd')}}}` };
  }
  if (auth !== 'bearer') return {};
  const signingKey = makeTokenSigningKey(dir);
  const tokenServer = await startTokenServer({
    service: TOKEN_SERVICE,
    username,
    password,
    signingKey,
    anonymousPull: options.anonymousPull ?? false,
    ...(server ? { tls: { certPem: server.certPem, keyPem: server.keyPem } } : {}),
  });
  const line =
    `auth: {token: {realm: "${tokenServer.realm}", service: ${TOKEN_SERVICE}, ` +
    `issuer: ${TOKEN_ISSUER}, rootcertbundle: ${signingKey.certPath}}}`;
  return { line, tokenServer };
}

async function stopRegistry(child: ChildProcess, dir: string): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  rmSync(dir, { recursive: true, force: true });
}
