/**
 * A small process runner for the builders: argument arrays only (never a shell), output
 * streamed line by line to a LogSink as it comes, the tail of stderr kept for error
 * messages, optional stdin (for `--password-stdin`), and secrets masked in everything
 * that leaves this module.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { ImprintError } from '../errors.js';
import type { LogSink } from './log.js';

/** How many stderr lines an error message carries. */
export const STDERR_TAIL_LINES = 50;
const MASK = '***';

export interface ExecOptions {
  log: LogSink;
  /** Written to the process's stdin, which is then closed. */
  input?: string;
  /** Merged over process.env; `undefined` removes a variable. */
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Replaced by `***` in logged lines, the echoed command, captured stdout and the tail. */
  secrets?: readonly string[];
  /** Stream output lines to the log (default true). Probes turn it off. */
  streamOutput?: boolean;
}

export interface ExecResult {
  exitCode: number;
  /** All of stdout, masked. */
  stdout: string;
  /** The last STDERR_TAIL_LINES lines of stderr, masked. */
  stderrTail: string[];
}

/** Replace every occurrence of each secret (longest first, so overlaps mask fully). */
export function maskSecrets(text: string, secrets: readonly string[] = []): string {
  const ordered = secrets.filter((secret) => secret.length > 0).sort((a, b) => b.length - a.length);
  return ordered.reduce((masked, secret) => masked.split(secret).join(MASK), text);
}

/** The tail of a finished command for an error message: stderr, else the end of stdout. */
export function outputTail(result: ExecResult, lines = STDERR_TAIL_LINES): string {
  const tail = result.stderrTail.length > 0 ? result.stderrTail : result.stdout.split('\n');
  return tail
    .filter((line) => line.trim() !== '')
    .slice(-lines)
    .join('\n');
}

/** Quote an argument for display only; the process gets the raw array. */
function displayArg(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

export async function runCommand(
  command: string,
  args: readonly string[],
  options: ExecOptions,
): Promise<ExecResult> {
  const { log, secrets = [], streamOutput = true } = options;
  const mask = (text: string): string => maskSecrets(text, secrets);
  if (streamOutput) log.info(mask(`$ ${[command, ...args].map(displayArg).join(' ')}`));

  const child = spawn(command, [...args], {
    shell: false,
    cwd: options.cwd,
    env: mergeEnv(options.env),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const stdoutLines: string[] = [];
  const stderrTail: string[] = [];
  const onLine = (line: string, keep: (masked: string) => void): void => {
    const masked = mask(line);
    keep(masked);
    if (streamOutput) log.info(masked);
  };
  const stdoutDone = readLines(child.stdout, (line) =>
    onLine(line, (masked) => stdoutLines.push(masked)),
  );
  const stderrDone = readLines(child.stderr, (line) =>
    onLine(line, (masked) => {
      stderrTail.push(masked);
      if (stderrTail.length > STDERR_TAIL_LINES) stderrTail.shift();
    }),
  );
  // A process that exits without reading stdin makes the write fail with EPIPE: harmless.
  child.stdin.on('error', () => undefined);
  child.stdin.end(options.input ?? '');

  const exitCode = await new Promise<number>((resolve, reject) => {
    child.once('error', (error: NodeJS.ErrnoException) => reject(spawnError(command, error)));
    child.once('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
  await Promise.all([stdoutDone, stderrDone]);
  return { exitCode, stdout: stdoutLines.join('\n'), stderrTail };
}

function mergeEnv(overrides: ExecOptions['env']): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const [key, value] of Object.entries(overrides ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

async function readLines(stream: Readable, onLine: (line: string) => void): Promise<void> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  for await (const line of lines) onLine(line);
}

function spawnError(command: string, error: NodeJS.ErrnoException): ImprintError {
  if (error.code === 'ENOENT') {
    return new ImprintError(
      'BUILDER_UNAVAILABLE',
      `\`${command}\` is not installed or not on PATH`,
      {
        cause: error,
        hint: `install ${command} or put it on PATH`,
      },
    );
  }
  return new ImprintError('INTERNAL', `could not start \`${command}\`: ${error.message}`, {
    cause: error,
  });
}

/** Whether a command runs and exits 0 (quietly; a missing binary counts as no). */
export async function commandSucceeds(command: string, args: readonly string[]): Promise<boolean> {
  const silent: LogSink = { info: () => undefined, warning: () => undefined };
  try {
    return (await runCommand(command, args, { log: silent, streamOutput: false })).exitCode === 0;
  } catch {
    return false;
  }
}
