/**
 * The input tables are the one home of each input: its name, kind, choices and default. The
 * Action metadata, the CLI's --help and the README's input tables repeat them; these tests keep
 * every copy in step, so a default changed in one place and not the others fails here.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { runCli } from '../../../src/cli.js';
import type { InputSpec } from '../../../src/inputs/spec.js';
import { PUBLISH_INPUTS } from '../../../src/inputs/tables/publish.js';
import { SCAN_INPUTS, SCAN_MODES } from '../../../src/inputs/tables/scan.js';
import {
  INSECURE_REGISTRIES_INPUT,
  REGISTRY_CA_FILE_INPUT,
  SUMMARY_INPUT,
} from '../../../src/inputs/tables/shared.js';
import { PROMOTE_INPUTS } from '../../../src/inputs/tables/promote.js';
import { VERIFY_INPUTS } from '../../../src/inputs/tables/verify.js';

interface ActionInput {
  description?: string;
  default?: string;
  required?: boolean;
}

/**
 * `cli`: the command whose --help lists the door's inputs, but for `positional` ones, which are
 * its arguments there; `required`: the inputs action.yml marks required.
 */
const DOORS = [
  {
    door: 'publish',
    table: PUBLISH_INPUTS,
    action: 'action.yml',
    readme: '### Inputs (publish)',
    cli: 'publish',
    positional: [],
    required: ['image'],
  },
  {
    door: 'verify',
    table: VERIFY_INPUTS,
    action: 'verify/action.yml',
    readme: '## The verify action',
    cli: 'verify',
    positional: [],
    required: [],
  },
  {
    door: 'promote',
    table: PROMOTE_INPUTS,
    action: 'promote/action.yml',
    readme: '### The promote action',
    cli: 'copy',
    positional: ['source', 'destination'],
    required: ['destination', 'source'],
  },
] as const;

/** The CLI's own default for the report path: the Action's would litter the folder it runs in. */
const CLI_DEFAULTS: Record<string, Record<string, string>> = {
  publish: { 'vuln-report-path': 'a new folder in the temp directory' },
};

function actionInputs(file: string): Record<string, ActionInput> {
  return (parse(readFileSync(file, 'utf8')) as { inputs: Record<string, ActionInput> }).inputs;
}

async function help(door: string): Promise<string[]> {
  let out = '';
  await runCli([door, '--help'], { stdout: (text: string) => (out += text), env: {} });
  return out.split('\n');
}

/** The rows of the first table after `heading`: input name → default cell (blank: none). */
function readmeDefaults(heading: string): Map<string, string | undefined> {
  const lines = readFileSync('README.md', 'utf8').split('\n');
  const start = lines.indexOf(heading);
  expect(start).toBeGreaterThanOrEqual(0);
  const rows = new Map<string, string | undefined>();
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('|')) {
      if (rows.size > 0) break;
      continue;
    }
    const [, name = '', fallback = ''] = line.split('|').map((cell) => cell.trim());
    const inputName = /^`([a-z-]+)`$/.exec(name)?.[1];
    if (inputName === undefined) continue; // the header and its rule
    rows.set(inputName, /^`(.*)`$/.exec(fallback)?.[1]);
  }
  return rows;
}

describe('the input tables', () => {
  it.each(DOORS.map(({ door, table }) => [door, table] as const))(
    '%s declares each input once, kebab-case, described, each choice default among its choices',
    (_door, table: readonly InputSpec[]) => {
      const names = table.map((spec) => spec.name);
      expect(new Set(names).size).toBe(names.length);
      for (const spec of table) {
        expect(spec.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
        expect(spec.description.length).toBeGreaterThan(10);
        expect(spec.choices !== undefined).toBe(spec.kind === 'choice');
        if (spec.kind === 'choice') expect(spec.choices).toContain(spec.default);
      }
    },
  );

  it('declare `scan` once: the three-way choice, the same entry in the scan and publish tables', () => {
    const scan = SCAN_INPUTS.find((spec) => spec.name === 'scan');
    expect(scan).toMatchObject({
      kind: 'choice',
      default: 'auto',
      choices: ['auto', 'true', 'false'],
    });
    expect(scan?.choices).toBe(SCAN_MODES);
    expect(PUBLISH_INPUTS.filter((spec) => spec.name === 'scan')).toEqual([scan]);
    expect(PUBLISH_INPUTS.find((spec) => spec.name === 'scan')).toBe(scan);
    for (const spec of SCAN_INPUTS) expect(PUBLISH_INPUTS).toContain(spec);
  });

  it('share the registry and summary inputs between publish and verify', () => {
    for (const shared of [INSECURE_REGISTRIES_INPUT, REGISTRY_CA_FILE_INPUT, SUMMARY_INPUT]) {
      expect(PUBLISH_INPUTS.find((spec) => spec.name === shared.name)).toBe(shared);
      expect(VERIFY_INPUTS.find((spec) => spec.name === shared.name)).toBe(shared);
    }
  });

  it.each(['publish', 'verify', 'copy', 'sbom'])(
    'describe the registry flags of imprint %s in the shared words',
    async (door) => {
      const lines = await help(door);
      for (const shared of [INSECURE_REGISTRIES_INPUT, REGISTRY_CA_FILE_INPUT]) {
        const line = lines.find((text) => new RegExp(`^\\s+--${shared.name}\\s`).test(text));
        expect(line).toContain(shared.description);
      }
    },
  );
});

describe.each(DOORS)(
  'the $door door states the table’s defaults',
  ({ door, table, action, readme, cli, positional, required: requiredInputs }) => {
    it(`in ${action}: the same inputs, defaults and descriptions`, () => {
      const inputs = actionInputs(action);
      expect(Object.keys(inputs).sort()).toEqual(table.map((spec) => spec.name).sort());
      for (const spec of table) {
        const input = inputs[spec.name];
        expect({ name: spec.name, default: input?.default }).toEqual({
          name: spec.name,
          default: spec.actionDefault ?? spec.default,
        });
        expect({ name: spec.name, description: input?.description }).toEqual({
          name: spec.name,
          description: spec.actionDescription ?? spec.description,
        });
      }
      const required = Object.keys(inputs).filter((name) => inputs[name]?.required === true);
      expect(required.sort()).toEqual([...requiredInputs]);
    });

    it(`in imprint ${cli} --help: one line per input, showing its default`, async () => {
      const lines = await help(cli);
      const flags = table.filter((spec) => !(positional as readonly string[]).includes(spec.name));
      for (const spec of flags) {
        const flag = new RegExp(`^\\s+--(\\[no-\\])?${spec.name}\\s`);
        const matching = lines.filter((line) => flag.test(line));
        expect({ name: spec.name, lines: matching.length }).toEqual({ name: spec.name, lines: 1 });
        const cliDefault = CLI_DEFAULTS[door]?.[spec.name] ?? spec.default;
        if (cliDefault !== undefined) expect(matching[0]).toContain(`(default: ${cliDefault}`);
      }
    });

    it('in the README’s input table', () => {
      const rows = readmeDefaults(readme);
      expect([...rows.keys()].sort()).toEqual(table.map((spec) => spec.name).sort());
      for (const spec of table) {
        expect({ name: spec.name, default: rows.get(spec.name) }).toEqual({
          name: spec.name,
          default: spec.actionDefault ?? spec.default,
        });
      }
    });
  },
);
