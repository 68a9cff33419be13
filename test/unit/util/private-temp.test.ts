import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { privateTempDir, privateTempRoot } from '../../../src/util/private-temp.js';

describe('privateTempRoot', () => {
  let runnerTemp: string;
  beforeAll(() => {
    runnerTemp = mkdtempSync(join(tmpdir(), 'imprint-runner-temp-'));
  });
  afterAll(() => rmSync(runnerTemp, { recursive: true, force: true }));

  it('takes the CI job space that exists, RUNNER_TEMP first', () => {
    expect(privateTempRoot({ RUNNER_TEMP: runnerTemp, CI_BUILDS_DIR: '/' })).toBe(runnerTemp);
    expect(privateTempRoot({ CI_BUILDS_DIR: runnerTemp })).toBe(runnerTemp);
  });

  it('falls back to the system temp directory when the named space is not there', () => {
    // gitlab-ci-local's shell executor sets CI_BUILDS_DIR=/builds without creating it.
    expect(privateTempRoot({ CI_BUILDS_DIR: join(runnerTemp, 'missing') })).toBe(tmpdir());
    expect(privateTempRoot({})).toBe(tmpdir());
  });

  it('makes a 0700 directory there and removes it', () => {
    const dir = privateTempDir('imprint-test-', { CI_BUILDS_DIR: join(runnerTemp, 'missing') });
    expect(dir.path.startsWith(tmpdir())).toBe(true);
    expect(statSync(dir.path).mode & 0o777).toBe(0o700);
    dir.remove();
    expect(() => statSync(dir.path)).toThrow();
  });
});
