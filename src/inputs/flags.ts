/**
 * CLI flags carry the action's input names: `--build-args K=V` (repeatable), `--push` /
 * `--no-push` / `--push=false` / `--push false`. Parsed by hand because node:util parseArgs cannot give
 * boolean flags a value and cannot suggest the flag a person meant.
 */
import { ImprintError } from '../errors.js';
import { nearest } from '../util/nearest.js';
import type { InputSource, InputSpec } from './spec.js';

export interface ParsedFlags {
  values: Map<string, string>;
  positionals: string[];
}

/** Flags the CLI has beyond the inputs (output destinations, help). */
export interface ExtraFlag {
  name: string;
  boolean?: boolean;
  description: string;
}

interface FlagShape {
  boolean: boolean;
  /** Lists and maps: repeated flags add lines. */
  multi: boolean;
}

function flagShapes(
  specs: readonly InputSpec[],
  extras: readonly ExtraFlag[],
): Map<string, FlagShape> {
  const shapes = new Map<string, FlagShape>();
  for (const spec of specs) {
    shapes.set(spec.name, {
      boolean: spec.kind === 'boolean',
      multi: spec.kind === 'list' || spec.kind === 'map',
    });
  }
  for (const extra of extras)
    shapes.set(extra.name, { boolean: extra.boolean === true, multi: false });
  return shapes;
}

/** `--name`, `--name=value` or `--no-name` → the flag's name and its inline value, if any. */
function splitFlag(arg: string, shapes: Map<string, FlagShape>): { name: string; inline?: string } {
  const equals = arg.indexOf('=');
  const name = equals < 0 ? arg.slice(2) : arg.slice(2, equals);
  if (equals >= 0) return { name, inline: arg.slice(equals + 1) };
  if (!shapes.has(name) && name.startsWith('no-') && shapes.get(name.slice(3))?.boolean) {
    return { name: name.slice(3), inline: 'false' };
  }
  return { name };
}

function unknownFlag(name: string, shapes: Map<string, FlagShape>): ImprintError {
  const suggestion = nearest(name, [...shapes.keys()]);
  return new ImprintError('INPUT_INVALID', `unknown flag --${name}`, {
    hint: suggestion ? `did you mean --${suggestion}?` : 'see --help for the flags',
  });
}

/**
 * The flag's value and how many arguments after it were used. A boolean stands alone, or
 * takes a following true/false: `--sign false` is how people type it.
 */
function flagValue(
  name: string,
  shape: FlagShape,
  inline: string | undefined,
  next: string | undefined,
): { value: string; used: number } {
  if (inline !== undefined) return { value: inline, used: 0 };
  if (shape.boolean) {
    return next !== undefined && /^(true|false)$/i.test(next)
      ? { value: next, used: 1 }
      : { value: 'true', used: 0 };
  }
  if (next === undefined) throw new ImprintError('INPUT_INVALID', `flag --${name} needs a value`);
  return { value: next, used: 1 };
}

export function parseFlags(
  argv: readonly string[],
  specs: readonly InputSpec[],
  extras: readonly ExtraFlag[] = [],
): ParsedFlags {
  const shapes = flagShapes(specs, extras);
  const values = new Map<string, string>();
  const positionals: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg === '--') {
      positionals.push(...argv.slice(index + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const { name, inline } = splitFlag(arg, shapes);
    const shape = shapes.get(name);
    if (!shape) throw unknownFlag(name, shapes);
    const { value: given, used } = flagValue(name, shape, inline, argv[index + 1]);
    index += used;
    let value = given;
    const previous = values.get(name);
    if (shape.multi && previous !== undefined) value = `${previous}\n${value}`;
    values.set(name, value);
  }
  return { values, positionals };
}

/**
 * Secrets may come from the environment (IMPRINT_REGISTRY_PASSWORD, …) so they stay off
 * command lines, where `ps` and shell history would show them. Only secrets: other
 * IMPRINT_* variables are outputs of earlier jobs (GitLab dotenv) and must not turn into inputs.
 */
export function flagSource(
  parsed: ParsedFlags,
  specs: readonly InputSpec[] = [],
  env: NodeJS.ProcessEnv = {},
): InputSource {
  return (name) => {
    const value = parsed.values.get(name);
    if (value !== undefined) return value;
    const spec = specs.find((candidate) => candidate.name === name);
    return spec?.secret ? env[secretEnvName(name)] : undefined;
  };
}

export function secretEnvName(inputName: string): string {
  return `IMPRINT_${inputName.toUpperCase().replace(/-/g, '_')}`;
}
