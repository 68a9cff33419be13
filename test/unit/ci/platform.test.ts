import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectPlatform } from '../../../src/ci/choose-platform.js';
import { createContext } from '../../../src/ci/context.js';
import { PlainLogger } from '../../../src/ci/log.js';
import { LOCAL_JOB } from '../../../src/ci/platform.js';
import { ImprintError } from '../../../src/errors.js';

const SHA = '1f0e3a9c4b2d8e7f6a5b4c3d2e1f0a9b8c7d6e5f';

/** The variables a GitHub-hosted runner sets for a push to main of acme/app. */
const GITHUB_ENV = {
  GITHUB_ACTIONS: 'true',
  GITHUB_SERVER_URL: 'https://github.example',
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

/** The variables GitLab sets for a branch pipeline of acme/app on gitlab.com. */
const GITLAB_ENV = {
  GITLAB_CI: 'true',
  CI_SERVER_HOST: 'gitlab.com',
  CI_PROJECT_PATH: 'acme/app',
  CI_PROJECT_URL: 'https://gitlab.com/acme/app',
  CI_PROJECT_ID: '20',
  CI_PROJECT_NAMESPACE_ID: '72',
  CI_CONFIG_PATH: 'ci/release.yml',
  CI_COMMIT_BRANCH: 'main',
  CI_COMMIT_REF_NAME: 'main',
  CI_COMMIT_SHA: SHA,
  CI_PIPELINE_ID: '574',
  CI_PIPELINE_SOURCE: 'push',
  CI_JOB_ID: '302',
  CI_JOB_NAME: 'publish',
  CI_JOB_URL: 'https://gitlab.com/acme/app/-/jobs/302',
  CI_JOB_STARTED_AT: '2025-06-01T12:00:00Z',
};

function failure(run: () => unknown): ImprintError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImprintError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('choosing the platform', () => {
  it('GITHUB_ACTIONS=true is GitHub, GITLAB_CI=true GitLab, anything else local', () => {
    expect(detectPlatform({ GITHUB_ACTIONS: 'true' }).name).toBe('github');
    expect(detectPlatform({ GITLAB_CI: 'true' }).name).toBe('gitlab');
    expect(detectPlatform({}).name).toBe('local');
    expect(detectPlatform({ GITHUB_ACTIONS: 'false', GITLAB_CI: '1', CI: 'true' }).name).toBe(
      'local',
    );
  });

  it('the context carries the adapter the door chose', () => {
    const logger = new PlainLogger(() => {});
    expect(createContext({ env: GITLAB_ENV, logger }).platform.name).toBe('gitlab');
    expect(createContext({ env: {}, logger }).platform.name).toBe('local');
  });
});

describe('the GitHub adapter', () => {
  const github = detectPlatform(GITHUB_ENV);

  it('reads the run provenance describes', () => {
    expect(github.runFacts()).toEqual({
      platform: 'github',
      serverUrl: 'https://github.example',
      repository: 'acme/app',
      workflowRef: 'acme/app/.github/workflows/release.yml@refs/heads/main',
      eventName: 'push',
      repositoryId: '2000',
      repositoryOwnerId: '1000',
      ref: 'refs/heads/main',
      sha: SHA,
      runId: '9000000001',
      runAttempt: '2',
      runnerEnvironment: 'github-hosted',
    });
  });

  it('defaults the server to github.com and names a missing variable', () => {
    const facts = detectPlatform({ ...GITHUB_ENV, GITHUB_SERVER_URL: undefined }).runFacts();
    expect(facts?.platform === 'github' && facts.serverUrl).toBe('https://github.com');
    const error = failure(() =>
      detectPlatform({ ...GITHUB_ENV, GITHUB_RUN_ATTEMPT: '' }).runFacts(),
    );
    expect(error.code).toBe('INPUT_INVALID');
    expect(error.message).toBe(
      'Provenance needs GITHUB_RUN_ATTEMPT, which GitHub Actions sets for every job, and it is not set.',
    );
  });

  it('links the run page, with the workflow as builder', () => {
    expect(github.job).toEqual({
      uri: 'https://github.example/acme/app/actions/runs/9000000001',
      eventId: '9000000001',
      builderId: 'https://github.example/acme/app/.github/workflows/release.yml@refs/heads/main',
    });
    expect(
      detectPlatform({ GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'acme/app', GITHUB_RUN_ID: '42' })
        .job,
    ).toEqual({
      uri: 'https://github.com/acme/app/actions/runs/42',
      eventId: '42',
      builderId: 'https://github.com/acme/app',
    });
    expect(detectPlatform({ GITHUB_ACTIONS: 'true', GITHUB_RUN_ID: '42' }).job).toEqual(LOCAL_JOB);
  });

  it('offers the token endpoint and SIGSTORE_ID_TOKEN; downloads tools; has the Actions cache; no dotenv', () => {
    const withEndpoint = detectPlatform({
      GITHUB_ACTIONS: 'true',
      SIGSTORE_ID_TOKEN: ' jwt ',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/?api-version=2',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-secret',
    });
    expect(withEndpoint.tokenSources).toEqual({
      sigstoreIdToken: 'jwt',
      githubRequest: { url: 'https://token.example/?api-version=2', token: 'request-secret' },
    });
    expect(github.tokenSources).toEqual({});
    expect(github.toolDownload).toBe(true);
    expect(github.actionsCache).toBe(true);
    expect(github.dotenvDefault).toBeUndefined();
  });
});

describe("the GitHub adapter's repository visibility (it picks the Sigstore instance)", () => {
  const withEvent = (content: string | undefined) => {
    const env: Record<string, string> = { ...GITHUB_ENV };
    if (content !== undefined) {
      const path = join(mkdtempSync(join(tmpdir(), 'imprint-event-')), 'event.json');
      writeFileSync(path, content);
      env.GITHUB_EVENT_PATH = path;
    }
    return detectPlatform(env).repositoryVisibility();
  };

  it.each(['public', 'private', 'internal'])('reads repository.visibility %s', (visibility) => {
    expect(withEvent(JSON.stringify({ repository: { visibility } }))).toEqual({ visibility });
  });

  it('says why it cannot read it: no payload, not JSON, no field, an unknown value', () => {
    expect(withEvent(undefined)).toEqual({ unreadable: 'GITHUB_EVENT_PATH is not set' });
    expect(withEvent('{not json')).toEqual({
      unreadable: expect.stringMatching(
        /^the event payload .*event\.json cannot be read: /,
      ) as string,
    });
    expect(withEvent(JSON.stringify({ repository: {} }))).toEqual({
      unreadable: 'the event payload has no repository.visibility',
    });
    expect(withEvent('null')).toEqual({
      unreadable: 'the event payload has no repository.visibility',
    });
    expect(withEvent(JSON.stringify({ repository: { visibility: 'secret' } }))).toEqual({
      unreadable: `the event payload's repository.visibility is "secret"`,
    });
  });

  it('is not asked of GitLab or a terminal', () => {
    expect(detectPlatform(GITLAB_ENV).repositoryVisibility()).toBeUndefined();
    expect(detectPlatform({}).repositoryVisibility()).toBeUndefined();
  });
});

describe('the GitLab adapter', () => {
  const gitlab = detectPlatform(GITLAB_ENV);

  it('reads the job provenance describes', () => {
    expect(gitlab.runFacts()).toEqual({
      platform: 'gitlab',
      projectUrl: 'https://gitlab.com/acme/app',
      configPath: 'ci/release.yml',
      ref: 'refs/heads/main',
      configRefUri: 'gitlab.com/acme/app//ci/release.yml@refs/heads/main',
      pipelineId: '574',
      pipelineSource: 'push',
      projectId: '20',
      namespaceId: '72',
      jobName: 'publish',
      jobUrl: 'https://gitlab.com/acme/app/-/jobs/302',
      commitSha: SHA,
      jobStartedAt: '2025-06-01T12:00:00Z',
    });
  });

  it('tags, merge requests and bare ref names get full refs; the config path defaults', () => {
    const ref = (extra: Record<string, string | undefined>) => {
      const facts = detectPlatform({ ...GITLAB_ENV, CI_COMMIT_BRANCH: undefined, ...extra });
      const run = facts.runFacts();
      return run?.platform === 'gitlab' ? run.ref : undefined;
    };
    expect(ref({ CI_COMMIT_TAG: 'v1.2.0' })).toBe('refs/tags/v1.2.0');
    expect(ref({ CI_MERGE_REQUEST_REF_PATH: 'refs/merge-requests/7/head' })).toBe(
      'refs/merge-requests/7/head',
    );
    expect(ref({ CI_COMMIT_REF_NAME: 'feature' })).toBe('refs/heads/feature');
    const facts = detectPlatform({ ...GITLAB_ENV, CI_CONFIG_PATH: '' }).runFacts();
    expect(facts?.platform === 'gitlab' && facts.configRefUri).toBe(
      'gitlab.com/acme/app//.gitlab-ci.yml@refs/heads/main',
    );
  });

  it('names a missing variable', () => {
    const error = failure(() =>
      detectPlatform({ ...GITLAB_ENV, CI_JOB_URL: undefined }).runFacts(),
    );
    expect(error.message).toBe(
      'Provenance needs CI_JOB_URL, which GitLab CI sets for every job, and it is not set.',
    );
  });

  it('links the job page, with the pipeline definition as builder', () => {
    expect(gitlab.job).toEqual({
      uri: 'https://gitlab.com/acme/app/-/jobs/302',
      eventId: '302',
      builderId: 'https://gitlab.com/acme/app//ci/release.yml',
    });
    expect(
      detectPlatform({
        GITLAB_CI: 'true',
        CI_JOB_URL: 'https://gitlab.com/acme/app/-/jobs/302',
        CI_PIPELINE_ID: '574',
        CI_PROJECT_URL: 'https://gitlab.com/acme/app',
      }).job,
    ).toEqual({
      uri: 'https://gitlab.com/acme/app/-/jobs/302',
      eventId: '574',
      builderId: 'https://gitlab.com/acme/app//.gitlab-ci.yml',
    });
    expect(detectPlatform({ GITLAB_CI: 'true', CI_PROJECT_URL: 'x' }).job).toEqual(LOCAL_JOB);
  });

  it('offers SIGSTORE_ID_TOKEN only; no tool download, no Actions cache; a dotenv report by default', () => {
    expect(
      detectPlatform({
        GITLAB_CI: 'true',
        SIGSTORE_ID_TOKEN: 'jwt',
        ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-secret',
      }).tokenSources,
    ).toEqual({ sigstoreIdToken: 'jwt' });
    expect(gitlab.toolDownload).toBe(false);
    expect(gitlab.actionsCache).toBe(false);
    expect(gitlab.dotenvDefault).toBe('imprint.env');
  });
});

describe('the local adapter', () => {
  const local = detectPlatform({ GITHUB_REPOSITORY: 'acme/app', CI_JOB_URL: 'x' });

  it('describes no run, links none, downloads nothing, writes no dotenv', () => {
    expect(local.runFacts()).toBeUndefined();
    expect(local.job).toEqual({
      uri: 'urn:imprint:local-run',
      eventId: 'local',
      builderId: 'urn:imprint:cli',
    });
    expect(local.toolDownload).toBe(false);
    expect(local.actionsCache).toBe(false);
    expect(local.dotenvDefault).toBeUndefined();
  });

  it('takes a token only from SIGSTORE_ID_TOKEN, never from a GitHub endpoint', () => {
    expect(
      detectPlatform({
        SIGSTORE_ID_TOKEN: 'jwt',
        ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-secret',
      }).tokenSources,
    ).toEqual({ sigstoreIdToken: 'jwt' });
    expect(detectPlatform({ SIGSTORE_ID_TOKEN: '  ' }).tokenSources).toEqual({});
  });
});

describe('the temp directory', () => {
  let jobSpace: string;
  beforeAll(() => {
    jobSpace = mkdtempSync(join(tmpdir(), 'imprint-job-space-'));
  });
  afterAll(() => rmSync(jobSpace, { recursive: true, force: true }));

  it('is RUNNER_TEMP on GitHub, CI_BUILDS_DIR on GitLab, the system one locally', () => {
    const both = { RUNNER_TEMP: jobSpace, CI_BUILDS_DIR: jobSpace };
    expect(detectPlatform({ GITHUB_ACTIONS: 'true', ...both }).tempRoot).toBe(jobSpace);
    expect(detectPlatform({ GITLAB_CI: 'true', ...both }).tempRoot).toBe(jobSpace);
    expect(detectPlatform(both).tempRoot).toBe(tmpdir());
  });

  it("takes only the platform's own variable", () => {
    expect(detectPlatform({ GITHUB_ACTIONS: 'true', CI_BUILDS_DIR: jobSpace }).tempRoot).toBe(
      tmpdir(),
    );
    expect(detectPlatform({ GITLAB_CI: 'true', RUNNER_TEMP: jobSpace }).tempRoot).toBe(tmpdir());
  });

  it('falls back to the system temp directory when the named space is not there', () => {
    // gitlab-ci-local's shell executor sets CI_BUILDS_DIR=/builds without creating it.
    const missing = join(jobSpace, 'missing');
    expect(detectPlatform({ GITLAB_CI: 'true', CI_BUILDS_DIR: missing }).tempRoot).toBe(tmpdir());
    expect(detectPlatform({ GITHUB_ACTIONS: 'true', RUNNER_TEMP: missing }).tempRoot).toBe(
      tmpdir(),
    );
    expect(detectPlatform({ GITHUB_ACTIONS: 'true', RUNNER_TEMP: '' }).tempRoot).toBe(tmpdir());
  });
});

describe('the Actions cache service (type=gha build caches)', () => {
  const service = {
    ACTIONS_RUNTIME_TOKEN: 'runtime-token',
    ACTIONS_CACHE_URL: 'https://artifactcache.actions.githubusercontent.com/x/',
  };

  it('is the token and URLs GitHub hands an action, and nothing else of the environment', () => {
    expect(
      detectPlatform({ GITHUB_ACTIONS: 'true', ...service, GITHUB_TOKEN: 'ghs_other' })
        .actionsCacheService,
    ).toEqual({ available: true, environment: service });
  });

  it('is missing in a GitHub run: step, on GitLab and locally, each saying why', () => {
    const reasons = [
      { GITHUB_ACTIONS: 'true', ACTIONS_RUNTIME_TOKEN: 'runtime-token' },
      { GITLAB_CI: 'true', ...service },
      { ...service },
    ].map((env) => {
      const found = detectPlatform(env).actionsCacheService;
      return found.available ? 'available' : found.reason;
    });
    expect(reasons).toEqual([
      'ACTIONS_RUNTIME_TOKEN and ACTIONS_CACHE_URL / ACTIONS_RESULTS_URL are not set: GitHub hands them to actions, not to run: steps',
      'type=gha caches live in the GitHub Actions cache service, which only GitHub Actions jobs reach',
      'type=gha caches live in the GitHub Actions cache service, which only GitHub Actions jobs reach',
    ]);
  });
});
