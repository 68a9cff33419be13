import {
  actionsDbCacheStore,
  dbCacheKeys,
  defaultDbCacheStore,
  dbCachePaths,
} from '../../../src/scan/db-cache.js';
import { detectPlatform } from '../../../src/ci/choose-platform.js';

describe('Trivy DB cache keys', () => {
  it('one key per UTC day, restoring any earlier day of the same schema and OS', () => {
    const keys = dbCacheKeys(new Date('2026-11-22T23:59:59Z'));
    expect(keys).toEqual({
      key: `imprint-trivy-db-v2-${process.platform}-2026-11-22`,
      restoreKeys: [`imprint-trivy-db-v2-${process.platform}-`],
    });
    expect(dbCacheKeys(new Date('2026-11-23T00:00:00Z')).key).toBe(
      `imprint-trivy-db-v2-${process.platform}-2026-11-23`,
    );
    expect(keys.key.startsWith(keys.restoreKeys[0]!)).toBe(true);
  });

  it('a new DB schema never restores an old one', () => {
    const v3 = dbCacheKeys(new Date('2026-11-22T00:00:00Z'), 3);
    expect(v3.restoreKeys).toEqual([`imprint-trivy-db-v3-${process.platform}-`]);
    expect(dbCacheKeys(new Date('2026-11-22T00:00:00Z')).key.startsWith(v3.restoreKeys[0]!)).toBe(
      false,
    );
  });

  it('caches the db directory and the record of where it came from', () => {
    expect(dbCachePaths('/home/runner/.cache/trivy', 'imprint-db-source.json')).toEqual([
      '/home/runner/.cache/trivy/db',
      '/home/runner/.cache/trivy/imprint-db-source.json',
    ]);
  });
});

describe('the Actions cache store', () => {
  it('is the default on GitHub only', async () => {
    expect(await defaultDbCacheStore(detectPlatform({ GITLAB_CI: 'true' }))).toBeUndefined();
    expect(await defaultDbCacheStore(detectPlatform({}))).toBeUndefined();
  });

  it('is absent where no Actions cache service is configured (no ACTIONS_CACHE_URL / ACTIONS_RESULTS_URL)', async () => {
    const saved = { ...process.env };
    delete process.env.ACTIONS_CACHE_URL;
    delete process.env.ACTIONS_RESULTS_URL;
    delete process.env.ACTIONS_CACHE_SERVICE_V2;
    try {
      expect(await actionsDbCacheStore()).toBeUndefined();
    } finally {
      process.env = saved;
    }
  });
});
