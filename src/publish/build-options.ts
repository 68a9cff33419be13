/**
 * The build inputs of a real pipeline (caches, secrets, ssh, pull, no-cache, annotations,
 * named contexts, BuildKit's own attestations) → the builder's BuildInputs. Pure: malformed
 * secrets fail here, before any registry is asked, with messages that never repeat a value.
 */
import type { BuildInputs } from '../builders/model.js';
import { combineSecrets, parseSecretFiles, parseSecrets } from '../builders/secrets.js';
import type { InputReader } from '../inputs/reader.js';
import type { InputSource } from '../inputs/spec.js';

export function readBuildInputs(inputs: InputReader): BuildInputs {
  const secrets = combineSecrets(
    parseSecrets(inputs.lines('secrets')),
    parseSecretFiles(inputs.map('secret-files')),
  );
  return {
    cacheFrom: inputs.lines('cache-from'),
    cacheTo: inputs.lines('cache-to'),
    secrets,
    ssh: inputs.lines('ssh'),
    pull: inputs.boolean('pull'),
    noCache: inputs.boolean('no-cache'),
    annotations: inputs.lines('annotations'),
    buildContexts: inputs.map('build-contexts'),
    buildkitAttestations: {
      provenance: inputs.withDefault('buildx-provenance'),
      sbom: inputs.boolean('buildx-sbom'),
    },
  };
}

/**
 * The values given inline in `secrets` (`ID=VALUE` lines), to mask before anything is logged.
 * Read leniently: a malformed line is reported by readBuildInputs, after masking.
 */
export function inlineBuildSecrets(source: InputSource): string[] {
  return (source('secrets') ?? '')
    .split('\n')
    .filter((line) => !line.trim().startsWith('id=') && line.includes('='))
    .map((line) => line.slice(line.indexOf('=') + 1).replace(/\r$/, ''))
    .filter((value) => value.trim() !== '');
}
