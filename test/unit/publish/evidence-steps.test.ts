import { sbomFileName, sbomTargets } from '../../../src/publish/sbom-step.js';
import { invocationOf } from '../../../src/publish/scan-step.js';

const AMD64 = `sha256:${'a'.repeat(64)}`;
const ARM64 = `sha256:${'b'.repeat(64)}`;
const INDEX = `sha256:${'1'.repeat(64)}`;

describe('SBOM targets and file names', () => {
  it('one SBOM per platform of an index, named after the platform', () => {
    const pinned = {
      digest: INDEX,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      imageRef: `r/a@${INDEX}`,
      platformDigests: { 'linux/amd64': AMD64, 'linux/arm64/v8': ARM64 },
    };
    expect(sbomTargets(pinned)).toEqual([
      { digest: AMD64, platform: 'linux/amd64' },
      { digest: ARM64, platform: 'linux/arm64/v8' },
    ]);
    expect(sbomFileName('linux/arm64/v8')).toBe('linux-arm64-v8.cdx.json');
  });

  it('a single manifest gets image.cdx.json', () => {
    const pinned = { digest: AMD64, mediaType: 'm', imageRef: `r/a@${AMD64}`, platformDigests: {} };
    expect(sbomTargets(pinned)).toEqual([{ digest: AMD64 }]);
    expect(sbomFileName(undefined)).toBe('image.cdx.json');
    expect(sbomFileName(undefined, 'spdx')).toBe('image.spdx.json');
    expect(sbomFileName('linux/arm/v7', 'spdx')).toBe('linux-arm-v7.spdx.json');
  });
});

describe('invocationOf', () => {
  it('names the GitHub run', () => {
    expect(
      invocationOf({
        GITHUB_ACTIONS: 'true',
        GITHUB_REPOSITORY: 'acme/app',
        GITHUB_RUN_ID: '42',
        GITHUB_WORKFLOW_REF: 'acme/app/.github/workflows/release.yml@refs/heads/main',
      }),
    ).toEqual({
      uri: 'https://github.com/acme/app/actions/runs/42',
      eventId: '42',
      builderId: 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main',
    });
  });

  it('names the GitLab job', () => {
    expect(
      invocationOf({
        GITLAB_CI: 'true',
        CI_JOB_URL: 'https://gitlab.com/acme/app/-/jobs/302',
        CI_JOB_ID: '302',
        CI_PROJECT_URL: 'https://gitlab.com/acme/app',
      }),
    ).toEqual({
      uri: 'https://gitlab.com/acme/app/-/jobs/302',
      eventId: '302',
      builderId: 'https://gitlab.com/acme/app//.gitlab-ci.yml',
    });
  });

  it('outside CI says it is a local run, with every field filled', () => {
    expect(invocationOf({})).toEqual({
      uri: 'urn:imprint:local-run',
      eventId: 'local',
      builderId: 'urn:imprint:cli',
    });
  });
});
