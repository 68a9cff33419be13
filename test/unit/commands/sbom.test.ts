/** The sbom command's door: a bad command line exits 2 before any registry is asked. */
import { jest } from '@jest/globals';
import { runCli } from '../../../src/cli.js';
import { EXIT_USAGE } from '../../../src/doors/exit-codes.js';

const IMAGE = 'ghcr.io/acme/app@sha256:' + 'a'.repeat(64);

/** Runs one command line; the code and what it printed on stderr come back. */
async function cli(argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += chunk.toString();
    return true;
  });
  try {
    const code = await runCli(['sbom', ...argv], { stdout: () => undefined, env: {} });
    return { code, stderr };
  } finally {
    spy.mockRestore();
  }
}

describe('imprint sbom: a bad command line exits 2 with what is wrong', () => {
  it.each([
    [
      'no image',
      ['--format', 'spdx'],
      'error: imprint sbom needs an image: imprint sbom IMAGE\n  hint: e.g. imprint sbom ghcr.io/acme/app@sha256:… (see imprint sbom --help)\n',
    ],
    [
      'a second image',
      [IMAGE, 'ghcr.io/acme/web:1'],
      'error: sbom takes one image; got also "ghcr.io/acme/web:1"\n',
    ],
    [
      'a format it does not write',
      [IMAGE, '--format=xml'],
      'error: --format must be one of cyclonedx, spdx; got "xml"\n',
    ],
    [
      'an unknown flag, with the one meant',
      [IMAGE, '--formt', 'spdx'],
      'error: unknown flag --formt\n  hint: did you mean --format?\n',
    ],
    ['a flag without its value', [IMAGE, '--output'], 'error: flag --output needs a value\n'],
  ])('%s', async (_case, argv, message) => {
    expect(await cli(argv)).toEqual({ code: EXIT_USAGE, stderr: message });
  });
});
