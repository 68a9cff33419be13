/**
 * Benchmarks for the foundation (issue: publish builds, pushes and pins):
 *  1. overhead of `imprint publish` over the plain `docker build && docker push` it wraps,
 *     same context, same engine, same registry, side by side, alternating rounds;
 *  2. cold start of the bundle (`node dist/cli.js --help`) and the bundle's size.
 * imprint runs with --no-sign --no-sbom --scan false: the plain commands' work (build, push)
 * plus what the foundation adds (preflight, pin by the registry's digest). bench/sign.ts
 * measures signing; the SBOM and scan have their own benchmarks.
 * Run: npm run bench -- publish
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startRegistry } from '../test/harness/registry.js';
import { median } from './support/stats.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const COLD_STARTS = Number(process.env.BENCH_COLD_STARTS ?? 20);

function run(command: string, args: string[]): number {
  const started = performance.now();
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  return performance.now() - started;
}

function context(): string {
  const dir = mkdtempSync(join(tmpdir(), 'imprint-bench-'));
  writeFileSync(
    join(dir, 'Dockerfile'),
    'FROM scratch\nCOPY payload.bin /payload.bin\nCOPY round.txt /round.txt\n',
  );
  // 8 MiB of incompressible data: a small but real layer to push each round.
  writeFileSync(
    join(dir, 'payload.bin'),
    Buffer.alloc(8 * 1024 * 1024, 0).map(() => Math.floor(Math.random() * 256)),
  );
  return dir;
}

async function overhead(): Promise<void> {
  const registry = await startRegistry();
  const dir = context();
  const plain: number[] = [];
  const imprint: number[] = [];
  try {
    for (let round = 0; round <= ROUNDS; round += 1) {
      // Each round changes the context so both sides build and push a new layer.
      writeFileSync(join(dir, 'round.txt'), `plain ${round} ${Date.now()}\n`);
      const tag = `${registry.host}/bench/plain:r${round}`;
      const plainMs =
        run('docker', ['build', '-q', '-t', tag, dir]) + run('docker', ['push', '-q', tag]);
      writeFileSync(join(dir, 'round.txt'), `imprint ${round} ${Date.now()}\n`);
      const imprintMs = run(process.execPath, [
        'dist/cli.js',
        'publish',
        '--image',
        `${registry.host}/bench/imprint`,
        '--tags',
        `r${round}`,
        '--context',
        dir,
        '--builder',
        'docker',
        '--insecure-registries',
        registry.host,
        '--no-summary',
        '--no-sign',
        '--no-sbom',
        '--scan',
        'false',
      ]);
      if (round === 0) continue; // warm-up: engine caches, page cache
      plain.push(plainMs);
      imprint.push(imprintMs);
    }
  } finally {
    await registry.stop();
  }
  const extra = median(imprint) - median(plain);
  console.log(`publish overhead (${ROUNDS} rounds, 8 MiB layer, docker builder, local registry)`);
  console.log(`  docker build && docker push   median ${median(plain).toFixed(0)} ms`);
  console.log(`  imprint publish               median ${median(imprint).toFixed(0)} ms`);
  console.log(`  overhead                      ${extra.toFixed(0)} ms (goal <= 1000 ms)`);
}

function coldStart(): void {
  const times: number[] = [];
  for (let index = 0; index < COLD_STARTS; index += 1)
    times.push(run(process.execPath, ['dist/cli.js', '--help']));
  const bytes = readdirSync('dist')
    .filter((name) => name.endsWith('.js'))
    .reduce((sum, name) => sum + statSync(join('dist', name)).size, 0);
  const entry = statSync('dist/index.js').size;
  console.log(
    `cold start: node dist/cli.js --help, ${COLD_STARTS} runs: median ${median(times).toFixed(0)} ms, min ${Math.min(...times).toFixed(0)} ms (goal <= 250 ms)`,
  );
  console.log(
    `bundle: dist/*.js ${(bytes / 1024).toFixed(0)} KiB in all; dist/index.js ${(entry / 1024).toFixed(0)} KiB (the rest loads on demand)`,
  );
}

coldStart();
await overhead();
