/**
 * GitLab CI as imprint sees it: SIGSTORE_ID_TOKEN from `id_tokens:`, the job's facts (the
 * predefined variables), CI_BUILDS_DIR as the job's temporary space, and a dotenv report by
 * default so later jobs receive the outputs. No tool download and no DB cache: the pipeline
 * sets its own image and `cache:`.
 */
import {
  type CiEnvironment,
  type CiPlatform,
  type GitLabRunFacts,
  GITLAB_TOKEN_FIX,
  type JobLink,
  LOCAL_JOB,
  NO_ACTIONS_CACHE_SERVICE,
  NO_TOKEN,
  requiredReader,
  sigstoreIdToken,
  tempRootIn,
  type TokenSources,
} from './platform.js';

const DEFAULT_CONFIG_PATH = '.gitlab-ci.yml';
const GITLAB_DOTENV_DEFAULT = 'imprint.env';

export class GitLabPlatform implements CiPlatform {
  readonly name = 'gitlab';
  readonly tempRoot: string;
  readonly tokenSources: TokenSources;
  readonly job: JobLink;
  readonly toolDownload = false;
  readonly actionsCache = false;
  readonly actionsCacheService = NO_ACTIONS_CACHE_SERVICE;
  readonly dotenvDefault = GITLAB_DOTENV_DEFAULT;

  constructor(private readonly env: CiEnvironment) {
    this.tempRoot = tempRootIn(env.CI_BUILDS_DIR);
    this.tokenSources = sigstoreIdToken(env);
    this.job = gitlabJob(env);
  }

  missingTokenMessage(): string {
    return `${NO_TOKEN} SIGSTORE_ID_TOKEN is not set. Add to the job that runs imprint:\n  ${GITLAB_TOKEN_FIX}`;
  }

  /** GitLab masks only variables declared masked; nothing to register at run time. */
  maskSecret(): void {}

  /** GitLab's project visibility does not choose a Sigstore instance: public-good stays. */
  repositoryVisibility(): undefined {
    return undefined;
  }

  githubApi(): undefined {
    return undefined;
  }

  runFacts(): GitLabRunFacts {
    const { env } = this;
    const read = requiredReader(env, 'GitLab CI');
    const projectUrl = read('CI_PROJECT_URL');
    const configPath = env.CI_CONFIG_PATH || DEFAULT_CONFIG_PATH;
    const ref = gitlabRef(env);
    return {
      platform: 'gitlab',
      projectUrl,
      configPath,
      ref,
      configRefUri: `${read('CI_SERVER_HOST')}/${read('CI_PROJECT_PATH')}//${configPath}@${ref}`,
      pipelineId: read('CI_PIPELINE_ID'),
      pipelineSource: read('CI_PIPELINE_SOURCE'),
      projectId: read('CI_PROJECT_ID'),
      namespaceId: read('CI_PROJECT_NAMESPACE_ID'),
      jobName: read('CI_JOB_NAME'),
      jobUrl: read('CI_JOB_URL'),
      commitSha: read('CI_COMMIT_SHA'),
      ...(env.CI_JOB_STARTED_AT && { jobStartedAt: env.CI_JOB_STARTED_AT }),
    };
  }
}

/** The full ref the pipeline ran for: tag, branch, or merge request head. */
function gitlabRef(env: CiEnvironment): string {
  if (env.CI_COMMIT_TAG) return `refs/tags/${env.CI_COMMIT_TAG}`;
  if (env.CI_COMMIT_BRANCH) return `refs/heads/${env.CI_COMMIT_BRANCH}`;
  if (env.CI_MERGE_REQUEST_REF_PATH) return env.CI_MERGE_REQUEST_REF_PATH;
  return `refs/heads/${requiredReader(env, 'GitLab CI')('CI_COMMIT_REF_NAME')}`;
}

/** The job's page; the project's pipeline definition as the builder. */
function gitlabJob(env: CiEnvironment): JobLink {
  const { CI_JOB_URL: jobUrl, CI_PROJECT_URL: projectUrl } = env;
  if (!jobUrl || !projectUrl) return LOCAL_JOB;
  return {
    uri: jobUrl,
    eventId: env.CI_JOB_ID || env.CI_PIPELINE_ID || jobUrl,
    builderId: `${projectUrl}//${env.CI_CONFIG_PATH || DEFAULT_CONFIG_PATH}`,
  };
}
