/** `imprint publish`: the publish action's inputs as flags. */
import { createContext } from '../ci/context.js';
import { ImprintError } from '../errors.js';
import { type ExtraFlag, flagSource, parseFlags } from '../inputs/flags.js';
import { type InputSpec, PUBLISH_INPUTS } from '../inputs/spec.js';
import { publishSecrets, readPublishOptions } from '../publish/options.js';
import { type CliIo, type Command, EXIT_OK } from './command.js';

export const OUTPUT_FLAGS: readonly ExtraFlag[] = [
  {
    name: 'summary-file',
    description: 'Write the markdown summary to this file (default: print it in the log).',
  },
  {
    name: 'dotenv',
    description:
      'On GitLab: write the outputs as a dotenv report to this file (default imprint.env).',
  },
  {
    name: 'json',
    boolean: true,
    description: 'Print the outputs as one JSON object instead of name=value lines.',
  },
  { name: 'help', boolean: true, description: 'Show this help.' },
];

export function flagHelp(inputs: readonly InputSpec[], extras: readonly ExtraFlag[]): string[] {
  return [
    ...inputs.map((spec) => {
      const defaults = spec.default === undefined ? '' : ` (default: ${spec.default})`;
      const repeat = spec.kind === 'list' || spec.kind === 'map' ? ' [repeatable]' : '';
      return `  --${spec.name.padEnd(22)} ${spec.description}${defaults}${repeat}`;
    }),
    ...extras.map((extra) => `  --${extra.name.padEnd(22)} ${extra.description}`),
  ];
}

export function printOutputs(outputs: Record<string, string>, json: boolean, io: CliIo): void {
  if (json) {
    io.stdout(JSON.stringify(outputs, null, 2) + '\n');
    return;
  }
  for (const [name, value] of Object.entries(outputs))
    io.stdout(`${name}=${value.replace(/\n/g, ',')}\n`);
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
      dotenvPath:
        parsed.values.get('dotenv') ?? (io.env.GITLAB_CI === 'true' ? 'imprint.env' : undefined),
    };
    const context = (io.context ?? ((options) => createContext({ ...options, env: io.env })))(
      contextOptions,
    );
    for (const secret of publishSecrets(source)) context.log.addSecret(secret);
    const options = readPublishOptions(source);
    const { runPublish } = await import('../publish/run.js');
    await runPublish(options, context, { env: io.env });
    printOutputs(context.outputs(), parsed.values.has('json'), io);
    return EXIT_OK;
  },
};
