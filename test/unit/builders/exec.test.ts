import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  commandSucceeds,
  maskSecrets,
  outputTail,
  runCommand,
  STDERR_TAIL_LINES,
} from '../../../src/builders/exec.js';
import { ImprintError } from '../../../src/errors.js';
import { recordingLog } from './log-recorder.js';

const NODE = process.execPath;

/** Runs a real node process with a script; every test here spawns for real. */
function node(script: string, extra: string[] = []): [string, string[]] {
  return [NODE, ['-e', script, ...extra]];
}

describe('runCommand', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'imprint-exec-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('streams stdout and stderr lines to the log and returns the exit code and stdout', async () => {
    const log = recordingLog();
    const [command, args] = node(
      'console.log("out one\\nout two"); console.error("err one"); process.exit(3)',
    );
    const result = await runCommand(command, args, { log });
    expect(result.exitCode).toBe(3);
    expect(result.stdout).toBe('out one\nout two');
    expect(result.stderrTail).toEqual(['err one']);
    expect(log.infos).toEqual(expect.arrayContaining(['out one', 'out two', 'err one']));
    expect(log.infos[0]).toMatch(/^\$ .*node -e /);
  });

  it('passes shell metacharacters literally and never runs them', async () => {
    const marker = join(dir, 'pwned');
    const hostile = [
      `$(touch ${marker})`,
      `; touch ${marker}`,
      `\`touch ${marker}\``,
      `| touch ${marker} &&`,
    ];
    const [command, args] = node('console.log(JSON.stringify(process.argv.slice(1)))', hostile);
    const result = await runCommand(command, args, { log: recordingLog() });
    expect(JSON.parse(result.stdout)).toEqual(hostile);
    expect(existsSync(marker)).toBe(false);
  });

  it('writes the input to stdin', async () => {
    const [command, args] = node(
      'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log("got:"+s))',
    );
    const result = await runCommand(command, args, { log: recordingLog(), input: 'pass word' });
    expect(result.stdout).toBe('got:pass word');
  });

  it('masks secrets in logged lines, the echoed command, stdout and the stderr tail', async () => {
    const log = recordingLog();
    const [command, args] = node(
      'console.log("token=" + process.argv[1]); console.error("bad " + process.argv[1])',
      ['hunter2-secret'],
    );
    const result = await runCommand(command, args, { log, secrets: ['hunter2-secret'] });
    expect(log.all()).not.toContain('hunter2-secret');
    expect(log.all()).toContain('token=***');
    expect(result.stdout).toBe('token=***');
    expect(result.stderrTail).toEqual(['bad ***']);
  });

  it(`keeps only the last ${STDERR_TAIL_LINES} stderr lines`, async () => {
    const [command, args] = node('for (let i = 1; i <= 120; i++) console.error("line " + i)');
    const result = await runCommand(command, args, { log: recordingLog(), streamOutput: false });
    expect(result.stderrTail).toHaveLength(STDERR_TAIL_LINES);
    expect(result.stderrTail[0]).toBe(`line ${120 - STDERR_TAIL_LINES + 1}`);
    expect(result.stderrTail.at(-1)).toBe('line 120');
  });

  it('sets and removes environment variables', async () => {
    process.env.IMPRINT_EXEC_TEST_REMOVE = 'present';
    try {
      const [command, args] = node(
        'console.log(process.env.IMPRINT_A + "|" + process.env.IMPRINT_EXEC_TEST_REMOVE)',
      );
      const result = await runCommand(command, args, {
        log: recordingLog(),
        env: { IMPRINT_A: 'set', IMPRINT_EXEC_TEST_REMOVE: undefined },
      });
      expect(result.stdout).toBe('set|undefined');
    } finally {
      delete process.env.IMPRINT_EXEC_TEST_REMOVE;
    }
  });

  it('logs nothing when streaming is off', async () => {
    const log = recordingLog();
    const [command, args] = node('console.log("quiet")');
    const result = await runCommand(command, args, { log, streamOutput: false });
    expect(result.stdout).toBe('quiet');
    expect(log.infos).toEqual([]);
  });

  it('fails with BUILDER_UNAVAILABLE naming a command that is not installed', async () => {
    const run = runCommand('imprint-no-such-tool', ['x'], { log: recordingLog() });
    await expect(run).rejects.toThrow(ImprintError);
    await expect(run).rejects.toMatchObject({
      code: 'BUILDER_UNAVAILABLE',
      message: '`imprint-no-such-tool` is not installed or not on PATH',
    });
  });
});

describe('commandSucceeds', () => {
  it('is true for exit 0, false for a failure or a missing binary', async () => {
    expect(await commandSucceeds(NODE, ['-e', ''])).toBe(true);
    expect(await commandSucceeds(NODE, ['-e', 'process.exit(1)'])).toBe(false);
    expect(await commandSucceeds('imprint-no-such-tool', [])).toBe(false);
  });
});

describe('maskSecrets', () => {
  it('masks every occurrence, longest secret first', () => {
    expect(maskSecrets('a=abc b=abcdef c=abc', ['abc', 'abcdef'])).toBe('a=*** b=*** c=***');
  });
  it('ignores empty secrets', () => {
    expect(maskSecrets('text', [''])).toBe('text');
  });
});

describe('outputTail', () => {
  it('uses stderr, else the end of stdout, without blank lines', () => {
    expect(outputTail({ exitCode: 1, stdout: 'x', stderrTail: ['e1', '', 'e2'] })).toBe('e1\ne2');
    expect(outputTail({ exitCode: 1, stdout: 'a\nb\n\nc', stderrTail: [] }, 2)).toBe('b\nc');
  });
});
