/**
 * Which credentials to present to a registry, looked up in a fixed order:
 *  1. explicit `registry-username` / `registry-password`
 *  2. GitLab CI (`CI_REGISTRY` = this host → `CI_REGISTRY_USER` / `CI_REGISTRY_PASSWORD`)
 *  3. docker config (`$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`):
 *     `credHelpers[host]`, then `credsStore`, then `auths[host]`
 *  4. `GITHUB_TOKEN` for ghcr.io
 *  5. anonymous (undefined)
 * The environment and home directory come in as parameters so tests never touch the real ones.
 */
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { ImprintError } from '../errors.js';
import { runCredentialHelper } from './credential-helper.js';
import { DOCKER_HUB, registryKey } from './hosts.js';

export interface RegistryCredentials {
  username?: string;
  password?: string;
  /** An OAuth2 refresh token (docker's `identitytoken`), exchanged at the token endpoint. */
  identityToken?: string;
  /** Where they came from, for messages. Never the secret itself. */
  source: string;
}

export interface CredentialSources {
  /** `inputs` names the pair in messages (default: registry-username/registry-password). */
  explicit?: { username?: string; password?: string; inputs?: readonly [string, string] };
  env?: Record<string, string | undefined>;
  homeDir?: string;
}

interface DockerConfig {
  auths?: Record<
    string,
    { auth?: string; username?: string; password?: string; identitytoken?: string }
  >;
  credHelpers?: Record<string, string>;
  credsStore?: string;
}

/** The server address Docker itself stores Docker Hub credentials under. */
const DOCKER_HUB_SERVER = 'https://index.docker.io/v1/';
const IDENTITY_TOKEN_USER = '<token>';

export async function resolveCredentials(
  registry: string,
  sources: CredentialSources = {},
): Promise<RegistryCredentials | undefined> {
  const env = sources.env ?? process.env;
  const host = registryKey(registry);
  return (
    fromExplicit(sources.explicit) ??
    fromGitLab(host, env) ??
    (await fromDockerConfig(host, env, sources.homeDir ?? homedir())) ??
    fromGitHub(host, env)
  );
}

function fromExplicit(explicit: CredentialSources['explicit']): RegistryCredentials | undefined {
  const username = explicit?.username ?? '';
  const password = explicit?.password ?? '';
  const [userInput, passwordInput] = explicit?.inputs ?? ['registry-username', 'registry-password'];
  if (username === '' && password === '') return undefined;
  if (username === '' || password === '') {
    const missing = username === '' ? userInput : passwordInput;
    const given = username === '' ? passwordInput : userInput;
    throw new ImprintError(
      'INPUT_INVALID',
      `${given} is set but ${missing} is empty; set both or neither.`,
    );
  }
  return { username, password, source: `${userInput}/${passwordInput}` };
}

function fromGitLab(
  host: string,
  env: Record<string, string | undefined>,
): RegistryCredentials | undefined {
  const { CI_REGISTRY, CI_REGISTRY_USER, CI_REGISTRY_PASSWORD } = env;
  if (!CI_REGISTRY || !CI_REGISTRY_USER || !CI_REGISTRY_PASSWORD) return undefined;
  if (registryKey(CI_REGISTRY) !== host) return undefined;
  return {
    username: CI_REGISTRY_USER,
    password: CI_REGISTRY_PASSWORD,
    source: 'CI_REGISTRY_USER/CI_REGISTRY_PASSWORD',
  };
}

function fromGitHub(
  host: string,
  env: Record<string, string | undefined>,
): RegistryCredentials | undefined {
  if (host !== 'ghcr.io' || !env.GITHUB_TOKEN) return undefined;
  return {
    username: env.GITHUB_ACTOR || 'x-access-token',
    password: env.GITHUB_TOKEN,
    source: 'GITHUB_TOKEN',
  };
}

function dockerConfigPath(env: Record<string, string | undefined>, homeDir: string): string {
  return env.DOCKER_CONFIG
    ? join(env.DOCKER_CONFIG, 'config.json')
    : join(homeDir, '.docker', 'config.json');
}

async function fromDockerConfig(
  host: string,
  env: Record<string, string | undefined>,
  homeDir: string,
): Promise<RegistryCredentials | undefined> {
  const path = dockerConfigPath(env, homeDir);
  const config = await readDockerConfig(path);
  if (!config) return undefined;
  const serverUrl = host === DOCKER_HUB ? DOCKER_HUB_SERVER : host;

  const helper = lookup(config.credHelpers, host);
  const stores = [
    ...(helper ? [{ name: helper, where: `credHelpers in ${path}` }] : []),
    ...(config.credsStore ? [{ name: config.credsStore, where: `credsStore in ${path}` }] : []),
  ];
  for (const store of stores) {
    const found = await runCredentialHelper(store.name, serverUrl, host, env);
    if (found)
      return helperCredentials(
        found.username,
        found.secret,
        `docker-credential-${store.name} (${store.where})`,
      );
  }

  const entry = lookup(config.auths, host);
  if (!entry) return undefined;
  const source = `auths in ${path}`;
  if (entry.identitytoken) return { identityToken: entry.identitytoken, source };
  if (entry.auth) return decodeAuth(entry.auth, path, host);
  if (entry.username && entry.password)
    return { username: entry.username, password: entry.password, source };
  return undefined;
}

function helperCredentials(username: string, secret: string, source: string): RegistryCredentials {
  return username === IDENTITY_TOKEN_USER
    ? { identityToken: secret, source }
    : { username, password: secret, source };
}

function decodeAuth(auth: string, path: string, host: string): RegistryCredentials {
  const decoded = Buffer.from(auth, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) {
    throw new ImprintError(
      'INPUT_INVALID',
      `The "auth" entry for ${host} in ${path} is not base64 of "username:password".`,
      { hint: `Run \`docker login ${host}\` again to rewrite it.` },
    );
  }
  return {
    username: decoded.slice(0, colon),
    password: decoded.slice(colon + 1),
    source: `auths in ${path}`,
  };
}

async function readDockerConfig(path: string): Promise<DockerConfig | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ImprintError(
      'INPUT_INVALID',
      `Cannot read the docker config ${path}: ${(error as Error).message}.`,
      {
        cause: error,
      },
    );
  }
  try {
    return JSON.parse(text) as DockerConfig;
  } catch (error) {
    throw new ImprintError(
      'INPUT_INVALID',
      `The docker config ${path} is not valid JSON: ${(error as Error).message}.`,
      {
        cause: error,
      },
    );
  }
}

/** The value whose key names `host` by the rule of hosts.ts (keys may carry a scheme or path). */
function lookup<T>(map: Record<string, T> | undefined, host: string): T | undefined {
  if (!map) return undefined;
  for (const [key, value] of Object.entries(map)) {
    if (registryKey(key) === host) return value;
  }
  return undefined;
}
