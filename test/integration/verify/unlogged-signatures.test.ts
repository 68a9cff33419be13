/**
 * Signing with a key and `tlog-upload: false`: nothing reaches Rekor (the loopback Rekor sees no
 * request), the summary says in words that the signatures are in no transparency log, and the
 * imprint command the summary prints verifies the image exactly as printed. Without its
 * `--insecure-ignore-tlog` the same command fails, naming the flag and the policy key.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runVerifyCommand } from '../../../src/doors/cli/verify.js';
import { EXIT_FAILED, EXIT_OK } from '../../../src/doors/exit-codes.js';
import { capturedContext } from '../../harness/context.js';
import { startWorld, type VerifyWorld } from './context.js';
import { pushImage } from './evidence-store.js';
import { printedImprintCommand, publishWithKey } from './key-publish.js';

let world: VerifyWorld;

beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => {
  await world?.stop();
});

/**
 * Runs `imprint verify` with the printed words, in a folder holding what the placeholders name
 * (cosign.pub, trusted_root.json: the loopback root). Added only what reaches the test
 * registry (plain HTTP) and where the report goes.
 */
async function runPrinted(words: string[], publicKeyPem: string) {
  const cwd = mkdtempSync(join(tmpdir(), 'imprint-printed-'));
  writeFileSync(join(cwd, 'cosign.pub'), publicKeyPem);
  writeFileSync(join(cwd, 'trusted_root.json'), JSON.stringify(world.stack.trustedRoot, null, 2));
  const captured = capturedContext();
  expect(words.slice(0, 2)).toEqual(['imprint', 'verify']);
  const code = await runVerifyCommand(
    [...words.slice(2), '--insecure-registries', world.registry.host, '--no-summary'],
    {
      stdout: () => undefined,
      env: { HOME: cwd, DOCKER_CONFIG: join(cwd, '.docker') },
      context: () => captured.context,
      environment: { cwd },
    },
  );
  return { code, log: captured.output() };
}

describe('publish with a key and tlog-upload: false', () => {
  it('logs nothing to Rekor, says so, and the printed imprint command verifies the image', async () => {
    const image = await pushImage(world.client, 'unlogged/app', 'v1');
    const rekorBefore = world.stack.counts.rekor;
    const run = await publishWithKey(world, image.reference, { 'tlog-upload': 'false' });

    expect(world.stack.counts.rekor).toBe(rekorBefore);
    expect(run.outputs['rekor-log-indexes']).toBe('[]');
    expect(run.log).toContain('read-back: 1 of 1 verified');
    expect(run.summary).toContain(
      '⚠️ **Not in a transparency log.** These signatures were made without a Rekor entry, so no public log records them',
    );
    expect(run.summary).toContain(
      'No timestamp authority either: nothing proves when they were signed.',
    );

    const printed = printedImprintCommand(run.summary);
    expect(printed).toEqual([
      'imprint',
      'verify',
      `${world.registry.host}/unlogged/app@${image.digest}`,
      '--key',
      'cosign.pub',
      '--trusted-root',
      'trusted_root.json',
      '--insecure-ignore-tlog',
    ]);
    const verified = await runPrinted(printed, run.publicKeyPem);
    expect(verified.log).toContain(`✓ ${world.registry.host}/unlogged/app@${image.digest}`);
    expect(verified.code).toBe(EXIT_OK);

    const withoutFlag = printed.filter((word) => word !== '--insecure-ignore-tlog');
    const refused = await runPrinted(withoutFlag, run.publicKeyPem);
    expect(refused.code).toBe(EXIT_FAILED);
    expect(refused.log).toContain(
      'no transparency-log inclusion proof (trust.requireTlog; signed with tlog-upload: false? accept that with --insecure-ignore-tlog, or trust.requireTlog: false in a policy file)',
    );
  });

  it('a logged publish prints no such flag, and keyless without a log is refused before any work', async () => {
    const image = await pushImage(world.client, 'logged/app', 'v1');
    const rekorBefore = world.stack.counts.rekor;
    const run = await publishWithKey(world, image.reference);
    expect(world.stack.counts.rekor).toBeGreaterThan(rekorBefore);
    expect(run.summary).not.toContain('Not in a transparency log');
    expect(printedImprintCommand(run.summary)).not.toContain('--insecure-ignore-tlog');

    await expect(
      publishWithKey(world, image.reference, {
        signing: 'keyless',
        key: '',
        'key-password': '',
        'fulcio-url': world.stack.fulcioURL,
        'tlog-upload': 'false',
      }),
    ).rejects.toMatchObject({
      code: 'INPUT_CONFLICT',
      message: expect.stringMatching(/^tlog-upload: false with keyless signing leaves nothing/),
    });
  });
});
