/** The publish Action's door: what an Action user's inputs become, and how the step fails. */
import { readFileSync } from 'node:fs';
import { jest } from '@jest/globals';
import { parse } from 'yaml';
import { publishActionOptions, runPublishAction } from '../../../src/doors/action/publish.js';
import { EXIT_USAGE } from '../../../src/doors/exit-codes.js';

/** Runs the door with stdout captured (where @actions/core writes its commands) and exitCode restored. */
async function runDoor(env: NodeJS.ProcessEnv): Promise<{ stdout: string; exitCode: unknown }> {
  let stdout = '';
  const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += chunk.toString();
    return true;
  });
  const before = process.exitCode;
  try {
    await runPublishAction(env);
    return { stdout, exitCode: process.exitCode };
  } finally {
    process.exitCode = before;
    write.mockRestore();
  }
}

/** The defaults GitHub puts into INPUT_* from action.yml before the step starts. */
function actionDefaults(): NodeJS.ProcessEnv {
  const action = parse(readFileSync('action.yml', 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  return Object.fromEntries(
    Object.entries(action.inputs).map(([name, input]) => [
      `INPUT_${name.toUpperCase()}`,
      input.default ?? '',
    ]),
  );
}

describe('the publish Action door: INPUT_* → the options the engine gets', () => {
  it('maps the inputs as @actions/core reads them (INPUT_ + upper-case name, hyphens kept)', () => {
    const options = publishActionOptions({
      ...actionDefaults(),
      INPUT_IMAGE: 'ghcr.io/acme/app',
      INPUT_TAGS: '1.2.3\nlatest',
      INPUT_CONTEXT: 'app',
      INPUT_FILE: 'app/Containerfile',
      'INPUT_BUILD-ARGS': 'VERSION=1.2.3\nCOMMIT=abc',
      INPUT_TARGET: 'runtime',
      INPUT_PLATFORMS: 'linux/amd64,linux/arm64',
      INPUT_LABELS: 'org.opencontainers.image.source=https://github.com/acme/app',
      INPUT_BUILDER: 'buildah',
      INPUT_PUSH: 'false',
      'INPUT_REGISTRY-USERNAME': 'ci-bot',
      'INPUT_REGISTRY-PASSWORD': 's3cret',
      'INPUT_REGISTRY-CA-FILE': 'ca.pem',
      'INPUT_INSECURE-REGISTRIES': 'localhost:5000',
      INPUT_POLICY: 'policy.yaml',
      INPUT_SUMMARY: 'false',
    });
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
      credentials: { username: 'ci-bot', password: 's3cret' },
      registryCaFile: 'ca.pem',
      insecureRegistries: ['localhost:5000'],
      policy: 'policy.yaml',
      summary: false,
    });
  });

  it('with only the image set, the action.yml defaults give the documented behaviour', () => {
    const options = publishActionOptions({
      ...actionDefaults(),
      INPUT_IMAGE: 'ghcr.io/acme/app',
    });
    expect(options).toMatchObject({
      image: 'ghcr.io/acme/app',
      tags: ['latest'],
      context: '.',
      builder: 'auto',
      push: true,
      summary: true,
      sign: { enabled: true, signing: 'keyless' },
      sbom: { enabled: true, format: 'cyclonedx' },
    });
    // An input left empty is not given: no file, target, credentials or policy appear.
    for (const key of ['file', 'target', 'credentials', 'registryCaFile', 'policy']) {
      expect(options).not.toHaveProperty(key);
    }
  });

  it('a missing image fails the step once, with the message and hint, and exit code 2', async () => {
    const run = await runDoor({ ...actionDefaults() });
    expect(run.stdout).toBe(
      '::error::input "image" is required%0A  hint: set "image" to the repository to publish, e.g. ghcr.io/acme/app\n',
    );
    expect(run.exitCode).toBe(EXIT_USAGE);
  });

  it('masks the registry password before it reports a bad input', async () => {
    const run = await runDoor({
      ...actionDefaults(),
      GITHUB_ACTIONS: 'true',
      INPUT_IMAGE: 'ghcr.io/acme/app',
      'INPUT_REGISTRY-USERNAME': 'ci-bot',
      'INPUT_REGISTRY-PASSWORD': 's3cret',
      INPUT_PLATFORMS: 'linux',
    });
    expect(run.stdout.split('\n')[0]).toBe('::add-mask::s3cret');
    expect(run.stdout).toContain('::error::input "platforms": "linux" is not a platform');
    expect(run.exitCode).toBe(EXIT_USAGE);
  });
});

describe('action.yml', () => {
  // Its inputs and their defaults: test/unit/inputs/tables.test.ts checks them against the table.
  it('runs the bundle on node24', () => {
    const action = parse(readFileSync('action.yml', 'utf8')) as {
      runs: { using: string; main: string };
    };
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/publish.js' });
  });
});
