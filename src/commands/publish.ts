/** `imprint publish`: the publish action's inputs as flags. */
import { createContext } from '../ci/context.js';
import { ImprintError } from '../errors.js';
import { flagSource, parseFlags } from '../inputs/flags.js';
import { PUBLISH_INPUTS } from '../inputs/spec.js';
import { publishSecrets, readPublishOptions } from '../publish/options.js';
import { type CliIo, type Command, EXIT_OK } from './command.js';
import { OUTPUT_FLAGS, dotenvPath, flagHelp, printOutputs } from './output.js';

export const publishCommand: Command = {
  summary: 'Build, push and pin an image by digest.',
  help: () =>
    [
      'imprint publish: build, push and pin an image by digest.',
      '',
      'Usage: imprint publish [flags]',
      '',
      'Flags:',
      ...flagHelp(PUBLISH_INPUTS, OUTPUT_FLAGS),
      '',
    ].join('\n'),
  async run(argv: readonly string[], io: CliIo): Promise<number> {
    const parsed = parseFlags(argv, PUBLISH_INPUTS, OUTPUT_FLAGS);
    if (parsed.values.has('help')) {
      io.stdout(publishCommand.help());
      return EXIT_OK;
    }
    if (parsed.positionals.length > 0) {
      throw new ImprintError('INPUT_INVALID', `unexpected argument "${parsed.positionals[0]}"`, {
        hint: 'publish takes flags only, e.g. --image ghcr.io/acme/app --tags 1.2.3',
      });
    }
    const source = flagSource(parsed, PUBLISH_INPUTS, io.env);
    const contextOptions = {
      summaryFile: parsed.values.get('summary-file'),
      dotenvPath: dotenvPath(parsed.values.get('dotenv'), io.env),
    };
    const context = (io.context ?? ((options) => createContext({ ...options, env: io.env })))(
      contextOptions,
    );
    for (const secret of publishSecrets(source)) context.log.addSecret(secret);
    const options = readPublishOptions(source);
    const { runPublish } = await import('../publish/run.js');
    await runPublish(options, context, { env: io.env });
    printOutputs(context.outputs(), parsed.values.has('json'), io.stdout);
    return EXIT_OK;
  },
};
