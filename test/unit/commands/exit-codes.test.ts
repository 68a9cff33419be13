/** The one exit-code policy: 0 done, 1 the step failed or a violation, 2 bad input, for every door. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { runCli } from '../../../src/cli.js';
import {
  EXIT_FAILED,
  EXIT_OK,
  EXIT_USAGE,
  exitCodeOfError,
  exitCodeOfVerdict,
} from '../../../src/doors/exit-codes.js';
import { ImprintError } from '../../../src/errors.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'imprint-exit-codes-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs one command line; what it printed on stderr (logs, errors) comes back with the code. */
async function cli(argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += chunk.toString();
    return true;
  });
  try {
    const code = await runCli(argv, { stdout: () => undefined, env: {} });
    return { code, stderr };
  } finally {
    spy.mockRestore();
  }
}

describe('an invalid policy file is bad input: exit 2 from every command that reads one', () => {
  const invalidPolicy = () => {
    const file = join(dir, 'policy.yaml');
    writeFileSync(
      file,
      'apiVersion: imprint/v1\nkind: Policy\nsigners:\n  - issuer: https://gitlab.com\n    subjet: x\n',
    );
    return file;
  };

  it.each([
    ['policy lint', (file: string) => ['policy', 'lint', file]],
    ['policy export', (file: string) => ['policy', 'export', '--to', 'kyverno', file]],
    ['verify', (file: string) => ['verify', 'ghcr.io/acme/app:1', '--policy', file, '--offline']],
  ])('%s', async (_name, argv) => {
    const file = invalidPolicy();
    const run = await cli(argv(file));
    expect(run.code).toBe(EXIT_USAGE);
    expect(run.stderr).toContain(`error: Invalid policy ${file} (2 problems):`);
    expect(run.stderr).toContain(
      `${file}:5:5 signers[0].subjet: unknown key; did you mean \`subject\`?`,
    );
  });
});

describe('exitCodeOfError', () => {
  it.each([
    'INPUT_INVALID',
    'INPUT_CONFLICT',
    'REFERENCE_INVALID',
    'POLICY_INVALID',
    'MANIFEST_FILE_INVALID',
    'KEY_INVALID',
  ] as const)('%s is bad input: 2', (code) => {
    expect(exitCodeOfError(new ImprintError(code, 'x'))).toBe(EXIT_USAGE);
  });

  it.each([
    'REGISTRY_UNREACHABLE',
    'BUILD_FAILED',
    'VERIFY_FAILED',
    'GATE_FAILED',
    'INTERNAL',
  ] as const)('%s is a failed step: 1', (code) => {
    expect(exitCodeOfError(new ImprintError(code, 'x'))).toBe(EXIT_FAILED);
  });

  it('anything else thrown fails closed: 1', () => {
    expect(exitCodeOfError(new TypeError('boom'))).toBe(EXIT_FAILED);
    expect(exitCodeOfError('a string')).toBe(EXIT_FAILED);
  });
});

describe('exitCodeOfVerdict', () => {
  it('1 only when an enforced policy is broken; warn mode reports and passes', () => {
    expect(exitCodeOfVerdict({ mode: 'enforce', verified: true })).toBe(EXIT_OK);
    expect(exitCodeOfVerdict({ mode: 'enforce', verified: false })).toBe(EXIT_FAILED);
    expect(exitCodeOfVerdict({ mode: 'warn', verified: false })).toBe(EXIT_OK);
  });
});
