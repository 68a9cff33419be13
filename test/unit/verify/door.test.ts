/** The CLI door's mapping and exit codes for bad input, and verify/action.yml against the input table. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { parse } from 'yaml';
import {
  EXIT_USAGE,
  EXIT_VERIFIED,
  runVerifyAction,
  runVerifyCommand,
  VERIFY_INPUTS,
  verifyHelp,
} from '../../../src/verify/door.js';
import { capturedContext } from '../../harness/context.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'imprint-verify-door-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  jest.restoreAllMocks();
});

async function verify(argv: string[]): Promise<{ code: number; log: string; stdout: string }> {
  const captured = capturedContext();
  let stdout = '';
  const code = await runVerifyCommand(argv, {
    stdout: (text) => (stdout += text),
    env: {},
    context: () => captured.context,
    environment: { cwd: dir },
  });
  return { code, log: captured.output(), stdout };
}

describe('imprint verify: bad input exits 2 with a message a person can act on', () => {
  it('--help lists every input as a flag', async () => {
    const result = await verify(['--help']);
    expect(result.code).toBe(EXIT_VERIFIED);
    for (const spec of VERIFY_INPUTS) expect(result.stdout).toContain(`--${spec.name}`);
    expect(verifyHelp()).toContain('Usage: imprint verify [IMAGE…] [flags]');
  });

  it('a misspelt flag suggests the right one', async () => {
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const result = await verify(['--polcy', 'p.yaml', 'ghcr.io/acme/app:1']);
    expect(result.code).toBe(EXIT_USAGE);
    expect(stderr).toHaveBeenCalledWith(
      'error: unknown flag --polcy\n  hint: did you mean --policy?\n',
    );
  });

  it('a malformed policy names the file and line', async () => {
    writeFileSync(
      join(dir, 'policy.yaml'),
      'apiVersion: imprint/v1\nkind: Policy\nsigners:\n  - key: ./cosign.pub\n    isuer: https://x\n',
    );
    const result = await verify(['ghcr.io/acme/app:1', '--policy', 'policy.yaml']);
    expect(result.code).toBe(EXIT_USAGE);
    expect(result.log).toContain(`error: Invalid policy ${join(dir, 'policy.yaml')} (1 problem):`);
    expect(result.log).toContain(
      `${join(dir, 'policy.yaml')}:5:5 signers[0].isuer: unknown key; did you mean \`issuer\`?`,
    );
  });

  it('an unreadable manifest file is named', async () => {
    const result = await verify(['--manifests', 'deploy/app.yaml', '--key', 'cosign.pub']);
    expect(result.code).toBe(EXIT_USAGE);
    expect(result.log).toContain('error: deploy/app.yaml: cannot read the manifest: no such file');
  });

  it('a key file that does not exist is named', async () => {
    const result = await verify(['ghcr.io/acme/app:1', '--key', 'cosign.pub', '--offline']);
    expect(result.code).toBe(EXIT_USAGE);
    expect(result.log).toContain(
      'error: The public key cosign.pub named by the policy cannot be read',
    );
  });

  it('contradicting quick-start flags', async () => {
    const result = await verify([
      'ghcr.io/acme/app:1',
      '--key',
      'cosign.pub',
      '--certificate-oidc-issuer',
      'https://gitlab.com',
    ]);
    expect(result.code).toBe(EXIT_USAGE);
    expect(result.log).toContain(
      'error: Give --key or --certificate-identity/--certificate-oidc-issuer, not both.',
    );
  });

  it('nothing to verify', async () => {
    const result = await verify(['--key', 'cosign.pub']);
    expect(result.code).toBe(EXIT_USAGE);
    expect(result.log).toContain('error: Nothing to verify');
  });
});

describe('the action door', () => {
  it('reads INPUT_* and fails the step once, with the message, on bad input', async () => {
    let stdout = '';
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stdout += chunk.toString();
      return true;
    });
    const exitCode = process.exitCode;
    await runVerifyAction({
      INPUT_IMAGES: 'ghcr.io/acme/app:1',
      INPUT_KEY: 'cosign.pub',
      INPUT_MODE: 'audit',
    });
    expect(process.exitCode).toBe(1);
    process.exitCode = exitCode;
    expect(stdout).toBe('::error::input "mode" must be enforce or warn; got "audit"\n');
  });
});

describe('verify/action.yml', () => {
  const action = parse(readFileSync('verify/action.yml', 'utf8')) as {
    inputs: Record<string, { default?: string; required?: boolean }>;
    outputs: Record<string, unknown>;
    runs: { using: string; main: string };
  };

  it('declares exactly the verify inputs, with the same defaults, none required', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(
      VERIFY_INPUTS.map((spec) => spec.name).sort(),
    );
    for (const spec of VERIFY_INPUTS) {
      expect(action.inputs[spec.name]?.default).toBe(spec.default);
      expect(action.inputs[spec.name]?.required).toBeUndefined();
    }
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
