import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A build context with a Dockerfile that needs no base image (nothing can be pulled
 * here): FROM scratch, one COPY, and the build-arg X written into a label so a test can
 * read back the literal value that reached the build.
 */
export function scratchContext(dockerfile?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'imprint-build-context-'));
  writeFileSync(join(dir, 'hello.txt'), `hello from ${dir}\n`);
  writeFileSync(
    join(dir, 'Dockerfile'),
    dockerfile ?? 'FROM scratch\nARG X=unset\nLABEL x="$X"\nCOPY hello.txt /hello.txt\n',
  );
  return dir;
}

/** A repository name no other test uses. */
export function uniqueRepository(prefix: string): string {
  return `imprint-test/${prefix}-${Math.random().toString(36).slice(2, 10)}`;
}
