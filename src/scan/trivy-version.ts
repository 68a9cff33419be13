/**
 * What Trivy says about itself and its vulnerability DB, pure: the text of `trivy --version`
 * and the JSON of `trivy version --format json`, turned into typed facts (version, DB age).
 */
import { z } from 'zod';
import { ImprintError } from '../errors.js';

export interface TrivyDbInfo {
  /** The DB schema (2 for trivy-db:2). */
  schemaVersion: number;
  updatedAt: Date;
  nextUpdate: Date;
  downloadedAt: Date;
}

export interface TrivyVersionInfo {
  version: string;
  /** Absent when the cache directory holds no vulnerability DB yet. */
  db?: TrivyDbInfo;
}

const versionJson = z.looseObject({
  Version: z.string().min(1),
  VulnerabilityDB: z
    .looseObject({
      Version: z.number(),
      UpdatedAt: z.string(),
      NextUpdate: z.string(),
      DownloadedAt: z.string(),
    })
    .nullish(),
});

/** "v0.58.1" and "0.58.1" name the same release. */
export function normalizeVersion(version: string): string {
  return version.trim().replace(/^v/, '');
}

/** `trivy --version` prints "Version: 0.58.1" on its first line (older releases: "Version: v0.x"). */
export function parseVersionText(text: string): string | undefined {
  const match = /^Version:\s*(\S+)/m.exec(text);
  return match?.[1] === undefined ? undefined : normalizeVersion(match[1]);
}

function time(name: string, text: string): Date {
  const value = new Date(text);
  if (Number.isNaN(value.getTime())) {
    throw new ImprintError(
      'SCAN_FAILED',
      `trivy version --format json gave an invalid ${name}: "${text}"`,
    );
  }
  return value;
}

export function parseVersionJson(text: string): TrivyVersionInfo {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ImprintError(
      'SCAN_FAILED',
      `trivy version --format json did not print JSON: ${text.slice(0, 200)}`,
      { cause: error },
    );
  }
  const parsed = versionJson.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ImprintError(
      'SCAN_FAILED',
      `trivy version --format json printed an unexpected shape (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''})`,
    );
  }
  const db = parsed.data.VulnerabilityDB;
  const info: TrivyVersionInfo = { version: normalizeVersion(parsed.data.Version) };
  if (db) {
    info.db = {
      schemaVersion: db.Version,
      updatedAt: time('VulnerabilityDB.UpdatedAt', db.UpdatedAt),
      nextUpdate: time('VulnerabilityDB.NextUpdate', db.NextUpdate),
      downloadedAt: time('VulnerabilityDB.DownloadedAt', db.DownloadedAt),
    };
  }
  return info;
}

/** A DB is fresh until Trivy's own NextUpdate: before then Trivy would not download either. */
export function isDbFresh(db: TrivyDbInfo, now: Date): boolean {
  return db.nextUpdate.getTime() > now.getTime();
}

/** Hours since the DB was built (UpdatedAt), one decimal. */
export function dbAgeHours(db: TrivyDbInfo, now: Date): number {
  return Math.round((now.getTime() - db.updatedAt.getTime()) / 360_000) / 10;
}

/** The cosign vuln spec's DB version form: `v<schema>-<YYYYMMDDHH of the build>`, e.g. v2-2024112006. */
export function dbVersionLabel(db: TrivyDbInfo): string {
  const stamp = db.updatedAt.toISOString().slice(0, 13).replace(/[-T]/g, '');
  return `v${db.schemaVersion}-${stamp}`;
}
