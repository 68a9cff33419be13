/**
 * What every CLI command is: a name, a line of help, and a run that returns an exit code
 * (src/doors/exit-codes.ts says which).
 */
import type { CiContext } from '../../ci/context.js';

export interface CliIo {
  stdout: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /** Built per run from the output flags; tests give their own. */
  context?: (options: {
    summaryFile?: string | undefined;
    dotenvPath?: string | undefined;
  }) => CiContext;
}

export interface Command {
  summary: string;
  /** Full help text for `imprint <command> --help`. */
  help(): string;
  run(argv: readonly string[], io: CliIo): Promise<number>;
}

export function wantsHelp(argv: readonly string[]): boolean {
  return argv.includes('--help') || argv.includes('-h');
}
