/**
 * Benchmark of the vulnerability scan step (issue 5): what imprint adds on top of Trivy's own
 * run time (goal: at most 300 ms). Run: npm run bench -- scan   (BENCH_ROUNDS=20 by default)
 *
 * No real Trivy can run here, so the pipeline drives the STAND-IN trivy of the integration
 * tests (test/integration/scan/stand-in-trivy.ts): a real program that replays a real golden
 * report. The pipeline is what publish runs: prepareScan (install check) then scanImage
 * (DB, scan, parse, predicate, gate, JSON + SARIF + GitLab report files). The stand-in logs
 * every argv it gets; each round then replays exactly those invocations, the stand-in alone,
 * through the same spawn helper, and
 *   overhead = median(pipeline) − median(sum of the stand-in's invocations)
 * so every Trivy process, spawn cost included, counts as Trivy's time, never as imprint's.
 * Stand-in processes are Node programs (~50 ms each), so that difference sits inside the
 * noise of a shared machine; imprint's own CPU time (process.cpuUsage, children excluded)
 * is printed beside it as the steadier figure.
 * Two cases: a cold cache (the DB is downloaded) and a warm one (the cached DB is fresh).
 * Then the in-process stages alone on the same golden report, and the peak RSS.
 */
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PlainLogger } from '../src/ci/log.js';
import { detectPlatform } from '../src/ci/choose-platform.js';
import { prepareScan, scanImage, type ScanTarget } from '../src/publish/scan-step.js';
import type { PublishScanOptions } from '../src/publish/options.js';
import { evaluateGate } from '../src/scan/gate.js';
import { gateRules } from '../src/scan/gate-report.js';
import { gitlabReportFromTrivy } from '../src/scan/gitlab-report.js';
import { readScanOptions } from '../src/scan/options.js';
import { buildVulnPredicate } from '../src/scan/predicate.js';
import { runProcess } from '../src/scan/process.js';
import { sarifFromTrivyReports } from '../src/scan/sarif.js';
import { findingsOf, parseTrivyReport } from '../src/scan/trivy-report.js';
import { VERSION } from '../src/version.js';
import {
  type StandInRun,
  type StandInTrivy,
  writeStandInTrivy,
} from '../test/integration/scan/stand-in-trivy.js';
import { median } from './support/stats.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const STAGE_ROUNDS = 100;
const GOAL_MS = 300;
const TRIVY_VERSION = '0.58.1';
const DIGEST = `sha256:${'a'.repeat(64)}`;

const ms = (value: number): string => `${value.toFixed(1)} ms`;

/** bench.sh runs from the repository root; the fixtures sit next to it unless told otherwise. */
function goldensDir(): string {
  const fixtures =
    process.env.IMPRINT_FIXTURES ?? resolve(process.cwd(), '..', 'shared', 'fixtures');
  const dir = join(fixtures, 'trivy', 'goldens');
  if (!existsSync(dir))
    throw new Error(`The Trivy goldens are missing: ${dir} (set IMPRINT_FIXTURES)`);
  return dir;
}

interface Golden {
  name: string;
  path: string;
  text: string;
  vulnerabilities: number;
}

/** The largest schema-2 golden report that holds vulnerabilities (as bench/scan/parse.ts). */
function largestGoldenWithVulnerabilities(dir: string): Golden {
  const goldens = readdirSync(dir)
    .filter((name) => name.endsWith('.json.golden'))
    .map((name) => {
      const path = join(dir, name);
      const text = readFileSync(path, 'utf8');
      const report = JSON.parse(text) as {
        SchemaVersion?: number;
        Results?: { Vulnerabilities?: unknown[] }[];
      };
      const vulnerabilities =
        report.SchemaVersion === 2
          ? (report.Results ?? []).reduce((n, r) => n + (r.Vulnerabilities?.length ?? 0), 0)
          : 0;
      return { name, path, text, vulnerabilities, bytes: statSync(path).size };
    })
    .filter((golden) => golden.vulnerabilities > 0)
    .sort((a, b) => b.bytes - a.bytes);
  if (goldens.length === 0) throw new Error(`No golden report with vulnerabilities in ${dir}`);
  return goldens[0]!;
}

/** `--version`, `version`, `download-db`, `image`: which Trivy call a recorded argv was. */
function kindOf(argv: readonly string[]): string {
  if (argv[0] === '--version') return '--version';
  if (argv[0] === 'version') return 'version --format json';
  if (argv.includes('--download-db-only')) return 'image --download-db-only';
  return `${argv[0]} (the scan)`;
}

function replaced(argv: readonly string[], flag: string, value: string): string[] {
  return argv.map((arg, index) => (index > 0 && argv[index - 1] === flag ? value : arg));
}

interface Round {
  pipelineMs: number;
  /** CPU time of this process during the pipeline: imprint's own work, child processes excluded. */
  cpuMs: number;
  standInMs: number;
  byKind: Map<string, number[]>;
  invocations: string[];
}

/**
 * Replays the stand-in's recorded invocations, in order, alone: same argv and TRIVY_* env,
 * its report written to a scratch file (the pipeline's temp dir is gone), and its own cache
 * (empty for a cold round, a copy for a warm one) so each call sees what it saw in the pipeline.
 */
async function replay(runs: readonly StandInRun[], trivy: StandInTrivy, cacheDir: string) {
  const scratch = mkdtempSync(join(tmpdir(), 'imprint-bench-scan-replay-'));
  const byKind = new Map<string, number[]>();
  let total = 0;
  try {
    for (const run of runs) {
      const argv = replaced(
        replaced(run.argv, '--output', join(scratch, 'report.json')),
        '--cache-dir',
        cacheDir,
      );
      const started = performance.now();
      const result = await runProcess(trivy.path, argv, { env: { ...process.env, ...run.env } });
      const elapsed = performance.now() - started;
      if (result.exitCode !== 0)
        throw new Error(`stand-in replay of ${JSON.stringify(argv)} failed: ${result.stderr}`);
      total += elapsed;
      const kind = kindOf(run.argv);
      byKind.set(kind, [...(byKind.get(kind) ?? []), elapsed]);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return { total, byKind };
}

/** What publish hands the scan step, for one round. */
function scenario(work: string, trivy: StandInTrivy, index: number, cold: boolean) {
  const cacheDir = join(work, cold ? `cache-${index}` : 'cache-warm');
  const options: PublishScanOptions = {
    mode: 'true',
    trivy: readScanOptions(
      (name) =>
        ({
          'trivy-cache-dir': cacheDir,
          'fail-on-severity': 'HIGH',
          'vuln-report-path': join(work, 'out', 'vulnerability-report.json'),
          'sarif-path': join(work, 'out', 'trivy.sarif'),
          'gitlab-report-path': join(work, 'out', 'gl-container-scanning-report.json'),
        })[name],
    ),
  };
  const target: ScanTarget = {
    repository: 'registry.example:5000/acme/app',
    digest: DIGEST,
    platformDigests: {},
    vexDocuments: [],
    sbomPaths: {},
    credentials: undefined,
    insecureRegistry: false,
  };
  const env = { PATH: trivy.dir };
  return { options, target, env, log: new PlainLogger(() => {}), cacheDir };
}

async function measureRound(
  work: string,
  trivy: StandInTrivy,
  index: number,
  cold: boolean,
): Promise<Round> {
  const { options, target, env, log, cacheDir } = scenario(work, trivy, index, cold);
  const recordStart = trivy.runs().length;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const platform = detectPlatform(env);
  const readiness = await prepareScan(options, platform, env, log);
  if (!('scanner' in readiness)) throw new Error(`the scan was skipped: ${readiness.skipped}`);
  const result = await scanImage(readiness.scanner, target, options, platform, log);
  const pipelineMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  if (result.outcome.findings.length === 0) throw new Error('the stand-in report gave no findings');
  const runs = trivy.runs().slice(recordStart);
  // Never the pipeline's own cache: a replayed download would make the warm DB look foreign.
  const replayCache = join(work, `replay-cache-${index}`);
  if (!cold) cpSync(cacheDir, replayCache, { recursive: true });
  const replayed = await replay(runs, trivy, replayCache);
  return {
    pipelineMs,
    cpuMs,
    standInMs: replayed.total,
    byKind: replayed.byKind,
    invocations: runs.map((run) => kindOf(run.argv)),
  };
}

async function measureCase(work: string, trivy: StandInTrivy, cold: boolean): Promise<void> {
  if (!cold) await measureRound(work, trivy, -1, false); // fills the warm cache
  await measureRound(work, trivy, -2, cold); // warms the JIT and the file cache
  const rounds: Round[] = [];
  for (let index = 0; index < ROUNDS; index += 1)
    rounds.push(await measureRound(work, trivy, index, cold));

  const pipeline = median(rounds.map((r) => r.pipelineMs));
  const standIn = median(rounds.map((r) => r.standInMs));
  const overhead = pipeline - standIn;
  const paired = median(rounds.map((r) => r.pipelineMs - r.standInMs));
  const kinds = [...new Set(rounds.flatMap((r) => [...r.byKind.keys()]))];
  const perKind = kinds.map((kind) => {
    const calls = rounds[0]!.invocations.filter((k) => k === kind).length;
    const times = rounds.flatMap((r) => r.byKind.get(kind) ?? []);
    return `${calls}× ${kind} ${ms(median(times))}`;
  });
  console.log(
    cold
      ? '\ncold cache (a fresh trivy-cache-dir each round: the DB is downloaded)'
      : '\nwarm cache (the cached DB is fresh and its source known: no download)',
  );
  console.log(
    `  stand-in invocations per scan: ${rounds[0]!.invocations.length} [${rounds[0]!.invocations.join(', ')}]`,
  );
  console.log(
    `  pipeline (prepareScan + scanImage)   median ${ms(pipeline)}, min ${ms(Math.min(...rounds.map((r) => r.pipelineMs)))}`,
  );
  console.log(
    `  stand-in alone, same invocations     median ${ms(standIn)}, min ${ms(Math.min(...rounds.map((r) => r.standInMs)))} (each: ${perKind.join('; ')})`,
  );
  console.log(
    `  imprint's own CPU time during the pipeline (process.cpuUsage, children excluded): median ${ms(median(rounds.map((r) => r.cpuMs)))}`,
  );
  console.log(
    `  overhead = median(pipeline) - median(stand-in alone) = ${ms(overhead)} (goal <= ${GOAL_MS} ms: ${overhead <= GOAL_MS ? 'met' : 'NOT met'}); median of per-round differences ${ms(paired)}`,
  );
}

interface StageTimes {
  [stage: string]: number[];
}

/** The in-process work on one report, stage by stage, as scanner.ts and report-files.ts do it. */
function measureStages(golden: Golden): void {
  const times: StageTimes = {};
  const timed = <T>(stage: string, work: () => T): T => {
    const started = performance.now();
    const value = work();
    (times[stage] ??= []).push(performance.now() - started);
    return value;
  };
  const invocation = { uri: 'urn:imprint:local-run', eventId: 'local', builderId: 'urn:bench' };
  let findingsCount = 0;
  for (let index = -5; index < STAGE_ROUNDS; index += 1) {
    const started = new Date();
    const raw = timed('JSON.parse', () => JSON.parse(golden.text) as unknown);
    const report = timed('parse (validate)', () => parseTrivyReport(raw, golden.name));
    const findings = timed('model (findings)', () => findingsOf(report));
    const gate = timed('gate', () =>
      evaluateGate(
        findings,
        gateRules({ failOnSeverity: 'HIGH', ignoreUnfixed: false, ignore: [] }, new Date()),
      ),
    );
    timed('predicate', () =>
      buildVulnPredicate({
        invocation,
        parameters: ['image', '--format', 'json', `registry.example/app@${DIGEST}`],
        scannerVersion: TRIVY_VERSION,
        db: { uri: 'mirror.gcr.io/aquasec/trivy-db:2', version: 'v2-2026112200' },
        result: raw,
        startedAt: started,
        finishedAt: new Date(),
      }),
    );
    const sarif = timed('SARIF', () => sarifFromTrivyReports([report], TRIVY_VERSION));
    const gitlab = timed('GitLab report', () =>
      gitlabReportFromTrivy([{ report, image: `registry.example/app@${DIGEST}` }], {
        scannerVersion: TRIVY_VERSION,
        analyzerVersion: VERSION,
        startedAt: started,
        finishedAt: new Date(),
      }),
    );
    timed('serialize SARIF + GitLab', () => JSON.stringify(sarif) + JSON.stringify(gitlab));
    if (gate.counts.CRITICAL < 0) throw new Error('unreachable: keeps the gate in use');
    findingsCount = findings.length;
    if (index < 0) for (const stage of Object.keys(times)) times[stage] = []; // warm-up
  }
  const totals = Array.from({ length: STAGE_ROUNDS }, (_, i) =>
    Object.values(times).reduce((sum, values) => sum + values[i]!, 0),
  );
  console.log(
    `\nin-process stages on ${golden.name} (${(golden.text.length / 1024).toFixed(1)} KiB, ${findingsCount} findings), median of ${STAGE_ROUNDS}:`,
  );
  console.log(
    `  ${Object.entries(times)
      .map(([stage, values]) => `${stage} ${median(values).toFixed(3)} ms`)
      .join('; ')}`,
  );
  console.log(`  all stages together: median ${median(totals).toFixed(3)} ms`);
}

const golden = largestGoldenWithVulnerabilities(goldensDir());
const work = mkdtempSync(join(tmpdir(), 'imprint-bench-scan-'));
try {
  const trivy = writeStandInTrivy(join(work, 'bin'), {
    version: TRIVY_VERSION,
    reportFile: golden.path,
  });
  console.log(
    `scan step overhead beyond Trivy: STAND-IN trivy ${TRIVY_VERSION} (a node script replaying the real golden report ${golden.name}, ${golden.vulnerabilities} vulnerabilities), ${ROUNDS} rounds, node ${process.version}`,
  );
  await measureCase(work, trivy, true);
  await measureCase(work, trivy, false);
  measureStages(golden);
  const rssMiB = (process.resourceUsage().maxRSS / 1024).toFixed(1);
  console.log(
    `\npeak RSS of the bench process (imprint's side; the stand-in's processes not counted): ${rssMiB} MiB`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
