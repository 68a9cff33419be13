/**
 * Running Trivy: read its version and DB state, fetch the DB (one repository after another
 * when a registry rate-limits), and scan one image or SBOM into a JSON file.
 * Registry credentials go in the environment (TRIVY_USERNAME/TRIVY_PASSWORD), never argv.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ImprintError } from '../errors.js';
import { type ProcessResult, runProcess, tailLines } from './process.js';
import {
  type TrivyDbInfo,
  type TrivyVersionInfo,
  isDbFresh,
  parseVersionJson,
} from './trivy-version.js';

/** DB downloads failing with these are worth trying at the next repository. */
const TRANSIENT_DB_ERROR =
  /TOOMANYREQUESTS|too many requests|\b429\b|rate.?limit|\b50[0234]\b|i\/o timeout/i;
/** imprint's note of where the cached DB came from: Trivy's own metadata does not say. */
export const DB_SOURCE_FILE = 'imprint-db-source.json';
const DEFAULT_TIMEOUT_MS = 30 * 60 * 1000;

export interface TrivyContext {
  trivyPath: string;
  cacheDir: string;
  timeoutMs?: number;
  /** Progress lines for the job log. */
  log?: (line: string) => void;
}

export interface RegistryCredentials {
  username: string;
  password: string;
}

export type ScanInput =
  | {
      kind: 'image';
      reference: string;
      platform?: string;
      credentials?: RegistryCredentials;
      /** Plain HTTP or unverified TLS: only for registries the user listed as insecure. */
      insecure?: boolean;
    }
  | { kind: 'sbom'; path: string };

export interface DbState {
  /** The repository the cached DB was downloaded from. */
  repository: string;
  info: TrivyDbInfo;
  /** False when the cached DB was fresh and no download ran. */
  downloaded: boolean;
  /** Repositories tried before the one that worked, with why they failed. */
  skipped: { repository: string; reason: string }[];
}

async function trivy(
  context: TrivyContext,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<ProcessResult> {
  try {
    const result = await runProcess(context.trivyPath, args, {
      env,
      timeoutMs: context.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    });
    if (result.timedOut) {
      throw new ImprintError(
        'SCAN_FAILED',
        `trivy ${args[0]} ran longer than ${context.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms and was stopped`,
      );
    }
    return result;
  } catch (error) {
    if (error instanceof ImprintError) throw error;
    throw new ImprintError('SCANNER_MISSING', `cannot run ${context.trivyPath}: ${String(error)}`, {
      cause: error,
      hint: 'Install Trivy on PATH or set trivy-version so imprint downloads it.',
    });
  }
}

function failure(what: string, result: ProcessResult, secret?: string): ImprintError {
  let tail = tailLines(result.stderr || result.stdout);
  // Trivy does not print credentials, but a registry error might echo one back: never show it.
  if (secret) tail = tail.split(secret).join('***');
  return new ImprintError('SCAN_FAILED', `${what} exited with code ${result.exitCode}:\n${tail}`);
}

async function readVersionInfo(context: TrivyContext): Promise<TrivyVersionInfo> {
  const args = ['version', '--format', 'json', '--cache-dir', context.cacheDir];
  const result = await trivy(context, args);
  if (result.exitCode !== 0) throw failure('trivy version', result);
  return parseVersionJson(result.stdout);
}

function readDbSource(cacheDir: string): { repository: string; downloadedAt: string } | undefined {
  const file = join(cacheDir, DB_SOURCE_FILE);
  if (!existsSync(file)) return undefined;
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as {
      repository?: unknown;
      downloadedAt?: unknown;
    };
    return typeof value.repository === 'string' && typeof value.downloadedAt === 'string'
      ? { repository: value.repository, downloadedAt: value.downloadedAt }
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Makes sure the cache holds a DB: keeps a fresh one whose source is known, else downloads
 * from each repository in order, moving on only when a registry answers with a rate limit
 * or a server error (ghcr.io answers TOOMANYREQUESTS under load).
 */
export async function prepareDb(
  context: TrivyContext,
  repositories: readonly string[],
  now: () => Date = () => new Date(),
): Promise<DbState> {
  const before = await readVersionInfo(context);
  const source = readDbSource(context.cacheDir);
  if (
    before.db &&
    isDbFresh(before.db, now()) &&
    source?.downloadedAt === before.db.downloadedAt.toISOString()
  ) {
    context.log?.(
      `Trivy DB in ${context.cacheDir} is fresh (from ${source.repository}); not downloading`,
    );
    return { repository: source.repository, info: before.db, downloaded: false, skipped: [] };
  }
  const skipped: DbState['skipped'] = [];
  for (const repository of repositories) {
    context.log?.(`Downloading the Trivy DB from ${repository}`);
    const args = [
      'image',
      '--download-db-only',
      '--db-repository',
      repository,
      '--cache-dir',
      context.cacheDir,
    ];
    const result = await trivy(context, args);
    if (result.exitCode === 0) {
      const after = await readVersionInfo(context);
      if (!after.db) {
        throw new ImprintError(
          'SCAN_FAILED',
          `trivy downloaded the DB from ${repository} but ${context.cacheDir} holds none`,
        );
      }
      writeFileSync(
        join(context.cacheDir, DB_SOURCE_FILE),
        JSON.stringify({ repository, downloadedAt: after.db.downloadedAt.toISOString() }) + '\n',
      );
      return { repository, info: after.db, downloaded: true, skipped };
    }
    const output = result.stderr || result.stdout;
    if (!TRANSIENT_DB_ERROR.test(output))
      throw failure(`trivy DB download from ${repository}`, result);
    const reason = tailLines(output, 1, 300);
    context.log?.(`${repository} is unavailable (${reason}); trying the next DB repository`);
    skipped.push({ repository, reason });
  }
  throw new ImprintError(
    'SCAN_FAILED',
    `no DB repository could serve the Trivy DB: ${skipped.map((s) => `${s.repository} (${s.reason})`).join('; ')}`,
    {
      hint: 'Retry later, or add a mirror you can reach to db-repository (e.g. public.ecr.aws/aquasecurity/trivy-db:2).',
    },
  );
}

/** The argument list of one scan: also what the attestation records as invocation.parameters. */
export function scanArguments(
  input: ScanInput,
  outputFile: string,
  cacheDir: string,
  vexFiles: readonly string[] = [],
): string[] {
  // --show-suppressed: what the VEX suppressed stays in the attested report, so a verifier
  // decides by its own policy whose VEX counts.
  const vex =
    vexFiles.length > 0
      ? [...vexFiles.flatMap((file) => ['--vex', file]), '--show-suppressed']
      : [];
  const common = [
    '--format',
    'json',
    '--output',
    outputFile,
    '--cache-dir',
    cacheDir,
    '--skip-db-update',
    ...vex,
  ];
  // vuln only: a secret scanner's matches must never end up in a public attestation.
  if (input.kind === 'sbom') return ['sbom', '--scanners', 'vuln', ...common, input.path];
  const platform = input.platform ? ['--platform', input.platform] : [];
  const insecure = input.insecure ? ['--insecure'] : [];
  return [
    'image',
    '--scanners',
    'vuln',
    '--image-src',
    'remote',
    ...platform,
    ...insecure,
    ...common,
    input.reference,
  ];
}

function scanEnvironment(input: ScanInput): NodeJS.ProcessEnv {
  const env = { ...process.env };
  if (input.kind === 'image' && input.credentials) {
    env.TRIVY_USERNAME = input.credentials.username;
    env.TRIVY_PASSWORD = input.credentials.password;
  }
  return env;
}

export interface ScanRun {
  args: string[];
  /** The report text as Trivy wrote it. */
  reportText: string;
}

export async function runScan(
  context: TrivyContext,
  input: ScanInput,
  outputFile: string,
  vexFiles: readonly string[] = [],
): Promise<ScanRun> {
  const args = scanArguments(input, outputFile, context.cacheDir, vexFiles);
  const what =
    input.kind === 'image' ? `trivy image ${input.reference}` : `trivy sbom ${input.path}`;
  const result = await trivy(context, args, scanEnvironment(input));
  const secret = input.kind === 'image' ? input.credentials?.password : undefined;
  if (result.exitCode !== 0) throw failure(what, result, secret);
  if (!existsSync(outputFile)) {
    throw new ImprintError('SCAN_FAILED', `${what} exited 0 but wrote no report to ${outputFile}`);
  }
  return { args, reportText: readFileSync(outputFile, 'utf8') };
}
