/**
 * Runs pipelines with gitlab-ci-local (HARNESS.md "GitLab templates") in a throwaway consumer
 * repository: a git repository whose remote looks like GitLab's and which holds a copy of this
 * working tree's templates/. gitlab-ci-local resolves
 * `component: $CI_SERVER_FQDN/$CI_PROJECT_PATH/<name>@$CI_COMMIT_SHA` to templates/<name>.yml
 * in the repository it runs in when the remote's project path and the commit match, so the
 * components under test are read from that copy, exactly as they are in the working tree.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const GITLAB_CI_LOCAL = createRequire(import.meta.url).resolve('gitlab-ci-local/dist/index.js');
/** What a gitlab.com remote looks like; gitlab-ci-local derives CI_PROJECT_PATH from it. */
export const CONSUMER_REMOTE = 'git@gitlab.com:imprint-test/consumer.git';
export const CONSUMER_PROJECT_PATH = 'imprint-test/consumer';

export interface ConsumerRepo {
  dir: string;
  remove(): void;
}

/** A committed repository with templates/ copied from the working tree and the given files. */
export function consumerRepo(files: Record<string, string>): ConsumerRepo {
  const dir = mkdtempSync(join(tmpdir(), 'imprint-gitlab-consumer-'));
  cpSync(join(REPO_ROOT, 'templates'), join(dir, 'templates'), { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  git('init', '--quiet', '--initial-branch=main');
  git('remote', 'add', 'origin', CONSUMER_REMOTE);
  git('add', '--all');
  git(
    '-c',
    'user.name=imprint test',
    '-c',
    'user.email=test@imprint.invalid',
    'commit',
    '--quiet',
    '-m',
    'consumer',
  );
  // gitlab-ci-local asks the remote for its default branch; answer locally.
  git('symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/main');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface RunResult {
  code: number | null;
  /** stdout and stderr interleaved, as a person would read them. */
  output: string;
}

export interface RunOptions {
  variables?: Record<string, string>;
  timeoutMs?: number;
}

/** `gitlab-ci-local <args>` in the repository; never throws for a failing pipeline. */
export function gitlabCiLocal(
  repo: ConsumerRepo,
  args: string[],
  options: RunOptions = {},
): Promise<RunResult> {
  const variableArgs = Object.entries(options.variables ?? {}).flatMap(([name, value]) => [
    '--variable',
    `${name}=${value}`,
  ]);
  const child = spawn(process.execPath, [GITLAB_CI_LOCAL, ...args, ...variableArgs], {
    cwd: repo.dir,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`gitlab-ci-local ${args.join(' ')} did not finish in time:\n${output}`));
    }, options.timeoutMs ?? 120_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}
