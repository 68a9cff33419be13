import {
  createProgress,
  formatBytes,
  type ProgressOptions,
  progressFor,
} from '../../../src/ci/progress.js';
import { PlainLogger } from '../../../src/ci/log.js';

const MiB = 1024 * 1024;

/** A progress with a hand-moved clock and every write kept. */
function harness(options: Partial<ProgressOptions> = {}) {
  let clock = 1_000_000;
  const writes: string[] = [];
  const progress = createProgress({
    label: 'layers',
    total: 30 * MiB,
    unit: 'bytes',
    interactive: false,
    write: (text) => writes.push(text),
    now: () => clock,
    ...options,
  });
  return {
    progress,
    writes,
    tick: (ms: number) => (clock += ms),
  };
}

describe('formatBytes', () => {
  it('uses binary units with one meaningful decimal', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(30 * MiB)).toBe('30 MiB');
    expect(formatBytes(12.3 * MiB)).toBe('12.3 MiB');
    expect(formatBytes(3 * 1024 * MiB)).toBe('3 GiB');
  });
});

describe('createProgress in CI (non-interactive)', () => {
  it('writes a line only once the interval has passed since the last one', () => {
    const { progress, writes, tick } = harness();
    tick(1000);
    progress.advance(4 * MiB);
    expect(writes).toEqual([]);
    tick(4000);
    progress.advance(8.3 * MiB);
    expect(writes).toEqual(['layers: 12.3 MiB of 30 MiB (41%), 2.5 MiB/s']);
    tick(4999);
    progress.advance(1 * MiB);
    expect(writes).toHaveLength(1);
    tick(1);
    progress.advance(1 * MiB);
    expect(writes[1]).toBe('layers: 14.3 MiB of 30 MiB (47%), 1.4 MiB/s');
  });

  it('honours a custom interval', () => {
    const { progress, writes, tick } = harness({ intervalMs: 1000 });
    tick(1000);
    progress.advance(MiB);
    expect(writes).toEqual(['layers: 1 MiB of 30 MiB (3%), 1 MiB/s']);
  });

  it('ends with one final line of amount, time and rate, and ignores what comes after', () => {
    const { progress, writes, tick } = harness();
    tick(2000);
    progress.advance(20 * MiB);
    tick(5200);
    progress.advance(10 * MiB);
    progress.done();
    expect(writes).toEqual([
      'layers: 30 MiB of 30 MiB (100%), 4.2 MiB/s',
      'layers: 30 MiB in 7.2 s, 4.2 MiB/s',
    ]);
    tick(10_000);
    progress.advance(MiB);
    progress.done();
    expect(writes).toHaveLength(2);
  });

  it.each([0, undefined])('shows only the amount and the rate when the total is %s', (total) => {
    const { progress, writes, tick } = harness({ total });
    tick(5000);
    progress.advance(10 * MiB);
    progress.done();
    expect(writes).toEqual(['layers: 10 MiB, 2 MiB/s', 'layers: 10 MiB in 5.0 s, 2 MiB/s']);
  });

  it('leaves the rate out when no time has passed', () => {
    const { progress, writes } = harness();
    progress.done();
    expect(writes).toEqual(['layers: 0 B in 0.0 s']);
  });

  it('counts items', () => {
    const { progress, writes, tick } = harness({ label: 'verify', total: 8, unit: 'items' });
    tick(5000);
    progress.advance(3);
    tick(3000);
    progress.advance(5);
    progress.done();
    expect(writes).toEqual([
      'verify: 3 items of 8 items (37%), 0.6 items/s',
      'verify: 8 items in 8.0 s, 1 items/s',
    ]);
  });
});

describe('createProgress on a terminal (interactive)', () => {
  it('draws the bar at once, then redraws at most every 100 ms', () => {
    const { progress, writes, tick } = harness({ interactive: true });
    tick(3000);
    progress.advance(12.6 * MiB);
    expect(writes).toEqual([
      '\rlayers [########------------] 42% 12.6 MiB/30 MiB 4.2 MiB/s\u001b[K',
    ]);
    tick(50);
    progress.advance(MiB);
    tick(49);
    progress.advance(MiB);
    expect(writes).toHaveLength(1);
    tick(1);
    progress.advance(MiB);
    expect(writes).toHaveLength(2);
    expect(writes[1]).toMatch(/^\rlayers \[#{10}-{10}\] 52% 15\.6 MiB\/30 MiB /);
  });

  it('replaces the bar with the final line and ends it with a newline', () => {
    const { progress, writes, tick } = harness({ interactive: true });
    tick(7200);
    progress.advance(30 * MiB);
    progress.done();
    expect(writes).toEqual([
      '\rlayers [####################] 100% 30 MiB/30 MiB 4.2 MiB/s\u001b[K',
      '\rlayers: 30 MiB in 7.2 s, 4.2 MiB/s\u001b[K\n',
    ]);
  });

  it('draws no bar when the total is unknown', () => {
    const { progress, writes, tick } = harness({ interactive: true, total: undefined });
    tick(1000);
    progress.advance(1536);
    expect(writes).toEqual(['\rlayers 1.5 KiB 1.5 KiB/s\u001b[K']);
  });
});

describe('progressFor', () => {
  function logged() {
    let text = '';
    const log = new PlainLogger((chunk) => (text += chunk));
    return { log, text: () => text };
  }

  it('logs lines through the run logger in CI, even on a terminal', () => {
    const { log, text } = logged();
    const terminal = { isTTY: true, written: '', write: (t: string) => (terminal.written += t) };
    const progress = progressFor(
      { platform: { name: 'github' }, log },
      terminal,
    )({
      label: 'verify',
      total: 1,
      unit: 'items',
    });
    progress.advance(1);
    progress.done();
    expect(text()).toMatch(/^verify: 1 item in \d+\.\d s/);
    expect(terminal.written).toBe('');
  });

  it('draws on the terminal when run locally on a TTY, and logs locally without one', () => {
    const { log, text } = logged();
    const tty = { isTTY: true, written: '', write: (t: string) => (tty.written += t) };
    progressFor({ platform: { name: 'local' }, log }, tty)({ label: 'a', unit: 'items' }).done();
    expect(tty.written).toMatch(/^\ra: 0 items in \d+\.\d s.*\n$/);
    expect(text()).toBe('');

    const pipe = { isTTY: false, written: '', write: (t: string) => (pipe.written += t) };
    progressFor({ platform: { name: 'local' }, log }, pipe)({ label: 'b', unit: 'items' }).done();
    expect(pipe.written).toBe('');
    expect(text()).toMatch(/^b: 0 items in \d+\.\d s\n$/);
  });
});
