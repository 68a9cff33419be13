/**
 * The CLI door: `imprint <command> [flags]`; each command's door is in src/doors/cli/. Flags
 * carry the action's input names. Logs go to stderr, results to stdout. Exit codes: the one
 * policy of src/doors/exit-codes.ts.
 */
import type { CliIo, Command } from './doors/cli/command.js';
import { EXIT_CODES_HELP, EXIT_OK, EXIT_USAGE, exitCodeOfError } from './doors/exit-codes.js';
import { messageOf } from './errors.js';
import { VERSION } from './version.js';

export type { CliIo } from './doors/cli/command.js';
export { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from './doors/exit-codes.js';

/**
 * Each command loads only when it runs: `--help` and `--version` must not pay for the
 * registry client, Sigstore and Trivy code (the cold start is measured in bench/publish.ts).
 */
interface CommandEntry {
  summary: string;
  load(): Promise<Command>;
}

const COMMANDS: Record<string, CommandEntry> = {
  publish: {
    summary: 'Build, push, pin, sign and attest an image.',
    load: async () => (await import('./doors/cli/publish.js')).publishCommand,
  },
  verify: {
    summary: 'Verify images against a policy: signatures, attestations, vulnerabilities.',
    load: async () => (await import('./doors/cli/verify.js')).verifyCommand,
  },
  copy: {
    summary: 'Copy an image with its signatures and attestations to another registry.',
    load: async () => (await import('./doors/cli/copy.js')).copyCommand,
  },
  sbom: {
    summary: 'Print a CycloneDX SBOM of any image, read from its registry.',
    load: async () => (await import('./doors/cli/sbom.js')).sbomCommand,
  },
  policy: {
    summary: 'Lint a policy file, or export it to Kyverno / policy-controller.',
    load: async () => (await import('./doors/cli/policy.js')).policyCommand,
  },
  'generate-key-pair': {
    summary: 'Write a cosign-compatible key pair for key-based signing.',
    load: async () => (await import('./doors/cli/keys.js')).generateKeyPairCommand,
  },
  conformance: {
    summary: 'Conformance-suite door: verify-bundle.',
    load: async () => (await import('./doors/cli/conformance.js')).conformanceCommand,
  },
};

export async function helpFor(commandName?: string): Promise<string> {
  const entry = commandName === undefined ? undefined : COMMANDS[commandName];
  if (entry) return (await entry.load()).help();
  const lines = Object.entries(COMMANDS).map(
    ([name, command]) => `  ${name.padEnd(18)} ${command.summary}`,
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
    EXIT_CODES_HELP,
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
    io.stdout(await helpFor(rest[0]));
    return EXIT_OK;
  }
  if (commandName === '--version' || commandName === 'version') {
    io.stdout(`${VERSION}\n`);
    return EXIT_OK;
  }
  const entry = COMMANDS[commandName];
  if (!entry) {
    process.stderr.write(`error: unknown command "${commandName}"\n\n${await helpFor()}`);
    return EXIT_USAGE;
  }
  try {
    return await (await entry.load()).run(rest, io);
  } catch (error) {
    process.stderr.write(`error: ${messageOf(error)}\n`);
    return exitCodeOfError(error);
  }
}

export async function runCliDoor(argv: string[]): Promise<void> {
  process.exitCode = await runCli(argv, {
    stdout: (text) => process.stdout.write(text),
    env: process.env,
  });
}
