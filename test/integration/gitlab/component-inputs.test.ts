/**
 * The components' spec inputs as GitLab enforces them, through gitlab-ci-local: the project's
 * own pipeline (.gitlab-ci.yml, which includes both components at this commit) resolves, and
 * a value outside `options`, a value failing `regex` and a missing required input are refused
 * with GitLab's messages. Each run only parses (`--list-json`): no job runs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { consumerRepo, type ConsumerRepo, gitlabCiLocal, REPO_ROOT } from './gitlab-ci-local.js';

const MISSING_IMAGE_PIPELINE = `
include:
  - component: $CI_SERVER_FQDN/$CI_PROJECT_PATH/publish@$CI_COMMIT_SHA
    inputs:
      tags: latest
`;

/**
 * The README's GitLab pipeline that builds in dev and promotes to prod, with its released
 * component addresses pointed at this commit's templates.
 */
function readmePromotePipeline(): string {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const example = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)]
    .map((match) => match[1] ?? '')
    .find((block) => block.includes('/promote@') && block.includes('include:'));
  if (example === undefined) throw new Error('README: no GitLab pipeline including promote');
  return example.replace(
    /gitlab\.com\/OWNER\/imprint\/([a-z]+)@[0-9.]+/g,
    '$CI_SERVER_FQDN/$CI_PROJECT_PATH/$1@$CI_COMMIT_SHA',
  );
}

let repo: ConsumerRepo;

beforeAll(() => {
  repo = consumerRepo({
    '.gitlab-ci.yml': readFileSync(join(REPO_ROOT, '.gitlab-ci.yml'), 'utf8'),
    'missing-image.gitlab-ci.yml': MISSING_IMAGE_PIPELINE,
    'readme-promote.gitlab-ci.yml': readmePromotePipeline(),
  });
});

afterAll(() => repo?.remove());

interface ListedJob {
  name: string;
  stage: string;
  when: string;
  needs?: { job: string }[];
}

describe('the project pipeline', () => {
  it('resolves both components at this commit into the jobs it tests them with', async () => {
    const run = await gitlabCiLocal(repo, ['--list-json']);
    expect(run.code).toBe(0);
    const jobs = JSON.parse(run.output.slice(run.output.indexOf('['))) as ListedJob[];
    const byName = Object.fromEntries(jobs.map((job) => [job.name, job]));
    expect(byName['test-buildah-publish']).toMatchObject({ stage: 'publish', when: 'on_success' });
    expect(byName['test-docker-publish']).toMatchObject({ stage: 'publish', when: 'on_success' });
    expect(byName['test-buildah-verify']).toMatchObject({
      stage: 'verify',
      needs: [{ job: 'test-buildah-publish' }],
    });
    expect(byName['check-digest']).toMatchObject({
      stage: 'verify',
      needs: [{ job: 'test-docker-publish' }],
    });
    expect(byName['test-buildah-promote']).toMatchObject({
      stage: 'promote',
      needs: [{ job: 'test-buildah-publish' }, { job: 'test-buildah-verify' }],
    });
    // Branch pipeline: no catalog release.
    expect(byName.release).toMatchObject({ stage: 'release', when: 'never' });
  }, 60_000);
});

describe('the README pipeline that builds in dev and promotes to prod', () => {
  it('resolves: publish, then verify, then promote after both', async () => {
    const run = await gitlabCiLocal(repo, [
      '--list-json',
      '--file',
      'readme-promote.gitlab-ci.yml',
    ]);
    expect(run.code).toBe(0);
    const jobs = JSON.parse(run.output.slice(run.output.indexOf('['))) as ListedJob[];
    const byName = Object.fromEntries(jobs.map((job) => [job.name, job]));
    expect(byName['imprint-publish']).toMatchObject({ stage: 'build' });
    expect(byName['imprint-verify']).toMatchObject({ stage: 'test' });
    expect(byName['imprint-promote']).toMatchObject({
      stage: 'deploy',
      needs: [{ job: 'imprint-publish' }, { job: 'imprint-verify' }],
    });
  }, 60_000);
});

describe('spec inputs are enforced', () => {
  it.each([
    [
      'a value outside options',
      ['--input', 'publish:builder=kaniko'],
      '`builder` input: `kaniko` cannot be used because it is not in the list of allowed options.',
    ],
    [
      'a value failing the regex',
      ['--input', 'publish:job-prefix=Imprint Job'],
      '`job-prefix` input: `Imprint Job` does not match required regex: ^[a-z0-9]([a-z0-9_-]*[a-z0-9])?$.',
    ],
    [
      'a literal secret instead of a variable reference',
      ['--input', 'publish:key-password=hunter2'],
      '`key-password` input: `hunter2` does not match required regex:',
    ],
    [
      'a literal promote password instead of a variable reference',
      ['--input', 'promote:destination-password=hunter2'],
      '`destination-password` input: `hunter2` does not match required regex:',
    ],
    [
      'a verify value outside options',
      ['--input', 'verify:mode=audit'],
      '`mode` input: `audit` cannot be used because it is not in the list of allowed options.',
    ],
    [
      'a missing required input',
      ['--file', 'missing-image.gitlab-ci.yml'],
      '`image` input: required value has not been provided.',
    ],
  ])(
    '%s',
    async (_case, args, message) => {
      const run = await gitlabCiLocal(repo, ['--list-json', ...args]);
      expect(run.code).toBe(1);
      expect(run.output).toContain('This GitLab CI configuration is invalid: `templates/');
      expect(run.output).toContain(message);
    },
    60_000,
  );
});
