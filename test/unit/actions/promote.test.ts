/** The promote Action's door: what an Action user's inputs become, and how the step fails. */
import { readFileSync } from 'node:fs';
import { jest } from '@jest/globals';
import { parse } from 'yaml';
import { copyRequestOf } from '../../../src/copy/options.js';
import { PROMOTE_INPUTS } from '../../../src/inputs/tables/promote.js';
import { promoteActionOptions, runPromoteAction } from '../../../src/doors/action/promote.js';
import { EXIT_USAGE } from '../../../src/doors/exit-codes.js';

const SOURCE = `dev.example.com/acme/app@sha256:${'a'.repeat(64)}`;

/** Runs the door with stdout captured (where @actions/core writes its commands) and exitCode restored. */
async function runDoor(env: NodeJS.ProcessEnv): Promise<{ stdout: string; exitCode: unknown }> {
  let stdout = '';
  const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += chunk.toString();
    return true;
  });
  const before = process.exitCode;
  try {
    await runPromoteAction(env);
    return { stdout, exitCode: process.exitCode };
  } finally {
    process.exitCode = before;
    write.mockRestore();
  }
}

describe('the promote Action door: INPUT_* → the options the engine gets', () => {
  it('maps the inputs as @actions/core reads them, each login to its own registry', () => {
    const options = promoteActionOptions({
      INPUT_SOURCE: SOURCE,
      INPUT_DESTINATION: 'prod.example.com/acme/app:1.2.0',
      INPUT_POLICY: 'policies/promote.yaml',
      'INPUT_TRUSTED-ROOT': 'trusted_root.json',
      'INPUT_SOURCE-USERNAME': 'dev-bot',
      'INPUT_SOURCE-PASSWORD': 'dev-token',
      'INPUT_DESTINATION-USERNAME': 'prod-bot',
      'INPUT_DESTINATION-PASSWORD': 'prod-token',
      'INPUT_INSECURE-REGISTRIES': 'localhost:5000, localhost:5001',
      'INPUT_REGISTRY-CA-FILE': 'ca.pem',
    });
    expect(options).toEqual({
      source: SOURCE,
      destination: 'prod.example.com/acme/app:1.2.0',
      policy: 'policies/promote.yaml',
      trustedRoot: 'trusted_root.json',
      logins: [
        {
          registry: 'dev.example.com',
          username: 'dev-bot',
          password: 'dev-token',
          inputs: ['source-username', 'source-password'],
        },
        {
          registry: 'prod.example.com',
          username: 'prod-bot',
          password: 'prod-token',
          inputs: ['destination-username', 'destination-password'],
        },
      ],
      insecureRegistries: ['localhost:5000', 'localhost:5001'],
      registryCaFile: 'ca.pem',
    });
  });

  it('reads empty inputs (GitHub sets one for every input without a default) as not given', () => {
    const options = promoteActionOptions({
      INPUT_SOURCE: SOURCE,
      INPUT_DESTINATION: 'prod.example.com/acme/app',
      INPUT_POLICY: '',
      'INPUT_SOURCE-USERNAME': '',
      'INPUT_SOURCE-PASSWORD': ' ',
      'INPUT_REGISTRY-CA-FILE': '',
    });
    expect(options).toEqual({
      source: SOURCE,
      destination: 'prod.example.com/acme/app',
      logins: [],
      insecureRegistries: [],
    });
  });

  it('becomes a copy request: paths resolved in the workspace, logins for the registry pool', () => {
    const options = promoteActionOptions({
      INPUT_SOURCE: SOURCE,
      INPUT_DESTINATION: 'prod.example.com/acme/app:1.2.0',
      INPUT_POLICY: 'policies/promote.yaml',
      'INPUT_TRUSTED-ROOT': '/etc/sigstore/trusted_root.json',
      'INPUT_DESTINATION-USERNAME': 'prod-bot',
      'INPUT_DESTINATION-PASSWORD': 'prod-token',
    });
    const env = { GITHUB_ACTIONS: 'true' };
    const request = copyRequestOf(options, { cwd: '/ws', env, caCertificates: ['PEM'] });
    expect(request).toEqual({
      source: SOURCE,
      target: 'prod.example.com/acme/app:1.2.0',
      policyFile: '/ws/policies/promote.yaml',
      trustedRoot: '/etc/sigstore/trusted_root.json',
      cwd: '/ws',
      registry: {
        insecureRegistries: [],
        caCertificates: ['PEM'],
        env,
        logins: [
          {
            registry: 'prod.example.com',
            username: 'prod-bot',
            password: 'prod-token',
            inputs: ['destination-username', 'destination-password'],
          },
        ],
      },
    });
  });

  it.each([
    [
      'a missing source',
      { INPUT_DESTINATION: 'prod.example.com/app' },
      '::error::input "source" is required',
    ],
    ['a missing destination', { INPUT_SOURCE: SOURCE }, '::error::input "destination" is required'],
    [
      'a destination that is no image reference',
      { INPUT_SOURCE: SOURCE, INPUT_DESTINATION: 'https://prod.example.com/app' },
      '::error::input "destination" is not an image reference: Invalid image reference "https://prod.example.com/app": remove the URL scheme',
    ],
    [
      'a password without its user name',
      {
        INPUT_SOURCE: SOURCE,
        INPUT_DESTINATION: 'prod.example.com/app',
        'INPUT_DESTINATION-PASSWORD': 'prod-token',
      },
      '::error::destination-password is set but destination-username is empty; set both or neither.',
    ],
    [
      'two different logins for one registry',
      {
        INPUT_SOURCE: 'registry.example.com/dev/app:1',
        INPUT_DESTINATION: 'registry.example.com/prod/app',
        'INPUT_SOURCE-USERNAME': 'dev-bot',
        'INPUT_SOURCE-PASSWORD': 'dev-token',
        'INPUT_DESTINATION-USERNAME': 'prod-bot',
        'INPUT_DESTINATION-PASSWORD': 'prod-token',
      },
      '::error::source and destination are both on registry.example.com, which gets one login per run, but the source-* and destination-* credentials differ.',
    ],
  ])('%s fails the step once, with the message, and exit code 2', async (_case, env, message) => {
    const run = await runDoor(env);
    expect(run.stdout.split('\n').filter((line) => line.startsWith('::error::'))).toHaveLength(1);
    expect(run.stdout).toContain(message);
    expect(run.exitCode).toBe(EXIT_USAGE);
  });

  it('masks both passwords before anything is logged', async () => {
    const run = await runDoor({
      GITHUB_ACTIONS: 'true',
      INPUT_SOURCE: 'registry.example.com/dev/app:1',
      INPUT_DESTINATION: 'registry.example.com/prod/app',
      'INPUT_SOURCE-USERNAME': 'dev-bot',
      'INPUT_SOURCE-PASSWORD': 'dev-token-secret',
      'INPUT_DESTINATION-USERNAME': 'prod-bot',
      'INPUT_DESTINATION-PASSWORD': 'prod-token-secret',
    });
    expect(run.stdout).toContain('::add-mask::dev-token-secret');
    expect(run.stdout).toContain('::add-mask::prod-token-secret');
    const masks = run.stdout.indexOf('::add-mask::');
    expect(run.stdout.indexOf('::error::')).toBeGreaterThan(masks);
  });
});

describe('promote/action.yml', () => {
  const action = parse(readFileSync('promote/action.yml', 'utf8')) as {
    inputs: Record<string, { default?: string; required?: boolean }>;
    outputs: Record<string, unknown>;
    runs: { using: string; main: string };
  };

  it('declares exactly the promote inputs, with the same defaults; source and destination required', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(
      PROMOTE_INPUTS.map((spec) => spec.name).sort(),
    );
    for (const spec of PROMOTE_INPUTS) {
      expect(action.inputs[spec.name]?.default).toBe(spec.default);
      const required = spec.name === 'source' || spec.name === 'destination' ? true : undefined;
      expect(action.inputs[spec.name]?.required).toBe(required);
    }
  });

  it('declares the outputs the run sets, and runs the bundle on node24', () => {
    expect(Object.keys(action.outputs).sort()).toEqual([
      'blobs-copied',
      'blobs-mounted',
      'blobs-skipped',
      'bytes-copied',
      'destination',
      'digest',
      'manifests',
      'manifests-copied',
      'manifests-skipped',
      'referrers',
      'referrers-indexed',
      'tag',
      'tags-written',
      'verified',
    ]);
    expect(action.runs).toEqual({ using: 'node24', main: '../dist/promote.js' });
  });
});
