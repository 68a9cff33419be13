/**
 * The component image's recipe (Dockerfile at the root), checked by reading it: it cannot be
 * built here, no base image can be pulled. Each check is shown to fail on a broken copy.
 */
import { DEFAULT_TRIVY_VERSION } from '../../../src/inputs/tables/scan.js';
import { imageRecipeProblems, parseDockerfile } from './dockerfile.js';
import { readRepoFile } from './template-files.js';

const dockerfile = readRepoFile('Dockerfile');
const problems = (text: string) => imageRecipeProblems(text, DEFAULT_TRIVY_VERSION);

function brokenCopy(from: string | RegExp, to: string): string {
  expect(dockerfile).toMatch(from);
  return dockerfile.replace(from, to);
}

describe('Dockerfile (the component image)', () => {
  it('has Node 24, dist/ as imprint, buildah, the docker CLI and a checksum-pinned Trivy', () => {
    expect(problems(dockerfile)).toEqual([]);
  });

  it('pins the Trivy the scan asks for, by sha256 for amd64 and arm64', () => {
    const trivy = parseDockerfile(dockerfile).stages.find((stage) => stage.name === 'trivy');
    const args = trivy?.instructions
      .filter((instruction) => instruction.keyword === 'ARG')
      .map((arg) => arg.args);
    expect(args).toEqual(
      expect.arrayContaining([
        `TRIVY_VERSION=${DEFAULT_TRIVY_VERSION}`,
        expect.stringMatching(/^TRIVY_SHA256_AMD64=[0-9a-f]{64}$/),
        expect.stringMatching(/^TRIVY_SHA256_ARM64=[0-9a-f]{64}$/),
      ]),
    );
  });

  it('keeps everything but dist/ out of the build context', () => {
    const ignore = readRepoFile('.dockerignore')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'));
    expect(ignore).toEqual(['*', '!dist/']);
  });
});

describe('the recipe checks fail on a broken Dockerfile', () => {
  it.each([
    [
      'no checksum step',
      /echo "\$\{sha256\} {2}\/tmp\/trivy\.tar\.gz" \| sha256sum -c -; \\\n/,
      '',
      'the Trivy archive is never checked with sha256sum -c',
    ],
    [
      'an asset name Trivy does not publish',
      'asset="Linux-64bit"',
      'asset="linux-amd64"',
      `the amd64 download is https://github.com/aquasecurity/trivy/releases/download/v${DEFAULT_TRIVY_VERSION}/trivy_${DEFAULT_TRIVY_VERSION}_linux-amd64.tar.gz, not https://github.com/aquasecurity/trivy/releases/download/v${DEFAULT_TRIVY_VERSION}/trivy_${DEFAULT_TRIVY_VERSION}_Linux-64bit.tar.gz`,
    ],
    [
      'Trivy left in its build stage',
      'COPY --from=trivy ',
      'COPY --from=elsewhere ',
      'the final stage does not COPY --from=trivy',
    ],
    [
      'a checksum that is not sha256',
      /TRIVY_SHA256_ARM64=[0-9a-f]{64}/,
      'TRIVY_SHA256_ARM64=abc',
      'TRIVY_SHA256_ARM64 is not a sha256 (abc)',
    ],
    [
      'another Trivy version',
      `TRIVY_VERSION=${DEFAULT_TRIVY_VERSION}`,
      'TRIVY_VERSION=0.50.0',
      `TRIVY_VERSION is 0.50.0, the scan asks for ${DEFAULT_TRIVY_VERSION}`,
    ],
    [
      'no dist/',
      'COPY dist/ /opt/imprint/dist/',
      'COPY src/ /opt/imprint/src/',
      'the final stage does not COPY dist/',
    ],
    ['no buildah', 'buildah crun', 'crun', 'the final stage does not apt-get install buildah'],
    [
      'no docker CLI',
      'docker-cli docker-buildx',
      'docker-buildx',
      'the final stage does not apt-get install docker-cli',
    ],
    [
      'another Node',
      'NODE_IMAGE=node:24-trixie-slim',
      'NODE_IMAGE=node:22-trixie-slim',
      'the final stage is not Node 24 (FROM node:22-trixie-slim)',
    ],
    [
      'imprint not on PATH',
      'ln -s /opt/imprint/dist/cli.js /usr/local/bin/imprint',
      'true',
      'imprint is not on PATH (no ln -s of dist/cli.js to /usr/local/bin/imprint)',
    ],
  ])('%s', (_case, from, to, problem) => {
    expect(problems(brokenCopy(from, to))).toContain(problem);
  });

  it('unpacking before checking', () => {
    const swapped = brokenCopy(/(echo "\$\{sha256\}[^\n]+\n)(\s+tar -xzf[^\n]+\n)/, '$2$1');
    expect(problems(swapped)).toContain(
      'the Trivy archive is unpacked before its checksum is checked',
    );
  });
});
