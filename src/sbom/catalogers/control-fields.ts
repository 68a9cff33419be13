/**
 * "Field: value" paragraphs with indented continuation lines: Debian control data (dpkg status),
 * and the RFC 822 style headers of Python's METADATA / PKG-INFO. Field names are matched
 * case-insensitively (both formats say so); repeated fields keep every value.
 */

export interface Paragraph {
  /** Lower-cased field name → values in order. Continuation lines are joined with `\n`. */
  fields: Map<string, string[]>;
  /** 1-based line where the paragraph starts, for warnings. */
  line: number;
}

export interface ParseProblem {
  line: number;
  message: string;
}

export interface ParsedParagraphs {
  paragraphs: Paragraph[];
  problems: ParseProblem[];
}

const FIELD_LINE = /^([^\s:][^:]*):(.*)$/;

/**
 * Splits text into paragraphs at blank lines. A malformed line spoils only its own paragraph,
 * which is dropped and reported; parsing resumes at the next blank line.
 * With `firstOnly`, stops after the first paragraph (a METADATA header; the body follows).
 */
export function parseParagraphs(
  text: string,
  options: { firstOnly?: boolean } = {},
): ParsedParagraphs {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const paragraphs: Paragraph[] = [];
  const problems: ParseProblem[] = [];
  let current: Paragraph | undefined;
  let lastValues: string[] | undefined;
  let spoiled = false;

  const finish = (): void => {
    if (current && !spoiled) paragraphs.push(current);
    current = undefined;
    lastValues = undefined;
    spoiled = false;
  };

  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') {
      const hadParagraph = current !== undefined;
      finish();
      if (hadParagraph && options.firstOnly) break;
      continue;
    }
    current ??= { fields: new Map(), line: index + 1 };
    if (spoiled) continue;
    if (/^[ \t]/.test(line) && lastValues) {
      lastValues[lastValues.length - 1] += `\n${line.trim()}`;
      continue;
    }
    const match = FIELD_LINE.exec(line);
    if (!match) {
      problems.push({
        line: index + 1,
        message: `expected "Field: value" or an indented continuation, found "${truncate(line)}"`,
      });
      spoiled = true;
      continue;
    }
    const name = match[1]!.trim().toLowerCase();
    const values = current.fields.get(name) ?? [];
    values.push(match[2]!.trim());
    current.fields.set(name, values);
    lastValues = values;
  }
  finish();
  return { paragraphs, problems };
}

/** The first value of a field, or undefined. */
export function field(paragraph: Paragraph, name: string): string | undefined {
  return paragraph.fields.get(name.toLowerCase())?.[0];
}

function truncate(line: string): string {
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}
