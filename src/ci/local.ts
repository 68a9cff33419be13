/**
 * A terminal (or a CI imprint does not know): the system temp directory, a token only when one
 * is passed (SIGSTORE_ID_TOKEN), no run to describe, no tool download, no dotenv report.
 */
import { tmpdir } from 'node:os';
import {
  type CiEnvironment,
  type CiPlatform,
  GITHUB_TOKEN_FIX,
  GITLAB_TOKEN_FIX,
  LOCAL_JOB,
  NO_ACTIONS_CACHE_SERVICE,
  NO_TOKEN,
  sigstoreIdToken,
  type TokenSources,
} from './platform.js';

export class LocalPlatform implements CiPlatform {
  readonly name = 'local';
  readonly tempRoot = tmpdir();
  readonly tokenSources: TokenSources;
  readonly job = LOCAL_JOB;
  readonly toolDownload = false;
  readonly actionsCache = false;
  readonly actionsCacheService = NO_ACTIONS_CACHE_SERVICE;

  constructor(env: CiEnvironment = {}) {
    this.tokenSources = sigstoreIdToken(env);
  }

  missingTokenMessage(): string {
    return (
      `${NO_TOKEN} Pass one with --identity-token (or the SIGSTORE_ID_TOKEN variable), or run in CI: ` +
      `on GitHub Actions add to the job:\n  ${GITHUB_TOKEN_FIX}\non GitLab CI add to the job:\n  ${GITLAB_TOKEN_FIX}\n` +
      'Or sign with a key (signing: key).'
    );
  }

  maskSecret(): void {}

  repositoryVisibility(): undefined {
    return undefined;
  }

  githubApi(): undefined {
    return undefined;
  }

  runFacts(): undefined {
    return undefined;
  }
}
