/** The publish step's outputs, from its result: the same names for the Action, GitLab and the CLI. */
import type { CiContext } from '../ci/context.js';
import { setAttestOutputs } from './attest-outputs.js';
import type { PublishResult } from './result.js';
import { evidenceRefs } from './sbom-step.js';

export function setPublishOutputs(result: PublishResult, context: CiContext): void {
  context.setOutput('digest', result.pinned?.digest ?? '');
  context.setOutput('image-ref', result.pinned?.imageRef ?? '');
  context.setOutput('platform-digests', JSON.stringify(result.pinned?.platformDigests ?? {}));
  context.setOutput('tags', result.tags.join('\n'));
  if (result.attested) setAttestOutputs(result.attested, result.repository, context);
  if (result.sboms) {
    context.setOutput('sbom-path', result.sboms.directory);
    // CycloneDX references first, then SPDX ones (sbom-format: spdx or both).
    const refs = ['sbom', 'sbom-spdx'].map((kind) =>
      evidenceRefs(result.attested, result.repository, kind),
    );
    context.setOutput('sbom-ref', refs.filter((text) => text !== '').join('\n'));
  }
  if (result.scan && !('skipped' in result.scan)) {
    context.setOutput('vuln-ref', evidenceRefs(result.attested, result.repository, 'vuln'));
    context.setOutput('vuln-report-path', result.scan.reports.reportPath);
    context.setOutput('vulnerability-counts', result.scan.countsJson);
  }
}
