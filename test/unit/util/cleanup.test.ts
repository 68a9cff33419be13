import { existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { onExit } from '../../../src/util/cleanup.js';
import { privateTempDir } from '../../../src/util/private-temp.js';

const listeners = () => ({
  exit: process.listenerCount('exit'),
  SIGINT: process.listenerCount('SIGINT'),
  SIGTERM: process.listenerCount('SIGTERM'),
  SIGHUP: process.listenerCount('SIGHUP'),
});

describe('cleanups on exit and signals', () => {
  it('listens to exit, SIGINT, SIGTERM and SIGHUP only while a cleanup is pending', () => {
    const before = listeners();
    const first = onExit(() => undefined);
    const second = onExit(() => undefined);
    expect(listeners()).toEqual({
      exit: before.exit + 1,
      SIGINT: before.SIGINT + 1,
      SIGTERM: before.SIGTERM + 1,
      SIGHUP: before.SIGHUP + 1,
    });
    first();
    expect(listeners().SIGTERM).toBe(before.SIGTERM + 1);
    second();
    expect(listeners()).toEqual(before);
  });

  it('a private temporary directory is 0700 and forgets its cleanup once removed', () => {
    const before = listeners();
    const dir = privateTempDir('imprint-cleanup-test-', tmpdir());
    expect(listeners().SIGTERM).toBe(before.SIGTERM + 1);
    expect(statSync(dir.path).mode & 0o777).toBe(0o700);
    dir.remove();
    dir.remove(); // twice is harmless
    expect(existsSync(dir.path)).toBe(false);
    expect(listeners()).toEqual(before);
  });
});
