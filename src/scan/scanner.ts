/**
 * The `Scanner` interface and its Trivy implementation: install check → DB → scan each
 * platform → parse → findings, predicate and gate. A failed gate is a result, not an
 * exception: the caller attests first, then fails (see gateFailure in gate-report.ts).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from '../ci/log.js';
import { ImprintError } from '../errors.js';
import { type GateResult, evaluateGate } from './gate.js';
import { expiredRuleWarnings, gateRules } from './gate-report.js';
import { type Finding, type SeverityCounts, countBySeverity } from './model.js';
import type { ScanOptions } from './options.js';
import { type InvocationContext, type VulnPredicate, buildVulnPredicate } from './predicate.js';
import { type TrivyInstallation, ensureTrivy } from './install.js';
import {
  DB_SOURCE_FILE,
  type DbState,
  type ScanInput,
  type TrivyContext,
  prepareDb,
  runScan,
} from './run.js';
import { writeTrivySbomInput } from './sbom-input.js';
import {
  type DbCacheSession,
  type DbCacheStore,
  defaultDbCacheStore,
  dbCacheKeys,
  dbCachePaths,
  restoreDbCache,
} from './db-cache.js';
import {
  type PlannedScan,
  type ScanRequest,
  mergeFindings,
  planScans,
  resolveCacheDir,
} from './subjects.js';
import { type TrivyReport, findingsOf, parseTrivyReport } from './trivy-report.js';
import { dbAgeHours, dbVersionLabel } from './trivy-version.js';

export interface SubjectScan {
  /** The digest this scan's attestation belongs to (the platform manifest for an index). */
  digest: string;
  platform?: string;
  /** repository@digest of this subject (the platform manifest for an index). */
  imageRef: string;
  /** What Trivy read: name@digest or the SBOM file. */
  scanned: string;
  report: TrivyReport;
  findings: Finding[];
  counts: SeverityCounts;
  predicate: VulnPredicate;
}

export interface DbSummary {
  repository: string;
  schemaVersion: number;
  /** The cosign-vuln form, e.g. v2-2024112006. */
  version: string;
  updatedAt: string;
  nextUpdate: string;
  downloadedAt: string;
  ageHours: number;
  downloaded: boolean;
  skipped: { repository: string; reason: string }[];
}

export interface ScanOutcome {
  scanner: { name: 'trivy'; version: string; path: string; source: TrivyInstallation['source'] };
  db: DbSummary;
  subjects: SubjectScan[];
  /** Every finding once: the same package on two platforms counts once. */
  findings: Finding[];
  counts: SeverityCounts;
  gate: GateResult;
  startedAt: Date;
  finishedAt: Date;
}

export interface Scanner {
  readonly name: string;
  scan(request: ScanRequest): Promise<ScanOutcome>;
}

export interface TrivyScannerDeps {
  log?: Logger;
  now?: () => Date;
  /** Download Trivy when missing: the platform's toolDownload (GitHub runners); default false. */
  allowDownload?: boolean;
  /** Where the per-scan work directory goes: the platform's tempRoot; default the system's. */
  tempRoot?: string;
  /** The platform has an Actions cache for the DB (platform.actionsCache); default false. */
  actionsCache?: boolean;
  /** Defaults to this process's PATH. */
  pathEnv?: string;
  timeoutMs?: number;
  /** Trivy as a caller already found it (publish checks before the build): not looked up again. */
  installation?: TrivyInstallation;
  /** Where the DB is kept between runs; default: the Actions cache when actionsCache; null: none. */
  dbCache?: DbCacheStore | null;
}

/** What every scan of one request shares. */
interface Session {
  installation: TrivyInstallation;
  context: TrivyContext;
  db: DbSummary;
  invocation: InvocationContext;
}

export class TrivyScanner implements Scanner {
  readonly name = 'trivy';
  private readonly now: () => Date;

  constructor(
    private readonly options: ScanOptions,
    private readonly deps: TrivyScannerDeps = {},
  ) {
    this.now = deps.now ?? (() => new Date());
  }

  async scan(request: ScanRequest): Promise<ScanOutcome> {
    const startedAt = this.now();
    const plan = planScans(request, this.options.target);
    const session = await this.prepare(request.invocation);
    const subjects: SubjectScan[] = [];
    const workDir = mkdtempSync(join(this.deps.tempRoot ?? tmpdir(), 'imprint-scan-'));
    try {
      const vexFiles = (request.vexDocuments ?? []).map((document, index) => {
        const file = join(workDir, `vex-${index + 1}.openvex.json`);
        writeFileSync(file, JSON.stringify(document));
        return file;
      });
      for (const [index, planned] of plan.entries()) {
        const output = join(workDir, `report-${index}.json`);
        subjects.push(await this.scanOne(session, planned, output, vexFiles));
      }
    } finally {
      rmSync(workDir, { recursive: true, force: true });
    }

    const findings = mergeFindings(subjects);
    const gate = evaluateGate(findings, gateRules(this.options, this.now()));
    for (const warning of expiredRuleWarnings(gate)) this.deps.log?.warning(warning);
    const { installation } = session;
    return {
      scanner: {
        name: 'trivy',
        version: installation.version,
        path: installation.path,
        source: installation.source,
      },
      db: session.db,
      subjects,
      findings,
      counts: countBySeverity(findings),
      gate,
      startedAt,
      finishedAt: this.now(),
    };
  }

  /** Trivy at the pinned version, and a DB in its cache. */
  private async prepare(invocation: InvocationContext): Promise<Session> {
    const installation =
      this.deps.installation ??
      (await ensureTrivy({
        version: this.options.trivyVersion,
        allowDownload: this.deps.allowDownload ?? false,
        downloadBaseUrl: this.options.downloadBaseUrl,
        ...(this.deps.pathEnv === undefined ? {} : { pathEnv: this.deps.pathEnv }),
      }));
    const log = this.deps.log;
    if (installation.warning) log?.warning(installation.warning);
    log?.info(`Trivy ${installation.version} (${installation.source}): ${installation.path}`);

    const cacheDir = resolveCacheDir(this.options);
    mkdirSync(cacheDir, { recursive: true });
    const context: TrivyContext = { trivyPath: installation.path, cacheDir };
    if (this.deps.timeoutMs !== undefined) context.timeoutMs = this.deps.timeoutMs;
    if (log) context.log = (line) => log.info(line);
    const cache = await this.restoreDbCache(cacheDir);
    const db = summarizeDb(
      await prepareDb(context, this.options.dbRepositories, this.now),
      this.now(),
    );
    await cache?.saveIfDownloaded(db.downloaded);
    log?.info(
      `Trivy DB ${db.version} from ${db.repository}, built ${db.updatedAt} (${db.ageHours} h ago)`,
    );
    return { installation, context, db, invocation };
  }

  private async restoreDbCache(cacheDir: string): Promise<DbCacheSession | undefined> {
    const store =
      this.deps.dbCache === undefined
        ? await defaultDbCacheStore({ actionsCache: this.deps.actionsCache ?? false })
        : this.deps.dbCache;
    if (!store) return undefined;
    const log = this.deps.log;
    return restoreDbCache(
      store,
      dbCachePaths(cacheDir, DB_SOURCE_FILE),
      dbCacheKeys(this.now()),
      (line) => log?.info(line),
      (line) => log?.warning(line),
    );
  }

  /** For scan-target sbom, the SBOM as Trivy reads it, written beside the report. */
  private inputFor(planned: PlannedScan, outputFile: string): ScanInput {
    if (planned.input.kind !== 'sbom') return planned.input;
    const path = `${outputFile}.sbom.cdx.json`;
    for (const change of writeTrivySbomInput(planned.input.path, path))
      this.deps.log?.info(`Trivy's view of ${planned.input.path}: ${change}`);
    return { kind: 'sbom', path };
  }

  private async scanOne(
    session: Session,
    planned: PlannedScan,
    outputFile: string,
    vexFiles: readonly string[],
  ): Promise<SubjectScan> {
    this.deps.log?.info(`Scanning ${planned.scanned}`);
    const startedAt = this.now();
    const input = this.inputFor(planned, outputFile);
    const run = await runScan(session.context, input, outputFile, vexFiles);
    const finishedAt = this.now();
    const raw = parseJson(run.reportText, planned.scanned);
    const report = parseTrivyReport(raw, `the Trivy report for ${planned.scanned}`);
    const findings = findingsOf(report);
    const predicate = buildVulnPredicate({
      invocation: session.invocation,
      parameters: run.args,
      scannerVersion: session.installation.version,
      db: { uri: session.db.repository, version: session.db.version },
      result: raw,
      startedAt,
      finishedAt,
    });
    const subject: SubjectScan = {
      digest: planned.digest,
      imageRef: planned.imageRef,
      scanned: planned.scanned,
      report,
      findings,
      counts: countBySeverity(findings),
      predicate,
    };
    if (planned.platform !== undefined) subject.platform = planned.platform;
    return subject;
  }
}

function parseJson(text: string, scanned: string): unknown {
  if (text.trim() === '') {
    throw new ImprintError(
      'SCAN_FAILED',
      `the Trivy report for ${scanned} is empty (${text.length} bytes)`,
      {
        hint: 'Trivy exited 0 without writing its report: check the disk space and rerun.',
      },
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ImprintError(
      'SCAN_FAILED',
      `the Trivy report for ${scanned} is not valid JSON: ${String(error)}`,
      {
        cause: error,
        hint: 'Trivy wrote a broken report: rerun the job; if it persists, run the same trivy command locally.',
      },
    );
  }
}

function summarizeDb(db: DbState, now: Date): DbSummary {
  return {
    repository: db.repository,
    schemaVersion: db.info.schemaVersion,
    version: dbVersionLabel(db.info),
    updatedAt: db.info.updatedAt.toISOString(),
    nextUpdate: db.info.nextUpdate.toISOString(),
    downloadedAt: db.info.downloadedAt.toISOString(),
    ageHours: dbAgeHours(db.info, now),
    downloaded: db.downloaded,
    skipped: db.skipped,
  };
}

export function createTrivyScanner(options: ScanOptions, deps: TrivyScannerDeps = {}): Scanner {
  return new TrivyScanner(options, deps);
}
