/**
 * A STAND-IN for the `trivy` executable (no real Trivy, no DB registry and no image registry
 * with a scannable image can be reached here). It is a real program the scanner runs:
 * it answers `--version` and `version --format json` from the DB metadata it keeps in the
 * cache dir like Trivy does, "downloads" the DB unless told a repository rate-limits, replays
 * a real golden report for `image`/`sbom` (stamped with a fresh CreatedAt and ReportID, as Trivy
 * stamps each run), can be told to fail, and records every argv and
 * the TRIVY_* environment it was given (and the SBOM it was asked to scan), one JSON line per run.
 */
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface StandInConfig {
  version: string;
  /** A golden report file to replay (its ArtifactName set to what was scanned). */
  reportFile?: string;
  /** Or exactly this text as the report (malformed, empty…). */
  reportText?: string;
  /** Scans exit with this code and stderr instead of writing a report. */
  scanExit?: { code: number; stderr: string };
  /** DB repositories answering 429 TOOMANYREQUESTS, as ghcr.io does under load. */
  rateLimited?: string[];
  /** DB repositories failing with this (non-transient) text. */
  dbErrors?: Record<string, string>;
  /** Hours from now until the downloaded DB's NextUpdate (Trivy: 24 h after the build). */
  dbNextUpdateHours?: number;
}

export interface StandInRun {
  argv: string[];
  env: Record<string, string>;
  /** For `sbom`: the document it was given, read before anything could remove it. */
  sbom?: unknown;
}

export interface StandInTrivy {
  dir: string;
  path: string;
  recordFile: string;
  configure(config: StandInConfig): void;
  runs(): StandInRun[];
}

// Plain CommonJS so it runs on this Node without a loader; values come from the config file.
const SCRIPT = String.raw`
const fs = require('node:fs');
const path = require('node:path');
const config = JSON.parse(fs.readFileSync(__CONFIG__, 'utf8'));
const argv = process.argv.slice(2);
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => key.startsWith('TRIVY_')));
const sbom = argv[0] === 'sbom' ? JSON.parse(fs.readFileSync(argv[argv.length - 1], 'utf8')) : undefined;
fs.appendFileSync(__RECORD__, JSON.stringify({ argv, env, sbom }) + '\n');
const flag = (name) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
const cacheDir = flag('--cache-dir') || path.join(require('node:os').homedir(), '.cache', 'trivy');
const metadataFile = path.join(cacheDir, 'db', 'metadata.json');

if (argv[0] === '--version') {
  process.stdout.write('Version: ' + config.version + '\n');
  process.exit(0);
}
if (argv[0] === 'version') {
  const out = { Version: config.version };
  if (fs.existsSync(metadataFile)) out.VulnerabilityDB = JSON.parse(fs.readFileSync(metadataFile, 'utf8'));
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  process.exit(0);
}
if (argv.includes('--download-db-only')) {
  const repository = flag('--db-repository');
  if ((config.rateLimited || []).includes(repository)) {
    process.stderr.write('2024-11-20T08:00:00Z\tERROR\t[vulndb] Failed to download artifact\trepo="' + repository + '" err="OCI repository error: 1 error occurred:\n\t* GET https://' + repository.split('/')[0] + '/v2/aquasecurity/trivy-db/manifests/2: TOOMANYREQUESTS: retry-after: 1.2ms, allowed: 44000/minute\n\n"\n2024-11-20T08:00:00Z\tFATAL\tFatal error\tinit error: DB error: failed to download vulnerability DB\n');
    process.exit(1);
  }
  if (config.dbErrors && config.dbErrors[repository]) {
    process.stderr.write(config.dbErrors[repository] + '\n');
    process.exit(1);
  }
  const now = Date.now();
  fs.mkdirSync(path.dirname(metadataFile), { recursive: true });
  fs.writeFileSync(metadataFile, JSON.stringify({
    Version: 2,
    NextUpdate: new Date(now + (config.dbNextUpdateHours ?? 20) * 3600e3).toISOString(),
    UpdatedAt: new Date(now - 4 * 3600e3).toISOString(),
    DownloadedAt: new Date(now).toISOString(),
  }));
  process.exit(0);
}
if (argv[0] === 'image' || argv[0] === 'sbom') {
  if (config.scanExit) {
    process.stderr.write(config.scanExit.stderr);
    process.exit(config.scanExit.code);
  }
  const output = flag('--output');
  let text = config.reportText;
  if (text === undefined) {
    const report = JSON.parse(fs.readFileSync(config.reportFile, 'utf8'));
    report.ArtifactName = argv[argv.length - 1];
    // Real Trivy stamps every report with its own time and id (since 0.50 / 0.62).
    report.CreatedAt = new Date().toISOString();
    report.ReportID = require('node:crypto').randomUUID();
    text = JSON.stringify(report, null, 2);
  }
  fs.writeFileSync(output, text);
  process.exit(0);
}
process.stderr.write('stand-in trivy: unexpected arguments ' + JSON.stringify(argv) + '\n');
process.exit(64);
`;

/** Writes the stand-in as `<dir>/trivy` (or the given name) and returns its handles. */
export function writeStandInTrivy(
  dir: string,
  config: StandInConfig,
  name = 'trivy',
): StandInTrivy {
  mkdirSync(dir, { recursive: true });
  const configFile = join(dir, `${name}.config.json`);
  const recordFile = join(dir, `${name}.runs.jsonl`);
  const path = join(dir, name);
  const body = SCRIPT.replace('__CONFIG__', JSON.stringify(configFile)).replace(
    '__RECORD__',
    JSON.stringify(recordFile),
  );
  writeFileSync(path, `#!${process.execPath}\n${body}`);
  chmodSync(path, 0o755);
  writeFileSync(recordFile, '');
  const configure = (next: StandInConfig): void => writeFileSync(configFile, JSON.stringify(next));
  configure(config);
  return {
    dir,
    path,
    recordFile,
    configure,
    runs: () =>
      readFileSync(recordFile, 'utf8')
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line) as StandInRun),
  };
}
