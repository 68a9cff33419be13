/** Picks the CI platform adapter once, from the job's environment, at the door. */
import { GitHubPlatform } from './github.js';
import { GitLabPlatform } from './gitlab.js';
import { LocalPlatform } from './local.js';
import type { CiEnvironment, CiPlatform } from './platform.js';

export function detectPlatform(env: CiEnvironment): CiPlatform {
  if (env.GITHUB_ACTIONS === 'true') return new GitHubPlatform(env);
  if (env.GITLAB_CI === 'true') return new GitLabPlatform(env);
  return new LocalPlatform(env);
}
