/**
 * Turns a failed builder process into a typed error a person can act on: which step
 * failed, against which registry, and the tail of what the tool printed.
 */
import { type ErrorCode, ImprintError } from '../errors.js';
import { type ExecResult, outputTail } from './exec.js';

const NOT_AUTHENTICATED =
  /unauthorized|authentication required|no basic auth credentials|incorrect username or password|status 401|\b401\b/i;
const DENIED = /denied|forbidden|status 403|\b403\b/i;
const UNREACHABLE = /connection refused|no such host|i\/o timeout|network is unreachable|dial tcp/i;
const HTTP_ONLY = /server gave HTTP response to HTTPS client/i;

/** The build step itself failed (Dockerfile error, missing file in the context, …). */
export function buildFailed(builder: string, result: ExecResult): ImprintError {
  return new ImprintError(
    'BUILD_FAILED',
    `${builder} build failed (exit code ${result.exitCode}):\n${outputTail(result)}`,
    { hint: 'the lines above are the end of the builder output; fix the Dockerfile or context' },
  );
}

export function loginFailed(registry: string, username: string, result: ExecResult): ImprintError {
  const tail = outputTail(result);
  const { code, hint } = classify(registry, tail, 'REGISTRY_AUTH_FAILED');
  return new ImprintError(
    code,
    `could not log in to registry ${registry} as "${username}": ${tail}`,
    {
      hint:
        code === 'REGISTRY_AUTH_FAILED'
          ? `check the username and password (or token) for ${registry}`
          : hint,
    },
  );
}

export function pushFailed(registry: string, tag: string, result: ExecResult): ImprintError {
  const tail = outputTail(result);
  const { code, hint } = classify(registry, tail, 'REGISTRY_ERROR');
  return new ImprintError(code, `pushing ${tag} to registry ${registry} failed: ${tail}`, { hint });
}

function classify(
  registry: string,
  tail: string,
  fallback: ErrorCode,
): { code: ErrorCode; hint: string } {
  if (HTTP_ONLY.test(tail)) {
    return {
      code: 'REGISTRY_UNREACHABLE',
      hint: `${registry} serves plain http: list it in insecure registries if that is intended`,
    };
  }
  if (UNREACHABLE.test(tail)) {
    return {
      code: 'REGISTRY_UNREACHABLE',
      hint: `check that ${registry} is up and reachable from here`,
    };
  }
  if (NOT_AUTHENTICATED.test(tail)) {
    return {
      code: 'REGISTRY_AUTH_FAILED',
      hint: `give registry-username and registry-password for ${registry}, or log in before this step`,
    };
  }
  if (DENIED.test(tail)) {
    return {
      code: 'REGISTRY_DENIED',
      hint: `the credentials for ${registry} may not push to this repository: check their scopes (e.g. packages: write)`,
    };
  }
  return { code: fallback, hint: `see the ${registry} response above` };
}
