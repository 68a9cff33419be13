/** The verify Action's door: what an Action user's inputs become, and how the step fails. */
import { readFileSync } from 'node:fs';
import { jest } from '@jest/globals';
import { parse } from 'yaml';
import { runVerifyAction, verifyActionOptions } from '../../../src/doors/action/verify.js';
import { EXIT_USAGE } from '../../../src/doors/exit-codes.js';
import { VERIFY_INPUTS } from '../../../src/inputs/tables/verify.js';

/** Runs the door with stdout captured (where @actions/core writes ::error::) and exitCode restored. */
async function runDoor(env: NodeJS.ProcessEnv): Promise<{ stdout: string; exitCode: unknown }> {
  let stdout = '';
  const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += chunk.toString();
    return true;
  });
  const before = process.exitCode;
  try {
    await runVerifyAction(env);
    return { stdout, exitCode: process.exitCode };
  } finally {
    process.exitCode = before;
    write.mockRestore();
  }
}

describe('the verify Action door: INPUT_* → the options the engine gets', () => {
  it('maps the inputs as @actions/core reads them (INPUT_ + upper-case name, hyphens kept)', () => {
    const options = verifyActionOptions({
      INPUT_IMAGES: 'ghcr.io/acme/app@sha256:' + 'a'.repeat(64) + '\nghcr.io/acme/web:1',
      INPUT_MANIFESTS: 'deploy/**/*.yaml',
      'INPUT_CERTIFICATE-IDENTITY':
        'https://github.com/acme/app/.github/workflows/ci.yml@refs/heads/main',
      'INPUT_CERTIFICATE-OIDC-ISSUER': 'https://token.actions.githubusercontent.com',
      'INPUT_REQUIRE-ATTESTATIONS': 'provenance, sbom',
      INPUT_MODE: 'warn',
      INPUT_OFFLINE: 'true',
      'INPUT_REPORT-PATH': 'out/report.json',
      'INPUT_JUNIT-PATH': 'out/junit.xml',
      'INPUT_INSECURE-REGISTRIES': 'localhost:5000',
      'INPUT_TRUSTED-ROOT': 'trusted_root.json',
      INPUT_SUMMARY: 'false',
    });
    expect(options).toEqual({
      images: ['ghcr.io/acme/app@sha256:' + 'a'.repeat(64), 'ghcr.io/acme/web:1'],
      manifests: ['deploy/**/*.yaml'],
      policy: {
        flags: {
          certificateIdentity:
            'https://github.com/acme/app/.github/workflows/ci.yml@refs/heads/main',
          certificateOidcIssuer: 'https://token.actions.githubusercontent.com',
          requireAttestations: ['provenance', 'sbom'],
        },
      },
      mode: 'warn',
      offline: true,
      reportPath: 'out/report.json',
      junitPath: 'out/junit.xml',
      insecureRegistries: ['localhost:5000'],
      trustedRoot: 'trusted_root.json',
      bundles: [],
      summary: false,
    });
  });

  it('reads an empty input (GitHub sets one for every input without a default) as not given', () => {
    const options = verifyActionOptions({
      INPUT_IMAGES: 'ghcr.io/acme/app:1',
      INPUT_POLICY: 'policy.yaml',
      INPUT_MODE: '',
      'INPUT_JUNIT-PATH': '  ',
      INPUT_KEY: '',
    });
    expect(options.policy).toEqual({ file: 'policy.yaml' });
    expect(options.mode).toBeUndefined();
    expect(options.junitPath).toBeUndefined();
  });

  it('a bad input fails the step once, with the message, and exit code 2', async () => {
    const run = await runDoor({
      INPUT_IMAGES: 'ghcr.io/acme/app:1',
      INPUT_KEY: 'cosign.pub',
      INPUT_MODE: 'audit',
    });
    expect(run.stdout).toBe('::error::input "mode" must be enforce or warn; got "audit"\n');
    expect(run.exitCode).toBe(EXIT_USAGE);
  });

  it('contradicting inputs fail with exit code 2 and say which to drop', async () => {
    const run = await runDoor({
      INPUT_IMAGES: 'ghcr.io/acme/app:1',
      INPUT_POLICY: 'policy.yaml',
      INPUT_KEY: 'cosign.pub',
    });
    expect(run.stdout).toContain(
      '::error::Give "policy" or the quick-start inputs (key), not both.',
    );
    expect(run.exitCode).toBe(EXIT_USAGE);
  });
});

describe('verify/action.yml', () => {
  const action = parse(readFileSync('verify/action.yml', 'utf8')) as {
    inputs: Record<string, { default?: string; required?: boolean }>;
    outputs: Record<string, unknown>;
    runs: { using: string; main: string };
  };

  // Its inputs and their defaults: test/unit/inputs/tables.test.ts checks them against the table.
  it('declares no input required, not even as required: false', () => {
    for (const spec of VERIFY_INPUTS) expect(action.inputs[spec.name]?.required).toBeUndefined();
  });

  it('declares the outputs the run sets, and runs the bundle on node24', () => {
    expect(Object.keys(action.outputs).sort()).toEqual([
      'digests',
      'report-path',
      'verified',
      'violations',
    ]);
    expect(action.runs).toEqual({ using: 'node24', main: '../dist/verify.js' });
  });
});
