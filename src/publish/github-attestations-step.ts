/**
 * After the read-back: the attestations this run signed are also uploaded to GitHub's
 * Attestations API (github-attestations: auto|true|false), so `gh attestation verify` finds
 * them without `--bundle-from-oci` and the repository's attestations page lists them.
 *
 * auto uploads on GitHub Actions when a token is there, and a refusal (no attestations: write,
 * an Enterprise Server without the API) is a warning: the registry holds the evidence already.
 * true makes every one of those a failure, and is checked before the build.
 */
import type { SerializedBundle } from '@sigstore/bundle';
import {
  type GitHubApiAccess,
  uploadAttestation,
  type UploadRetry,
} from '../attest/storage/github-api.js';
import type { Logger } from '../ci/log.js';
import type { CiPlatform } from '../ci/platform.js';
import { ImprintError, isImprintError } from '../errors.js';

export type GitHubAttestationsSetting = 'auto' | 'true' | 'false';

/** `worthSaying`: false where nobody expects an upload (not GitHub, or turned off). */
type Skipped = { skipped: string; worthSaying: boolean };

export type GitHubUploadPlan = { access: GitHubApiAccess; required: boolean } | Skipped;

export type GitHubUploadOutcome = { uploaded: string[] } | Skipped | { failed: string };

const TOKEN_HINT = 'pass github-token: ${{ github.token }} (CLI: the GITHUB_TOKEN variable)';

/** Before the build: what the upload needs, or why there is none. */
export function planGitHubUpload(
  { attestations: setting, token }: { attestations: GitHubAttestationsSetting; token?: string },
  platform: CiPlatform,
): GitHubUploadPlan {
  if (setting === 'false') return { skipped: 'github-attestations: false', worthSaying: false };
  const required = setting === 'true';
  const api = platform.githubApi();
  const missing = !api
    ? 'this is not a GitHub Actions run'
    : !api.repository
      ? 'GITHUB_REPOSITORY is not set'
      : !(token ?? api.token)
        ? `no GitHub token was given (${TOKEN_HINT})`
        : undefined;
  if (missing !== undefined) {
    if (!required) return { skipped: missing, worthSaying: api !== undefined };
    throw new ImprintError(
      'INPUT_INVALID',
      `github-attestations: true, but ${missing}: nothing can be uploaded to GitHub's Attestations API`,
      { hint: `${TOKEN_HINT} on GitHub Actions, or set github-attestations: auto or false` },
    );
  }
  return {
    access: { apiUrl: api!.apiUrl, repository: api!.repository!, token: (token ?? api!.token)! },
    required,
  };
}

/** Uploads the DSSE attestations (GitHub's API takes in-toto statements, not bare signatures). */
export async function uploadToGitHub(
  plan: GitHubUploadPlan,
  { bundles }: { bundles: readonly SerializedBundle[] },
  log: Logger,
  retry?: UploadRetry,
): Promise<GitHubUploadOutcome> {
  if ('skipped' in plan) {
    if (plan.worthSaying) log.info(`Not uploaded to GitHub's Attestations API: ${plan.skipped}.`);
    return plan;
  }
  log.addSecret(plan.access.token);
  const attestations = bundles.filter((bundle) => bundle.dsseEnvelope !== undefined);
  const uploaded: string[] = [];
  try {
    for (const bundle of attestations)
      uploaded.push(await uploadAttestation(bundle, plan.access, retry));
  } catch (error) {
    if (plan.required || !isImprintError(error)) throw error;
    const failed = `${uploaded.length} of ${attestations.length} uploaded; ${error.describe()}`;
    log.warning(`GitHub's Attestations API: ${failed}`);
    return { failed };
  }
  log.info(
    `uploaded ${uploaded.length} attestation(s) to GitHub's Attestations API for ${plan.access.repository}${uploaded.length ? ` (ids ${uploaded.join(', ')})` : ''}`,
  );
  return { uploaded };
}
