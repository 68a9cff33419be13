/**
 * The imprint CLI from src/, in a process of its own, for tests that need a real process
 * (signals, exit codes) without building dist/. Node 24 strips the TypeScript types
 * (`--experimental-transform-types`); a resolve hook maps the sources' `.js` imports to their
 * `.ts` files, as the bundler does.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const HOOKS = `
import { registerHooks } from 'node:module';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
registerHooks({
  resolve(specifier, context, next) {
    if (specifier.startsWith('.') && specifier.endsWith('.js') && context.parentURL?.startsWith('file:')) {
      const js = new URL(specifier, context.parentURL);
      const ts = new URL(specifier.replace(/\\.js$/, '.ts'), context.parentURL);
      if (!existsSync(fileURLToPath(js)) && existsSync(fileURLToPath(ts))) return next(ts.href, context);
    }
    return next(specifier, context);
  },
});
`;

let files: { hooks: string; driver: string } | undefined;

function runnerFiles(): { hooks: string; driver: string } {
  if (files) return files;
  const dir = mkdtempSync(join(tmpdir(), 'imprint-source-cli-'));
  const hooks = join(dir, 'hooks.mjs');
  const driver = join(dir, 'cli.mjs');
  writeFileSync(hooks, HOOKS);
  const cli = pathToFileURL(resolve('src/cli.ts')).href;
  writeFileSync(
    driver,
    `import { runCliDoor } from ${JSON.stringify(cli)};\nawait runCliDoor(process.argv.slice(2));\n`,
  );
  files = { hooks, driver };
  return files;
}

/** `imprint ARGS…` from the sources, with exactly `env`; stdout and stderr are piped. */
export function spawnSourceCli(args: readonly string[], env: NodeJS.ProcessEnv): ChildProcess {
  const { hooks, driver } = runnerFiles();
  return spawn(
    process.execPath,
    ['--no-warnings', '--experimental-transform-types', '--import', hooks, driver, ...args],
    { env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
}

export interface SourceCliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `imprint ARGS…` from the sources to its end: its exit code and everything it printed. */
export function runSourceCli(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<SourceCliRun> {
  const child = spawnSourceCli(args, env);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
