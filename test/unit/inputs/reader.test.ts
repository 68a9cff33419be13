import { ImprintError } from '../../../src/errors.js';
import { InputReader } from '../../../src/inputs/reader.js';
import type { InputSpec } from '../../../src/inputs/spec.js';

const TABLE: readonly InputSpec[] = [
  { name: 'path', kind: 'string', default: 'out.json', description: 'A path with a default.' },
  { name: 'note', kind: 'string', description: 'A string with no default.' },
  { name: 'push', kind: 'boolean', default: 'true', description: 'A boolean, on by default.' },
  { name: 'force', kind: 'boolean', description: 'A boolean with no default.' },
  { name: 'tags', kind: 'list', default: 'latest', description: 'A list.' },
  { name: 'labels', kind: 'map', description: 'A map.' },
  {
    name: 'mode',
    kind: 'choice',
    default: 'auto',
    choices: ['auto', 'true', 'false'],
    description: 'A choice.',
  },
  {
    name: 'level',
    kind: 'choice',
    default: 'NONE',
    choices: ['NONE', 'LOW', 'HIGH'],
    description: 'A choice in any case.',
  },
];

function reader(values: Record<string, string>): InputReader {
  return new InputReader((name) => values[name], TABLE);
}

function failure(read: () => unknown): { code: string; message: string; hint?: string } {
  try {
    read();
  } catch (error) {
    if (error instanceof ImprintError) {
      const { code, message, hint } = error;
      return hint === undefined ? { code, message } : { code, message, hint };
    }
    throw error;
  }
  throw new Error('expected the read to fail');
}

describe('InputReader', () => {
  it('takes each default from the table, and only from there', () => {
    const inputs = reader({});
    expect(inputs.string('path')).toBe('out.json');
    expect(inputs.withDefault('path')).toBe('out.json');
    expect(inputs.string('note')).toBeUndefined();
    expect(inputs.boolean('push')).toBe(true);
    expect(inputs.boolean('force')).toBe(false);
    expect(inputs.list('tags')).toEqual(['latest']);
    expect(inputs.map('labels')).toEqual({});
    expect(inputs.choice('mode')).toBe('auto');
    expect(inputs.choiceAnyCase('level')).toBe('NONE');
  });

  it('reads a blank value as the default where a default is asked for', () => {
    const inputs = reader({ path: '  ', level: ' ' });
    expect(inputs.string('path')).toBeUndefined();
    expect(inputs.withDefault('path')).toBe('out.json');
    expect(inputs.choiceAnyCase('level')).toBe('NONE');
  });

  it('reads given values: trimmed strings, booleans in three spellings, lists, maps', () => {
    const inputs = reader({
      path: ' r.json ',
      push: 'FALSE',
      force: 'True',
      tags: '1.0, 1\n\nedge ,',
      labels: 'a=1\n\nb = x=y \r',
      mode: 'false',
      level: 'high',
    });
    expect(inputs.withDefault('path')).toBe('r.json');
    expect(inputs.boolean('push')).toBe(false);
    expect(inputs.boolean('force')).toBe(true);
    expect(inputs.list('tags')).toEqual(['1.0', '1', 'edge']);
    expect(inputs.map('labels')).toEqual({ a: '1', b: ' x=y ' });
    expect(inputs.choice('mode')).toBe('false');
    expect(inputs.choiceAnyCase('level')).toBe('HIGH');
  });

  it.each([
    [
      'boolean',
      () => reader({ push: 'yes' }).boolean('push'),
      'input "push" must be true or false; got "yes"',
    ],
    [
      'choice',
      () => reader({ mode: 'on' }).choice('mode'),
      'input "mode" must be one of auto, true, false; got "on"',
    ],
    [
      'choice, blank',
      () => reader({ mode: ' ' }).choice('mode'),
      'input "mode" must be one of auto, true, false; got ""',
    ],
    [
      'choice in any case',
      () => reader({ level: 'hihg' }).choiceAnyCase('level'),
      'input "level" must be one of NONE, LOW, HIGH; got "hihg"',
    ],
    [
      'map',
      () => reader({ labels: 'a=1\nno equals' }).map('labels'),
      'input "labels" line 2 must be KEY=VALUE; got "no equals"',
    ],
  ])('names the input and what it got: %s', (_kind, read, message) => {
    expect(failure(read)).toEqual({ code: 'INPUT_INVALID', message });
  });

  it('says what a required input is for', () => {
    expect(failure(() => reader({ note: ' ' }).required('note', 'set note to a word'))).toEqual({
      code: 'INPUT_INVALID',
      message: 'input "note" is required',
      hint: 'set note to a word',
    });
  });

  it('refuses, as a bug, an input the table does not declare or a default it does not state', () => {
    expect(failure(() => reader({}).string('nope'))).toEqual({
      code: 'INTERNAL',
      message: 'input nope is not declared',
    });
    expect(failure(() => reader({}).withDefault('note'))).toEqual({
      code: 'INTERNAL',
      message: 'input note is read with a default but declares none',
    });
  });
});
