import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BuildRequest } from '../../../src/builders/model.js';
import { validateBuildRequest, type ValidatedBuild } from '../../../src/builders/request.js';

/** A real context folder with a Dockerfile, and a validated build over it. */
export function validatedBuild(overrides: Partial<BuildRequest> = {}): ValidatedBuild {
  const context = mkdtempSync(join(tmpdir(), 'imprint-args-'));
  writeFileSync(join(context, 'Dockerfile'), 'FROM scratch\n');
  return validateBuildRequest({
    context,
    tags: ['127.0.0.1:5000/team/app:1', '127.0.0.1:5000/team/app:latest'],
    platforms: [],
    buildArgs: {},
    labels: {},
    push: true,
    tempRoot: tmpdir(),
    ...overrides,
  });
}
