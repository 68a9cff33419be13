/**
 * Registry credentials for one build, kept away from the user's own configuration: docker
 * and buildx get a temporary DOCKER_CONFIG, buildah a temporary auth file (0600, in a 0700
 * directory under the CI job's temporary space), removed afterwards — on a cancelled job too.
 * They carry the logins of this build, plus the user's own credentials for the registries its
 * Dockerfile pulls base images from (private base images still pull), and nothing else: the
 * user's credentials for every other registry stay where they are. Passwords travel through
 * stdin, never through a command line.
 */
import { existsSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { registryKey } from '../registry/hosts.js';
import { isJsonObject } from '../util/json.js';
import { type PrivateTempDir, privateTempDir } from '../util/private-temp.js';
import { pulledImages } from './dockerfile-images.js';
import type { ValidatedBuild } from './request.js';

type JsonObject = Record<string, unknown>;

export interface SeededConfig {
  config: JsonObject;
  /** The `credsStore` that was dropped (so logins do not write into the user's store). */
  droppedCredsStore?: string;
}

/**
 * Pure: the user's config with credentials (`auths`, `credHelpers`) only for the `pulled`
 * registries, and none for the `logins` ones, so the logins that follow are the only
 * credentials for those. `credsStore` goes too: with it, `docker login` would write into the
 * user's global credential store.
 */
export function seedDockerConfig(
  existing: unknown,
  logins: readonly string[],
  pulled: readonly string[] = [],
): SeededConfig {
  const config: JsonObject = isJsonObject(existing) ? structuredClone(existing) : {};
  const loginHosts = new Set(logins.map(registryKey));
  const wanted = new Set(pulled.map(registryKey).filter((host) => !loginHosts.has(host)));
  for (const section of ['auths', 'credHelpers']) {
    const entries = config[section];
    if (isJsonObject(entries)) {
      config[section] = Object.fromEntries(
        Object.entries(entries).filter(([key]) => wanted.has(registryKey(key))),
      );
    }
  }
  const store = config.credsStore;
  delete config.credsStore;
  return typeof store === 'string' && store !== ''
    ? { config, droppedCredsStore: store }
    : { config };
}

/**
 * The registries the build's Dockerfile pulls from, whose credentials the build may use. An
 * image whose name holds a build argument without a value cannot be placed: said, not guessed.
 */
export function pulledRegistries(build: ValidatedBuild, warn: (message: string) => void): string[] {
  const { registries, unresolved } = pulledImages(
    readFileSync(build.dockerfile, 'utf8'),
    build.request.buildArgs,
  );
  for (const reference of unresolved) {
    warn(
      `the build gets no stored credentials for the image "${reference}": its registry cannot be told from the Dockerfile (a build argument without a value); set it with build-args if it is private`,
    );
  }
  return registries;
}

/**
 * Pure: one auth file from several (containers-auth.json and docker config formats share
 * `auths` and `credHelpers`); earlier files win, as in containers/image's lookup order.
 */
export function mergeAuthFiles(files: readonly unknown[]): JsonObject {
  const auths: JsonObject = {};
  const credHelpers: JsonObject = {};
  for (const file of [...files].reverse()) {
    if (!isJsonObject(file)) continue;
    if (isJsonObject(file.auths)) Object.assign(auths, file.auths);
    if (isJsonObject(file.credHelpers)) Object.assign(credHelpers, file.credHelpers);
  }
  return { auths, credHelpers };
}

/**
 * The directory docker reads its config from: `$DOCKER_CONFIG` or `~/.docker`. These variables
 * (and REGISTRY_AUTH_FILE, XDG_RUNTIME_DIR below) are docker's and buildah's own settings, not
 * CI facts: read as those tools read them, so imprint seeds from the files they would use.
 */
export function userDockerConfigDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.DOCKER_CONFIG || join(homedir(), '.docker');
}

/** The auth files buildah consults when given no --authfile, highest priority first. */
export function userContainersAuthFiles(env: NodeJS.ProcessEnv = process.env): string[] {
  if (env.REGISTRY_AUTH_FILE) return [env.REGISTRY_AUTH_FILE];
  const home = homedir();
  return [
    ...(env.XDG_RUNTIME_DIR ? [join(env.XDG_RUNTIME_DIR, 'containers', 'auth.json')] : []),
    join(home, '.config', 'containers', 'auth.json'),
    join(userDockerConfigDir(env), 'config.json'),
  ];
}

export type TemporaryDir = PrivateTempDir;

/**
 * A DOCKER_CONFIG for this build: config.json seeded from the user's, and every other
 * entry of the user's config dir (buildx builders, cli-plugins, contexts) linked in, so
 * `docker buildx` still finds the builder a workflow set up.
 */
export function createDockerConfigDir(
  logins: readonly string[],
  pulled: readonly string[],
  onDroppedStore: (store: string) => void,
  tempRoot: string,
): TemporaryDir {
  const source = userDockerConfigDir();
  const dir = privateTempDir('imprint-docker-config-', tempRoot);
  const { config, droppedCredsStore } = seedDockerConfig(
    readJson(join(source, 'config.json')),
    logins,
    pulled,
  );
  if (droppedCredsStore) onDroppedStore(droppedCredsStore);
  writeFileSync(join(dir.path, 'config.json'), JSON.stringify(config, null, 2), { mode: 0o600 });
  if (existsSync(source)) {
    for (const entry of readdirSync(source)) {
      if (entry !== 'config.json') symlinkSync(join(source, entry), join(dir.path, entry));
    }
  }
  return dir;
}

/** A buildah auth file for this build, seeded from the user's auth files. */
export function createAuthFile(
  logins: readonly string[],
  pulled: readonly string[],
  tempRoot: string,
): TemporaryDir & { file: string } {
  const dir = privateTempDir('imprint-buildah-auth-', tempRoot);
  const merged = mergeAuthFiles(userContainersAuthFiles().map(readJson));
  const { config } = seedDockerConfig(merged, logins, pulled);
  const file = join(dir.path, 'auth.json');
  writeFileSync(file, JSON.stringify(config, null, 2), { mode: 0o600 });
  return { ...dir, file };
}

/** A config file's JSON, or undefined when it is missing or unreadable. */
function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}
