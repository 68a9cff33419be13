/** The `registry-ca-file` input: extra certificate authorities (PEM) for the registries. */
import { readFileSync } from 'node:fs';
import { ImprintError, messageOf } from '../errors.js';

export function readCaFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new ImprintError(
      'INPUT_INVALID',
      `registry-ca-file ${path} cannot be read: ${messageOf(error)}`,
      { cause: error, hint: 'give a PEM file of certificate authorities that this job can read' },
    );
  }
}
