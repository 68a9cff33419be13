/**
 * The commands a publish summary prints under "Verify this image", read back as a person
 * pasting them into a POSIX shell would: fenced `sh` blocks, backslash-newline continuations,
 * single-quoted words (with `'\''` for a quote inside).
 */

export interface PastedCommand {
  /** The heading line above the block: which tool the summary says to use. */
  lead: string;
  argv: string[];
}

export function pasteReadyCommands(summary: string): PastedCommand[] {
  const section = summary.split('### Verify this image')[1];
  if (section === undefined) throw new Error('the summary has no "Verify this image" section');
  const commands: PastedCommand[] = [];
  const blocks = /([^\n]*)\n\n(`{3,})sh\n([\s\S]*?)\n\2/g;
  for (const [, lead, , body] of section.matchAll(blocks)) {
    const joined = body!.replace(/ \\\n\s*/g, ' ');
    for (const line of joined.split('\n')) commands.push({ lead: lead!, argv: shellWords(line) });
  }
  return commands;
}

/** Splits one shell line into words: bare words and single-quoted strings, nothing else. */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  let current: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (char === ' ') {
      if (current !== undefined) words.push(current);
      current = undefined;
    } else if (char === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) throw new Error(`unterminated quote in: ${line}`);
      current = (current ?? '') + line.slice(i + 1, end);
      i = end;
    } else if (char === '\\') {
      current = (current ?? '') + line[i + 1];
      i++;
    } else if (/[$`"*?;&|<>()]/.test(char)) {
      throw new Error(`shell syntax ${char} outside quotes in: ${line}`);
    } else {
      current = (current ?? '') + char;
    }
  }
  if (current !== undefined) words.push(current);
  return words;
}

/** The command with each placeholder value (`trusted_root.json`, `cosign.pub`) swapped in. */
export function withValues(argv: readonly string[], values: Record<string, string>): string[] {
  return argv.map((word) => values[word] ?? word);
}
