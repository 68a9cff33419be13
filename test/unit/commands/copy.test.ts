/** The copy command's door: a command line as a person types it → the request the engine gets. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { runCli } from '../../../src/cli.js';
import { copyCliRequest } from '../../../src/doors/cli/copy.js';
import { EXIT_USAGE } from '../../../src/doors/exit-codes.js';

const SOURCE = 'dev.example.com/app@sha256:' + 'a'.repeat(64);
const TARGET = 'prod.example.com/app:1.2.0';
const CA = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'imprint-copy-door-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs one command line; the code and what it printed on stderr come back. */
async function cli(argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += chunk.toString();
    return true;
  });
  try {
    const code = await runCli(['copy', ...argv], { stdout: () => undefined, env: {} });
    return { code, stderr };
  } finally {
    spy.mockRestore();
  }
}

describe('imprint copy: arguments and flags → the request the engine gets', () => {
  it('maps every flag, --flag value and --flag=value, repeated and comma-separated registries', () => {
    writeFileSync(join(dir, 'ca.pem'), CA);
    const env = { DOCKER_CONFIG: '/home/ci/.docker' };
    const request = copyCliRequest(
      [
        SOURCE,
        '--policy',
        'policy.yaml',
        '--trusted-root=trusted_root.json',
        '--insecure-registries',
        'dev.example.com',
        '--insecure-registries=localhost:5000,127.0.0.1:5001',
        '--registry-ca-file',
        'ca.pem',
        TARGET,
      ],
      { env, environment: { cwd: dir } },
    );
    expect(request).toEqual({
      source: SOURCE,
      target: TARGET,
      // Paths are the working directory's, resolved at the door.
      policyFile: join(dir, 'policy.yaml'),
      trustedRoot: join(dir, 'trusted_root.json'),
      cwd: dir,
      registry: {
        insecureRegistries: ['dev.example.com', 'localhost:5000', '127.0.0.1:5001'],
        caCertificates: [CA],
        env,
      },
    });
  });

  it('with the two images only: no policy gate, no extra registries or authorities', () => {
    const env = {};
    expect(copyCliRequest([SOURCE, TARGET], { env, environment: { cwd: dir } })).toEqual({
      source: SOURCE,
      target: TARGET,
      cwd: dir,
      registry: { insecureRegistries: [], caCertificates: [], env },
    });
  });

  it('keeps the test settings of the registry client and the fallback index', () => {
    const request = copyCliRequest([SOURCE, TARGET, '--insecure-registries', 'a:1'], {
      env: {},
      environment: {
        cwd: dir,
        registry: { timeoutMs: 500 },
        fallback: { attempts: 2 },
      },
    });
    expect(request.registry).toMatchObject({ timeoutMs: 500, insecureRegistries: ['a:1'] });
    expect(request.fallback).toEqual({ attempts: 2 });
  });
});

describe('imprint copy: a bad command line exits 2 with what is wrong', () => {
  const usage =
    '  hint: e.g. imprint copy dev.example.com/app@sha256:… prod.example.com/app:1.2.0\n';
  it.each([
    [
      'no target',
      [SOURCE],
      `error: imprint copy takes a source and a target image; got 1 argument(s).\n${usage}`,
    ],
    [
      'a third image',
      [SOURCE, TARGET, 'extra.example.com/app'],
      `error: imprint copy takes a source and a target image; got 3 argument(s).\n${usage}`,
    ],
    [
      'an unknown flag, with the one meant',
      [SOURCE, TARGET, '--polcy', 'policy.yaml'],
      'error: unknown flag --polcy\n  hint: did you mean --policy?\n',
    ],
    [
      'a flag without its value',
      [SOURCE, TARGET, '--policy'],
      'error: flag --policy needs a value\n',
    ],
  ])('%s', async (_case, argv, message) => {
    expect(await cli(argv)).toEqual({ code: EXIT_USAGE, stderr: message });
  });

  it('a CA file that cannot be read is named', async () => {
    const missing = join(dir, 'missing.pem');
    const run = await cli([SOURCE, TARGET, '--registry-ca-file', missing]);
    expect(run.code).toBe(EXIT_USAGE);
    expect(run.stderr).toContain(`error: registry-ca-file ${missing} cannot be read: `);
    expect(run.stderr).toContain(
      '  hint: give a PEM file of certificate authorities that this job can read\n',
    );
  });
});
