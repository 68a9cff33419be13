import { readFileSync } from 'node:fs';
import {
  buildProvenance,
  GITHUB_BUILD_TYPE,
  GITLAB_BUILD_TYPE,
  type ProvenanceOptions,
} from '../../../src/attest/provenance.js';
import { detectPlatform } from '../../../src/ci/choose-platform.js';
import type { CiEnvironment } from '../../../src/ci/platform.js';
import { ImprintError } from '../../../src/errors.js';

const SHA = '1f0e3a9c4b2d8e7f6a5b4c3d2e1f0a9b8c7d6e5f';

/** The variables a GitHub-hosted runner sets for a push to main of acme/app. */
const GITHUB_ENV = {
  GITHUB_ACTIONS: 'true',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme/app',
  GITHUB_WORKFLOW_REF: 'acme/app/.github/workflows/release.yml@refs/heads/main',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_SHA: SHA,
  GITHUB_EVENT_NAME: 'push',
  GITHUB_REPOSITORY_ID: '2000',
  GITHUB_REPOSITORY_OWNER_ID: '1000',
  GITHUB_RUN_ID: '9000000001',
  GITHUB_RUN_ATTEMPT: '2',
  RUNNER_ENVIRONMENT: 'github-hosted',
};

/** The variables GitLab sets for a tag pipeline of acme/app on gitlab.com. */
const GITLAB_ENV = {
  GITLAB_CI: 'true',
  CI_SERVER_HOST: 'gitlab.com',
  CI_PROJECT_PATH: 'acme/app',
  CI_PROJECT_URL: 'https://gitlab.com/acme/app',
  CI_PROJECT_ID: '20',
  CI_PROJECT_NAMESPACE_ID: '72',
  CI_CONFIG_PATH: '.gitlab-ci.yml',
  CI_COMMIT_TAG: 'v1.2.0',
  CI_COMMIT_REF_NAME: 'v1.2.0',
  CI_COMMIT_SHA: SHA,
  CI_PIPELINE_ID: '574',
  CI_PIPELINE_SOURCE: 'push',
  CI_JOB_NAME: 'publish',
  CI_JOB_URL: 'https://gitlab.com/acme/app/-/jobs/302',
  CI_JOB_STARTED_AT: '2025-06-01T12:00:00Z',
};

/** The job's variables as the platform adapter reads them, rendered as provenance. */
function provenanceIn(env: CiEnvironment, options?: ProvenanceOptions) {
  return buildProvenance(detectPlatform(env).runFacts(), options);
}

function failure(run: () => unknown): ImprintError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImprintError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('buildProvenance on GitHub Actions', () => {
  it('writes the workflow/v1 build type exactly as actions/attest-build-provenance does', () => {
    expect(provenanceIn(GITHUB_ENV)).toEqual({
      buildDefinition: {
        buildType: GITHUB_BUILD_TYPE,
        externalParameters: {
          workflow: {
            ref: 'refs/heads/main',
            repository: 'https://github.com/acme/app',
            path: '.github/workflows/release.yml',
          },
        },
        internalParameters: {
          github: {
            event_name: 'push',
            repository_id: '2000',
            repository_owner_id: '1000',
            runner_environment: 'github-hosted',
          },
        },
        resolvedDependencies: [
          { uri: 'git+https://github.com/acme/app@refs/heads/main', digest: { gitCommit: SHA } },
        ],
      },
      runDetails: {
        builder: {
          id: 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main',
        },
        metadata: {
          invocationId: 'https://github.com/acme/app/actions/runs/9000000001/attempts/2',
        },
      },
    });
  });

  it('takes the builder from the token when a reusable workflow runs the job', () => {
    const provenance = provenanceIn(GITHUB_ENV, {
      claims: { job_workflow_ref: 'acme/shared/.github/workflows/build.yml@refs/tags/v3' },
    });
    expect(provenance.runDetails.builder.id).toBe(
      'https://github.com/acme/shared/.github/workflows/build.yml@refs/tags/v3',
    );
  });

  it('keeps an @ inside the workflow ref (tags like pkg@1.0)', () => {
    const provenance = provenanceIn({
      ...GITHUB_ENV,
      GITHUB_WORKFLOW_REF: 'acme/app/.github/workflows/release.yml@refs/tags/pkg@1.0',
    });
    expect(provenance.buildDefinition.externalParameters.workflow).toMatchObject({
      ref: 'refs/tags/pkg@1.0',
      path: '.github/workflows/release.yml',
    });
  });

  it('names the missing variable', () => {
    const error = failure(() => provenanceIn({ ...GITHUB_ENV, GITHUB_SHA: undefined }));
    expect(error.code).toBe('INPUT_INVALID');
    expect(error.message).toBe(
      'Provenance needs GITHUB_SHA, which GitHub Actions sets for every job, and it is not set.',
    );
  });
});

describe('buildProvenance on GitLab CI', () => {
  it("uses imprint's GitLab build type, the job URL and the Fulcio identity as builder", () => {
    expect(provenanceIn(GITLAB_ENV, { claims: { runner_environment: 'gitlab-hosted' } })).toEqual({
      buildDefinition: {
        buildType: GITLAB_BUILD_TYPE,
        externalParameters: {
          pipeline: {
            ref: 'refs/tags/v1.2.0',
            repository: 'https://gitlab.com/acme/app',
            path: '.gitlab-ci.yml',
            source: 'push',
          },
        },
        internalParameters: {
          gitlab: {
            pipeline_id: '574',
            pipeline_source: 'push',
            project_id: '20',
            namespace_id: '72',
            job_name: 'publish',
            runner_environment: 'gitlab-hosted',
          },
        },
        resolvedDependencies: [
          { uri: 'git+https://gitlab.com/acme/app@refs/tags/v1.2.0', digest: { gitCommit: SHA } },
        ],
      },
      runDetails: {
        builder: { id: 'https://gitlab.com/acme/app//.gitlab-ci.yml@refs/tags/v1.2.0' },
        metadata: {
          invocationId: 'https://gitlab.com/acme/app/-/jobs/302',
          startedOn: '2025-06-01T12:00:00Z',
        },
      },
    });
  });

  it('branch and merge-request pipelines get their full refs', () => {
    const branch = { ...GITLAB_ENV, CI_COMMIT_TAG: undefined, CI_COMMIT_BRANCH: 'main' };
    expect(provenanceIn(branch).buildDefinition.externalParameters.pipeline).toMatchObject({
      ref: 'refs/heads/main',
    });
    const mr = {
      ...GITLAB_ENV,
      CI_COMMIT_TAG: undefined,
      CI_MERGE_REQUEST_REF_PATH: 'refs/merge-requests/7/head',
    };
    expect(provenanceIn(mr).runDetails.builder.id).toBe(
      'https://gitlab.com/acme/app//.gitlab-ci.yml@refs/merge-requests/7/head',
    );
  });

  it('prefers the token ci_config_ref_uri (config in another project)', () => {
    const provenance = provenanceIn(GITLAB_ENV, {
      claims: { ci_config_ref_uri: 'gitlab.com/acme/ci//pipelines/app.yml@refs/heads/main' },
    });
    expect(provenance.runDetails.builder.id).toBe(
      'https://gitlab.com/acme/ci//pipelines/app.yml@refs/heads/main',
    );
  });
});

describe('buildProvenance elsewhere', () => {
  it('refuses to describe a run outside CI', () => {
    const error = failure(() => provenanceIn({}));
    expect(error.describe()).toBe(
      'Provenance describes a CI run, and this is neither GitHub Actions (GITHUB_ACTIONS=true) nor GitLab CI (GITLAB_CI=true).\n' +
        '  hint: run imprint in CI for provenance, or set provenance: false',
    );
  });
});

describe('the GitLab build type', () => {
  it('points at a specification this repository holds, which documents every field written', () => {
    const path = /\/blob\/v1\/(.+)$/.exec(GITLAB_BUILD_TYPE)?.[1];
    expect(path).toBe('docs/buildtypes/gitlab-ci.md');
    const spec = readFileSync(path!, 'utf8');
    expect(spec).toContain(`\`buildType\`: \`${GITLAB_BUILD_TYPE}\``);
    const predicate = provenanceIn(GITLAB_ENV, {
      claims: { runner_environment: 'gitlab-hosted' },
    });
    const pipeline = predicate.buildDefinition.externalParameters.pipeline as Record<
      string,
      string
    >;
    for (const field of Object.keys(pipeline)) expect(spec).toContain(`\`pipeline.${field}\``);
    const gitlab = predicate.buildDefinition.internalParameters.gitlab as Record<string, string>;
    for (const field of Object.keys(gitlab)) expect(spec).toContain(`\`${field}\``);
  });
});
