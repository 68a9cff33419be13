/** `imprint generate-key-pair`: a cosign-compatible key pair for key-based signing. */
import { existsSync, writeFileSync } from 'node:fs';
import { ImprintError } from '../../errors.js';
import { parseFlags } from '../../inputs/flags.js';
import type { InputSpec } from '../../inputs/spec.js';
import { EXIT_OK } from '../exit-codes.js';
import { type CliIo, type Command } from './command.js';
import { flagHelp } from './output.js';

const FLAGS: readonly InputSpec[] = [
  {
    name: 'output-key-prefix',
    kind: 'string',
    default: 'cosign',
    description: 'Writes PREFIX.key (encrypted private key) and PREFIX.pub.',
  },
  {
    name: 'kms',
    kind: 'string',
    description:
      'Create the key in a PKCS#11 token or KMS instead (pkcs11:…, awskms://…, gcpkms://…, azurekms://…, hashivault://…); writes PREFIX.pub only.',
  },
  { name: 'force', kind: 'boolean', description: 'Overwrite existing files.' },
  { name: 'help', kind: 'boolean', description: 'Show this help.' },
];

const HELP = [
  'imprint generate-key-pair: write a cosign-compatible key pair (ECDSA P-256).',
  '',
  'Usage: COSIGN_PASSWORD=… imprint generate-key-pair [flags]',
  '       imprint generate-key-pair --kms REFERENCE [flags]',
  '',
  'The private key is encrypted with the password from COSIGN_PASSWORD (or IMPRINT_KEY_PASSWORD),',
  "in cosign's format (scrypt + secretbox), so cosign reads it too. The password never goes on the",
  'command line.',
  '',
  'With --kms the key is made inside the token or KMS (EC P-256, for signing) and never leaves it;',
  'the public key is printed and written to PREFIX.pub. A PKCS#11 PIN goes in the URI as',
  'pin-source=FILE (pin-value works too, but then sits in the process list and shell history).',
  '',
  'Flags:',
  ...flagHelp(FLAGS, []),
  '',
].join('\n');

export const generateKeyPairCommand: Command = {
  summary: 'Write a cosign-compatible key pair for key-based signing.',
  help: () => HELP,
  async run(argv: readonly string[], io: CliIo): Promise<number> {
    const parsed = parseFlags(argv, FLAGS);
    if (parsed.values.has('help')) {
      io.stdout(HELP);
      return EXIT_OK;
    }
    const prefix = parsed.values.get('output-key-prefix') ?? 'cosign';
    const kms = parsed.values.get('kms');
    if (kms !== undefined)
      return createInStore(kms, prefix, parsed.values.get('force') === 'true', io);
    const password = io.env.COSIGN_PASSWORD ?? io.env.IMPRINT_KEY_PASSWORD;
    if (password === undefined) {
      throw new ImprintError('INPUT_INVALID', 'no password for the private key', {
        hint: 'set COSIGN_PASSWORD (an empty value makes an unencrypted-strength key: not recommended)',
      });
    }
    const files = [`${prefix}.key`, `${prefix}.pub`];
    refuseOverwrite(files, parsed.values.get('force') === 'true');
    const { generateKeyPair } = await import('../../sigstore/sign/index.js');
    const pair = await generateKeyPair(password);
    writeFileSync(files[0]!, pair.privateKeyPem, { mode: 0o600 });
    writeFileSync(files[1]!, pair.publicKeyPem);
    io.stdout(`Private key written to ${files[0]}\nPublic key written to ${files[1]}\n`);
    return EXIT_OK;
  },
};

function refuseOverwrite(files: readonly string[], force: boolean): void {
  const existing = files.filter((file) => existsSync(file));
  if (existing.length > 0 && !force) {
    throw new ImprintError(
      'INPUT_INVALID',
      `${existing.join(' and ')} already exist${existing.length > 1 ? '' : 's'}`,
      { hint: 'choose another --output-key-prefix, or pass --force to overwrite' },
    );
  }
}

/** cosign generate-key-pair --kms: the key is made in the store; only its public half is written. */
async function createInStore(
  reference: string,
  prefix: string,
  force: boolean,
  io: CliIo,
): Promise<number> {
  const { describeKeyReference, openKeyStore, parseKeyReference } =
    await import('../../sigstore/keystore/index.js');
  const parsed = parseKeyReference(reference);
  if (parsed === undefined) {
    throw new ImprintError(
      'KEY_REFERENCE_INVALID',
      `--kms "${describeKeyReference(reference)}" names no key store`,
      { hint: 'give a pkcs11:, awskms://, gcpkms://, azurekms:// or hashivault:// reference' },
    );
  }
  const file = `${prefix}.pub`;
  refuseOverwrite([file], force);
  const publicKeyPem = await (await openKeyStore(parsed, { env: io.env })).createKey();
  writeFileSync(file, publicKeyPem);
  io.stdout(
    `${publicKeyPem}Key created in ${describeKeyReference(reference)}\nPublic key written to ${file}\n`,
  );
  return EXIT_OK;
}
