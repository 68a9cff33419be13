/**
 * The peer tools (cosign v3 and v2, crane, sigstore-python, moto's KMS server, Trivy, syft, the
 * Trivy DB builder, OPA, the Kyverno CLI, policy-controller's tester, docker buildx) where
 * scripts/peers.sh installed them, found
 * from the same table it reads (tools.json). A missing tool fails the test that needs it, naming
 * the command that installs it: the peers never skip.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export type PeerName =
  | 'cosign'
  | 'cosign-v2'
  | 'crane'
  | 'sigstore-python'
  | 'moto'
  | 'trivy'
  | 'syft'
  | 'trivy-db'
  | 'opa'
  | 'kyverno'
  | 'policy-tester'
  | 'buildx';

export interface ToolEntry {
  name: PeerName;
  kind: 'go' | 'pip' | 'go-local' | 'go-wrapper';
  /** Module path, PyPI name, or (go-local) the module's folder in this repository. */
  package: string;
  version: string;
  /** Relative to the tool's folder: its entry point, then fixed arguments. */
  command: string[];
}

/** Beside this module, or from the repository root when a bundler moved the module (bench). */
const TABLE = [
  join(dirname(fileURLToPath(import.meta.url)), 'tools.json'),
  join(process.cwd(), 'test', 'peers', 'tools.json'),
].find((path) => existsSync(path))!;
const REPO_ROOT = join(dirname(TABLE), '..', '..');

/** Same rule as scripts/peers.sh. */
export function peersCache(env: NodeJS.ProcessEnv = process.env): string {
  if (env.IMPRINT_PEERS_CACHE) return env.IMPRINT_PEERS_CACHE;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'imprint-peers');
}

export function peerEntry(name: PeerName): ToolEntry {
  const { tools } = JSON.parse(readFileSync(TABLE, 'utf8')) as { tools: ToolEntry[] };
  const entry = tools.find((tool) => tool.name === name);
  if (!entry) throw new Error(`${name} is not in ${TABLE}`);
  return entry;
}

function goSources(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const path = join(dir, item.name);
    if (item.isDirectory()) return goSources(path, root);
    const wanted = item.name.endsWith('.go') || item.name === 'go.mod' || item.name === 'go.sum';
    return wanted ? [`./${relative(root, path)}`] : [];
  });
}

/**
 * A go-local tool's version, as scripts/peers.sh computes it: the SHA-256 of `sha256sum`'s
 * output over the module's go.mod, go.sum and .go files in byte order, first 12 hex digits.
 */
export function sourceVersion(moduleDir: string): string {
  const listing = goSources(moduleDir)
    .sort()
    .map((file) => {
      const digest = createHash('sha256')
        .update(readFileSync(join(moduleDir, file)))
        .digest('hex');
      return `${digest}  ${file}\n`;
    })
    .join('');
  return `src-${createHash('sha256').update(listing).digest('hex').slice(0, 12)}`;
}

/** The version the tool is installed under: the pinned one, or a go-local tool's source hash. */
export function installedVersion(entry: ToolEntry): string {
  return entry.kind === 'go-local' ? sourceVersion(join(REPO_ROOT, entry.package)) : entry.version;
}

/** The argv prefix that runs the tool; throws, naming `npm run peers`, when it is not installed. */
export function peerCommand(name: PeerName): string[] {
  const entry = peerEntry(name);
  const dir = join(peersCache(), `${name}@${installedVersion(entry)}`);
  const [program, ...fixed] = entry.command;
  const path = join(dir, program!);
  if (!existsSync(path)) {
    throw new Error(
      `${name} ${installedVersion(entry)} is not installed (${path} is missing): run \`npm run peers\``,
    );
  }
  return [path, ...fixed];
}

export interface PeerRun {
  code: number;
  stdout: string;
  stderr: string;
  /** The command line, for failure messages. */
  argv: string[];
}

/** Runs a peer tool with an argv array (never a shell) and returns its exit code and output. */
export function runPeer(
  name: PeerName,
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
  timeoutMs = 120_000,
): Promise<PeerRun> {
  const [program, ...fixed] = peerCommand(name);
  const argv = [...fixed, ...args];
  return new Promise((resolve) => {
    execFile(
      program!,
      argv,
      {
        env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
        timeout: timeoutMs,
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr, argv: [name, ...argv] });
      },
    );
  });
}

/** A failure message that shows what ran and what it said. */
export function describeRun(run: PeerRun): string {
  return `${run.argv.join(' ')}\nexit ${run.code}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;
}
