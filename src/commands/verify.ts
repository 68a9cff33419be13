/** `imprint verify`: images (or the images a GitOps repository deploys) against a policy. */
import { type CliIo, type Command } from './command.js';

const HELP_SUMMARY = 'Verify images against a policy: signatures, attestations, vulnerabilities.';

export const verifyCommand: Command = {
  summary: HELP_SUMMARY,
  help: () => `imprint verify: ${HELP_SUMMARY}\n\nRun 'imprint verify --help' for its flags.\n`,
  async run(argv: readonly string[], io: CliIo): Promise<number> {
    const { runVerifyCommand } = await import('../verify/door.js');
    return runVerifyCommand(argv, io);
  },
};
