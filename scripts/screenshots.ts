/**
 * `npm run screenshots`: the summaries `npm run demo` wrote, drawn as GitHub shows them, for the
 * README. Reads publish-summary.md, verify-pass-summary.md and verify-fail-summary.md from
 * --from and writes PNGs to --to (scripts/screenshots.sh passes out/demo and docs/images:
 * the bundler would rewrite literal paths here into paths beside the bundle).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { screenshotPages } from './screenshots/capture.js';
import { summaryPage } from './screenshots/page.js';

/** Summary file written by the demo → README image. */
const SHOTS: readonly { summary: string; image: string; title: string }[] = [
  { summary: 'publish-summary.md', image: 'publish-summary.png', title: 'imprint publish' },
  { summary: 'verify-pass-summary.md', image: 'verify-summary.png', title: 'imprint verify' },
  {
    summary: 'verify-fail-summary.md',
    image: 'verify-failure.png',
    title: 'imprint verify (failing)',
  },
];

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { from: { type: 'string' }, to: { type: 'string' } },
  });
  if (values.from === undefined || values.to === undefined)
    throw new Error('usage: screenshots --from <summaries dir> --to <images dir>');
  const [from, to] = [resolve(values.from), resolve(values.to)];
  const missing = SHOTS.map((s) => join(from, s.summary)).filter((path) => !existsSync(path));
  if (missing.length > 0) {
    throw new Error(
      `no demo summaries to draw: ${missing.join(', ')} missing; run "npm run demo" first (or pass --from <dir>)`,
    );
  }
  mkdirSync(to, { recursive: true });
  const shots = await screenshotPages(
    SHOTS.map((shot) => ({
      html: summaryPage(readFileSync(join(from, shot.summary), 'utf8'), shot.title),
      pngPath: join(to, shot.image),
      selector: '.markdown-body',
    })),
  );
  shots.forEach((shot, i) =>
    process.stdout.write(`${join(to, SHOTS[i]!.image)}: ${shot.width}×${shot.height} px\n`),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`screenshots: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
