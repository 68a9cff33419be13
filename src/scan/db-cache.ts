/**
 * Keeps the Trivy DB between runs. A hosted runner starts with an empty TRIVY_CACHE_DIR, so
 * without a cache every publish downloads the DB again (tens of MB, from registries that
 * rate-limit). On GitHub the Actions cache holds it: restored before the DB check, saved
 * when the run downloaded a fresh DB. A cache that fails never fails the scan.
 */
import { join } from 'node:path';
import { detailOf } from '../sbom/detail.js';
import type { CiPlatform } from '../ci/platform.js';

/** What the DB cache needs of a store: @actions/cache's shape, so tests can hand a stand-in. */
export interface DbCacheStore {
  /** The key restored (the primary one or a restore-key match), undefined on a miss. */
  restore(paths: string[], primaryKey: string, restoreKeys: string[]): Promise<string | undefined>;
  save(paths: string[], key: string): Promise<void>;
}

export interface DbCacheKeys {
  key: string;
  restoreKeys: string[];
}

/** Files of the cache dir that make up the DB (metadata.json, trivy.db) and where it came from. */
export function dbCachePaths(cacheDir: string, sourceFile: string): string[] {
  return [join(cacheDir, 'db'), join(cacheDir, sourceFile)];
}

/**
 * One key per UTC day (a DB is rebuilt every 6 hours and kept 24), restoring the newest
 * older day on a miss: whether that DB is still fresh is the DB check's call, not the cache's.
 */
export function dbCacheKeys(now: Date, schemaVersion = 2): DbCacheKeys {
  const prefix = `imprint-trivy-db-v${schemaVersion}-${process.platform}-`;
  return { key: `${prefix}${now.toISOString().slice(0, 10)}`, restoreKeys: [prefix] };
}

export interface DbCacheSession {
  restoredKey?: string;
  /** Saves when the DB was downloaded in this run and today's key was not the one restored. */
  saveIfDownloaded(downloaded: boolean): Promise<void>;
}

export async function restoreDbCache(
  store: DbCacheStore,
  paths: string[],
  keys: DbCacheKeys,
  log: (line: string) => void,
  warn: (line: string) => void,
): Promise<DbCacheSession> {
  let restoredKey: string | undefined;
  try {
    restoredKey = await store.restore(paths, keys.key, keys.restoreKeys);
    log(
      restoredKey
        ? `Trivy DB restored from the cache (${restoredKey})`
        : `No cached Trivy DB (${keys.key}); downloading one`,
    );
  } catch (error) {
    warn(`could not restore the Trivy DB from the cache (${keys.key}): ${detailOf(error)}`);
  }
  return {
    ...(restoredKey === undefined ? {} : { restoredKey }),
    async saveIfDownloaded(downloaded: boolean): Promise<void> {
      if (!downloaded || restoredKey === keys.key) return;
      try {
        await store.save(paths, keys.key);
        log(`Trivy DB saved to the cache (${keys.key})`);
      } catch (error) {
        // Another job saving the same key first is the common case, and harmless.
        warn(`could not save the Trivy DB to the cache (${keys.key}): ${detailOf(error)}`);
      }
    },
  };
}

/** The Actions cache on GitHub; none elsewhere (GitLab's job cache is the pipeline's to set). */
export async function defaultDbCacheStore(
  platform: Pick<CiPlatform, 'actionsCache'>,
): Promise<DbCacheStore | undefined> {
  return platform.actionsCache ? actionsDbCacheStore() : undefined;
}

/** The Actions cache, when this runner has one (GitHub, or GHES with the cache service). */
export async function actionsDbCacheStore(): Promise<DbCacheStore | undefined> {
  const cache = await import('@actions/cache');
  if (!cache.isFeatureAvailable()) return undefined;
  return {
    restore: (paths, primaryKey, restoreKeys) => cache.restoreCache(paths, primaryKey, restoreKeys),
    save: async (paths, key) => {
      await cache.saveCache(paths, key);
    },
  };
}
