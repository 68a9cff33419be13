/**
 * Docker credential helpers (docker/docker-credential-helpers protocol): run
 * `docker-credential-<name> get`, write the server URL to stdin, read
 * `{"ServerURL","Username","Secret"}` from stdout. Argument arrays, never a shell.
 */
import { spawn } from 'node:child_process';
import { ImprintError } from '../errors.js';

export interface HelperCredentials {
  username: string;
  secret: string;
}

const HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const HELPER_TIMEOUT_MS = 30_000;
// The helpers' own wording for "nothing stored for this server" (credentials.ErrCredentialsNotFound).
const NOT_FOUND = /credentials not found/i;

/**
 * Credentials the helper holds for `serverUrl`, or undefined when it has none.
 * `registry` is only used to name the host in errors.
 */
export async function runCredentialHelper(
  helper: string,
  serverUrl: string,
  registry: string,
  env: Record<string, string | undefined>,
): Promise<HelperCredentials | undefined> {
  const program = `docker-credential-${helper}`;
  const failed = (reason: string, cause?: unknown): ImprintError =>
    new ImprintError(
      'CREDENTIALS_HELPER_FAILED',
      `The docker credential helper "${program}" failed for registry ${registry}: ${reason}.`,
      {
        ...(cause === undefined ? {} : { cause }),
        hint: `Check the helper with \`echo ${serverUrl} | ${program} get\`, or remove it from your docker config (credHelpers/credsStore).`,
      },
    );
  if (!HELPER_NAME.test(helper)) throw failed(`"${helper}" is not a valid helper name`);

  const { code, stdout, stderr, error } = await run(program, serverUrl, env);
  if (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? `${program} was not found on PATH`
        : `it could not be run (${error.message})`;
    throw failed(reason, error);
  }
  if (code !== 0) {
    if (NOT_FOUND.test(stdout) || NOT_FOUND.test(stderr)) return undefined;
    throw failed(`it exited with ${String(code)}: ${firstLine(stderr || stdout)}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(stdout);
  } catch (cause) {
    throw failed('its output is not JSON', cause);
  }
  const { Username, Secret } = (parsed ?? {}) as { Username?: unknown; Secret?: unknown };
  if (typeof Username !== 'string' || typeof Secret !== 'string') {
    throw failed('its output lacks the "Username" and "Secret" strings');
  }
  if (Secret === '') return undefined;
  return { username: Username, secret: Secret };
}

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  error?: Error;
}

function run(
  program: string,
  input: string,
  env: Record<string, string | undefined>,
): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(program, ['get'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    // Our own timer (spawn's `timeout` is never cleared when the program is missing).
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, HELPER_TIMEOUT_MS);
    timer.unref();
    const finish = (result: RunResult): void => {
      clearTimeout(timer);
      resolve(result);
    };
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error) => finish({ code: null, stdout, stderr, error }));
    child.on('close', (code) =>
      finish(
        timedOut
          ? {
              code,
              stdout,
              stderr,
              error: new Error(`no answer within ${HELPER_TIMEOUT_MS / 1000} s`),
            }
          : { code, stdout, stderr },
      ),
    );
    child.stdin.on('error', () => undefined); // a helper that exits early closes its stdin
    child.stdin.end(input);
  });
}

/** The first line of a helper's message, shortened: enough to act on, never a dump. */
function firstLine(text: string): string {
  const line = text.trim().split('\n')[0] ?? '';
  return line.length > 200 ? `${line.slice(0, 200)}…` : line || '(no output)';
}
