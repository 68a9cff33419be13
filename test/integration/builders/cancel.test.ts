/**
 * A cancelled job: `imprint publish` (a real process, run from the sources) is killed with
 * SIGTERM while its build waits on a base image, as a CI runner cancels a job. The temporary
 * DOCKER_CONFIG / buildah auth file holding the push password must be gone afterwards, and
 * while it existed it held only the registries the build involves: the push registry's login
 * and the user's credentials for the base image's registry, not the user's other ones.
 * Real parts: the Docker engine, buildah, a distribution registry with Basic auth; the base
 * image's "registry" is a loopback server that accepts connections and never answers, so the
 * build is reliably mid-pull when the signal comes.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry, type TestRegistry } from '../../harness/registry.js';
import { spawnSourceCli } from '../../harness/source-cli.js';
import { scratchContext } from './context.js';

const UNRELATED = 'secret.example.com';
const basic = (user: string, password: string) =>
  Buffer.from(`${user}:${password}`).toString('base64');

let registry: TestRegistry;
/** Accepts, records and holds every connection: a base-image registry that never answers. */
let silent: { host: string; connections: number; close(): Promise<void> };

beforeAll(async () => {
  process.env.STORAGE_DRIVER ??= 'vfs';
  registry = await startRegistry({ auth: 'basic' });
  silent = await startSilentServer();
});
afterAll(async () => {
  await silent?.close(); // the builds left behind by the killed CLI fail and exit now
  await registry?.stop();
});

async function startSilentServer(): Promise<typeof silent> {
  const sockets = new Set<Socket>();
  const state = { connections: 0 };
  const server: Server = createServer((socket) => {
    state.connections += 1;
    sockets.add(socket);
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    host: `127.0.0.1:${port}`,
    get connections() {
      return state.connections;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A user whose docker config holds credentials for three registries. */
function userConfigDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'imprint-user-docker-'));
  writeFileSync(
    join(dir, 'config.json'),
    JSON.stringify({
      auths: {
        [registry.host]: { auth: basic('stale', 'stale-password') },
        [silent.host]: { auth: basic('base-user', 'base-password') },
        [UNRELATED]: { auth: basic('someone', 'unrelated-password') },
      },
    }),
  );
  return dir;
}

async function waitFor(condition: () => boolean, child: ChildProcess, what: string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (!condition()) {
    if (child.exitCode !== null)
      throw new Error(`the CLI exited (${child.exitCode}) before ${what}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: string | null }> {
  if (child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

describe.each([
  ['docker', 'imprint-docker-config-', 'config.json'],
  ['buildah', 'imprint-buildah-auth-', 'auth.json'],
])('SIGTERM during a %s build', (builder, prefix, file) => {
  it('leaves no auth file; the one the build used held only the registries involved', async () => {
    const runnerTemp = mkdtempSync(join(tmpdir(), 'imprint-runner-temp-'));
    const dockerConfig = userConfigDir();
    const context = scratchContext(`FROM ${silent.host}/base/image:1\nCOPY hello.txt /hello.txt\n`);
    const before = silent.connections;
    const child = spawnSourceCli(
      [
        'publish',
        '--image',
        `${registry.host}/cancel/${builder}`,
        '--tags',
        'v1',
        '--context',
        context,
        '--builder',
        builder,
        '--registry-username',
        registry.username,
        '--no-sign',
        '--no-sbom',
        '--scan=false',
        '--insecure-registries',
        registry.host,
        '--insecure-registries',
        silent.host,
      ],
      {
        PATH: process.env.PATH,
        HOME: mkdtempSync(join(tmpdir(), 'imprint-home-')),
        DOCKER_CONFIG: dockerConfig,
        REGISTRY_AUTH_FILE: join(dockerConfig, 'config.json'),
        // A GitHub job: its private files go to RUNNER_TEMP (the platform's temp directory).
        GITHUB_ACTIONS: 'true',
        RUNNER_TEMP: runnerTemp,
        STORAGE_DRIVER: process.env.STORAGE_DRIVER,
        IMPRINT_REGISTRY_PASSWORD: registry.password,
      },
    );
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout!.resume();
    try {
      // The build is pulling the base image: the logins are done, the auth file is in use.
      await waitFor(() => silent.connections > before, child, 'the build pulled its base image');
      const [dir] = readdirSync(runnerTemp).filter((name) => name.startsWith(prefix));
      expect(dir).toBeDefined();
      const written = JSON.parse(readFileSync(join(runnerTemp, dir!, file), 'utf8')) as {
        auths: Record<string, { auth?: string }>;
      };
      expect(Object.keys(written.auths).sort()).toEqual([registry.host, silent.host].sort());
      expect(written.auths[silent.host]!.auth).toBe(basic('base-user', 'base-password'));
      expect(written.auths[registry.host]!.auth).toBe(basic(registry.username, registry.password));

      child.kill('SIGTERM');
      const { signal } = await exited(child);
      expect(signal).toBe('SIGTERM');
      expect(readdirSync(runnerTemp).filter((name) => name.startsWith('imprint-'))).toEqual([]);
      // The user's own config is as it was.
      expect(Object.keys(readJson(join(dockerConfig, 'config.json')).auths)).toHaveLength(3);
    } catch (error) {
      child.kill('SIGKILL');
      throw new Error(`${(error as Error).message}\n--- CLI stderr ---\n${stderr}`, {
        cause: error,
      });
    }
  });
});

function readJson(path: string): { auths: Record<string, unknown> } {
  expect(existsSync(path)).toBe(true);
  return JSON.parse(readFileSync(path, 'utf8')) as { auths: Record<string, unknown> };
}
