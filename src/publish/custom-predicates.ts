/**
 * Attestations of the user's own predicates (`predicate-type` + `predicate-path`, as
 * actions/attest and `cosign attest --type` take them): any JSON predicate, signed, stored and
 * read back like the built-in ones, about the image itself. The inputs are checked when the
 * options are read and the files are read before anything is built, so a typo costs seconds,
 * not a build; the predicates are then handed to the attest step as requested attestations.
 */
import { open } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { predicateTypeProblem } from '../attest/predicate-types.js';
import { MAX_BUNDLE_BYTES } from '../attest/storage/oci.js';
import { ImprintError, messageOf } from '../errors.js';
import type { InputReader } from '../inputs/reader.js';
import { isJsonObject } from '../util/json.js';
import type { RequestedAttestation } from './requested-attestation.js';

/** One predicate the user asked to attest, as the inputs name it. */
export interface CustomPredicateInput {
  type: string;
  path: string;
}

export interface CustomPredicate extends CustomPredicateInput {
  predicate: Record<string, unknown>;
}

/**
 * A predicate travels base64-encoded (×4/3) in a DSSE envelope inside a bundle that also holds
 * a certificate and log proofs; a quarter of the bundle limit leaves room for all of it, so a
 * predicate accepted here is never refused by the read-back.
 */
export const MAX_PREDICATE_BYTES = MAX_BUNDLE_BYTES / 4;
const MIB = 1024 * 1024;

/** The pairs the inputs give, checked: as many types as paths, each type an absolute URI. */
export function readCustomPredicateInputs(inputs: InputReader): CustomPredicateInput[] {
  const types = entriesOf(inputs, 'predicate-type');
  const paths = entriesOf(inputs, 'predicate-path');
  if (types.length !== paths.length) {
    throw new ImprintError(
      'INPUT_INVALID',
      `inputs "predicate-type" and "predicate-path" pair up in order, but there are ${types.length} type(s) and ${paths.length} path(s)`,
      { hint: 'give one predicate-type for each predicate-path, in the same order' },
    );
  }
  return types.map((type, index) => {
    const problem = predicateTypeProblem(type);
    if (problem !== undefined) {
      throw new ImprintError('INPUT_INVALID', `input "predicate-type": ${problem}`, {
        hint: 'name the predicate by an absolute URI, as in-toto and cosign attest --type do, e.g. https://example.com/test-result/v1',
      });
    }
    return { type, path: paths[index]! };
  });
}

/**
 * One entry per line (a URI or a path may hold a comma), or a YAML list: `[a, b]` or `- a`
 * lines, which is also how a GitLab `array` input arrives.
 */
export function entriesOf(inputs: InputReader, name: string): string[] {
  const text = inputs.string(name);
  if (text === undefined) return [];
  if (!text.startsWith('[') && !text.startsWith('- ')) {
    return text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
  }
  let list: unknown;
  try {
    list = parseYaml(text);
  } catch (error) {
    throw new ImprintError(
      'INPUT_INVALID',
      `input "${name}" is not a YAML list: ${messageOf(error)}`,
    );
  }
  if (!Array.isArray(list) || !list.every((entry) => typeof entry === 'string' && entry.trim()))
    throw new ImprintError(
      'INPUT_INVALID',
      `input "${name}" must be a list of non-empty strings, one per line or as a YAML list`,
    );
  return list.map((entry: string) => entry.trim());
}

/** Reads each predicate file: JSON, an object (in-toto's predicate is one), within the limit. */
export async function loadCustomPredicates(
  inputs: readonly CustomPredicateInput[],
): Promise<CustomPredicate[]> {
  const loaded: CustomPredicate[] = [];
  for (const input of inputs) loaded.push({ ...input, predicate: await loadPredicate(input) });
  return loaded;
}

async function loadPredicate({
  type,
  path,
}: CustomPredicateInput): Promise<Record<string, unknown>> {
  const refuse = (what: string, hint: string) =>
    new ImprintError('INPUT_INVALID', `input "predicate-path": ${path} (${type}) ${what}`, {
      hint,
    });
  const text = await readTextWithin(path, MAX_PREDICATE_BYTES, refuse);
  let predicate: unknown;
  try {
    predicate = JSON.parse(text);
  } catch (error) {
    throw refuse(`is not JSON: ${messageOf(error)}`, 'a predicate is a JSON object');
  }
  if (!isJsonObject(predicate))
    throw refuse(
      `holds JSON but not an object (${Array.isArray(predicate) ? 'a list' : typeof predicate})`,
      'an in-toto predicate is a JSON object: wrap the value, e.g. {"results": [...]}',
    );
  return predicate;
}

/**
 * A file's text, refused by `refuse` when larger than `maxBytes` (checked before it is read
 * into memory) or unreadable.
 */
export async function readTextWithin(
  path: string,
  maxBytes: number,
  refuse: (what: string, hint: string) => ImprintError,
): Promise<string> {
  try {
    const file = await open(path, 'r');
    try {
      const { size } = await file.stat();
      if (size > maxBytes) {
        throw refuse(
          `is ${size} bytes, more than ${maxBytes / MIB} MiB, the limit for a predicate (its signed bundle must stay under ${MAX_BUNDLE_BYTES / MIB} MiB)`,
          'attest a smaller predicate: a summary, with the full document stored elsewhere and named by its digest',
        );
      }
      return await file.readFile('utf8');
    } finally {
      await file.close();
    }
  } catch (error) {
    if (error instanceof ImprintError) throw error;
    throw refuse(`cannot be read: ${messageOf(error)}`, 'pass the path of an existing JSON file');
  }
}

/** The predicates as attestations about the image (the index of a multi-platform image). */
export function customAttestations(
  predicates: readonly CustomPredicate[],
  imageDigest: string,
): RequestedAttestation[] {
  return predicates.map(({ type, predicate }, index) => ({
    predicateType: type,
    predicate,
    subjects: [imageDigest],
    // Names the bundle files: two custom predicates must not write the same one.
    kind: `custom-${index + 1}`,
  }));
}
