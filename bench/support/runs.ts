/**
 * Child processes measured the same way for every tool a benchmark compares: wall time from
 * this process and peak RSS from `/usr/bin/time` (GNU time's %M, the child's maximum resident
 * set in KiB), plus pushing a tag of the benchmark layout to a registry and summing up the
 * CycloneDX SBOM a run wrote.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { LAYOUT, ensureBundle } from './images.js';

export interface Measured {
  seconds: number;
  peakKiB: number;
}

/** Runs argv (no shell) under /usr/bin/time; throws with the child's stderr when it fails. */
export function timedRun(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Measured {
  const timeFile = join(tmpdir(), `imprint-bench-time-${process.pid}`);
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-o', timeFile, '-f', '%e %M', ...argv], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    env,
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    throw new Error(`${argv.join(' ')} exited ${result.status}: ${result.stderr.slice(-2000)}`);
  }
  const [, peak] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ');
  rmSync(timeFile, { force: true });
  return { seconds, peakKiB: Number(peak) };
}

/**
 * The imprint CLI to measure: dist/cli.js, rebuilt when older than src/, or the launcher named
 * by IMPRINT_BENCH_CLI (a bundle built elsewhere, for a checkout whose dist/ must stay as is).
 */
export function imprintCli(): string {
  if (process.env.IMPRINT_BENCH_CLI) return process.env.IMPRINT_BENCH_CLI;
  ensureBundle();
  return 'dist/cli.js';
}

/** Pushes tag `tag` of the benchmark layout to `reference` (plain HTTP) with skopeo. */
export function pushLayoutTag(tag: string, reference: string): void {
  execFileSync(
    'skopeo',
    ['copy', '-q', '--dest-tls-verify=false', `oci:${LAYOUT}:${tag}`, `docker://${reference}`],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
}

/** "N components: apk 3, deb 120, npm 1000" from the purl types of a CycloneDX SBOM. */
export function ecosystems(sbomPath: string): string {
  const bom = JSON.parse(readFileSync(sbomPath, 'utf8')) as { components?: { purl?: string }[] };
  const counts = new Map<string, number>();
  for (const component of bom.components ?? []) {
    const type = component.purl?.match(/^pkg:([^/]+)\//)?.[1] ?? '(no purl)';
    counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  const parts = [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, count]) => `${type} ${count}`);
  return `${bom.components?.length ?? 0} components: ${parts.join(', ')}`;
}
