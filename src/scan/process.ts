/**
 * Runs a program with an argument array (never a shell) and collects what it printed.
 * Output is capped: Trivy's progress bars can fill stderr, and only the tail is ever shown.
 */
import { spawn } from 'node:child_process';

const MAX_CAPTURE_BYTES = 256 * 1024;

export interface ProcessResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** Set when the process was killed for running past `timeoutMs`. */
  timedOut: boolean;
}

export interface ProcessOptions {
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

/** Keeps the last `limit` bytes of a stream: the end of a log is where the error is. */
class Tail {
  private chunks: Buffer[] = [];
  private size = 0;
  constructor(private readonly limit: number) {}

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    while (this.size > this.limit && this.chunks.length > 1) {
      this.size -= this.chunks.shift()!.length;
    }
  }

  text(): string {
    const all = Buffer.concat(this.chunks);
    return all.subarray(Math.max(0, all.length - this.limit)).toString('utf8');
  }
}

/** Rejects only when the program cannot start (ENOENT, EACCES); a non-zero exit resolves. */
export function runProcess(
  file: string,
  args: readonly string[],
  options: ProcessOptions = {},
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: false,
    });
    const stdout = new Tail(MAX_CAPTURE_BYTES);
    const stderr = new Tail(MAX_CAPTURE_BYTES);
    let timedOut = false;
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
          }, options.timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        exitCode: code ?? (signal ? 128 : 1),
        stdout: stdout.text(),
        stderr: stderr.text(),
        timedOut,
      });
    });
  });
}

/** The last lines of a log, for an error message a person can read. */
export function tailLines(text: string, lines = 15, maxChars = 2000): string {
  const kept = text.trimEnd().split(/\r?\n/).slice(-lines).join('\n');
  return kept.length > maxChars ? `…${kept.slice(-maxChars)}` : kept;
}
