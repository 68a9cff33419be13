/**
 * GitLab `artifacts:reports:dotenv`: KEY=value lines, keys [A-Za-z0-9_], no multi-line
 * values, at most 5 KB in all (FORMATS.md §5). Later jobs receive the digest through it.
 */
export const DOTENV_MAX_BYTES = 5 * 1024;
const PREFIX = 'IMPRINT_';

export interface DotenvResult {
  text: string;
  /** Outputs left out (over the size budget), for a warning. */
  dropped: string[];
}

export function dotenvKey(outputName: string): string {
  return PREFIX + outputName.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
}

/**
 * Outputs in the order given. Newline-separated lists (`tags`) become comma-separated, as
 * dotenv has no multi-line values; a value that would pass the budget is dropped, not cut.
 */
export function toDotenv(outputs: Record<string, string>): DotenvResult {
  const lines: string[] = [];
  const dropped: string[] = [];
  let size = 0;
  for (const [name, raw] of Object.entries(outputs)) {
    const value = raw
      .split(/\r?\n/)
      .filter((part) => part !== '')
      .join(',');
    const line = `${dotenvKey(name)}=${value}`;
    const bytes = Buffer.byteLength(line) + 1;
    if (size + bytes > DOTENV_MAX_BYTES) {
      dropped.push(name);
      continue;
    }
    lines.push(line);
    size += bytes;
  }
  return { text: lines.map((line) => line + '\n').join(''), dropped };
}
