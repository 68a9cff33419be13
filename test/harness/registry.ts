/**
 * Real registries for tests: Debian's `docker-registry` (distribution 2.8) on a free
 * loopback port, with the auth variant a test asks for. No imitation: this is the server
 * ghcr.io-like clients talk to, minus the referrers API (which 2.8 lacks).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, waitFor } from './ports.js';

export type RegistryAuth = 'none' | 'basic';

export interface RegistryOptions {
  auth?: RegistryAuth;
  username?: string;
  password?: string;
}

export interface TestRegistry {
  /** host:port, as it goes into an image reference. */
  host: string;
  url: string;
  username: string;
  password: string;
  auth: RegistryAuth;
  dir: string;
  stop(): Promise<void>;
}

const REGISTRY_BINARY = process.env.IMPRINT_REGISTRY_BINARY ?? '/usr/bin/docker-registry';

export async function startRegistry(options: RegistryOptions = {}): Promise<TestRegistry> {
  const auth = options.auth ?? 'none';
  const username = options.username ?? 'imprint';
  const password = options.password ?? 'secret-registry-password';
  const dir = mkdtempSync(join(tmpdir(), 'imprint-registry-'));
  const port = await freePort();
  const lines = [
    'version: 0.1',
    'log: {level: warn}',
    `storage: {filesystem: {rootdirectory: ${join(dir, 'data')}}, delete: {enabled: true}}`,
    `http: {addr: 127.0.0.1:${port}}`,
  ];
  if (auth === 'basic') {
    const htpasswd = execFileSync('htpasswd', ['-Bbn', username, password]).toString();
    writeFileSync(join(dir, 'htpasswd'), htpasswd);
    lines.push(`auth: {htpasswd: {realm: basic-realm, path: ${join(dir, 'htpasswd')}}}`);
  }
  writeFileSync(join(dir, 'config.yml'), lines.join('\n') + '\n');
  const child = spawn(REGISTRY_BINARY, ['serve', join(dir, 'config.yml')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(async () => {
      if (child.exitCode !== null) throw new Error(`registry exited: ${stderr}`);
      const response = await fetch(`${url}/v2/`);
      return response.status === 200 || response.status === 401;
    }, `registry on ${url}`);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`registry did not start: ${String(error)}\n${stderr}`);
  }
  return {
    host: `127.0.0.1:${port}`,
    url,
    username,
    password,
    auth,
    dir,
    stop: () => stopRegistry(child, dir),
  };
}

async function stopRegistry(child: ChildProcess, dir: string): Promise<void> {
  if (child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  rmSync(dir, { recursive: true, force: true });
}
