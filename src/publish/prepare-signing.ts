/**
 * Before the build: what signing needs is obtained and checked while failing is cheap — the
 * signer (OIDC token or key), the trust the read-back verifies with, and the provenance facts
 * (a missing CI variable fails before minutes are spent). `attestImage` (attest-step.ts) uses
 * the result after the pin.
 */
import { join } from 'node:path';
import { buildProvenance, type ProvenancePredicate } from '../attest/provenance.js';
import type { Logger } from '../ci/log.js';
import type { CiPlatform } from '../ci/platform.js';
import { type GitHubUploadPlan, planGitHubUpload } from './github-attestations-step.js';
import { inGroup } from './log-group.js';
import type { PublishOptions } from './options.js';
import { loadReadBackTrust, type ReadBackTrust } from './readback-step.js';
import { type ChosenSignOptions, chooseSigstore } from './sign-options.js';
import { openSigningSession, type SigningEnvironment, type SigningSession } from './sign-step.js';

export interface PreparedAttestation {
  options: ChosenSignOptions;
  /** GitHub's Attestations API: where the signed attestations go too, or why not. */
  github: GitHubUploadPlan;
  session: SigningSession;
  trust: ReadBackTrust;
  provenance?: ProvenancePredicate;
  environment: SigningEnvironment;
}

/** Undefined with sign: false: the image is then published unsigned, with no attestations. */
export async function prepareSigning(
  { sign: options, github }: Pick<PublishOptions, 'sign' | 'github'>,
  environment: SigningEnvironment,
  log: Logger,
): Promise<PreparedAttestation | undefined> {
  if (!options.enabled) {
    log.info(
      'sign: false — the image is published unsigned, with no attestations (SBOM and scan reports are only written to files)',
    );
    return undefined;
  }
  return inGroup(log, 'Prepare signing', () => {
    const chosen = chooseSigstore(options, environment.platform);
    log.info(`Sigstore instance: ${chosen.sigstore} (${chosen.sigstoreReason})`);
    return prepareAttestation(chosen, environment, log, github);
  });
}

export async function prepareAttestation(
  options: ChosenSignOptions,
  environment: SigningEnvironment,
  log: Logger,
  github: PublishOptions['github'] = { attestations: 'false' },
): Promise<PreparedAttestation> {
  // github-attestations: true without what it needs fails now, before the build.
  const githubPlan = planGitHubUpload(github, environment.platform);
  const session = await openSigningSession(options, environment, log);
  const trust = await loadReadBackTrust(
    options,
    { cachePath: join(environment.platform.tempRoot, 'imprint-tuf'), ...environment.githubRoot },
    session.publicKeyPem,
  );
  if (trust.warning !== undefined) log.warning(trust.warning);
  const provenance = provenanceFor(options, environment.platform, session, log);
  return {
    options,
    github: githubPlan,
    session,
    trust,
    environment,
    ...(provenance && { provenance }),
  };
}

/** Built now, before the build, so a missing CI variable fails before minutes are spent. */
function provenanceFor(
  options: ChosenSignOptions,
  platform: CiPlatform,
  session: SigningSession,
  log: Logger,
): ProvenancePredicate | undefined {
  if (!options.provenance) return undefined;
  if (platform.name === 'local' && !options.provenanceExplicit) {
    log.warning(
      'No provenance: this is not a CI run (neither GITHUB_ACTIONS nor GITLAB_CI is set), so there is no run to describe.',
    );
    return undefined;
  }
  return buildProvenance(platform.runFacts(), session.claims ? { claims: session.claims } : {});
}
