/**
 * SLSA v1 provenance from the CI run's facts. Pure: it reads the facts the platform adapter
 * gathered from the variables GitHub Actions and GitLab CI set (src/ci/github.ts, gitlab.ts)
 * and, when given, the OIDC token's claims, which know the reusable workflow actually running,
 * and returns the predicate.
 *
 * GitHub: the `https://actions.github.io/buildtypes/workflow/v1` build type, shaped exactly as
 * actions/attest-build-provenance writes it, so `gh attestation verify` reads it.
 * GitLab: GitLab's own provenance build type describes the runner's artifact metadata, not a
 * job's step, so imprint names its own build type (GITLAB_BUILD_TYPE) with the same layout as
 * GitHub's: the pipeline definition as external parameters, GitLab's ids as internal ones, the
 * commit as the resolved dependency, and the Fulcio identity (`https://<ci_config_ref_uri>`) as
 * the builder, so one policy can tie the certificate and the provenance together.
 */
import type { GitHubRunFacts, GitLabRunFacts, RunFacts } from '../ci/platform.js';
import { ImprintError } from '../errors.js';

export const GITHUB_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
export const GITLAB_BUILD_TYPE =
  'https://github.com/imprint-dev/imprint/blob/v1/docs/buildtypes/gitlab-ci.md';

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
  facts: RunFacts | undefined,
  options: ProvenanceOptions = {},
): ProvenancePredicate {
  if (facts?.platform === 'github') return githubProvenance(facts, options.claims ?? {});
  if (facts?.platform === 'gitlab') return gitlabProvenance(facts, options.claims ?? {});
  throw new ImprintError(
    'INPUT_INVALID',
    'Provenance describes a CI run, and this is neither GitHub Actions (GITHUB_ACTIONS=true) nor GitLab CI (GITLAB_CI=true).',
    { hint: 'run imprint in CI for provenance, or set provenance: false' },
  );
}

function githubProvenance(
  facts: GitHubRunFacts,
  claims: Readonly<Record<string, unknown>>,
): ProvenancePredicate {
  const { serverUrl: server, repository, workflowRef } = facts;
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
          event_name: facts.eventName,
          repository_id: facts.repositoryId,
          repository_owner_id: facts.repositoryOwnerId,
          runner_environment:
            stringClaim(claims, 'runner_environment') ?? facts.runnerEnvironment ?? 'unknown',
        },
      },
      resolvedDependencies: [
        {
          uri: `git+${server}/${repository}@${facts.ref}`,
          digest: { gitCommit: facts.sha },
        },
      ],
    },
    runDetails: {
      builder: { id: `${server}/${jobWorkflowRef}` },
      metadata: {
        invocationId: `${server}/${repository}/actions/runs/${facts.runId}/attempts/${facts.runAttempt}`,
      },
    },
  };
}

function gitlabProvenance(
  facts: GitLabRunFacts,
  claims: Readonly<Record<string, unknown>>,
): ProvenancePredicate {
  const { projectUrl, configPath, ref } = facts;
  const configRefUri = stringClaim(claims, 'ci_config_ref_uri') ?? facts.configRefUri;
  const internal: Record<string, string> = {
    pipeline_id: facts.pipelineId,
    pipeline_source: facts.pipelineSource,
    project_id: facts.projectId,
    namespace_id: facts.namespaceId,
    job_name: facts.jobName,
  };
  const runnerEnvironment = stringClaim(claims, 'runner_environment');
  if (runnerEnvironment) internal.runner_environment = runnerEnvironment;
  const metadata: ProvenancePredicate['runDetails']['metadata'] = { invocationId: facts.jobUrl };
  if (facts.jobStartedAt) metadata.startedOn = facts.jobStartedAt;
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
        { uri: `git+${projectUrl}@${ref}`, digest: { gitCommit: facts.commitSha } },
      ],
    },
    runDetails: { builder: { id: `https://${configRefUri}` }, metadata },
  };
}

function stringClaim(claims: Readonly<Record<string, unknown>>, name: string): string | undefined {
  const value = claims[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
