/**
 * Progress of long work, in the form each reader can use: a bar redrawn in place on a
 * terminal, and in CI logs (which keep every byte, and show `\r` as new lines) a plain line
 * every few seconds plus one at the end. Clock and writer are injected so tests need no timers.
 */
import type { Logger } from './log.js';
import type { CiPlatform } from './platform.js';

export type ProgressUnit = 'bytes' | 'items';

export interface ProgressOptions {
  label: string;
  /** The amount of work expected; 0 or undefined when unknown (only done and rate are shown). */
  total?: number | undefined;
  unit: ProgressUnit;
  /**
   * Interactive: raw terminal text (`\r`, no newline until the end). Otherwise: one whole
   * line per call, without its newline, for a logger.
   */
  write: (text: string) => void;
  interactive: boolean;
  /** Non-interactive: the least time between two lines. */
  intervalMs?: number;
  /** Milliseconds, monotonic enough for durations; default Date.now. */
  now?: () => number;
}

export interface Progress {
  advance(amount: number): void;
  /** Draws or logs the final state; later calls (and advances) do nothing. */
  done(): void;
}

/** What a step is given, so it names its own work and the caller decides where it goes. */
export type ProgressFactory = (work: {
  label: string;
  total?: number;
  unit: ProgressUnit;
}) => Progress;

const DEFAULT_INTERVAL_MS = 5000;
/** About ten redraws a second: smooth to the eye, negligible to the terminal. */
const REDRAW_MS = 100;
const BAR_WIDTH = 20;
const BINARY_UNITS = ['KiB', 'MiB', 'GiB', 'TiB'] as const;
const ERASE_TO_END = '\u001b[K';

export function createProgress(options: ProgressOptions): Progress {
  const now = options.now ?? Date.now;
  const interval = options.intervalMs ?? DEFAULT_INTERVAL_MS;
  const total = options.total && options.total > 0 ? options.total : undefined;
  const started = now();
  let amount = 0;
  let lastOutput = options.interactive ? -Infinity : started;
  let finished = false;

  const snapshot = (at: number): Snapshot => ({
    label: options.label,
    unit: options.unit,
    amount,
    total,
    elapsedMs: at - started,
  });
  // The bar is redrawn over itself; the final line replaces it and stays.
  const redraw = (text: string, end = '') => options.write(`\r${text}${ERASE_TO_END}${end}`);

  return {
    advance(n) {
      if (finished) return;
      amount += n;
      const at = now();
      if (at - lastOutput < (options.interactive ? REDRAW_MS : interval)) return;
      lastOutput = at;
      if (options.interactive) redraw(renderBar(snapshot(at)));
      else options.write(renderLine(snapshot(at)));
    },
    done() {
      if (finished) return;
      finished = true;
      const at = now();
      const final = renderFinal(snapshot(at));
      if (options.interactive) redraw(final, '\n');
      else options.write(final);
    },
  };
}

/**
 * Progress for a run: a bar on stderr when a person watches a local terminal, otherwise
 * lines through the run's logger (so they are grouped, indented and redacted like the rest).
 */
export function progressFor(
  context: { platform: Pick<CiPlatform, 'name'>; log: Logger },
  terminal: { isTTY?: boolean; write(text: string): unknown } = process.stderr,
): ProgressFactory {
  const interactive = context.platform.name === 'local' && terminal.isTTY === true;
  return (work) =>
    createProgress({
      ...work,
      interactive,
      write: interactive ? (text) => terminal.write(text) : (line) => context.log.info(line),
    });
}

interface Snapshot {
  label: string;
  unit: ProgressUnit;
  amount: number;
  total: number | undefined;
  elapsedMs: number;
}

/** `label [#####-----] 42% 12.3 MiB/30 MiB 4.1 MiB/s` */
function renderBar(s: Snapshot): string {
  const parts = [s.label];
  if (s.total !== undefined) {
    const filled = Math.round(fraction(s) * BAR_WIDTH);
    parts.push(`[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}]`, `${percent(s)}%`);
    parts.push(`${formatAmount(s.amount, s.unit)}/${formatAmount(s.total, s.unit)}`);
  } else {
    parts.push(formatAmount(s.amount, s.unit));
  }
  const rate = formatRate(s);
  if (rate) parts.push(rate);
  return parts.join(' ');
}

/** `label: 12.3 MiB of 30 MiB (41%), 4.1 MiB/s` */
function renderLine(s: Snapshot): string {
  const done = formatAmount(s.amount, s.unit);
  const progress =
    s.total === undefined ? done : `${done} of ${formatAmount(s.total, s.unit)} (${percent(s)}%)`;
  const rate = formatRate(s);
  return `${s.label}: ${progress}${rate ? `, ${rate}` : ''}`;
}

/** `label: 30 MiB in 7.2 s, 4.2 MiB/s` */
function renderFinal(s: Snapshot): string {
  const rate = formatRate(s);
  const seconds = (s.elapsedMs / 1000).toFixed(1);
  return `${s.label}: ${formatAmount(s.amount, s.unit)} in ${seconds} s${rate ? `, ${rate}` : ''}`;
}

/** Binary units, one decimal where it says something: `512 B`, `1.5 KiB`, `30 MiB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${Math.round(bytes)} B`;
  let value = bytes;
  let unit: string = BINARY_UNITS[0];
  for (const candidate of BINARY_UNITS) {
    value /= 1024;
    unit = candidate;
    if (value < 1024) break;
  }
  return `${trimDecimal(value)} ${unit}`;
}

function formatAmount(amount: number, unit: ProgressUnit): string {
  if (unit === 'bytes') return formatBytes(amount);
  return `${amount} ${amount === 1 ? 'item' : 'items'}`;
}

/** Average since the start; none before any time has passed (it would be infinite). */
function formatRate(s: Snapshot): string | undefined {
  if (s.elapsedMs <= 0) return undefined;
  const perSecond = (s.amount * 1000) / s.elapsedMs;
  return s.unit === 'bytes' ? `${formatBytes(perSecond)}/s` : `${trimDecimal(perSecond)} items/s`;
}

function fraction(s: Snapshot): number {
  return s.total === undefined ? 0 : Math.min(1, s.amount / s.total);
}

function percent(s: Snapshot): number {
  return Math.floor(fraction(s) * 100);
}

function trimDecimal(value: number): string {
  return value.toFixed(1).replace(/\.0$/, '');
}
