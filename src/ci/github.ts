/**
 * GitHub Actions as imprint sees it: the token endpoint, the run's facts (the variables every
 * job gets), RUNNER_TEMP (emptied after every job), the tool cache and the Actions cache.
 */
import { readFileSync } from 'node:fs';
import * as core from '@actions/core';
import { messageOf } from '../errors.js';
import {
  type ActionsCacheService,
  type CiEnvironment,
  type CiPlatform,
  type GitHubApiFacts,
  type GitHubRunFacts,
  GITHUB_TOKEN_FIX,
  type JobLink,
  type RepositoryVisibility,
  LOCAL_JOB,
  NO_TOKEN,
  requiredReader,
  sigstoreIdToken,
  tempRootIn,
  type TokenSources,
} from './platform.js';

const DEFAULT_SERVER = 'https://github.com';
const DEFAULT_API = 'https://api.github.com';

export class GitHubPlatform implements CiPlatform {
  readonly name = 'github';
  readonly tempRoot: string;
  readonly tokenSources: TokenSources;
  readonly job: JobLink;
  /** Runners have a tool cache (RUNNER_TOOL_CACHE, which @actions/tool-cache reads itself). */
  readonly toolDownload = true;
  readonly actionsCache = true;
  readonly actionsCacheService: ActionsCacheService;

  constructor(private readonly env: CiEnvironment) {
    this.tempRoot = tempRootIn(env.RUNNER_TEMP);
    this.actionsCacheService = actionsCacheService(env);
    this.tokenSources = { ...sigstoreIdToken(env), ...githubRequest(env) };
    this.job = githubJob(env);
  }

  missingTokenMessage(): string {
    return (
      `${NO_TOKEN} GitHub Actions hands one out only to jobs allowed to ask ` +
      `(ACTIONS_ID_TOKEN_REQUEST_URL is not set). Add to the job that runs imprint:\n  ${GITHUB_TOKEN_FIX}\n` +
      'Pull requests from forks never get a token: sign those with a key, or skip signing.'
    );
  }

  maskSecret(secret: string): void {
    core.setSecret(secret);
  }

  githubApi(): GitHubApiFacts {
    const { env } = this;
    return {
      serverUrl: env.GITHUB_SERVER_URL || DEFAULT_SERVER,
      apiUrl: env.GITHUB_API_URL || DEFAULT_API,
      ...(env.GITHUB_REPOSITORY && { repository: env.GITHUB_REPOSITORY }),
      ...(env.GITHUB_TOKEN && { token: env.GITHUB_TOKEN }),
    };
  }

  repositoryVisibility(): RepositoryVisibility {
    return readVisibility(this.env.GITHUB_EVENT_PATH);
  }

  runFacts(): GitHubRunFacts {
    const { env } = this;
    const read = requiredReader(env, 'GitHub Actions');
    return {
      platform: 'github',
      serverUrl: env.GITHUB_SERVER_URL || DEFAULT_SERVER,
      repository: read('GITHUB_REPOSITORY'),
      workflowRef: read('GITHUB_WORKFLOW_REF'),
      eventName: read('GITHUB_EVENT_NAME'),
      repositoryId: read('GITHUB_REPOSITORY_ID'),
      repositoryOwnerId: read('GITHUB_REPOSITORY_OWNER_ID'),
      ref: read('GITHUB_REF'),
      sha: read('GITHUB_SHA'),
      runId: read('GITHUB_RUN_ID'),
      runAttempt: read('GITHUB_RUN_ATTEMPT'),
      ...(env.RUNNER_ENVIRONMENT && { runnerEnvironment: env.RUNNER_ENVIRONMENT }),
    };
  }
}

/** What buildx reads the cache service from: v1's URL, v2's results URL, and their token. */
const CACHE_SERVICE_VARIABLES = [
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_CACHE_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_SERVICE_V2',
] as const;

/**
 * GitHub hands the cache service's token and URLs to actions (imprint's Action gets them) but
 * not to `run:` steps, where the imprint CLI would run without them.
 */
function actionsCacheService(env: CiEnvironment): ActionsCacheService {
  const hasUrl = Boolean(env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL);
  if (!env.ACTIONS_RUNTIME_TOKEN || !hasUrl) {
    return {
      available: false,
      reason:
        'ACTIONS_RUNTIME_TOKEN and ACTIONS_CACHE_URL / ACTIONS_RESULTS_URL are not set: GitHub hands them to actions, not to run: steps',
      hint: 'use the imprint Action (uses:) rather than the CLI in a run: step, or expose them to the step first (crazy-max/ghaction-github-runtime)',
    };
  }
  const environment: Record<string, string> = {};
  for (const name of CACHE_SERVICE_VARIABLES) {
    const value = env[name];
    if (value) environment[name] = value;
  }
  return { available: true, environment };
}

function githubRequest(env: CiEnvironment): Pick<TokenSources, 'githubRequest'> {
  const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const token = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  return url && token ? { githubRequest: { url, token } } : {};
}

/** The run's page; the workflow file (falling back to the repository) as the builder. */
function githubJob(env: CiEnvironment): JobLink {
  const { GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = env;
  if (!repository || !runId) return LOCAL_JOB;
  const server = env.GITHUB_SERVER_URL || DEFAULT_SERVER;
  return {
    uri: `${server}/${repository}/actions/runs/${runId}`,
    eventId: runId,
    builderId: `${server}/${env.GITHUB_WORKFLOW_REF || repository}`,
  };
}

const VISIBILITIES = ['public', 'private', 'internal'] as const;

/** `repository.visibility` of the event payload GitHub writes for every job. */
function readVisibility(eventPath: string | undefined): RepositoryVisibility {
  if (!eventPath) return { unreadable: 'GITHUB_EVENT_PATH is not set' };
  let payload: unknown;
  try {
    payload = JSON.parse(readFileSync(eventPath, 'utf8'));
  } catch (error) {
    return { unreadable: `the event payload ${eventPath} cannot be read: ${messageOf(error)}` };
  }
  const visibility = (payload as { repository?: { visibility?: unknown } } | null)?.repository
    ?.visibility;
  const known = VISIBILITIES.find((name) => name === visibility);
  if (known) return { visibility: known };
  return {
    unreadable:
      visibility === undefined
        ? 'the event payload has no repository.visibility'
        : `the event payload's repository.visibility is ${JSON.stringify(visibility)}`,
  };
}
