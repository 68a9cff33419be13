/**
 * The shipped bundle's conformance door: `node dist/cli.js conformance verify-bundle …` gives
 * the expected exit code for every sigstore-conformance case, as the suite would drive it.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { argsFor, cases } from '../sigstore/conformance-cases.js';

const run = promisify(execFile);

async function exitCode(args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await run(process.execPath, ['dist/cli.js', 'conformance', ...args]);
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

describe('imprint conformance verify-bundle (dist/cli.js)', () => {
  it.each(cases)('%s', async (name) => {
    const { code, output } = await exitCode(argsFor(name));
    expect({ name, code }).toEqual({ name, code: name.endsWith('_fail') ? 1 : 0 });
    expect(output.trim()).not.toBe('');
  });

  it('refuses an unknown verb with exit code 2', async () => {
    const { code, output } = await exitCode(['sign-bundle']);
    expect(code).toBe(2);
    expect(output).toContain('unknown conformance verb "sign-bundle"');
  });
});
