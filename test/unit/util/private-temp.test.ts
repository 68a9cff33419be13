import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { privateTempDir } from '../../../src/util/private-temp.js';

// Which root a job uses (RUNNER_TEMP, CI_BUILDS_DIR, the system's) is the CI platform's rule:
// test/unit/ci/platform.test.ts.
describe('privateTempDir', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'imprint-runner-temp-'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('makes a 0700 directory in the root it is given and removes it', () => {
    const dir = privateTempDir('imprint-test-', root);
    expect(dirname(dir.path)).toBe(root);
    expect(statSync(dir.path).mode & 0o777).toBe(0o700);
    dir.remove();
    expect(() => statSync(dir.path)).toThrow();
    dir.remove(); // safe to call again
  });
});
