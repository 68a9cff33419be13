/** The publish step's outputs, from its result: the same names for the Action, GitLab and the CLI. */
import type { CiContext } from '../ci/context.js';
import { type AttestationRef, attestationRefs, setAttestOutputs } from './attest-outputs.js';
import { type PublishResult, publishedRepositories } from './result.js';
import { evidenceRefs } from './sbom-step.js';

export function setPublishOutputs(result: PublishResult, context: CiContext): void {
  context.setOutput('digest', result.pinned?.digest ?? '');
  context.setOutput('image-ref', result.pinned?.imageRef ?? '');
  context.setOutput('platform-digests', JSON.stringify(result.pinned?.platformDigests ?? {}));
  const allTags = [result.tags, ...result.copies.map((copy) => copy.tags)].flat();
  context.setOutput('tags', allTags.join('\n'));
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
  // Last: the longest, and the one GitLab's 5 KB dotenv report leaves out first (with a warning).
  context.setOutput('images', JSON.stringify(publishedImages(result)));
}

/** One entry of the `images` output: a repository the image is in, and its evidence there. */
interface PublishedImage {
  repository: string;
  reference: string;
  digest: string;
  tags: string[];
  attestations: AttestationRef[];
  bundlePath?: string;
}

/** Every repository the image is in, the first first; none when nothing was pushed. */
function publishedImages(result: PublishResult): PublishedImage[] {
  return publishedRepositories(result).map((entry) => ({
    repository: entry.repository,
    reference: entry.pinned.imageRef,
    digest: entry.pinned.digest,
    tags: entry.tags,
    attestations: entry.attested ? attestationRefs(entry.attested, entry.repository) : [],
    ...(entry.attested && { bundlePath: entry.attested.bundlePath }),
  }));
}
