/** The publish job summary: the result as the report model, plus paste-ready verify commands. */
import { renderPublishSummary } from '../report/publish-summary.js';
import { renderVerifyCommands } from '../report/verify-commands.js';
import { signingSummary } from './attest-outputs.js';
import type { PublishOptions } from './options.js';
import type { PublishResult } from './result.js';
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
    ...(result.scan && {
      scan:
        'skipped' in result.scan ? result.scan : scanSummary(result.scan, options.scan, attested),
    }),
  });
  return markdown + verifyCommandsMarkdown(options, result);
}

/** Commands to verify exactly this image, when it was signed. */
function verifyCommandsMarkdown(options: PublishOptions, result: PublishResult): string {
  if (!result.attested || !result.pinned || result.attested.heldBack) return '';
  const summary = signingSummary(result.attested);
  return (
    '\n' +
    renderVerifyCommands({
      imageRef: result.pinned.imageRef,
      signer:
        summary.signer.mode === 'key'
          ? { mode: 'key' }
          : { mode: 'keyless', identity: summary.signer.identity, issuer: summary.signer.issuer },
      sigstore: result.attested.session.endpoints.instance,
      predicateTypes: summary.attestations.map((attestation) => attestation.predicateType),
      attestationFormat: options.sign.attestationFormat,
      transparencyLog: result.attested.session.endpoints.rekorUrl !== undefined,
    })
  );
}
