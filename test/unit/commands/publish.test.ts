/** The publish command's door: a command line as a person types it → the options the engine gets. */
import { jest } from '@jest/globals';
import { runCli } from '../../../src/cli.js';
import { publishActionOptions } from '../../../src/doors/action/publish.js';
import { publishCliOptions } from '../../../src/doors/cli/publish.js';
import { EXIT_USAGE } from '../../../src/doors/exit-codes.js';
import { PUBLISH_INPUTS } from '../../../src/inputs/tables/publish.js';

const TEMP = '/runner/tmp';
const REPORT_IN_TEMP = /^\/runner\/tmp\/imprint-reports-[0-9a-f]{8}\/vulnerability-report\.json$/;

/** Runs one command line; the code and what it printed on stderr come back. */
async function cli(argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += chunk.toString();
    return true;
  });
  try {
    const code = await runCli(['publish', ...argv], { stdout: () => undefined, env: {} });
    return { code, stderr };
  } finally {
    spy.mockRestore();
  }
}

describe('imprint publish: flags → the options the engine gets', () => {
  it('maps every spelling: --flag value, --flag=value, repeated lists and maps, --no-flag', () => {
    const options = publishCliOptions(
      [
        '--image',
        'ghcr.io/acme/app',
        '--tags',
        '1.2.3',
        '--tags=latest',
        '--context',
        'app',
        '--file=app/Containerfile',
        '--build-args',
        'VERSION=1.2.3',
        '--build-args',
        'COMMIT=abc',
        '--target',
        'runtime',
        '--platforms',
        'linux/amd64,linux/arm64',
        '--labels',
        'org.opencontainers.image.source=https://github.com/acme/app',
        '--builder=buildah',
        '--no-push',
        '--registry-username',
        'ci-bot',
        '--registry-ca-file',
        'ca.pem',
        '--insecure-registries',
        'localhost:5000',
        '--policy',
        'policy.yaml',
        '--summary',
        'false',
        '--sbom-format',
        'both',
        '--sbom-path',
        'out/sbom',
        '--scan',
        'true',
        '--vuln-report-path',
        'out/vulns.json',
      ],
      { IMPRINT_REGISTRY_PASSWORD: 's3cret' },
      TEMP,
    );
    expect(options).toMatchObject({
      image: 'ghcr.io/acme/app',
      tags: ['1.2.3', 'latest'],
      context: 'app',
      file: 'app/Containerfile',
      buildArgs: { VERSION: '1.2.3', COMMIT: 'abc' },
      target: 'runtime',
      platforms: ['linux/amd64', 'linux/arm64'],
      labels: { 'org.opencontainers.image.source': 'https://github.com/acme/app' },
      builder: 'buildah',
      push: false,
      // The password stays off the command line: IMPRINT_REGISTRY_PASSWORD gives it.
      credentials: { username: 'ci-bot', password: 's3cret' },
      registryCaFile: 'ca.pem',
      insecureRegistries: ['localhost:5000'],
      policy: 'policy.yaml',
      summary: false,
      sbom: { enabled: true, format: 'both', directory: 'out/sbom' },
      scan: { mode: 'true', trivy: { reportPath: 'out/vulns.json' } },
    });
  });

  it.each([
    [['--push', 'false'], false],
    [['--push=false'], false],
    [['--no-push'], false],
    [['--push', 'FALSE'], false],
    [['--push'], true],
    [['--push', 'true'], true],
    [['--push=true'], true],
    [[], true],
  ])('a boolean as people type it: %j → push %s', (flags, push) => {
    expect(publishCliOptions(['--image', 'ghcr.io/acme/app', ...flags], {}, TEMP).push).toBe(push);
  });

  it('--image repeated, or comma separated as the GitLab component passes it, names several repositories', () => {
    for (const flags of [
      ['--image', 'ghcr.io/acme/app', '--image', 'registry.example/prod/app'],
      ['--image=ghcr.io/acme/app,registry.example/prod/app'],
    ]) {
      const options = publishCliOptions(flags, {}, TEMP);
      expect([options.image, ...(options.moreImages ?? [])]).toEqual([
        'ghcr.io/acme/app',
        'registry.example/prod/app',
      ]);
    }
  });

  it('--sign false turns signing off, --no-provenance the provenance', () => {
    const options = publishCliOptions(
      ['--image', 'ghcr.io/acme/app', '--sign', 'false', '--no-provenance'],
      {},
      TEMP,
    );
    expect(options.sign).toMatchObject({ enabled: false, provenance: false });
  });

  it('a provenance flag given in any form counts as set explicitly', () => {
    for (const flag of [['--provenance'], ['--provenance', 'true'], ['--no-provenance']]) {
      const options = publishCliOptions(['--image', 'ghcr.io/acme/app', ...flag], {}, TEMP);
      expect({ flag, explicit: options.sign.provenanceExplicit }).toEqual({ flag, explicit: true });
    }
  });

  it('with only the image, the input tables’ defaults: the same options as the Action', () => {
    const tableDefaults = Object.fromEntries(
      PUBLISH_INPUTS.map((spec) => [`INPUT_${spec.name.toUpperCase()}`, spec.default ?? '']),
    );
    const fromAction = publishActionOptions({ ...tableDefaults, INPUT_IMAGE: 'ghcr.io/acme/app' });
    const fromCli = publishCliOptions(['--image', 'ghcr.io/acme/app'], {}, TEMP);
    // Two differences, on purpose: the CLI's report goes to the temp directory, not the
    // workspace; and GitHub fills every input with its default, so only the Action reads
    // provenance as set explicitly (outside CI an unset one is skipped with a warning).
    expect(fromCli).toEqual({
      ...fromAction,
      sign: { ...fromAction.sign, provenanceExplicit: false },
      scan: {
        ...fromAction.scan,
        trivy: { ...fromAction.scan.trivy, reportPath: expect.stringMatching(REPORT_IN_TEMP) },
      },
    });
    expect(fromCli).toMatchObject({
      tags: ['latest'],
      context: '.',
      builder: 'auto',
      push: true,
      summary: true,
      sign: { enabled: true, signing: 'keyless', sigstore: 'auto', tlogUpload: true },
      sbom: { enabled: true, format: 'cyclonedx' },
      scan: { mode: 'auto' },
    });
    for (const key of ['file', 'target', 'credentials', 'registryCaFile', 'policy']) {
      expect(fromCli).not.toHaveProperty(key);
    }
  });

  it('takes only secrets from IMPRINT_* variables, never other inputs', () => {
    const options = publishCliOptions(
      ['--image', 'ghcr.io/acme/app'],
      { IMPRINT_TAGS: '9.9' },
      TEMP,
    );
    expect(options.tags).toEqual(['latest']);
  });

  it('reads build secrets from IMPRINT_SECRETS, keeping their values off its command line', () => {
    const options = publishCliOptions(
      ['--image', 'ghcr.io/acme/app', '--secret-files', 'npmrc=.npmrc'],
      { IMPRINT_SECRETS: 'id=token,env=GIT_TOKEN\nINLINE=v4lue' },
      TEMP,
    );
    expect(options.buildInputs.secrets).toEqual([
      { id: 'token', kind: 'env', variable: 'GIT_TOKEN' },
      { id: 'INLINE', kind: 'value', value: 'v4lue' },
      { id: 'npmrc', kind: 'file', path: '.npmrc' },
    ]);
  });
});

describe('imprint publish: a bad command line exits 2 with what is wrong', () => {
  it.each([
    [
      'an unknown flag, with the one meant',
      ['--imgae', 'ghcr.io/acme/app'],
      'error: unknown flag --imgae\n  hint: did you mean --image?\n',
    ],
    [
      'a missing image',
      ['--tags', '1.2.3'],
      'error: input "image" is required\n  hint: set "image" to the repository to publish, e.g. ghcr.io/acme/app\n',
    ],
    [
      'a stray argument',
      ['--image', 'ghcr.io/acme/app', 'ghcr.io/acme/web'],
      'error: unexpected argument "ghcr.io/acme/web"\n  hint: publish takes flags only, e.g. --image ghcr.io/acme/app --tags 1.2.3\n',
    ],
    ['a flag without its value', ['--image'], 'error: flag --image needs a value\n'],
    [
      'a bad platform',
      ['--image', 'ghcr.io/acme/app', '--platforms', 'linux'],
      'error: input "platforms": "linux" is not a platform\n  hint: write os/arch[/variant], e.g. linux/amd64,linux/arm64/v8\n',
    ],
    [
      'a user name without its password',
      ['--image', 'ghcr.io/acme/app', '--registry-username', 'ci-bot'],
      'error: registry-username and registry-password must be given together\n  hint: set both, or neither to use the docker config / CI credentials\n',
    ],
    [
      'a scan of an SBOM that is not written',
      ['--image', 'ghcr.io/acme/app', '--scan-target', 'sbom', '--sbom', 'false'],
      'error: scan-target is sbom but sbom is false\n  hint: set sbom: true so there is an SBOM to scan, or scan-target: image\n',
    ],
  ])('%s', async (_case, argv, message) => {
    const run = await cli(argv);
    expect(run).toEqual({ code: EXIT_USAGE, stderr: message });
  });

  it('a bad choice names the input, the choices and what was given', async () => {
    const run = await cli(['--image', 'ghcr.io/acme/app', '--builder', 'kaniko']);
    expect(run.code).toBe(EXIT_USAGE);
    expect(run.stderr).toMatch(/^error: input "builder" must be one of .*; got "kaniko"/);
  });
});
