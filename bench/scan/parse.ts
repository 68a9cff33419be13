// Run: node --experimental-strip-types bench/scan/parse.ts [runs]
// (Node 24 strips types itself; the flag keeps Node 22 working.) The sources import each
// other with `.js` suffixes, so a resolve hook below maps them to the `.ts` files.
//
// Measures Trivy JSON → findings (parse + validate + model) → gate, on the largest golden
// report that holds vulnerabilities, and on a synthetic report made of that report's results
// repeated to ~10,000 findings (a big distro image). Prints the median of N runs, the peak
// RSS of the process and the peak V8 heap seen after each run.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Finding } from '../../src/scan/model.js';

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (
      specifier.startsWith('.') &&
      specifier.endsWith('.js') &&
      context.parentURL?.startsWith('file:')
    ) {
      const candidate = fileURLToPath(
        new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL),
      );
      if (existsSync(candidate)) return nextResolve(pathToFileURL(candidate).href, context);
    }
    return nextResolve(specifier, context);
  },
});

const { findingsFromTrivyReport } = await import('../../src/scan/trivy-report.js');
const { evaluateGate } = await import('../../src/scan/gate.js');

const RUNS = Number(process.argv[2] ?? 30);
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = process.env.IMPRINT_FIXTURES ?? resolve(repoRoot, '..', 'shared', 'fixtures');
const goldens = join(fixtures, 'trivy', 'goldens');
if (!existsSync(goldens))
  throw new Error(`The Trivy goldens are missing: ${goldens} (set IMPRINT_FIXTURES)`);

interface Report {
  SchemaVersion?: number;
  Results?: { Vulnerabilities?: unknown[] }[];
}

function vulnerabilityCount(report: Report): number {
  return (report.Results ?? []).reduce(
    (sum, result) => sum + (result.Vulnerabilities?.length ?? 0),
    0,
  );
}

const candidates = readdirSync(goldens)
  .filter((name) => name.endsWith('.json.golden'))
  .map((name) => ({
    name,
    text: readFileSync(join(goldens, name), 'utf8'),
    bytes: statSync(join(goldens, name)).size,
  }))
  .filter(({ text }) => {
    const report = JSON.parse(text) as Report;
    return report.SchemaVersion === 2 && vulnerabilityCount(report) > 0;
  })
  .sort((a, b) => b.bytes - a.bytes);
const largest = candidates[0]!;

const base = JSON.parse(largest.text) as Report;
const copies = Math.ceil(10_000 / vulnerabilityCount(base));
const synthetic = JSON.stringify({
  ...base,
  Results: Array.from({ length: copies }, () => base.Results ?? []).flat(),
});

let peakHeap = 0;

function measure(label: string, text: string): void {
  const timings: number[] = [];
  let findings: Finding[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const start = process.hrtime.bigint();
    findings = findingsFromTrivyReport(text);
    const gate = evaluateGate(findings, {
      failAtOrAbove: 'HIGH',
      ignoreUnfixed: false,
      ignore: [{ id: findings[0]?.id ?? 'none', reason: 'bench', expires: '2000-01-01' }],
      now: new Date(),
    });
    timings.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (gate.counts.CRITICAL < 0)
      throw new Error('unreachable: keeps the gate from being optimised away');
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
  timings.sort((a, b) => a - b);
  const median = timings[Math.floor(timings.length / 2)]!;
  const kb = (Buffer.byteLength(text) / 1024).toFixed(1);
  console.log(
    `${label}: ${kb} KiB, ${findings.length} findings, median ${median.toFixed(2)} ms over ${RUNS} runs (min ${timings[0]!.toFixed(2)}, max ${timings.at(-1)!.toFixed(2)})`,
  );
}

console.log(`node ${process.version}; parse + validate + findings + gate`);
measure(`largest golden with vulnerabilities (${largest.name})`, largest.text);
measure(`synthetic: its results x${copies}`, synthetic);
const mib = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);
console.log(
  `peak RSS ${mib(process.resourceUsage().maxRSS * 1024)} MiB, peak heap used ${mib(peakHeap)} MiB`,
);
