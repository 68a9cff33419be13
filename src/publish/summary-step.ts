/** The publish job summary: the result as the report model, plus paste-ready verify commands. */
import { renderPublishSummary, type RepositorySummary } from '../report/publish-summary.js';
import { renderVerifyCommands } from '../report/verify-commands.js';
import { signingSummary } from './attest-outputs.js';
import type { PublishOptions } from './options.js';
import type { AttestResult } from './attest-step.js';
import { type PublishResult, publishedRepositories, type RepositoryResult } from './result.js';
import { sbomSummary } from './sbom-step.js';
import { scanSummary } from './scan-step.js';

export function publishSummary(options: PublishOptions, result: PublishResult): string {
  const attested = result.attested !== undefined;
  const markdown = renderPublishSummary({
    repository: result.repository,
    digest: result.pinned?.digest,
    imageRef: result.pinned?.imageRef,
    tags: result.tags,
    platformDigests: result.pinned?.platformDigests ?? {},
    builder: result.builder,
    pushed: result.pinned !== undefined,
    ...(result.attested && { signing: signingSummary(result.attested) }),
    ...(result.sboms && { sbom: sbomSummary(result.sboms, attested) }),
    ...(result.copies.length > 0 && { repositories: repositorySummaries(result) }),
    ...(result.scan && {
      scan:
        'skipped' in result.scan ? result.scan : scanSummary(result.scan, options.scan, attested),
    }),
  });
  const several = result.copies.length > 0;
  const commands = publishedRepositories(result).map((published) =>
    verifyCommandsMarkdown(
      options,
      published,
      several ? `Verify ${published.repository}` : undefined,
    ),
  );
  return markdown + commands.join('');
}

function repositorySummaries(result: PublishResult): RepositorySummary[] {
  return publishedRepositories(result).map((entry) => ({
    repository: entry.repository,
    imageRef: entry.pinned.imageRef,
    tags: entry.tags,
    signed: entry.attested !== undefined,
    ...evidenceCounts(entry.attested),
  }));
}

function evidenceCounts(
  attested: AttestResult | undefined,
): Pick<RepositorySummary, 'stored' | 'present' | 'rekorLogIndexes' | 'heldBack'> {
  const placements = attested?.placements ?? [];
  return {
    stored: placements.filter((placement) => placement.status === 'stored').length,
    present: placements.filter((placement) => placement.status !== 'stored').length,
    rekorLogIndexes: attested?.rekorLogIndexes ?? [],
    ...(attested?.heldBack && { heldBack: attested.heldBack.reason }),
  };
}

/** Commands to verify exactly this image in this repository, when it was signed there. */
function verifyCommandsMarkdown(
  options: PublishOptions,
  published: RepositoryResult,
  heading: string | undefined,
): string {
  const attested = published.attested;
  if (!attested || attested.heldBack) return '';
  const summary = signingSummary(attested);
  return (
    '\n' +
    renderVerifyCommands(
      {
        imageRef: published.pinned.imageRef,
        signer:
          summary.signer.mode === 'key'
            ? { mode: 'key' }
            : { mode: 'keyless', identity: summary.signer.identity, issuer: summary.signer.issuer },
        sigstore: attested.session.endpoints.instance,
        predicateTypes: summary.attestations.map((attestation) => attestation.predicateType),
        attestationFormat: options.sign.attestationFormat,
        transparencyLog: attested.session.endpoints.rekorUrl !== undefined,
      },
      heading,
    )
  );
}
