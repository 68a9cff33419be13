/**
 * The CI platform as an adapter (like docker/actions-toolkit's `Context`): everything imprint
 * learns from the job's environment, read once, in one place per platform (github.ts,
 * gitlab.ts, local.ts; choose-platform.ts picks one). Code below the doors asks the adapter
 * and never reads process.env for a platform fact.
 */
import { statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { ImprintError } from '../errors.js';

export type PlatformName = 'github' | 'gitlab' | 'local';

/** A job's environment variables, as the door read them. */
export type CiEnvironment = Readonly<Record<string, string | undefined>>;

/** Where the OIDC token for keyless signing can come from on this platform. */
export interface TokenSources {
  /** `SIGSTORE_ID_TOKEN` (GitLab's `id_tokens:`, or set by hand anywhere). */
  readonly sigstoreIdToken?: string;
  /** GitHub's token endpoint, for jobs with `permissions: id-token: write`. */
  readonly githubRequest?: { readonly url: string; readonly token: string };
}

/** The GitHub Actions run, as provenance describes it. */
export interface GitHubRunFacts {
  readonly platform: 'github';
  readonly serverUrl: string;
  readonly repository: string;
  readonly workflowRef: string;
  readonly eventName: string;
  readonly repositoryId: string;
  readonly repositoryOwnerId: string;
  readonly ref: string;
  readonly sha: string;
  readonly runId: string;
  readonly runAttempt: string;
  readonly runnerEnvironment?: string;
}

/** The GitLab CI job, as provenance describes it. */
export interface GitLabRunFacts {
  readonly platform: 'gitlab';
  readonly projectUrl: string;
  readonly configPath: string;
  /** The full ref the pipeline ran for: refs/tags/…, refs/heads/… or a merge request's. */
  readonly ref: string;
  /** `<host>/<project path>//<config>@<ref>`, the Fulcio identity when the token lacks it. */
  readonly configRefUri: string;
  readonly pipelineId: string;
  readonly pipelineSource: string;
  readonly projectId: string;
  readonly namespaceId: string;
  readonly jobName: string;
  readonly jobUrl: string;
  readonly commitSha: string;
  readonly jobStartedAt?: string;
}

export type RunFacts = GitHubRunFacts | GitLabRunFacts;

/** The job as a link, for a scan report's invocation: every field filled, even locally. */
export interface JobLink {
  readonly uri: string;
  readonly eventId: string;
  readonly builderId: string;
}

/** Outside CI there is no run to link: say so rather than invent one. */
export const LOCAL_JOB: JobLink = {
  uri: 'urn:imprint:local-run',
  eventId: 'local',
  builderId: 'urn:imprint:cli',
};

/**
 * The GitHub Actions cache service that BuildKit's `type=gha` cache talks to: the variables
 * buildx reads it from (handed over in buildx's environment, never on its command line), or
 * why there is none here.
 */
export type ActionsCacheService =
  | { readonly available: true; readonly environment: Readonly<Record<string, string>> }
  | { readonly available: false; readonly reason: string; readonly hint: string };

/** Outside GitHub Actions there is no Actions cache service to talk to. */
export const NO_ACTIONS_CACHE_SERVICE: ActionsCacheService = {
  available: false,
  reason:
    'type=gha caches live in the GitHub Actions cache service, which only GitHub Actions jobs reach',
  hint: 'cache in a registry (type=registry,ref=REGISTRY/REPO:cache) or a directory (type=local,src=DIR / type=local,dest=DIR)',
};

/**
 * The repository's visibility, as GitHub's event payload states it (`repository.visibility`),
 * or why it could not be read.
 */
export type RepositoryVisibility =
  { visibility: 'public' | 'private' | 'internal' } | { unreadable: string };

/** GitHub's REST API for this run: where it is, the repository, the token if the job has one. */
export interface GitHubApiFacts {
  /** GITHUB_SERVER_URL (https://github.com by default; a GitHub Enterprise Server's otherwise). */
  readonly serverUrl: string;
  /** GITHUB_API_URL (https://api.github.com by default). */
  readonly apiUrl: string;
  /** GITHUB_REPOSITORY (owner/name). */
  readonly repository?: string;
  /** GITHUB_TOKEN, when the job put it in the environment. */
  readonly token?: string;
}

export interface CiPlatform {
  readonly name: PlatformName;
  /** Where this job's temporary directories go (emptied by the platform after the job, if it can). */
  readonly tempRoot: string;
  readonly tokenSources: TokenSources;
  /** Says exactly what to add to the job when no OIDC token was found. */
  missingTokenMessage(): string;
  /** Hides a secret in this platform's log (GitHub masks it); a no-op where nothing masks. */
  maskSecret(secret: string): void;
  /** The run provenance describes; throws naming the missing variable; undefined outside CI. */
  runFacts(): RunFacts | undefined;
  /** GitHub: the repository's visibility (it picks the Sigstore instance); undefined elsewhere. */
  repositoryVisibility(): RepositoryVisibility | undefined;
  /** GitHub: its REST API (Attestations API uploads); undefined elsewhere. */
  githubApi(): GitHubApiFacts | undefined;
  /** The job as a link (LOCAL_JOB when the platform's variables are not there). */
  readonly job: JobLink;
  /** Tools (Trivy) may be downloaded into the runner's tool cache. */
  readonly toolDownload: boolean;
  /** The Actions cache keeps the Trivy DB between jobs. */
  readonly actionsCache: boolean;
  /** The Actions cache service for BuildKit's `type=gha` cache (GitHub only). */
  readonly actionsCacheService: ActionsCacheService;
  /** Where the outputs go as a dotenv report when --dotenv is not given. */
  readonly dotenvDefault?: string;
}

/**
 * The job's own temporary space when it exists as a directory (a shell runner, or
 * gitlab-ci-local, may name one that is not there), else the system's.
 */
export function tempRootIn(jobSpace: string | undefined): string {
  return jobSpace && isDirectory(jobSpace) ? jobSpace : tmpdir();
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Reads variables the platform sets for every job; a missing one fails naming it. */
export function requiredReader(env: CiEnvironment, platform: string): (name: string) => string {
  return (name) => {
    const value = env[name];
    if (value === undefined || value === '') {
      throw new ImprintError(
        'INPUT_INVALID',
        `Provenance needs ${name}, which ${platform} sets for every job, and it is not set.`,
        { hint: `run imprint as a job step (not in a container that drops the CI variables)` },
      );
    }
    return value;
  };
}

export const GITHUB_TOKEN_FIX = 'permissions:\n    id-token: write';
export const GITLAB_TOKEN_FIX = 'id_tokens:\n    SIGSTORE_ID_TOKEN:\n      aud: sigstore';
export const NO_TOKEN = 'Keyless signing needs an OIDC identity token and none was found.';

/** SIGSTORE_ID_TOKEN, wherever it is set: GitLab's id_tokens, or a token passed by hand. */
export function sigstoreIdToken(env: CiEnvironment): { sigstoreIdToken?: string } {
  const token = env.SIGSTORE_ID_TOKEN?.trim();
  return token ? { sigstoreIdToken: token } : {};
}
