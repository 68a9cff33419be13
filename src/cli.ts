/**
 * The CLI door: `imprint <command> [flags]`. Flags carry the action's input names. Logs go
 * to stderr, results to stdout. Exit codes: 0 done, 1 the step failed, 2 the command line
 * or an input is wrong.
 */
import { type CliIo, type Command, EXIT_FAILED, EXIT_OK, EXIT_USAGE } from './commands/command.js';
import { conformanceCommand } from './commands/conformance.js';
import { generateKeyPairCommand } from './commands/keys.js';
import { policyCommand } from './commands/policy.js';
import { publishCommand } from './commands/publish.js';
import { sbomCommand } from './commands/sbom.js';
import { verifyCommand } from './commands/verify.js';
import { isImprintError, messageOf } from './errors.js';
import { VERSION } from './version.js';

export { EXIT_FAILED, EXIT_OK, EXIT_USAGE, type CliIo } from './commands/command.js';

const COMMANDS: Record<string, Command> = {
  publish: publishCommand,
  verify: verifyCommand,
  sbom: sbomCommand,
  policy: policyCommand,
  'generate-key-pair': generateKeyPairCommand,
  conformance: conformanceCommand,
};

const USAGE_CODES = new Set(['INPUT_INVALID', 'INPUT_CONFLICT', 'REFERENCE_INVALID']);

export function helpFor(commandName?: string): string {
  const command = commandName === undefined ? undefined : COMMANDS[commandName];
  if (command) return command.help();
  const lines = Object.entries(COMMANDS).map(
    ([name, entry]) => `  ${name.padEnd(18)} ${entry.summary}`,
  );
  return [
    `imprint ${VERSION} — provable container images`,
    '',
    'Usage: imprint <command> [flags]',
    '',
    'Commands:',
    ...lines,
    '',
    "Run 'imprint <command> --help' for a command's flags.",
    'Exit codes: 0 done, 1 the step failed, 2 invalid command line or input.',
    '',
  ].join('\n');
}

/** Runs one command line and returns the exit code; never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [commandName, ...rest] = argv;
  if (
    commandName === undefined ||
    commandName === 'help' ||
    commandName === '--help' ||
    commandName === '-h'
  ) {
    io.stdout(helpFor(rest[0]));
    return EXIT_OK;
  }
  if (commandName === '--version' || commandName === 'version') {
    io.stdout(`${VERSION}\n`);
    return EXIT_OK;
  }
  const command = COMMANDS[commandName];
  if (!command) {
    process.stderr.write(`error: unknown command "${commandName}"\n\n${helpFor()}`);
    return EXIT_USAGE;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    process.stderr.write(`error: ${messageOf(error)}\n`);
    return isImprintError(error) && USAGE_CODES.has(error.code) ? EXIT_USAGE : EXIT_FAILED;
  }
}

export async function runCliDoor(argv: string[]): Promise<void> {
  process.exitCode = await runCli(argv, {
    stdout: (text) => process.stdout.write(text),
    env: process.env,
  });
}
