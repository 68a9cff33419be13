/**
 * What every verify integration test needs: a real registry (distribution 2.8, so referrers
 * go through the tag-schema fallback), the loopback Sigstore stack (Rekor, Fulcio, TSA, OIDC),
 * key and keyless signers witnessed by that Rekor, a work folder for policies and keys, and a
 * way to run `imprint verify` through its CLI door and read what it wrote.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RegistryClient } from '../../../src/registry/client.js';
import { createSigner, type ImprintSigner } from '../../../src/sigstore/sign/index.js';
import type { VerifyReportJson } from '../../../src/report/verify-json.js';
import { runVerifyCommand } from '../../../src/doors/cli/verify.js';
import type { VerifyRegistryOptions } from '../../../src/verify/engine.js';
import { capturedContext } from '../../harness/context.js';
import { startRegistry, type TestRegistry } from '../../harness/registry.js';
import { type SigstoreStack, startSigstoreStack } from '../../harness/sigstore/index.js';

export const FAST_RETRY = { attempts: 2, baseDelayMs: 5, maxDelayMs: 20 };

export interface VerifyWorld {
  registry: TestRegistry;
  stack: SigstoreStack;
  client: RegistryClient;
  work: string;
  /** Key signers; their public keys are written to work/<name>.pub. */
  alice: ImprintSigner;
  bob: ImprintSigner;
  /** Keyless, GitHub-shaped identity (release.yml on refs/heads/main of acme/app). */
  github: ImprintSigner;
  stop(): Promise<void>;
}

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
export const GITHUB_SUBJECT =
  'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main';

export async function startWorld(): Promise<VerifyWorld> {
  const [registry, stack] = await Promise.all([startRegistry(), startSigstoreStack()]);
  const work = mkdtempSync(join(tmpdir(), 'imprint-verify-'));
  const client = new RegistryClient(registry.host, { insecure: true, retry: FAST_RETRY });
  const keySigner = async (name: string) => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    writeFileSync(join(work, `${name}.pub`), publicKey.export({ format: 'pem', type: 'spki' }));
    return createSigner({
      signing: 'key',
      privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
      sigstore: 'custom',
      rekorUrl: stack.rekorURL,
    });
  };
  const [alice, bob] = await Promise.all([keySigner('alice'), keySigner('bob')]);
  const github = await createSigner({
    signing: 'keyless',
    identity: await stack.mintToken({ shape: 'github' }),
    sigstore: 'custom',
    fulcioUrl: stack.fulcioURL,
    rekorUrl: stack.rekorURL,
  });
  return {
    registry,
    stack,
    client,
    work,
    alice,
    bob,
    github,
    async stop() {
      await client.close();
      await Promise.all([registry.stop(), stack.stop()]);
      rmSync(work, { recursive: true, force: true });
    },
  };
}

export function writePolicy(world: VerifyWorld, name: string, yaml: string): string {
  writeFileSync(join(world.work, name), yaml);
  return name;
}

export interface VerifyRun {
  code: number;
  log: string;
  outputs: Record<string, string>;
  report: VerifyReportJson;
}

/** `imprint verify` through the CLI door, against the world's registry and trusted root. */
export async function verifyCli(
  world: VerifyWorld,
  args: string[],
  registry: Omit<VerifyRegistryOptions, 'insecureRegistries' | 'caCertificates' | 'env'> = {},
): Promise<VerifyRun> {
  const captured = capturedContext();
  let stdout = '';
  const reportPath = `report-${Math.random().toString(36).slice(2)}.json`;
  const code = await runVerifyCommand(
    [
      ...args,
      '--trusted-root',
      world.stack.trustedRootPath,
      '--insecure-registries',
      world.registry.host,
      '--report-path',
      reportPath,
      '--no-summary',
      '--json',
    ],
    {
      stdout: (text) => (stdout += text),
      env: { HOME: world.work, DOCKER_CONFIG: join(world.work, '.docker') },
      context: () => captured.context,
      environment: { cwd: world.work, registry: { retry: FAST_RETRY, ...registry } },
    },
  );
  const outputs = stdout === '' ? {} : (JSON.parse(stdout) as Record<string, string>);
  let report = {} as VerifyReportJson;
  try {
    report = JSON.parse(readFileSync(join(world.work, reportPath), 'utf8')) as VerifyReportJson;
  } catch {
    // no report: the run stopped before verifying (bad input); `code` and `log` say why
  }
  return { code, log: captured.output(), outputs, report };
}

/** The checks of the first image of a run, by id. */
export function checksOf(
  run: VerifyRun,
  index = 0,
): Record<string, { outcome: string; expected: string; found: string; hint?: string }> {
  return Object.fromEntries((run.report.images[index]?.checks ?? []).map((c) => [c.check, c]));
}
