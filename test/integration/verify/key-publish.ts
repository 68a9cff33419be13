/**
 * `imprint publish` of an image already in the world's registry (builder none), signed with a
 * fresh cosign-format key through the loopback Sigstore, for tests that verify what publish
 * made: its summary's commands and its bundle folder.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPublishOptions } from '../../../src/publish/options.js';
import { runPublish } from '../../../src/publish/run.js';
import { generateKeyPair } from '../../../src/sigstore/sign/index.js';
import { capturedContext } from '../../harness/context.js';
import type { VerifyWorld } from './context.js';

const PASSWORD = 'correct horse battery staple';
const FAST_RETRY = { retries: 1, minTimeoutMs: 10, maxTimeoutMs: 20 };

export interface KeyPublish {
  outputs: Record<string, string>;
  summary: string;
  log: string;
  /** The public half of the signing key, PEM. */
  publicKeyPem: string;
}

export async function publishWithKey(
  world: VerifyWorld,
  image: string,
  inputs: Record<string, string> = {},
): Promise<KeyPublish> {
  const pair = await generateKeyPair(PASSWORD);
  const dir = mkdtempSync(join(tmpdir(), 'imprint-key-publish-'));
  const keyPath = join(dir, 'cosign.key');
  writeFileSync(keyPath, pair.privateKeyPem);
  const summaryFile = join(dir, 'summary.md');
  const { context, output } = capturedContext(summaryFile);
  const values: Record<string, string> = {
    image,
    builder: 'none',
    'insecure-registries': world.registry.host,
    sbom: 'false',
    scan: 'false',
    provenance: 'false',
    signing: 'key',
    key: keyPath,
    'key-password': PASSWORD,
    sigstore: 'custom',
    'rekor-url': world.stack.rekorURL,
    'trusted-root': world.stack.trustedRootPath,
    ...inputs,
  };
  const options = readPublishOptions((name) => values[name]);
  await runPublish(options, context, { env: {}, sigstoreRetry: FAST_RETRY });
  return {
    outputs: context.outputs(),
    summary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '',
    log: output(),
    publicKeyPem: pair.publicKeyPem,
  };
}

/**
 * The words of the first command in the summary's "With imprint:" block, as a POSIX shell
 * would split them: backslash-newline continuations, single-quoted words (with the `'\''`
 * escape), bare words. Anything else fails the test instead of being guessed at.
 */
export function printedImprintCommand(summary: string): string[] {
  const block = /With imprint:\n\n```sh\n([\s\S]*?)\n```/.exec(summary)?.[1];
  if (block === undefined) throw new Error(`no imprint command in the summary:\n${summary}`);
  const line = block.replace(/ \\\n\s*/g, ' ');
  const words: string[] = [];
  for (const match of line.matchAll(/'((?:[^']|'\\'')*)'|(\S+)/g)) {
    if (match[2] !== undefined && /['"\\$`;&|<>()]/.test(match[2]))
      throw new Error(`unexpected shell syntax in ${match[2]}`);
    words.push(match[1] !== undefined ? match[1].replace(/'\\''/g, "'") : match[2]!);
  }
  return words;
}
