/**
 * `imprint verify [IMAGE…] [flags]`: images (or the images a GitOps repository deploys)
 * against a policy. Flags carry the verify Action's input names. It catches its own errors so
 * they reach the CI log through the context; the exit code is the one policy's.
 */
import { type CiContext, createContext } from '../../ci/context.js';
import { messageOf } from '../../errors.js';
import { type ParsedFlags, flagSource, parseFlags } from '../../inputs/flags.js';
import type { InputSpec } from '../../inputs/spec.js';
import { VERIFY_INPUTS } from '../../inputs/tables/verify.js';
import { readVerifyOptions, type VerifyOptions } from '../../verify/options.js';
import type { VerifyEnvironment } from '../../verify/run.js';
import { EXIT_CODES_HELP, EXIT_OK, exitCodeOfError, exitCodeOfVerdict } from '../exit-codes.js';
import { runVerifyStep } from '../verify-step.js';
import type { CliIo, Command } from './command.js';
import { OUTPUT_FLAGS, printOutputs } from './output.js';

const SUMMARY = 'Verify images against a policy: signatures, attestations, vulnerabilities.';

const VERIFY_FLAGS = OUTPUT_FLAGS;
/** Other names people type for an input: gh attestation verify and cosign say `--bundle`. */
const FLAG_ALIASES: Readonly<Record<string, string>> = { bundle: 'bundles' };

export interface VerifyCommandIo extends CliIo {
  /** Tests and benchmarks: working directory, clock, registry time limits. */
  environment?: Omit<VerifyEnvironment, 'env'>;
}

export const verifyCommand: Command = {
  summary: SUMMARY,
  help: () => verifyHelp(),
  run: (argv, io) => runVerifyCommand(argv, io),
};

export async function runVerifyCommand(
  argv: readonly string[],
  io: VerifyCommandIo,
): Promise<number> {
  let context: CiContext | undefined;
  try {
    const parsed = readCommandLine(argv);
    if (parsed.values.has('help')) {
      io.stdout(verifyHelp());
      return EXIT_OK;
    }
    const contextOptions = {
      ...(parsed.values.has('summary-file') && { summaryFile: parsed.values.get('summary-file')! }),
      ...optionalDotenv(parsed.values.get('dotenv')),
    };
    context = (io.context ?? ((options) => createContext({ ...options, env: io.env })))(
      contextOptions,
    );
    const options = optionsOf(parsed, io.env);
    const report = await runVerifyStep(options, context, { ...io.environment, env: io.env });
    printOutputs(context.outputs(), parsed.values.has('json'), (text) => io.stdout(text));
    return exitCodeOfVerdict(report);
  } catch (error) {
    const message = messageOf(error);
    if (context) context.log.error(message);
    else process.stderr.write(`error: ${message}\n`);
    return exitCodeOfError(error);
  }
}

/** What a verify command line asks of the engine; throws a typed error on a bad flag or input. */
export function verifyCliOptions(argv: readonly string[], env: NodeJS.ProcessEnv): VerifyOptions {
  return optionsOf(readCommandLine(argv), env);
}

function readCommandLine(argv: readonly string[]): ParsedFlags {
  return parseFlags(withAliasesResolved(argv), VERIFY_INPUTS, VERIFY_FLAGS);
}

/** The arguments are images, added to the `images` flag's. */
function optionsOf(parsed: ParsedFlags, env: NodeJS.ProcessEnv): VerifyOptions {
  return readVerifyOptions(flagSource(parsed, VERIFY_INPUTS, env), parsed.positionals);
}

export function verifyHelp(): string {
  const line = (name: string, description: string, spec?: InputSpec) => {
    const defaults = spec?.default === undefined ? '' : ` (default: ${spec.default})`;
    const repeat = spec?.kind === 'list' ? ' [repeatable]' : '';
    return `  --${name.padEnd(28)} ${description}${defaults}${repeat}`;
  };
  return [
    'imprint verify: verify images against a policy (signatures, signer identity, attestations).',
    '',
    'Usage: imprint verify [IMAGE…] [flags]',
    '',
    'Flags:',
    ...VERIFY_INPUTS.map((spec) => line(spec.name, spec.description, spec)),
    ...VERIFY_FLAGS.map((flag) => line(flag.name, flag.description)),
    ...Object.entries(FLAG_ALIASES).map(([alias, name]) =>
      line(`${alias} PATH`, `Same as --${name} (one path each time; repeatable).`),
    ),
    '',
    EXIT_CODES_HELP,
    '',
  ].join('\n');
}

/** `--bundle X` / `--bundle=X` → `--bundles …`; positionals after `--` are left alone. */
function withAliasesResolved(argv: readonly string[]): string[] {
  const end = argv.indexOf('--');
  return argv.map((arg, index) => {
    if (end >= 0 && index > end) return arg;
    const match = /^--([a-z-]+)(=.*)?$/s.exec(arg);
    const name = match ? FLAG_ALIASES[match[1]!] : undefined;
    return name === undefined ? arg : `--${name}${match![2] ?? ''}`;
  });
}

function optionalDotenv(path: string | undefined): { dotenvPath?: string } {
  return path === undefined ? {} : { dotenvPath: path };
}
