/**
 * The verify job summary (GitHub step summary, GitLab log, terminal), rendered from the report
 * alone. One row per image — failures first, so they survive any cut — then, for each image
 * that fails or warns, every check that is not a pass: expected, found, and how to fix it.
 * GitHub refuses summaries over 1 MiB, so the text is built against a byte budget: what does
 * not fit is left out with a line saying how much and where the full report is. Pure.
 *
 * Everything from the registry or a certificate is escaped: a signer name is not markup.
 */
import type { SourceLocation } from '../ci/log.js';
import { VEX_FINDING_CHECK } from '../policy/rules/vulnerabilities.js';
import type { CheckResult, ImageVerdict, VerdictOutcome } from '../policy/verdict.js';
import type { ImageResult, VerifyReport } from '../verify/model.js';

export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** Room kept for the lines that say what was cut. */
const TRAILER_RESERVE_BYTES = 2048;
/** A found/expected text longer than this goes inside <details>. */
const LONG_TEXT = 240;
const MAX_LOCATIONS_SHOWN = 3;

export interface SummaryOptions {
  policySource: string;
  /** Where the JSON report was written, named when rows are cut. */
  reportPath?: string;
  limitBytes?: number;
}

const ICONS: Record<VerdictOutcome, string> = { pass: '✅ pass', warn: '⚠️ warn', fail: '❌ fail' };
const RANK: Record<VerdictOutcome, number> = { fail: 0, warn: 1, pass: 2 };

class Budget {
  private readonly lines: string[] = [];
  private used = 0;

  constructor(private readonly limit: number) {}

  /** Adds the lines if they all fit; false (and nothing added) when they do not. */
  add(...lines: string[]): boolean {
    const size = lines.reduce((sum, line) => sum + Buffer.byteLength(line, 'utf8') + 1, 0);
    if (this.used + size > this.limit) return false;
    this.lines.push(...lines);
    this.used += size;
    return true;
  }

  text(): string {
    return this.lines.join('\n') + '\n';
  }
}

export function renderVerifySummary(report: VerifyReport, options: SummaryOptions): string {
  const limit = (options.limitBytes ?? SUMMARY_LIMIT_BYTES) - TRAILER_RESERVE_BYTES;
  const budget = new Budget(limit);
  const images = [...report.images].sort(
    (a, b) => RANK[a.verdict.outcome] - RANK[b.verdict.outcome],
  );
  budget.add(...header(report, options));
  budget.add('| Result | Image | Digest | Checks | Deployed by |', '|---|---|---|---|---|');
  let rows = 0;
  while (rows < images.length && budget.add(row(images[rows]!))) rows += 1;
  const notPassing = images.filter((image) => image.verdict.outcome !== 'pass');
  let detailed = 0;
  if (notPassing.length > 0 && budget.add('', '### What to fix', '')) {
    while (detailed < notPassing.length && budget.add(...details(notPassing[detailed]!)))
      detailed += 1;
  }
  budget.add(...vexLines(images));
  const trailer = cutNotice(images.length - rows, notPassing.length - detailed, options.reportPath);
  return budget.text() + (trailer.length > 0 ? `\n${trailer.join('\n')}\n` : '');
}

function header(report: VerifyReport, options: SummaryOptions): string[] {
  const count = (outcome: VerdictOutcome) =>
    report.images.filter((i) => i.verdict.outcome === outcome).length;
  const total = report.images.length;
  const title = report.verified
    ? `## ✅ imprint verify: ${plural(total, 'image')} verified`
    : report.mode === 'warn'
      ? `## ⚠️ imprint verify: ${plural(report.violations, 'violation')} (mode warn: reported, not enforced)`
      : `## ❌ imprint verify: ${count('fail')} of ${plural(total, 'image')} break${count('fail') === 1 ? 's' : ''} the policy`;
  return [
    title,
    '',
    `Policy ${text(options.policySource)} · mode ${report.mode} · ${count('pass')} passed · ${count('warn')} warned · ${count('fail')} failed · ${plural(report.violations, 'violation')}`,
    '',
  ];
}

function row(image: ImageResult): string {
  const { verdict } = image;
  const checks = allChecks(verdict);
  const failed = checks.filter((c) => c.outcome === 'fail').length;
  const warned = checks.filter((c) => c.outcome === 'warn').length;
  const passed = checks.filter((c) => c.outcome === 'pass').length;
  const counts = [failed && `${failed} failed`, warned && `${warned} warned`, `${passed} passed`]
    .filter(Boolean)
    .join(', ');
  const platforms = verdict.platforms?.length
    ? ` (${plural(verdict.platforms.length, 'platform')})`
    : '';
  return `| ${ICONS[verdict.outcome]} | ${code(image.reference)} | ${verdict.digest ? code(shortDigest(verdict.digest)) : '—'}${platforms} | ${counts} | ${locations(image.locations)} |`;
}

function details(image: ImageResult): string[] {
  const lines = [`#### ${ICONS[image.verdict.outcome]} ${code(image.reference)}`, ''];
  if (image.locations.length > 0)
    lines.push(`Deployed by ${locations(image.locations, Infinity)}.`, '');
  lines.push(...checkLines(image.verdict.checks));
  for (const platform of image.verdict.platforms ?? []) {
    const failing = platform.checks.filter((c) => c.outcome === 'fail' || c.outcome === 'warn');
    if (failing.length === 0) continue;
    lines.push(
      '',
      `<details><summary>Platform ${text(platform.platform ?? '?')} ${platform.digest ? code(shortDigest(platform.digest)) : ''}: ${plural(failing.length, 'check')} to fix</summary>`,
      '',
    );
    lines.push(...checkLines(platform.checks), '', '</details>');
  }
  lines.push('');
  return lines;
}

function checkLines(checks: readonly CheckResult[]): string[] {
  return checks
    .filter((c) => c.outcome === 'fail' || c.outcome === 'warn')
    .flatMap((c) => [
      `- ${c.outcome === 'fail' ? '❌' : '⚠️'} **${text(c.check)}**`,
      `  - expected: ${long(c.expected)}`,
      `  - found: ${long(c.found)}`,
      ...(c.hint ? [`  - fix: ${long(c.hint)}`] : []),
    ]);
}

/** Findings VEX resolved and the statement that did: passes, but ones a reviewer must see. */
function vexLines(images: readonly ImageResult[]): string[] {
  const rows = images.flatMap((image) => {
    const resolved = allChecks(image.verdict)
      .filter((c) => c.outcome === 'pass' && c.check.startsWith(VEX_FINDING_CHECK))
      .map((c) => c.found);
    // The platforms of an index read the same VEX: each statement once per image.
    return [...new Set(resolved)].map((found) => `| ${code(image.reference)} | ${text(found)} |`);
  });
  if (rows.length === 0) return [];
  return [
    '',
    '### Findings resolved by VEX',
    '',
    '| Image | Finding: the VEX statement that resolved it |',
    '|---|---|',
    ...rows,
  ];
}

function cutNotice(rowsLeft: number, detailsLeft: number, reportPath?: string): string[] {
  if (rowsLeft === 0 && detailsLeft === 0) return [];
  const where = reportPath
    ? `the JSON report ${code(reportPath)}`
    : 'the JSON report (report-path)';
  const parts = [
    rowsLeft > 0 && `${plural(rowsLeft, 'image row')}`,
    detailsLeft > 0 && `the details of ${plural(detailsLeft, 'image')}`,
  ].filter(Boolean);
  return [
    `> **${parts.join(' and ')} left out** to keep this summary under GitHub's 1 MiB limit: every image is in ${where}.`,
  ];
}

function allChecks(verdict: ImageVerdict): CheckResult[] {
  return [...verdict.checks, ...(verdict.platforms ?? []).flatMap((p) => allChecks(p))];
}

function locations(list: readonly SourceLocation[], max = MAX_LOCATIONS_SHOWN): string {
  if (list.length === 0) return '—';
  const shown = list
    .slice(0, max)
    .map((l) => code(l.line === undefined ? l.file : `${l.file}:${l.line}`));
  const more = list.length > max ? ` and ${list.length - max} more` : '';
  return shown.join(', ') + more;
}

function long(value: string): string {
  if (value.length <= LONG_TEXT) return text(value);
  return `<details><summary>${text(value.slice(0, 80))}…</summary>${text(value)}</details>`;
}

function shortDigest(digest: string): string {
  return digest.length > 19 ? `${digest.slice(0, 19)}…` : digest;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * Escapes HTML, and as entities the markdown characters that would turn text into markup or
 * split a table cell (entities work both in markdown and inside <details> HTML blocks). The
 * colon too: GFM turns a bare https:// into a link, and a link shows entities inside it raw
 * (…@refs/tags/v&#42; instead of …@refs/tags/v*).
 */
export function text(value: string): string {
  // One pass, so an entity written for one character is never escaped again.
  return value.replace(
    /\r?\n|[&<>|\\`*_[\]~#:]/g,
    (char) => ENTITIES[char] ?? `&#${char.charCodeAt(0)};`,
  );
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '\n': '<br>',
  '\r\n': '<br>',
};

/** Inline code that cannot be broken out of: <code> with escaped content, no backticks. */
function code(value: string): string {
  return `<code>${value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '&#124;')}</code>`;
}
