import { readFileSync } from 'node:fs';
import { jest } from '@jest/globals';
import { EXIT_OK, EXIT_USAGE, helpFor, runCli } from '../../src/cli.js';
import { EXIT_CODES_HELP } from '../../src/doors/exit-codes.js';
import { PUBLISH_INPUTS } from '../../src/inputs/tables/publish.js';
import { VERSION } from '../../src/version.js';

function io() {
  let out = '';
  return { stdout: (text: string) => (out += text), env: {}, read: () => out };
}

describe('CLI', () => {
  it('prints help with every publish flag', async () => {
    const capture = io();
    expect(await runCli(['publish', '--help'], capture)).toBe(EXIT_OK);
    for (const spec of PUBLISH_INPUTS) {
      const spelling = spec.kind === 'boolean' ? `--[no-]${spec.name}` : `--${spec.name}`;
      expect(capture.read()).toContain(spelling);
    }
    expect(await helpFor()).toContain(EXIT_CODES_HELP);
  });

  it('answers --version with package.json version', async () => {
    const capture = io();
    expect(await runCli(['--version'], capture)).toBe(EXIT_OK);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(capture.read()).toBe(`${pkg.version}\n`);
    expect(VERSION).toBe(pkg.version);
  });

  it('exits 2 on an unknown command or a bad flag', async () => {
    expect(await runCli(['pubilsh'], io())).toBe(EXIT_USAGE);
    expect(await runCli(['publish', '--imgae', 'x'], io())).toBe(EXIT_USAGE);
    expect(await runCli(['publish', '--image', 'x', 'stray'], io())).toBe(EXIT_USAGE);
  });

  it('exits 2 when sbom is given no image, and says what it needs', async () => {
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await runCli(['sbom'], io())).toBe(EXIT_USAGE);
      expect(String(stderr.mock.calls[0]?.[0])).toContain('imprint sbom needs an image');
    } finally {
      stderr.mockRestore();
    }
  });
});

describe('imprint publish: the vulnerability report of the command line', () => {
  it('goes to a new folder in the temp directory unless a path is given, and help says so', async () => {
    const { withCliReportPath } = await import('../../src/doors/cli/publish.js');
    const defaulted = withCliReportPath(() => undefined, '/runner/tmp');
    expect(defaulted('vuln-report-path')).toMatch(
      /^\/runner\/tmp\/imprint-reports-[0-9a-f]{8}\/vulnerability-report\.json$/,
    );
    expect(defaulted('image')).toBeUndefined();
    const given = withCliReportPath(
      (name) => (name === 'vuln-report-path' ? 'r.json' : undefined),
      '/runner/tmp',
    );
    expect(given('vuln-report-path')).toBe('r.json');
    const capture = io();
    await runCli(['publish', '--help'], capture);
    expect(capture.read()).toContain('(default: a new folder in the temp directory');
    expect(capture.read()).not.toContain('(default: vulnerability-report.json)');
  });
});
