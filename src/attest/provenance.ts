/**
 * SLSA v1 provenance from the CI run's environment. Pure: it reads a plain record of the
 * variables GitHub Actions and GitLab CI set (and, when given, the OIDC token's claims, which
 * know the reusable workflow actually running), and returns the predicate.
 *
 * GitHub: the `https://actions.github.io/buildtypes/workflow/v1` build type, shaped exactly as
 * actions/attest-build-provenance writes it, so `gh attestation verify` reads it.
 * GitLab: GitLab's own provenance build type describes the runner's artifact metadata, not a
 * job's step, so imprint names its own build type (GITLAB_BUILD_TYPE) with the same layout as
 * GitHub's: the pipeline definition as external parameters, GitLab's ids as internal ones, the
 * commit as the resolved dependency, and the Fulcio identity (`https://<ci_config_ref_uri>`) as
 * the builder, so one policy can tie the certificate and the provenance together.
 */
import { ImprintError } from '../errors.js';

export const GITHUB_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
export const GITLAB_BUILD_TYPE =
  'https://github.com/imprint-dev/imprint/blob/v1/docs/buildtypes/gitlab-ci.md';

export type CiEnvironment = Readonly<Record<string, string | undefined>>;

export interface ProvenancePredicate {
  buildDefinition: {
    buildType: string;
    externalParameters: Record<string, unknown>;
    internalParameters: Record<string, unknown>;
    resolvedDependencies: { uri: string; digest: Record<string, string> }[];
  };
  runDetails: {
    builder: { id: string };
    metadata: { invocationId: string; startedOn?: string };
  };
}

export interface ProvenanceOptions {
  /** Claims of the job's OIDC token (decoded); they take precedence over the environment. */
  claims?: Readonly<Record<string, unknown>>;
}

export function buildProvenance(
  env: CiEnvironment,
  options: ProvenanceOptions = {},
): ProvenancePredicate {
  if (env.GITHUB_ACTIONS === 'true') return githubProvenance(env, options.claims ?? {});
  if (env.GITLAB_CI === 'true') return gitlabProvenance(env, options.claims ?? {});
  throw new ImprintError(
    'INPUT_INVALID',
    'Provenance describes a CI run, and this is neither GitHub Actions (GITHUB_ACTIONS=true) nor GitLab CI (GITLAB_CI=true).',
    { hint: 'run imprint in CI for provenance, or set provenance: false' },
  );
}

function githubProvenance(
  env: CiEnvironment,
  claims: Readonly<Record<string, unknown>>,
): ProvenancePredicate {
  const read = reader(env, 'GitHub Actions');
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  const repository = read('GITHUB_REPOSITORY');
  const workflowRef = read('GITHUB_WORKFLOW_REF');
  // owner/repo/.github/workflows/x.yml@refs/heads/main → .github/workflows/x.yml, refs/heads/main
  const [workflowPath, ...refParts] = workflowRef.replace(`${repository}/`, '').split('@');
  const jobWorkflowRef = stringClaim(claims, 'job_workflow_ref') ?? workflowRef;
  return {
    buildDefinition: {
      buildType: GITHUB_BUILD_TYPE,
      externalParameters: {
        workflow: {
          ref: refParts.join('@'),
          repository: `${server}/${repository}`,
          path: workflowPath,
        },
      },
      internalParameters: {
        github: {
          event_name: read('GITHUB_EVENT_NAME'),
          repository_id: read('GITHUB_REPOSITORY_ID'),
          repository_owner_id: read('GITHUB_REPOSITORY_OWNER_ID'),
          runner_environment:
            stringClaim(claims, 'runner_environment') ?? env.RUNNER_ENVIRONMENT ?? 'unknown',
        },
      },
      resolvedDependencies: [
        {
          uri: `git+${server}/${repository}@${read('GITHUB_REF')}`,
          digest: { gitCommit: read('GITHUB_SHA') },
        },
      ],
    },
    runDetails: {
      builder: { id: `${server}/${jobWorkflowRef}` },
      metadata: {
        invocationId: `${server}/${repository}/actions/runs/${read('GITHUB_RUN_ID')}/attempts/${read('GITHUB_RUN_ATTEMPT')}`,
      },
    },
  };
}

function gitlabProvenance(
  env: CiEnvironment,
  claims: Readonly<Record<string, unknown>>,
): ProvenancePredicate {
  const read = reader(env, 'GitLab CI');
  const projectUrl = read('CI_PROJECT_URL');
  const configPath = env.CI_CONFIG_PATH || '.gitlab-ci.yml';
  const ref = gitlabRef(env);
  const configRefUri =
    stringClaim(claims, 'ci_config_ref_uri') ??
    `${read('CI_SERVER_HOST')}/${read('CI_PROJECT_PATH')}//${configPath}@${ref}`;
  const internal: Record<string, string> = {
    pipeline_id: read('CI_PIPELINE_ID'),
    pipeline_source: read('CI_PIPELINE_SOURCE'),
    project_id: read('CI_PROJECT_ID'),
    namespace_id: read('CI_PROJECT_NAMESPACE_ID'),
    job_name: read('CI_JOB_NAME'),
  };
  const runnerEnvironment = stringClaim(claims, 'runner_environment');
  if (runnerEnvironment) internal.runner_environment = runnerEnvironment;
  const metadata: ProvenancePredicate['runDetails']['metadata'] = {
    invocationId: read('CI_JOB_URL'),
  };
  if (env.CI_JOB_STARTED_AT) metadata.startedOn = env.CI_JOB_STARTED_AT;
  return {
    buildDefinition: {
      buildType: GITLAB_BUILD_TYPE,
      externalParameters: {
        pipeline: {
          ref,
          repository: projectUrl,
          path: configPath,
          source: internal.pipeline_source,
        },
      },
      internalParameters: { gitlab: internal },
      resolvedDependencies: [
        { uri: `git+${projectUrl}@${ref}`, digest: { gitCommit: read('CI_COMMIT_SHA') } },
      ],
    },
    runDetails: { builder: { id: `https://${configRefUri}` }, metadata },
  };
}

/** The full ref the pipeline ran for: tag, branch, or merge request head. */
function gitlabRef(env: CiEnvironment): string {
  if (env.CI_COMMIT_TAG) return `refs/tags/${env.CI_COMMIT_TAG}`;
  if (env.CI_COMMIT_BRANCH) return `refs/heads/${env.CI_COMMIT_BRANCH}`;
  if (env.CI_MERGE_REQUEST_REF_PATH) return env.CI_MERGE_REQUEST_REF_PATH;
  return `refs/heads/${reader(env, 'GitLab CI')('CI_COMMIT_REF_NAME')}`;
}

function reader(env: CiEnvironment, platform: string): (name: string) => string {
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

function stringClaim(claims: Readonly<Record<string, unknown>>, name: string): string | undefined {
  const value = claims[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
