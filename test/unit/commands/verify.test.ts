/** The verify command's door: its flags and its exit code for bad input. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { helpFor, runCli } from '../../../src/cli.js';
import { runVerifyCommand, verifyHelp } from '../../../src/doors/cli/verify.js';
import { EXIT_CODES_HELP, EXIT_OK, EXIT_USAGE } from '../../../src/doors/exit-codes.js';
import { VERIFY_INPUTS } from '../../../src/inputs/tables/verify.js';
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
    expect(result.code).toBe(EXIT_OK);
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

describe('imprint verify through the CLI', () => {
  it('`imprint help verify` and `imprint verify --help` print the door’s full help', async () => {
    let stdout = '';
    const io = { stdout: (text: string) => (stdout += text), env: {} };
    expect(await helpFor('verify')).toBe(verifyHelp());
    expect(await runCli(['verify', '--help'], io)).toBe(EXIT_OK);
    expect(stdout).toBe(verifyHelp());
    expect(verifyHelp()).toContain(EXIT_CODES_HELP);
  });
});
