/**
 * Claim sets as GitHub Actions and GitLab CI put them into their OIDC ID tokens (field names and
 * value shapes from their documentation), for the acme/app project on a push to main.
 */
export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
export const GITLAB_ISSUER = 'https://gitlab.com';

export type TokenShape = 'github' | 'gitlab';
export type Claims = Record<string, unknown>;

export const SOURCE_SHA = '1f0e3a9c4b2d8e7f6a5b4c3d2e1f0a9b8c7d6e5f';

export function githubClaims(): Claims {
  return {
    iss: GITHUB_ISSUER,
    sub: 'repo:acme/app:ref:refs/heads/main',
    ref: 'refs/heads/main',
    sha: SOURCE_SHA,
    repository: 'acme/app',
    repository_owner: 'acme',
    repository_owner_id: '1000',
    repository_id: '2000',
    repository_visibility: 'public',
    run_id: '9000000001',
    run_number: '42',
    run_attempt: '1',
    actor: 'octocat',
    actor_id: '3000',
    workflow: 'release',
    head_ref: '',
    base_ref: '',
    event_name: 'push',
    ref_protected: 'true',
    ref_type: 'branch',
    workflow_ref: 'acme/app/.github/workflows/release.yml@refs/heads/main',
    workflow_sha: SOURCE_SHA,
    job_workflow_ref: 'acme/app/.github/workflows/release.yml@refs/heads/main',
    job_workflow_sha: SOURCE_SHA,
    runner_environment: 'github-hosted',
  };
}

export function gitlabClaims(): Claims {
  return {
    iss: GITLAB_ISSUER,
    sub: 'project_path:acme/app:ref_type:branch:ref:main',
    namespace_id: '72',
    namespace_path: 'acme',
    project_id: '20',
    project_path: 'acme/app',
    project_visibility: 'public',
    user_id: '5',
    user_login: 'alice',
    user_access_level: 'developer',
    pipeline_id: '574',
    pipeline_source: 'push',
    job_id: '302',
    ref: 'main',
    ref_type: 'branch',
    ref_path: 'refs/heads/main',
    ref_protected: 'true',
    runner_id: 1,
    runner_environment: 'gitlab-hosted',
    sha: SOURCE_SHA,
    ci_config_ref_uri: 'gitlab.com/acme/app//.gitlab-ci.yml@refs/heads/main',
    ci_config_sha: SOURCE_SHA,
  };
}

export function claimsFor(shape: TokenShape): Claims {
  return shape === 'github' ? githubClaims() : gitlabClaims();
}
