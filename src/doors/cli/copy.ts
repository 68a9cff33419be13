/**
 * `imprint copy SRC DST`: promote an image with its signatures and attestations to another
 * registry or repository, digests unchanged; with --policy, only an image that passes.
 * Logs go to stderr; the target reference and the counts to stdout.
 */
import { resolve } from 'node:path';
import { createContext } from '../../ci/context.js';
import { readCaFile } from '../../registry/ca-file.js';
import { ImprintError } from '../../errors.js';
import type { CopyRequest } from '../../copy/copy.js';
import { type ExtraFlag, flagSource, type ParsedFlags, parseFlags } from '../../inputs/flags.js';
import type { InputSource, InputSpec } from '../../inputs/spec.js';
import type { FallbackWriteOptions } from '../../registry/fallback-index.js';
import type { RegistryOptions } from '../../registry/pool.js';
import { copyRequestOf, promoteSecrets, readPromoteOptions } from '../../copy/options.js';
import { PROMOTE_INPUTS } from '../../inputs/tables/promote.js';
import { copyOutputs } from '../../copy/outputs.js';
import { EXIT_CODES_HELP, EXIT_OK } from '../exit-codes.js';
import { type CliIo, type Command } from './command.js';
import { flagHelp, OUTPUT_FLAGS, printOutputs } from './output.js';

const SUMMARY = 'Copy an image with its signatures and attestations to another registry.';

/** The promote inputs but the two images, which are the arguments here. */
const FLAGS: readonly InputSpec[] = PROMOTE_INPUTS.filter(
  (spec) => spec.name !== 'source' && spec.name !== 'destination',
);
/** --dotenv, --json, --help (a copy writes no summary). */
const EXTRA_FLAGS: readonly ExtraFlag[] = OUTPUT_FLAGS.filter(
  (flag) => flag.name !== 'summary-file',
);

const HELP = [
  `imprint copy: ${SUMMARY}`,
  '',
  'Usage: imprint copy SRC DST [flags]',
  '',
  'Copies the image (index, platform manifests, blobs), its OCI referrers (signatures,',
  'attestations, and theirs) and cosign .sig/.att/.sbom tags. Digests stay the same. On a',
  'target without the referrers API the fallback index tag is written. Re-running skips what',
  'the target has, so a failed copy resumes and a finished one uploads nothing.',
  'DST is registry/repository[:tag]; without a tag, the source tag (if any) is used.',
  'Credentials: --source-username/--destination-username with the passwords in',
  'IMPRINT_SOURCE_PASSWORD / IMPRINT_DESTINATION_PASSWORD (kept off the command line), else',
  'the docker config, CI_REGISTRY_* on GitLab, or GITHUB_TOKEN for ghcr.io.',
  '',
  'Flags:',
  ...flagHelp(FLAGS, EXTRA_FLAGS),
  '',
  EXIT_CODES_HELP,
  '',
].join('\n');

/** Tests and benchmarks: working directory and registry client settings beyond the flags. */
export interface CopyCommandIo extends CliIo {
  environment?: {
    cwd?: string;
    registry?: Omit<RegistryOptions, 'insecureRegistries' | 'caCertificates' | 'env'>;
    fallback?: FallbackWriteOptions;
  };
}

export const copyCommand: Command = {
  summary: SUMMARY,
  help: () => HELP,
  run: (argv, io) => runCopyCommand(argv, io),
};

async function runCopyCommand(argv: readonly string[], io: CopyCommandIo): Promise<number> {
  const parsed = parseFlags(argv, FLAGS, EXTRA_FLAGS);
  if (parsed.values.has('help')) {
    io.stdout(HELP);
    return EXIT_OK;
  }
  const { inputs, dotenv } = commandInputs(parsed, io.env);
  const context = (io.context ?? ((options) => createContext({ ...options, env: io.env })))(
    // Undefined: the platform's default (imprint.env on GitLab, none elsewhere).
    dotenv === undefined ? {} : { dotenvPath: dotenv },
  );
  for (const secret of promoteSecrets(inputs)) context.log.addSecret(secret);
  const request = requestOf(inputs, io);
  const { copyImage } = await import('../../copy/copy.js');
  const result = await copyImage({ ...request, log: context.log });
  for (const [name, value] of Object.entries(copyOutputs(result, 'target'))) {
    context.setOutput(name, value);
  }
  printOutputs(context.outputs(), parsed.values.has('json'), io.stdout);
  return EXIT_OK;
}

/**
 * What a copy command line asks of the engine (the log aside); throws a typed error on a bad
 * flag or argument, or a CA file that cannot be read.
 */
export function copyCliRequest(
  argv: readonly string[],
  io: Pick<CopyCommandIo, 'env' | 'environment'>,
): Omit<CopyRequest, 'log'> {
  const { inputs } = commandInputs(parseFlags(argv, FLAGS, EXTRA_FLAGS), io.env);
  return requestOf(inputs, io);
}

/** The two images are the arguments; every other input is a flag (or its IMPRINT_* secret). */
function commandInputs(parsed: ParsedFlags, env: NodeJS.ProcessEnv) {
  const [source, target, ...extra] = parsed.positionals;
  if (source === undefined || target === undefined || extra.length > 0) {
    throw new ImprintError(
      'INPUT_INVALID',
      `imprint copy takes a source and a target image; got ${parsed.positionals.length} argument(s).`,
      { hint: 'e.g. imprint copy dev.example.com/app@sha256:… prod.example.com/app:1.2.0' },
    );
  }
  const flags = flagSource(parsed, FLAGS, env);
  const inputs: InputSource = (name) =>
    name === 'source' ? source : name === 'destination' ? target : flags(name);
  return { inputs, dotenv: parsed.values.get('dotenv') };
}

function requestOf(
  inputs: InputSource,
  io: Pick<CopyCommandIo, 'env' | 'environment'>,
): Omit<CopyRequest, 'log'> {
  const options = readPromoteOptions(inputs);
  const cwd = io.environment?.cwd ?? process.cwd();
  const request = copyRequestOf(options, {
    cwd,
    env: io.env,
    caCertificates: options.registryCaFile
      ? [readCaFile(resolve(cwd, options.registryCaFile))]
      : [],
  });
  return {
    ...request,
    registry: { ...io.environment?.registry, ...request.registry },
    ...(io.environment?.fallback && { fallback: io.environment.fallback }),
  };
}
