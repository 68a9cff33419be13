/**
 * Turning input text into typed values, with messages that name the input. The reader knows no
 * door: it is handed a source (INPUT_* or --flags) and the table that declares the inputs, and
 * takes each default from that table, so no reader states a default of its own.
 */
import { ImprintError } from '../errors.js';
import type { InputSource, InputSpec } from './spec.js';

const TRUE_WORDS = ['true', 'True', 'TRUE'];
const FALSE_WORDS = ['false', 'False', 'FALSE'];

export class InputReader {
  constructor(
    private readonly source: InputSource,
    private readonly specs: readonly InputSpec[],
  ) {}

  private spec(name: string): InputSpec {
    const spec = this.specs.find((candidate) => candidate.name === name);
    if (!spec) throw new ImprintError('INTERNAL', `input ${name} is not declared`);
    return spec;
  }

  private raw(name: string): string | undefined {
    return this.source(name) ?? this.spec(name).default;
  }

  string(name: string): string | undefined {
    const value = this.raw(name)?.trim();
    return value === '' ? undefined : value;
  }

  /** The value, or the table's default when none (or a blank one) is given. */
  withDefault(name: string): string {
    const fallback = this.spec(name).default;
    if (fallback === undefined)
      throw new ImprintError('INTERNAL', `input ${name} is read with a default but declares none`);
    return this.string(name) ?? fallback;
  }

  required(name: string, hint: string): string {
    const value = this.string(name);
    if (value === undefined)
      throw new ImprintError('INPUT_INVALID', `input "${name}" is required`, { hint });
    return value;
  }

  boolean(name: string): boolean {
    const value = this.raw(name)?.trim() ?? 'false';
    if (TRUE_WORDS.includes(value)) return true;
    if (FALSE_WORDS.includes(value)) return false;
    throw new ImprintError(
      'INPUT_INVALID',
      `input "${name}" must be true or false; got "${value}"`,
    );
  }

  /** Comma- or newline-separated; blank entries and surrounding spaces dropped. */
  list(name: string): string[] {
    const value = this.raw(name) ?? '';
    return value
      .split(/[\n,]/)
      .map((entry) => entry.trim())
      .filter((entry) => entry !== '');
  }

  /**
   * One entry a line, commas kept: for values that hold commas themselves
   * (`type=registry,ref=…`, `id=ID,src=PATH`). Blank lines and surrounding spaces dropped.
   */
  lines(name: string): string[] {
    const value = this.raw(name) ?? '';
    return value
      .split('\n')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== '');
  }

  /** KEY=VALUE per line; the value is everything after the first '=', kept literally. */
  map(name: string): Record<string, string> {
    const result: Record<string, string> = {};
    const value = this.raw(name) ?? '';
    for (const [index, line] of value.split('\n').entries()) {
      if (line.trim() === '') continue;
      const equals = line.indexOf('=');
      const key = equals < 0 ? '' : line.slice(0, equals).trim();
      if (key === '' || /\s/.test(key)) {
        throw new ImprintError(
          'INPUT_INVALID',
          `input "${name}" line ${index + 1} must be KEY=VALUE; got "${line.trim()}"`,
        );
      }
      result[key] = line.slice(equals + 1).replace(/\r$/, '');
    }
    return result;
  }

  choice<T extends string>(name: string): T {
    const value = this.string(name) ?? '';
    if (!this.choices(name).includes(value)) throw this.notAChoice(name, value);
    return value as T;
  }

  /** A choice matched in any case (`high` reads as HIGH); a blank value takes the default. */
  choiceAnyCase<T extends string>(name: string): T {
    const value = this.withDefault(name);
    const upper = value.trim().toUpperCase();
    const match = this.choices(name).find((choice) => choice.toUpperCase() === upper);
    if (match === undefined) throw this.notAChoice(name, value);
    return match as T;
  }

  private choices(name: string): readonly string[] {
    return this.spec(name).choices ?? [];
  }

  private notAChoice(name: string, value: string): ImprintError {
    return new ImprintError(
      'INPUT_INVALID',
      `input "${name}" must be one of ${this.choices(name).join(', ')}; got "${value}"`,
    );
  }
}
