import { ImprintError } from '../../../src/errors.js';
import {
  dbAgeHours,
  dbVersionLabel,
  isDbFresh,
  normalizeVersion,
  parseVersionJson,
  parseVersionText,
} from '../../../src/scan/trivy-version.js';

const VERSION_JSON = JSON.stringify({
  Version: '0.58.1',
  VulnerabilityDB: {
    Version: 2,
    NextUpdate: '2024-11-20T12:00:00Z',
    UpdatedAt: '2024-11-20T06:14:10.5Z',
    DownloadedAt: '2024-11-20T07:00:00Z',
  },
  JavaDB: { Version: 1, NextUpdate: '2024-11-23T00:00:00Z' },
});

describe('trivy version output', () => {
  it('reads the version from `trivy --version`, with or without a v', () => {
    expect(parseVersionText('Version: 0.58.1\nVulnerability DB:\n  Version: 2\n')).toBe('0.58.1');
    expect(parseVersionText('Version: v0.19.2\n')).toBe('0.19.2');
    expect(parseVersionText('bash: trivy: command not found')).toBeUndefined();
    expect(normalizeVersion(' v1.2.3 ')).toBe('1.2.3');
  });

  it('reads version and DB state from `trivy version --format json`', () => {
    const info = parseVersionJson(VERSION_JSON);
    expect(info.version).toBe('0.58.1');
    expect(info.db?.schemaVersion).toBe(2);
    expect(info.db?.updatedAt.toISOString()).toBe('2024-11-20T06:14:10.500Z');
    expect(info.db?.nextUpdate.toISOString()).toBe('2024-11-20T12:00:00.000Z');
  });

  it('has no DB when the cache holds none', () => {
    expect(parseVersionJson('{"Version":"0.58.1"}')).toEqual({ version: '0.58.1' });
  });

  it('gives the DB version in the cosign spec form, its age, and whether it is fresh', () => {
    const db = parseVersionJson(VERSION_JSON).db!;
    expect(dbVersionLabel(db)).toBe('v2-2024112006');
    expect(dbAgeHours(db, new Date('2024-11-20T11:14:10.500Z'))).toBe(5);
    expect(isDbFresh(db, new Date('2024-11-20T11:59:59Z'))).toBe(true);
    expect(isDbFresh(db, new Date('2024-11-20T12:00:01Z'))).toBe(false);
  });

  it.each([
    ['Fatal error: unknown flag', 'did not print JSON'],
    ['{"Versions": "x"}', 'unexpected shape (Version:'],
    [
      '{"Version":"0.58.1","VulnerabilityDB":{"Version":2,"UpdatedAt":"soon","NextUpdate":"x","DownloadedAt":"y"}}',
      'invalid VulnerabilityDB.UpdatedAt: "soon"',
    ],
  ])('refuses %j with SCAN_FAILED', (text, message) => {
    expect(() => parseVersionJson(text)).toThrow(ImprintError);
    expect(() => parseVersionJson(text)).toThrow(message);
  });
});
