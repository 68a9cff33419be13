/**
 * The images a Dockerfile pulls — `FROM`, `COPY --from` / `ADD --from`, `RUN --mount=…,from=` —
 * and so the registries whose credentials a build needs. Build arguments and the ARG defaults
 * before the first FROM are substituted, as the builders do; stage names and `scratch` pull
 * nothing. A reference that still holds a variable is reported as unresolved, not guessed.
 * Pure.
 */
import { parseReference } from '../registry/reference.js';

export interface PulledImages {
  /** Registry hosts as references name them (`docker.io`, `ghcr.io`, `127.0.0.1:5000`). */
  registries: string[];
  /** Image references that could not be read (an ARG with no value, a malformed name). */
  unresolved: string[];
}

const ESCAPE_DIRECTIVE = /^#\s*escape\s*=\s*([\\`])\s*$/i;
const VARIABLE = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;

export function pulledImages(
  dockerfile: string,
  buildArgs: Readonly<Record<string, string>>,
): PulledImages {
  const { references, args, stages } = readInstructions(dockerfile, buildArgs);
  const registries = new Set<string>();
  const unresolved: string[] = [];
  for (const reference of references) {
    const expanded = substitute(reference, args);
    if (expanded !== undefined && isStage(expanded, stages)) continue;
    const registry = expanded === undefined ? undefined : registryOf(expanded);
    if (registry === undefined) unresolved.push(reference);
    else registries.add(registry);
  }
  return { registries: [...registries], unresolved };
}

interface Read {
  /** Image references as written, variables and all. */
  references: string[];
  /** The ARGs before the first FROM, with the build arguments' values. */
  args: Record<string, string | undefined>;
  /** Stage names, lower case, and `scratch`. */
  stages: Set<string>;
}

function readInstructions(dockerfile: string, buildArgs: Readonly<Record<string, string>>): Read {
  const read: Read = { references: [], args: {}, stages: new Set(['scratch']) };
  let seenFrom = false;
  for (const instruction of instructions(dockerfile)) {
    const [keyword = '', ...words] = instruction.split(/\s+/);
    const upper = keyword.toUpperCase();
    if (upper === 'ARG' && !seenFrom) {
      for (const word of words) readArg(word, buildArgs, read.args);
    } else if (upper === 'FROM') {
      seenFrom = true;
      const [image, as, stage] = words.filter((word) => !word.startsWith('--'));
      if (image !== undefined) read.references.push(image);
      if (as?.toUpperCase() === 'AS' && stage) read.stages.add(stage.toLowerCase());
    } else if (upper === 'COPY' || upper === 'ADD' || upper === 'RUN') {
      read.references.push(...fromFlags(words));
    }
  }
  return read;
}

/** `ARG NAME=default` or `ARG NAME`: the build argument wins over the default. */
function readArg(
  word: string,
  buildArgs: Readonly<Record<string, string>>,
  args: Record<string, string | undefined>,
): void {
  const [name = '', ...value] = word.split('=');
  args[name] = buildArgs[name] ?? (value.length > 0 ? unquote(value.join('=')) : undefined);
}

/** A stage by name (or `scratch`), or by index (`COPY --from=0`): nothing is pulled. */
function isStage(reference: string, stages: ReadonlySet<string>): boolean {
  return stages.has(reference.toLowerCase()) || /^\d+$/.test(reference);
}

/** The Dockerfile's instructions, continuation lines joined, comments and blanks dropped. */
function instructions(text: string): string[] {
  const lines = text.split(/\r?\n/);
  const escape = ESCAPE_DIRECTIVE.exec(lines[0] ?? '')?.[1] ?? '\\';
  const result: string[] = [];
  let current = '';
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed.startsWith('#') || (trimmed === '' && current === '')) continue;
    if (trimmed.endsWith(escape)) {
      current += `${trimmed.slice(0, -1)} `;
      continue;
    }
    result.push(`${current}${trimmed}`.trim());
    current = '';
  }
  if (current.trim() !== '') result.push(current.trim());
  return result.filter((instruction) => instruction !== '');
}

/** `--from=X` of COPY/ADD and `from=X` inside `--mount=…` of RUN. */
function fromFlags(words: readonly string[]): string[] {
  const found: string[] = [];
  for (const word of words) {
    if (word.startsWith('--from=')) found.push(word.slice('--from='.length));
    if (word.startsWith('--mount=')) {
      for (const option of word.slice('--mount='.length).split(',')) {
        if (option.startsWith('from=')) found.push(option.slice('from='.length));
      }
    }
  }
  return found.map(unquote);
}

/** `$NAME`, `${NAME}` and `${NAME:-default}` replaced; undefined when one has no value. */
function substitute(text: string, args: Record<string, string | undefined>): string | undefined {
  let missing = false;
  const result = text.replace(VARIABLE, (_, braced?: string, fallback?: string, bare?: string) => {
    const value = args[(braced ?? bare)!];
    if (value !== undefined && value !== '') return value;
    if (fallback !== undefined) return fallback;
    missing = true;
    return '';
  });
  return missing || result === '' ? undefined : result;
}

function registryOf(reference: string): string | undefined {
  try {
    return parseReference(reference).registry;
  } catch {
    return undefined;
  }
}

function unquote(text: string): string {
  return text.replace(/^(["'])(.*)\1$/, '$2');
}
