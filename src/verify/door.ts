/**
 * The verify doors: `imprint verify [IMAGE…] [flags]` for the CLI, and (re-exported) the
 * action entry. Flags carry the action's input names. Exit codes: 0 verified (or mode warn),
 * 1 a violation or an error under enforcement, 2 a wrong command line or input.
 */
import { type CiContext, createContext } from '../ci/context.js';
import { isImprintError, messageOf } from '../errors.js';
import { flagSource, parseFlags } from '../inputs/flags.js';
import { OUTPUT_FLAGS, dotenvPath, printOutputs } from '../commands/output.js';
import type { InputSpec } from '../inputs/spec.js';
import type { VerifyReport } from './model.js';
import { readVerifyOptions, VERIFY_INPUTS } from './options.js';
import { runVerify, type VerifyEnvironment } from './run.js';

export { VERIFY_INPUTS } from './options.js';
export { runVerifyAction } from '../actions/verify.js';

export const EXIT_VERIFIED = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** Errors in what the user gave (flags, inputs, policy, manifests, keys): exit 2. */
const USAGE_ERRORS = [
  'INPUT_INVALID',
  'INPUT_CONFLICT',
  'REFERENCE_INVALID',
  'POLICY_INVALID',
  'MANIFEST_FILE_INVALID',
  'KEY_INVALID',
];

const VERIFY_FLAGS = OUTPUT_FLAGS;
/** Other names people type for an input: gh attestation verify and cosign say `--bundle`. */
const FLAG_ALIASES: Readonly<Record<string, string>> = { bundle: 'bundles' };

export interface VerifyCommandIo {
  stdout(text: string): void;
  env: NodeJS.ProcessEnv;
  /** Built per run from the output flags; tests give their own. */
  context?: (options: { summaryFile?: string; dotenvPath?: string }) => CiContext;
  /** Tests and benchmarks: working directory, clock, registry time limits. */
  environment?: Omit<VerifyEnvironment, 'env'>;
}

export async function runVerifyCommand(
  argv: readonly string[],
  io: VerifyCommandIo,
): Promise<number> {
  let context: CiContext | undefined;
  try {
    const parsed = parseFlags(withAliasesResolved(argv), VERIFY_INPUTS, VERIFY_FLAGS);
    if (parsed.values.has('help')) {
      io.stdout(verifyHelp());
      return EXIT_VERIFIED;
    }
    const contextOptions = {
      ...(parsed.values.has('summary-file') && { summaryFile: parsed.values.get('summary-file')! }),
      ...optionalDotenv(dotenvPath(parsed.values.get('dotenv'), io.env)),
    };
    context = (io.context ?? ((options) => createContext({ ...options, env: io.env })))(
      contextOptions,
    );
    const options = readVerifyOptions(
      flagSource(parsed, VERIFY_INPUTS, io.env),
      parsed.positionals,
    );
    const report = await runVerify(options, context, { ...io.environment, env: io.env });
    printOutputs(context.outputs(), parsed.values.has('json'), (text) => io.stdout(text));
    return exitCodeOf(report);
  } catch (error) {
    const message = messageOf(error);
    if (context) context.log.error(message);
    else process.stderr.write(`error: ${message}\n`);
    return isImprintError(error) && USAGE_ERRORS.includes(error.code) ? EXIT_USAGE : EXIT_FAILED;
  }
}

export function exitCodeOf(report: VerifyReport): number {
  return report.mode === 'enforce' && !report.verified ? EXIT_FAILED : EXIT_VERIFIED;
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
    'Exit codes: 0 verified (or mode warn), 1 a policy violation or an error, 2 invalid command line or input.',
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
