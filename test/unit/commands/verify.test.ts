/** The verify command's door: its flags and its exit code for bad input. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { helpFor, runCli } from '../../../src/cli.js';
import { verifyActionOptions } from '../../../src/doors/action/verify.js';
import { runVerifyCommand, verifyCliOptions, verifyHelp } from '../../../src/doors/cli/verify.js';
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

const DIGEST = 'ghcr.io/acme/app@sha256:' + 'a'.repeat(64);

describe('imprint verify: flags and arguments → the options the engine gets', () => {
  it('maps every spelling: arguments, --flag value, --flag=value, repeats, --bundle, booleans', () => {
    const options = verifyCliOptions(
      [
        DIGEST,
        '--images',
        'ghcr.io/acme/web:1',
        '--manifests=deploy/**/*.yaml',
        '--certificate-identity',
        'https://github.com/acme/app/.github/workflows/ci.yml@refs/heads/main',
        '--certificate-oidc-issuer=https://token.actions.githubusercontent.com',
        '--require-attestations',
        'provenance',
        '--require-attestations',
        'sbom',
        '--max-severity',
        'high',
        '--insecure-ignore-tlog',
        'true',
        '--mode',
        'warn',
        '--offline',
        '--report-path',
        'out/report.json',
        '--junit-path=out/junit.xml',
        '--insecure-registries',
        'localhost:5000',
        '--registry-ca-file',
        'ca.pem',
        '--trusted-root',
        'trusted_root.json',
        '--bundle',
        'a.sigstore.json',
        '--bundle=b.sigstore.json',
        '--bundles',
        'bundles/',
        '--no-summary',
        'ghcr.io/acme/api:2',
      ],
      {},
    );
    expect(options).toEqual({
      // The flag's images first, then the arguments in the order typed.
      images: ['ghcr.io/acme/web:1', DIGEST, 'ghcr.io/acme/api:2'],
      manifests: ['deploy/**/*.yaml'],
      policy: {
        flags: {
          certificateIdentity:
            'https://github.com/acme/app/.github/workflows/ci.yml@refs/heads/main',
          certificateOidcIssuer: 'https://token.actions.githubusercontent.com',
          requireAttestations: ['provenance', 'sbom'],
          maxSeverity: 'HIGH',
          ignoreTlog: true,
        },
      },
      mode: 'warn',
      offline: true,
      reportPath: 'out/report.json',
      junitPath: 'out/junit.xml',
      insecureRegistries: ['localhost:5000'],
      registryCaFile: 'ca.pem',
      trustedRoot: 'trusted_root.json',
      bundles: ['a.sigstore.json', 'b.sigstore.json', 'bundles/'],
      summary: false,
    });
  });

  it.each([
    [['--offline', 'false'], false],
    [['--offline=false'], false],
    [['--no-offline'], false],
    [['--offline'], true],
    [['--offline', 'TRUE'], true],
    [[], false],
  ])('a boolean as people type it: %j → offline %s', (flags, offline) => {
    const options = verifyCliOptions([DIGEST, '--policy', 'p.yaml', ...flags], {});
    expect(options.offline).toBe(offline);
  });

  it('after --, every argument is an image: --bundle is not turned into --bundles there', () => {
    expect(verifyCliOptions(['--policy', 'p.yaml', '--', DIGEST], {}).images).toEqual([DIGEST]);
    expect(() => verifyCliOptions(['--policy', 'p.yaml', '--', '--bundle'], {})).toThrow(
      'Invalid image reference "--bundle"',
    );
  });

  it('with an image and a policy only, the input tables’ defaults: the same options as the Action', () => {
    const tableDefaults = Object.fromEntries(
      VERIFY_INPUTS.map((spec) => [`INPUT_${spec.name.toUpperCase()}`, spec.default ?? '']),
    );
    const fromCli = verifyCliOptions([DIGEST, '--policy', 'policy.yaml'], {});
    expect(fromCli).toEqual(
      verifyActionOptions({ ...tableDefaults, INPUT_IMAGES: DIGEST, INPUT_POLICY: 'policy.yaml' }),
    );
    expect(fromCli).toEqual({
      images: [DIGEST],
      manifests: [],
      policy: { file: 'policy.yaml' },
      offline: false,
      reportPath: 'imprint-verify-report.json',
      insecureRegistries: [],
      bundles: [],
      summary: true,
    });
  });
});

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

  it('a bad choice names the input, the choices and what was given', async () => {
    const result = await verify([DIGEST, '--key', 'cosign.pub', '--mode', 'audit']);
    expect(result.code).toBe(EXIT_USAGE);
    expect(result.log).toContain('error: input "mode" must be enforce or warn; got "audit"');
  });

  it('an argument that is not an image reference is named', async () => {
    const result = await verify(['ghcr.io/Acme/App:1', '--key', 'cosign.pub']);
    expect(result.code).toBe(EXIT_USAGE);
    expect(result.log).toContain(
      'error: Invalid image reference "ghcr.io/Acme/App:1": repository names must be lowercase ("acme/app").',
    );
  });

  it('a flag without its value', async () => {
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const result = await verify([DIGEST, '--policy']);
    expect(result.code).toBe(EXIT_USAGE);
    expect(stderr).toHaveBeenCalledWith('error: flag --policy needs a value\n');
  });

  it('a policy file and quick-start flags together', async () => {
    const result = await verify([DIGEST, '--policy', 'policy.yaml', '--key', 'cosign.pub']);
    expect(result.code).toBe(EXIT_USAGE);
    expect(result.log).toContain('error: Give "policy" or the quick-start inputs (key), not both.');
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
