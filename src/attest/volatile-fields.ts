/**
 * The fields of a predicate that change on every run without changing what it attests: the
 * SBOM's serial number and timestamp; the scan's times, the run and the temporary files it
 * names, Trivy's report id and time; the provenance's run attempt and times. A re-run compares
 * predicates without them, so it recognises its own evidence. Pure.
 *
 * What stays compared is what a verifier judges: the SBOM's components; the scanner, its DB
 * version and its findings (a scan against a newer DB is a new scan); the provenance's build
 * definition and builder.
 */
import { isJsonObject } from '../util/json.js';
import {
  PREDICATE_CYCLONEDX,
  PREDICATE_SLSA_V1,
  PREDICATE_SPDX,
  PREDICATE_VULN,
} from './predicate-types.js';

/** Dotted paths to drop, per predicate type; `[]` stands for each element of an array. */
const VOLATILE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  [PREDICATE_CYCLONEDX]: ['serialNumber', 'metadata.timestamp'],
  [PREDICATE_SPDX]: ['documentNamespace', 'creationInfo.created'],
  // The invocation names the run and its temporary files (--output, the SBOM copy scanned);
  // Trivy names the artifact by that path too. What was found is in Results.
  [PREDICATE_VULN]: [
    'invocation',
    'metadata',
    'scanner.result.CreatedAt',
    'scanner.result.ReportID',
    'scanner.result.ArtifactName',
    'scanner.result.Results.[].Target',
  ],
  [PREDICATE_SLSA_V1]: ['runDetails.metadata'],
};

/** A copy of the predicate without its volatile fields (the predicate itself is not changed). */
export function withoutVolatileFields(predicateType: string, predicate: unknown): unknown {
  const paths = VOLATILE_FIELDS[predicateType];
  if (!paths || !isJsonObject(predicate)) return predicate;
  const copy = structuredClone(predicate);
  for (const path of paths) dropPath(copy, path.split('.'));
  return copy;
}

function dropPath(value: unknown, path: readonly string[]): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (head === '[]') {
    if (Array.isArray(value)) for (const element of value) dropPath(element, rest);
    return;
  }
  if (!isJsonObject(value)) return;
  if (rest.length === 0) delete value[head];
  else dropPath(value[head], rest);
}
