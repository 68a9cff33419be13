import { jest } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT_OK, EXIT_USAGE, runCli } from '../../../src/cli.js';
import { loadSigningKey } from '../../../src/sigstore/sign/keys.js';

function io(env: NodeJS.ProcessEnv = {}) {
  let out = '';
  return { stdout: (text: string) => (out += text), env, read: () => out };
}

describe('imprint generate-key-pair', () => {
  it('writes a cosign-format pair that loads with its password, the private key 0600', async () => {
    const prefix = join(mkdtempSync(join(tmpdir(), 'imprint-keys-')), 'release');
    const capture = io({ COSIGN_PASSWORD: 'correct horse' });
    expect(await runCli(['generate-key-pair', '--output-key-prefix', prefix], capture)).toBe(
      EXIT_OK,
    );
    const privateKey = readFileSync(`${prefix}.key`, 'utf8');
    expect(privateKey).toMatch(/^-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----/);
    expect(readFileSync(`${prefix}.pub`, 'utf8')).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    expect(statSync(`${prefix}.key`).mode & 0o777).toBe(0o600);
    await expect(loadSigningKey(privateKey, 'correct horse')).resolves.toBeDefined();
    expect(capture.read()).toContain(`Private key written to ${prefix}.key`);
  });

  it('refuses to overwrite, and needs a password from the environment', async () => {
    const prefix = join(mkdtempSync(join(tmpdir(), 'imprint-keys-')), 'cosign');
    expect(
      await runCli(
        ['generate-key-pair', '--output-key-prefix', prefix],
        io({ COSIGN_PASSWORD: 'p' }),
      ),
    ).toBe(EXIT_OK);
    expect(
      await runCli(
        ['generate-key-pair', '--output-key-prefix', prefix],
        io({ COSIGN_PASSWORD: 'p' }),
      ),
    ).toBe(EXIT_USAGE);
    const fresh = join(mkdtempSync(join(tmpdir(), 'imprint-keys-')), 'cosign');
    expect(await runCli(['generate-key-pair', '--output-key-prefix', fresh], io({}))).toBe(
      EXIT_USAGE,
    );
    expect(existsSync(`${fresh}.key`)).toBe(false);
  });
});

describe('imprint generate-key-pair --kms', () => {
  const run = (args: string[]) => {
    const prefix = join(mkdtempSync(join(tmpdir(), 'imprint-kms-')), 'cosign');
    return runCli(['generate-key-pair', '--output-key-prefix', prefix, ...args], io({}));
  };

  it('refuses what is not a key-store reference, or a malformed one, as bad input', async () => {
    expect(await run(['--kms', 'cosign.key'])).toBe(EXIT_USAGE);
    expect(await run(['--kms', 'awskms:///release'])).toBe(EXIT_USAGE);
    expect(await run(['--kms', 'pkcs11:token=t;object=k?module-path=lib.so'])).toBe(EXIT_USAGE);
  });

  it('needs an alias to create an AWS KMS key, as cosign does, before any request', async () => {
    await expect(
      (async () => {
        const { openKeyStore, parseKeyReference } =
          await import('../../../src/sigstore/keystore/index.js');
        const reference = parseKeyReference(
          'awskms://127.0.0.1:1/1234abcd-12ab-34cd-56ef-1234567890ab',
        )!;
        return (await openKeyStore(reference)).createKey();
      })(),
    ).rejects.toThrow(
      expect.objectContaining({
        code: 'KEY_REFERENCE_INVALID',
        message:
          'AWS KMS key 1234abcd-12ab-34cd-56ef-1234567890ab at 127.0.0.1:1: a key id or key ARN names a key that exists; creating one needs an alias to give it',
      }),
    );
  });
});

describe('imprint policy', () => {
  it('lints a valid policy', async () => {
    const capture = io();
    expect(await runCli(['policy', 'lint', 'test/fixtures/policy/release.yaml'], capture)).toBe(
      EXIT_OK,
    );
    expect(capture.read()).toMatch(
      /^test\/fixtures\/policy\/release.yaml: valid \(\d+ signer\(s\)/,
    );
  });

  it('lint warns on stderr about signer entries one signer could fill twice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'imprint-policy-'));
    const twice = join(dir, 'twice.yaml');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      twice,
      'apiVersion: imprint/v1\nkind: Policy\nsigners:\n  - key: ./a.pub\n  - key: ./a.pub\ncount: 2\n',
    );
    let stderr = '';
    const write = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      stderr += String(chunk);
      return true;
    });
    try {
      expect(await runCli(['policy', 'lint', twice], io())).toBe(EXIT_OK);
    } finally {
      write.mockRestore();
    }
    expect(stderr).toBe(
      'warning: signers[0] and signers[1] can be filled by the same signer (key ./a.pub listed twice): with count 2 each must be a different signer, so one signature fills only one of them\n',
    );
  });

  it('lint warns on stderr about an image glob that can match no image', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'imprint-policy-'));
    const file = join(dir, 'globs.yaml');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      file,
      'apiVersion: imprint/v1\nkind: Policy\nsigners:\n  - key: ./a.pub\nimages:\n  allow: ["GHCR.io/acme/**", "ghcr.io/Acme/app"]\n',
    );
    let stderr = '';
    const write = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      stderr += String(chunk);
      return true;
    });
    try {
      expect(await runCli(['policy', 'lint', file], io())).toBe(EXIT_OK);
    } finally {
      write.mockRestore();
    }
    // The capitals of a registry host are fine (hosts have no case); those of a path are not.
    expect(stderr).toBe(
      'warning: images.allow ghcr.io/Acme/app can match no image: repository paths are lowercase (OCI distribution spec), so ghcr.io/Acme/app names no image: write ghcr.io/acme/app\n',
    );
  });

  it('exports a Kyverno ClusterPolicy to stdout', async () => {
    const capture = io();
    expect(
      await runCli(
        ['policy', 'export', '--to', 'kyverno', 'test/fixtures/policy/gitlab-minimal.yaml'],
        capture,
      ),
    ).toBe(EXIT_OK);
    expect(capture.read()).toContain('kind: ClusterPolicy');
    expect(capture.read()).toContain('verifyImages:');
  });

  it('fails with exit 2 on an invalid policy and on a bad target', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'imprint-policy-'));
    const bad = join(dir, 'bad.yaml');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      bad,
      'apiVersion: imprint/v1\nkind: Policy\nsigners:\n  - issuer: https://gitlab.com\n    subjet: x\n',
    );
    expect(await runCli(['policy', 'lint', bad], io())).toBe(EXIT_USAGE);
    expect(
      await runCli(['policy', 'export', '--to', 'opa', 'test/fixtures/policy/release.yaml'], io()),
    ).toBe(EXIT_USAGE);
  });
});
