/**
 * The Trivy DB kept between runs. The GitHub Actions cache service cannot run here, so the
 * store is a STAND-IN with @actions/cache's contract (restore by key, else by the newest key
 * with a restore prefix; entries immutable), backed by a directory; Trivy is the stand-in of
 * stand-in-trivy.ts. Each "runner" gets a new, empty TRIVY_CACHE_DIR, as hosted runners do.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Logger } from '../../../src/ci/log.js';
import { type DbCacheStore, dbCacheKeys } from '../../../src/scan/db-cache.js';
import { DEFAULT_TRIVY_VERSION } from '../../../src/inputs/tables/scan.js';
import { readScanOptions } from '../../../src/scan/options.js';
import { TrivyScanner } from '../../../src/scan/scanner.js';
import type { ScanRequest } from '../../../src/scan/subjects.js';
import { trivyGoldensDir } from '../../interop/scan/fixtures.js';
import { type StandInTrivy, writeStandInTrivy } from './stand-in-trivy.js';

const DAY = 24 * 3600e3;

/** STAND-IN for the Actions cache: entries are directories named by key, never overwritten. */
class DirectoryCacheStore implements DbCacheStore {
  saves: string[] = [];
  failRestore?: Error;
  failSave?: Error;
  constructor(private readonly root: string) {}

  restore(paths: string[], primaryKey: string, restoreKeys: string[]): Promise<string | undefined> {
    if (this.failRestore) return Promise.reject(this.failRestore);
    const keys = existsSync(this.root) ? readdirSync(this.root).sort().reverse() : [];
    const hit =
      keys.find((key) => key === primaryKey) ??
      keys.find((key) => restoreKeys.some((prefix) => key.startsWith(prefix)));
    if (hit === undefined) return Promise.resolve(undefined);
    for (const path of paths) {
      const stored = join(this.root, hit, basename(path));
      if (existsSync(stored)) cpSync(stored, path, { recursive: true });
    }
    return Promise.resolve(hit);
  }

  save(paths: string[], key: string): Promise<void> {
    if (this.failSave) return Promise.reject(this.failSave);
    const entry = join(this.root, key);
    if (existsSync(entry))
      return Promise.reject(new Error(`Unable to reserve cache with key ${key}`));
    mkdirSync(entry, { recursive: true });
    for (const path of paths) cpSync(path, join(entry, basename(path)), { recursive: true });
    this.saves.push(key);
    return Promise.resolve();
  }
}

let work: string;
let trivy: StandInTrivy;
let store: DirectoryCacheStore;
let runner = 0;
let lines: { info: string[]; warning: string[] };

function log(): Logger {
  return {
    info: (line: string) => lines.info.push(line),
    warning: (line: string) => lines.warning.push(line),
    error: () => {},
    debug: () => {},
    startGroup: () => {},
    endGroup: () => {},
    addSecret: () => {},
  };
}

/** A scan on a fresh runner: its own empty cache dir, the shared cache store. */
function scanOnNewRunner(now = new Date()) {
  runner += 1;
  const options = readScanOptions(
    (name) => ({ 'trivy-cache-dir': join(work, `runner-${runner}`, 'trivy') })[name],
  );
  return new TrivyScanner(options, {
    allowDownload: false,
    pathEnv: trivy.dir,
    dbCache: store,
    log: log(),
    now: () => now,
  }).scan(request);
}

const request: ScanRequest = {
  repository: 'registry.example:5000/acme/app',
  digest: `sha256:${'a'.repeat(64)}`,
  invocation: { uri: 'https://github.com/acme/app/actions/runs/42', eventId: '42', builderId: 'b' },
};
const downloads = () => trivy.runs().filter((run) => run.argv.includes('--download-db-only'));

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'imprint-db-cache-it-'));
  store = new DirectoryCacheStore(join(work, 'actions-cache'));
  trivy = writeStandInTrivy(join(work, 'bin'), {
    version: DEFAULT_TRIVY_VERSION,
    reportFile: join(trivyGoldensDir(), 'alpine-39.json.golden'),
  });
  lines = { info: [], warning: [] };
});

afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('the Trivy DB cache (stand-in Actions cache, stand-in trivy)', () => {
  it('downloads and saves on a miss; the next runner restores it and downloads nothing', async () => {
    const first = await scanOnNewRunner();
    const { key } = dbCacheKeys(new Date());
    expect(first.db.downloaded).toBe(true);
    expect(store.saves).toEqual([key]);
    expect(lines.info).toContain(`No cached Trivy DB (${key}); downloading one`);
    expect(lines.info).toContain(`Trivy DB saved to the cache (${key})`);

    const second = await scanOnNewRunner();
    expect(downloads()).toHaveLength(1);
    expect(second.db.downloaded).toBe(false);
    expect(second.db.version).toBe(first.db.version);
    expect(second.db.repository).toBe(first.db.repository);
    expect(lines.info).toContain(`Trivy DB restored from the cache (${key})`);
    expect(store.saves).toEqual([key]);
  });

  it('a stale DB restored from an earlier day is downloaded again and saved under the new day', async () => {
    await scanOnNewRunner();
    const later = new Date(Date.now() + 2 * DAY);
    const outcome = await scanOnNewRunner(later);
    expect(lines.info).toContain(
      `Trivy DB restored from the cache (${dbCacheKeys(new Date()).key})`,
    );
    expect(outcome.db.downloaded).toBe(true);
    expect(downloads()).toHaveLength(2);
    expect(store.saves).toEqual([dbCacheKeys(new Date()).key, dbCacheKeys(later).key]);
  });

  it('a cache that cannot restore or save is a warning; the scan goes on', async () => {
    store.failRestore = new Error('cache service answered 503');
    store.failSave = new Error('cache write denied: read-only token');
    const { key } = dbCacheKeys(new Date());
    const outcome = await scanOnNewRunner();
    expect(outcome.findings).toHaveLength(6);
    expect(outcome.db.downloaded).toBe(true);
    expect(lines.warning).toEqual([
      `could not restore the Trivy DB from the cache (${key}): cache service answered 503`,
      `could not save the Trivy DB to the cache (${key}): cache write denied: read-only token`,
    ]);
  });
});
