/** What the sign/store/read-back step shows the world: step outputs and the summary model. */
import type { CiContext } from '../ci/context.js';
import type { AttestationSummary, SigningSummaryModel } from '../report/publish-summary.js';
import type { AttestResult } from './attest-step.js';
import type { GitHubUploadOutcome } from './github-attestations-step.js';

const STORED_AS: Record<string, AttestationSummary['storedAs']> = {
  referrer: 'referrer',
  'cosign-sig': '.sig tag',
  'cosign-att': '.att tag',
};

/** signature-ref, provenance-ref, bundle-path, rekor-log-indexes. */
export function setAttestOutputs(result: AttestResult, name: string, context: CiContext): void {
  context.setOutput('signature-ref', referenceOf(result, name, 'signature'));
  context.setOutput('provenance-ref', referenceOf(result, name, 'provenance'));
  context.setOutput('bundle-path', result.bundlePath);
  context.setOutput('rekor-log-indexes', JSON.stringify(result.rekorLogIndexes));
}

/** One signature or attestation of the image in a repository, as the `images` output lists it. */
export interface AttestationRef {
  kind: string;
  predicateType: string;
  /** `name@digest` of the referrer manifest, or of the cosign tag's manifest. */
  reference: string;
}

/**
 * The signatures and attestations of the image itself (the index of a multi-platform image),
 * in plan order: every kind of evidence is there, since a platform's is stored on the index
 * too. The platforms' own are left out to keep the output inside GitLab's 5 KB dotenv report.
 */
export function attestationRefs(result: AttestResult, name: string): AttestationRef[] {
  return result.placements
    .filter((placement) => placement.subject.digest === result.image.image.digest)
    .map((placement) => ({
      kind: placement.job.kind,
      predicateType: placement.job.predicateType,
      reference: `${name}@${placement.location.manifestDigest}`,
    }));
}

export function signingSummary(result: AttestResult): SigningSummaryModel {
  return {
    signer: signerOf(result),
    ...sourceOf(result),
    sigstore: result.session.endpoints.instance,
    sigstoreReason: result.session.sigstoreReason,
    ...githubAttestationsOf(result.github),
    rekorLogIndexes: result.rekorLogIndexes,
    witnesses: {
      log: result.session.endpoints.rekorUrl !== undefined,
      timestamp: result.session.endpoints.tsaUrl !== undefined,
    },
    attestations: result.placements.map((placement) => ({
      kind: placement.job.kind,
      predicateType: placement.job.predicateType,
      subject: placement.subject.platform ?? 'image',
      subjectDigest: placement.subject.digest,
      storedAs: STORED_AS[placement.job.storage]!,
      manifestDigest: placement.location.manifestDigest,
      status: placement.status === 'stored' ? 'stored' : 'already present',
    })),
    readBack: result.readBack,
    bundlePath: result.bundlePath,
    ...(result.heldBack && { heldBack: result.heldBack.reason }),
  };
}

function signerOf(result: AttestResult): SigningSummaryModel['signer'] {
  const { session, identity } = result;
  if (session.mode === 'key') return { mode: 'key', keyHint: session.keyHint ?? '' };
  // On a re-run that signed nothing, the read-back's certificates name the signer.
  const verified = 'signer' in result.readBack ? result.readBack.signer : undefined;
  const named = identity?.subject !== undefined ? identity : verified;
  return { mode: 'keyless', identity: named?.subject ?? '', issuer: named?.issuer ?? '' };
}

/** The workflow and commit the token names (GitHub: job_workflow_ref, sha; GitLab: ci_config_ref_uri, sha). */
function sourceOf(result: AttestResult): Pick<SigningSummaryModel, 'source'> {
  const claims = result.session.claims;
  if (!claims) return {};
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  const workflow =
    text(claims.job_workflow_ref) ?? text(claims.workflow_ref) ?? text(claims.ci_config_ref_uri);
  const commit = text(claims.sha);
  if (!workflow && !commit) return {};
  return { source: { ...(workflow && { workflow }), ...(commit && { commit }) } };
}

/** `name@digest` of the job of this kind on the image itself, bundle format first. */
function referenceOf(result: AttestResult, name: string, kind: string): string {
  const onImage = result.placements.filter(
    (p) => p.job.kind === kind && p.subject.digest === result.image.image.digest,
  );
  const best = onImage.find((p) => p.job.storage === 'referrer') ?? onImage[0];
  return best ? `${name}@${best.location.manifestDigest}` : '';
}

/** A summary row when an upload was made, failed, or was expected and skipped. */
function githubAttestationsOf(outcome: GitHubUploadOutcome): { githubAttestations?: string } {
  if ('uploaded' in outcome) {
    return {
      githubAttestations: `✅ ${outcome.uploaded.length} uploaded to the Attestations API (gh attestation verify finds them)`,
    };
  }
  if ('failed' in outcome) return { githubAttestations: `⚠️ not all uploaded: ${outcome.failed}` };
  return outcome.worthSaying ? { githubAttestations: `not uploaded: ${outcome.skipped}` } : {};
}
