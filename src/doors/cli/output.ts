/** What every command that sets outputs shares: the output flags, their help, and printing. */
import type { ExtraFlag } from '../../inputs/flags.js';
import type { InputSpec } from '../../inputs/spec.js';

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
      return `  ${flagSpelling(spec.name, spec.kind === 'boolean').padEnd(30)} ${spec.description}${defaults}${repeat}`;
    }),
    ...extras.map(
      (extra) =>
        `  ${flagSpelling(extra.name, extra.boolean === true).padEnd(30)} ${extra.description}`,
    ),
  ];
}

/** Booleans show their negation too (`--[no-]sign`), except --help, which has none worth typing. */
function flagSpelling(name: string, boolean: boolean): string {
  return boolean && name !== 'help' ? `--[no-]${name}` : `--${name}`;
}

/** name=value lines (lists comma-joined), or one JSON object. */
export function printOutputs(
  outputs: Record<string, string>,
  json: boolean,
  stdout: (text: string) => void,
): void {
  if (json) {
    stdout(JSON.stringify(outputs, null, 2) + '\n');
    return;
  }
  for (const [name, value] of Object.entries(outputs))
    stdout(`${name}=${value.replace(/\n/g, ',')}\n`);
}
