/** `imprint policy lint|export`: check a policy file, or turn it into cluster admission policies. */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ImprintError } from '../../errors.js';
import { parseFlags } from '../../inputs/flags.js';
import type { InputSpec } from '../../inputs/spec.js';
import { EXIT_OK } from '../exit-codes.js';
import { type CliIo, type Command } from './command.js';
import { flagHelp } from './output.js';

const FLAGS: readonly InputSpec[] = [
  { name: 'to', kind: 'string', description: 'export: kyverno, kyverno-ivp or policy-controller.' },
  {
    name: 'output',
    kind: 'string',
    description: 'export: write the YAML to this file (default: stdout).',
  },
  { name: 'help', kind: 'boolean', description: 'Show this help.' },
];

const HELP = [
  'imprint policy: check a policy file, or export it for an admission controller.',
  '',
  'Usage: imprint policy lint POLICY',
  '       imprint policy export --to kyverno|kyverno-ivp|policy-controller POLICY [--output FILE]',
  '',
  'Exports are deterministic (the same policy gives byte-identical YAML). What a target cannot',
  'express is written as a comment in the YAML and as a warning on stderr.',
  '',
  'Flags:',
  ...flagHelp(FLAGS, []),
  '',
].join('\n');

function readBeside(policyFile: string, path: string): string {
  const full = resolve(dirname(policyFile), path);
  try {
    return readFileSync(full, 'utf8');
  } catch (error) {
    throw new ImprintError(
      'INPUT_INVALID',
      `the policy names ${path}, but ${full} cannot be read`,
      { cause: error },
    );
  }
}

/** A `key:` signer's PEM: the file beside the policy, or read from its PKCS#11 token or KMS. */
async function publicKeyOf(policyFile: string, key: string): Promise<string> {
  const { parseKeyReference, readStorePublicKey } =
    await import('../../sigstore/keystore/index.js');
  const reference = parseKeyReference(key);
  if (reference === undefined) return readBeside(policyFile, key);
  return readStorePublicKey(reference, key);
}

export const policyCommand: Command = {
  summary: 'Lint a policy file, or export it to Kyverno / policy-controller.',
  help: () => HELP,
  async run(argv: readonly string[], io: CliIo): Promise<number> {
    const parsed = parseFlags(argv, FLAGS);
    const [verb, file, ...extra] = parsed.positionals;
    if (parsed.values.has('help') || verb === undefined) {
      io.stdout(HELP);
      return EXIT_OK;
    }
    if (file === undefined || extra.length > 0) {
      throw new ImprintError('INPUT_INVALID', `policy ${verb} takes one policy file`, {
        hint: 'e.g. imprint policy lint policy.yaml',
      });
    }
    const { loadPolicy } = await import('../../policy/load.js');
    const policy = await loadPolicy(file);
    if (verb === 'lint') {
      const { signerOverlapWarnings } = await import('../../policy/signer-overlap.js');
      const { imageGlobWarnings } = await import('../../policy/glob-lint.js');
      for (const warning of [...signerOverlapWarnings(policy), ...imageGlobWarnings(policy)]) {
        process.stderr.write(`warning: ${warning}\n`);
      }
      io.stdout(
        `${file}: valid (${policy.signers.length} signer(s), ${policy.attestations.length} attestation rule(s), mode ${policy.mode})\n`,
      );
      return EXIT_OK;
    }
    if (verb !== 'export') {
      throw new ImprintError('INPUT_INVALID', `unknown policy verb "${verb}"`, {
        hint: 'use lint or export',
      });
    }
    const { EXPORT_TARGETS, exportPolicy } = await import('../../policy/export/index.js');
    const target = parsed.values.get('to');
    if (!EXPORT_TARGETS.includes(target as (typeof EXPORT_TARGETS)[number])) {
      throw new ImprintError(
        'INPUT_INVALID',
        `--to must be one of ${EXPORT_TARGETS.join(', ')}; got "${target ?? ''}"`,
      );
    }
    const publicKeys = Object.fromEntries(
      await Promise.all(
        policy.signers.flatMap((signer) =>
          signer.key ? [publicKeyOf(file, signer.key).then((pem) => [signer.key, pem])] : [],
        ),
      ),
    ) as Record<string, string>;
    const trustedRoot = policy.trust.trustedRoot
      ? (JSON.parse(readBeside(file, policy.trust.trustedRoot)) as unknown)
      : undefined;
    const result = exportPolicy(policy, target as (typeof EXPORT_TARGETS)[number], {
      now: new Date(),
      source: file,
      publicKeys,
      ...(trustedRoot !== undefined ? { trustedRoot } : {}),
    });
    for (const warning of result.warnings) process.stderr.write(`warning: ${warning}\n`);
    const output = parsed.values.get('output');
    if (output) writeFileSync(output, result.yaml);
    else io.stdout(result.yaml);
    return EXIT_OK;
  },
};
