/**
 * GitHub Actions as imprint sees it: the token endpoint, the run's facts (the variables every
 * job gets), RUNNER_TEMP (emptied after every job), the tool cache and the Actions cache.
 */
import * as core from '@actions/core';
import {
  type CiEnvironment,
  type CiPlatform,
  type GitHubRunFacts,
  GITHUB_TOKEN_FIX,
  type JobLink,
  LOCAL_JOB,
  NO_TOKEN,
  requiredReader,
  sigstoreIdToken,
  tempRootIn,
  type TokenSources,
} from './platform.js';

const DEFAULT_SERVER = 'https://github.com';

export class GitHubPlatform implements CiPlatform {
  readonly name = 'github';
  readonly tempRoot: string;
  readonly tokenSources: TokenSources;
  readonly job: JobLink;
  /** Runners have a tool cache (RUNNER_TOOL_CACHE, which @actions/tool-cache reads itself). */
  readonly toolDownload = true;
  readonly actionsCache = true;

  constructor(private readonly env: CiEnvironment) {
    this.tempRoot = tempRootIn(env.RUNNER_TEMP);
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
