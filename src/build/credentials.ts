/**
 * Registry credentials for one build, kept away from the user's own configuration: docker
 * and buildx get a temporary DOCKER_CONFIG, buildah a temporary auth file (0600), both
 * seeded from what the user already has so private base images still pull, and removed
 * afterwards. Passwords travel through stdin, never through a command line.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { isJsonObject } from '../util/json.js';

type JsonObject = Record<string, unknown>;

/** Docker Hub's other spellings in config files. */
const DOCKER_HUB_ALIASES = ['docker.io', 'index.docker.io', 'https://index.docker.io/v1/'];

export interface SeededConfig {
  config: JsonObject;
  /** The `credsStore` that was dropped (so logins do not write into the user's store). */
  droppedCredsStore?: string;
}

/**
 * Pure: the user's config with every route to credentials for `registries` removed, so the
 * logins that follow are the only credentials for them. `credsStore` goes too: with it,
 * `docker login` would write into the user's global credential store.
 */
export function seedDockerConfig(existing: unknown, registries: readonly string[]): SeededConfig {
  const config: JsonObject = isJsonObject(existing) ? structuredClone(existing) : {};
  const names = registries.flatMap((registry) =>
    DOCKER_HUB_ALIASES.includes(registry) ? DOCKER_HUB_ALIASES : [registry],
  );
  for (const section of ['auths', 'credHelpers']) {
    const entries = config[section];
    if (isJsonObject(entries)) for (const name of names) delete entries[name];
  }
  const store = config.credsStore;
  delete config.credsStore;
  return typeof store === 'string' && store !== ''
    ? { config, droppedCredsStore: store }
    : { config };
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

/** The directory docker reads its config from: `$DOCKER_CONFIG` or `~/.docker`. */
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

export interface TemporaryDir {
  path: string;
  remove(): void;
}

/**
 * A DOCKER_CONFIG for this build: config.json seeded from the user's, and every other
 * entry of the user's config dir (buildx builders, cli-plugins, contexts) linked in, so
 * `docker buildx` still finds the builder a workflow set up.
 */
export function createDockerConfigDir(
  registries: readonly string[],
  onDroppedStore: (store: string) => void,
): TemporaryDir {
  const source = userDockerConfigDir();
  const dir = temporaryDir('imprint-docker-config-');
  const { config, droppedCredsStore } = seedDockerConfig(
    readJson(join(source, 'config.json')),
    registries,
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
export function createAuthFile(registries: readonly string[]): TemporaryDir & { file: string } {
  const dir = temporaryDir('imprint-buildah-auth-');
  const merged = mergeAuthFiles(userContainersAuthFiles().map(readJson));
  const { config } = seedDockerConfig(merged, registries);
  const file = join(dir.path, 'auth.json');
  writeFileSync(file, JSON.stringify(config, null, 2), { mode: 0o600 });
  return { ...dir, file };
}

function temporaryDir(prefix: string): TemporaryDir {
  // mkdtemp makes the directory 0700: only this user can read what goes in.
  const path = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** A config file's JSON, or undefined when it is missing or unreadable. */
function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}
