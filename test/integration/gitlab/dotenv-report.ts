/** Reading GitLab dotenv reports in tests, and GitLab's rules for them (FORMATS.md §5). */

/** GitLab's dotenv report rules (FORMATS.md §5), checked line by line. */
export function dotenvProblems(text: string): string[] {
  const problems: string[] = [];
  if (Buffer.byteLength(text) > 5 * 1024)
    problems.push(`${Buffer.byteLength(text)} bytes, over 5 KB`);
  if (text !== '' && !text.endsWith('\n')) problems.push('the last line has no newline');
  for (const line of text.split('\n').filter((entry) => entry !== '')) {
    if (!/^[A-Za-z0-9_]+=/.test(line)) problems.push(`bad key in: ${line}`);
    if (line.includes('\r')) problems.push(`carriage return in: ${line}`);
  }
  return problems;
}

export function parseDotenv(text: string): Record<string, string> {
  return Object.fromEntries(
    text
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}
