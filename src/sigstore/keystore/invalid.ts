/** The one error every key-reference parser throws: what is wrong, and the syntax that works. */
import { ImprintError } from '../../errors.js';

export function invalidReference(kind: string, problem: string, syntax: string): ImprintError {
  return new ImprintError('KEY_REFERENCE_INVALID', `The ${kind} key reference ${problem}.`, {
    hint: `write it as ${syntax}`,
  });
}
