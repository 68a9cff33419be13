/** `imprint publish`: the publish action's inputs as flags. */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createContext } from '../../ci/context.js';
import { ImprintError } from '../../errors.js';
import { type ParsedFlags, flagSource, parseFlags } from '../../inputs/flags.js';
import type { InputSource, InputSpec } from '../../inputs/spec.js';
import { PUBLISH_INPUTS } from '../../inputs/tables/publish.js';
import { type PublishOptions, publishSecrets, readPublishOptions } from '../../publish/options.js';
import { EXIT_OK } from '../exit-codes.js';
import { type CliIo, type Command } from './command.js';
import { OUTPUT_FLAGS, flagHelp, printOutputs } from './output.js';

/**
 * The Action writes its vulnerability report into the workspace, where the next step uploads it;
 * a command line must not litter the folder it runs in, so the CLI's report goes to a new folder
 * in the temp directory unless a path is given (the vuln-report-path output names it).
 */
const CLI_REPORT_DEFAULT =
  'a new folder in the temp directory; the vuln-report-path output names it';

const CLI_PUBLISH_INPUTS: readonly InputSpec[] = PUBLISH_INPUTS.map((spec) => {
  if (spec.name !== 'vuln-report-path') return spec;
  const cliSpec: InputSpec = {
    ...spec,
    description: `${spec.description} (default: ${CLI_REPORT_DEFAULT})`,
  };
  delete cliSpec.default;
  return cliSpec;
});

/** `tempRoot`: the CI platform's temp directory (RUNNER_TEMP on GitHub, the system's locally). */
export function withCliReportPath(source: InputSource, tempRoot: string): InputSource {
  const folder = join(tempRoot, `imprint-reports-${randomBytes(4).toString('hex')}`);
  return (name) =>
    source(name) ??
    (name === 'vuln-report-path' ? join(folder, 'vulnerability-report.json') : undefined);
}

export const publishCommand: Command = {
  summary: 'Build, push and pin an image by digest.',
  help: () =>
    [
      'imprint publish: build, push and pin an image by digest.',
      '',
      'Usage: imprint publish [flags]',
      '',
      'Flags:',
      ...flagHelp(CLI_PUBLISH_INPUTS, OUTPUT_FLAGS),
      '',
    ].join('\n'),
  async run(argv: readonly string[], io: CliIo): Promise<number> {
    const parsed = readCommandLine(argv);
    if (parsed.values.has('help')) {
      io.stdout(publishCommand.help());
      return EXIT_OK;
    }
    const contextOptions = {
      summaryFile: parsed.values.get('summary-file'),
      // undefined: the platform's default (GitLab writes imprint.env)
      dotenvPath: parsed.values.get('dotenv'),
    };
    const context = (io.context ?? ((options) => createContext({ ...options, env: io.env })))(
      contextOptions,
    );
    const source = publishSource(parsed, io.env, context.platform.tempRoot);
    for (const secret of publishSecrets(source)) context.log.addSecret(secret);
    const options = readPublishOptions(source);
    const { runPublish } = await import('../../publish/run.js');
    await runPublish(options, context, { env: io.env });
    printOutputs(context.outputs(), parsed.values.has('json'), io.stdout);
    return EXIT_OK;
  },
};

/**
 * What a publish command line asks of the engine; throws a typed error on a bad flag or input.
 * `tempRoot`: where the default vulnerability report goes (the CI platform's temp directory).
 */
export function publishCliOptions(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  tempRoot: string,
): PublishOptions {
  return readPublishOptions(publishSource(readCommandLine(argv), env, tempRoot));
}

/** The flags; publish takes no arguments (--help aside, which prints and stops). */
function readCommandLine(argv: readonly string[]): ParsedFlags {
  const parsed = parseFlags(argv, PUBLISH_INPUTS, OUTPUT_FLAGS);
  if (!parsed.values.has('help') && parsed.positionals.length > 0) {
    throw new ImprintError('INPUT_INVALID', `unexpected argument "${parsed.positionals[0]}"`, {
      hint: 'publish takes flags only, e.g. --image ghcr.io/acme/app --tags 1.2.3',
    });
  }
  return parsed;
}

/** The inputs: the flags, secrets also from IMPRINT_* variables, the CLI's report default. */
function publishSource(parsed: ParsedFlags, env: NodeJS.ProcessEnv, tempRoot: string): InputSource {
  return withCliReportPath(flagSource(parsed, PUBLISH_INPUTS, env), tempRoot);
}
