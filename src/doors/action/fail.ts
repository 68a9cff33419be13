/** How an Action door fails its step: one ::error:: line, and the exit code of the one policy. */
import * as core from '@actions/core';
import { messageOf } from '../../errors.js';
import { exitCodeOfError } from '../exit-codes.js';

export function failStep(error: unknown): void {
  core.setFailed(messageOf(error));
  // setFailed exits 1; a bad input exits 2, as on the command line.
  process.exitCode = exitCodeOfError(error);
}
