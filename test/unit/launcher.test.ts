/**
 * The committed launchers refuse an older Node before they load the bundle, whose
 * dependencies would otherwise crash while loading ("Cannot read properties of undefined").
 * The older Node is simulated by overriding process.versions.node before the launcher runs.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const PRETEND_OLD_NODE =
  'data:text/javascript,Object.defineProperty(process.versions,"node",{value:"20.20.2"})';

describe.each(['cli.js', 'publish.js', 'verify.js', 'promote.js'])('dist/%s', (launcher) => {
  it('exits 2 with the version it needs on Node 20', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', PRETEND_OLD_NODE, `dist/${launcher}`, '--help'],
      {
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('imprint needs Node 24.15.0 or newer (found v20.20.2)');
    expect(run.stdout).toBe('');
  });
});

it('dist/cli.js runs on this Node', () => {
  const run = spawnSync(process.execPath, ['dist/cli.js', '--version'], { encoding: 'utf8' });
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
});

it('the bundle has no module compiled away to `false` (a bare re-export of an import did that)', () => {
  const emptied = readdirSync('dist')
    .filter((file) => file.endsWith('.js'))
    .filter((file) => /^\/\*{3}\/ \d+:\nfalse,$/m.test(readFileSync(join('dist', file), 'utf8')));
  expect(emptied).toEqual([]);
});
