/**
 * `imprint copy SRC DST`: promote an image with its signatures and attestations to another
 * registry or repository, digests unchanged; with --policy, only an image that passes.
 * Logs go to stderr; the target reference and the counts to stdout.
 */
import { resolve } from 'node:path';
import { createContext } from '../../ci/context.js';
import { readCaFile } from '../../registry/ca-file.js';
import { ImprintError } from '../../errors.js';
import { type ParsedFlags, parseFlags } from '../../inputs/flags.js';
import type { CopyRequest } from '../../copy/copy.js';
import type { InputSpec } from '../../inputs/spec.js';
import { INSECURE_REGISTRIES_INPUT, REGISTRY_CA_FILE_INPUT } from '../../inputs/tables/shared.js';
import type { FallbackWriteOptions } from '../../registry/fallback-index.js';
import type { RegistryOptions } from '../../registry/pool.js';
import { EXIT_CODES_HELP, EXIT_OK } from '../exit-codes.js';
import { type CliIo, type Command } from './command.js';
import { flagHelp, printOutputs } from './output.js';

const SUMMARY = 'Copy an image with its signatures and attestations to another registry.';

const FLAGS: readonly InputSpec[] = [
  {
    name: 'policy',
    kind: 'string',
    description:
      'Policy file: verify the image before copying (nothing is copied when it fails) and again on the target.',
  },
  {
    name: 'trusted-root',
    kind: 'string',
    description: 'Sigstore trusted_root.json for --policy (default: the public-good root via TUF).',
  },
  INSECURE_REGISTRIES_INPUT,
  REGISTRY_CA_FILE_INPUT,
  { name: 'json', kind: 'boolean', description: 'Print the result as one JSON object.' },
  { name: 'help', kind: 'boolean', description: 'Show this help.' },
];

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
  'Credentials come from the docker config, CI_REGISTRY_* on GitLab, or GITHUB_TOKEN for ghcr.io.',
  '',
  'Flags:',
  ...flagHelp(FLAGS, []),
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

export async function runCopyCommand(argv: readonly string[], io: CopyCommandIo): Promise<number> {
  const parsed = parseFlags(argv, FLAGS);
  if (parsed.values.has('help')) {
    io.stdout(HELP);
    return EXIT_OK;
  }
  const request = copyRequestOf(parsed, io);
  const context = (io.context ?? (() => createContext({ env: io.env })))({});
  const { copyImage } = await import('../../copy/copy.js');
  const result = await copyImage({ ...request, log: context.log });
  const { counts } = result;
  printOutputs(
    {
      target: result.target,
      digest: result.digest,
      ...(result.tag !== undefined && { tag: result.tag }),
      manifests: String(result.manifests),
      referrers: String(result.referrers),
      'manifests-copied': String(counts.manifestsCopied),
      'manifests-skipped': String(counts.manifestsSkipped),
      'blobs-copied': String(counts.blobsCopied),
      'blobs-mounted': String(counts.blobsMounted),
      'blobs-skipped': String(counts.blobsSkipped),
      'bytes-copied': String(counts.bytesCopied),
      'referrers-indexed': String(counts.referrersIndexed),
      'tags-written': String(counts.tagsWritten),
      verified: String(result.verified),
    },
    parsed.values.has('json'),
    io.stdout,
  );
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
  return copyRequestOf(parseFlags(argv, FLAGS), io);
}

function copyRequestOf(
  parsed: ParsedFlags,
  io: Pick<CopyCommandIo, 'env' | 'environment'>,
): Omit<CopyRequest, 'log'> {
  const [source, target, ...extra] = parsed.positionals;
  if (source === undefined || target === undefined || extra.length > 0) {
    throw new ImprintError(
      'INPUT_INVALID',
      `imprint copy takes a source and a target image; got ${parsed.positionals.length} argument(s).`,
      { hint: 'e.g. imprint copy dev.example.com/app@sha256:… prod.example.com/app:1.2.0' },
    );
  }
  const cwd = io.environment?.cwd ?? process.cwd();
  const caFile = parsed.values.get('registry-ca-file');
  const policy = parsed.values.get('policy');
  const trustedRoot = parsed.values.get('trusted-root');
  return {
    source,
    target,
    ...(policy !== undefined && { policyFile: resolve(cwd, policy) }),
    ...(trustedRoot !== undefined && { trustedRoot }),
    cwd,
    registry: {
      ...io.environment?.registry,
      insecureRegistries: listOf(parsed.values.get('insecure-registries')),
      caCertificates: caFile ? [readCaFile(resolve(cwd, caFile))] : [],
      env: io.env,
    },
    ...(io.environment?.fallback && { fallback: io.environment.fallback }),
  };
}

function listOf(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter(Boolean);
}
