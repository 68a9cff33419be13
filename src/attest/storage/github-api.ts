/**
 * GitHub's Attestations API, as actions/attest writes to it (`POST /repos/{owner}/{repo}/
 * attestations` with `{ bundle }`): what `gh attestation verify` finds without
 * `--bundle-from-oci`, and what the repository's attestations page lists. A small client on
 * fetch rather than @actions/attest's `attest()`, which signs as well (imprint has signed
 * already) and reads the repository and API URL from the process environment itself.
 *
 * The token goes in the Authorization header only: no message here ever contains it.
 */
import type { SerializedBundle } from '@sigstore/bundle';
import { ImprintError } from '../../errors.js';
import { VERSION } from '../../version.js';

export interface GitHubApiAccess {
  /** GITHUB_API_URL: https://api.github.com, or a GitHub Enterprise Server's. */
  apiUrl: string;
  /** owner/name (GITHUB_REPOSITORY). */
  repository: string;
  token: string;
}

export interface UploadRetry {
  /** Further attempts after a 5xx or a connection failure. */
  retries: number;
  delayMs: number;
}

const DEFAULT_RETRY: UploadRetry = { retries: 2, delayMs: 1000 };
const API_VERSION = '2022-11-28';
const PERMISSION_FIX = 'permissions:\n    attestations: write';

/** Uploads one bundle; the attestation's id on success. */
export async function uploadAttestation(
  bundle: SerializedBundle,
  access: GitHubApiAccess,
  retry: UploadRetry = DEFAULT_RETRY,
): Promise<string> {
  const url = `${access.apiUrl.replace(/\/+$/, '')}/repos/${access.repository}/attestations`;
  for (let attempt = 0; ; attempt++) {
    const outcome = await post(url, bundle, access.token);
    if ('id' in outcome) return outcome.id;
    if (!outcome.transient || attempt >= retry.retries) throw outcome.error;
    await new Promise((resolve) => setTimeout(resolve, retry.delayMs * (attempt + 1)));
  }
}

type Outcome = { id: string } | { error: ImprintError; transient: boolean };

async function post(url: string, bundle: SerializedBundle, token: string): Promise<Outcome> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'user-agent': `imprint/${VERSION}`,
        'x-github-api-version': API_VERSION,
      },
      body: JSON.stringify({ bundle }),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? String(error);
    return {
      error: new ImprintError(
        'GITHUB_API_FAILED',
        `GitHub's Attestations API at ${url} cannot be reached (${cause})`,
        { cause: error, hint: 'check GITHUB_API_URL and the runner’s network' },
      ),
      transient: true,
    };
  }
  const text = await response.text();
  if (response.ok) return { id: idOf(text) };
  return {
    error: failure(url, response.status, apiMessage(text)),
    transient: response.status >= 500,
  };
}

function idOf(text: string): string {
  try {
    const id = (JSON.parse(text) as { id?: unknown }).id;
    return typeof id === 'number' || typeof id === 'string' ? String(id) : '';
  } catch {
    return '';
  }
}

/** GitHub's `message` field, or the start of the body; never more than a line. */
function apiMessage(text: string): string {
  try {
    const message = (JSON.parse(text) as { message?: unknown }).message;
    if (typeof message === 'string') return message;
  } catch {
    // not JSON: the body itself
  }
  return text.slice(0, 200).replace(/\s+/g, ' ').trim();
}

function failure(url: string, status: number, message: string): ImprintError {
  const said = message ? `: ${message}` : '';
  if (status === 401 || status === 403) {
    return new ImprintError(
      'GITHUB_API_DENIED',
      `GitHub's Attestations API refused the upload (HTTP ${status}${said}): the token needs the attestations: write permission`,
      {
        hint: `add to the job that runs imprint:\n  ${PERMISSION_FIX}\n(and pass github-token, ${'${{ github.token }}'} by default), or set github-attestations: false`,
      },
    );
  }
  if (status === 404) {
    return new ImprintError(
      'GITHUB_API_DENIED',
      `GitHub's Attestations API answered 404 for ${url}${said}: the repository is not visible to the token, or this GitHub has no Attestations API`,
      {
        hint: 'check GITHUB_REPOSITORY and the token; on GitHub Enterprise Server artifact attestations need a version that has them, or set github-attestations: false',
      },
    );
  }
  return new ImprintError(
    'GITHUB_API_FAILED',
    `GitHub's Attestations API failed (HTTP ${status}${said})`,
    {
      hint:
        status >= 500
          ? 'GitHub had a problem; re-run the job (the attestations are stored in the registry already)'
          : 'the request was refused as malformed; report it with the bundle file from bundle-path',
    },
  );
}
