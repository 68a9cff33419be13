/**
 * Fulcio certificate extensions by the names the policy file uses for them
 * (sigstore/fulcio docs/oid-info.md). Values of .8 and above are DER UTF8Strings; the
 * verify engine decodes them before they reach the policy.
 */

const FULCIO_ARC = '1.3.6.1.4.1.57264.1';

const FULCIO_CLAIM_OIDS = {
  buildSignerURI: `${FULCIO_ARC}.9`,
  buildSignerDigest: `${FULCIO_ARC}.10`,
  runnerEnvironment: `${FULCIO_ARC}.11`,
  sourceRepositoryURI: `${FULCIO_ARC}.12`,
  sourceRepositoryDigest: `${FULCIO_ARC}.13`,
  sourceRepositoryRef: `${FULCIO_ARC}.14`,
  sourceRepositoryIdentifier: `${FULCIO_ARC}.15`,
  sourceRepositoryOwnerURI: `${FULCIO_ARC}.16`,
  sourceRepositoryOwnerIdentifier: `${FULCIO_ARC}.17`,
  buildConfigURI: `${FULCIO_ARC}.18`,
  buildConfigDigest: `${FULCIO_ARC}.19`,
  buildTrigger: `${FULCIO_ARC}.20`,
  runInvocationURI: `${FULCIO_ARC}.21`,
  sourceRepositoryVisibilityAtSigning: `${FULCIO_ARC}.22`,
  deploymentEnvironment: `${FULCIO_ARC}.23`,
  // Deprecated GitHub-only extensions (raw strings). Kyverno's additionalExtensions
  // knows only these, so they are the claims a ClusterPolicy can carry.
  githubWorkflowTrigger: `${FULCIO_ARC}.2`,
  githubWorkflowSha: `${FULCIO_ARC}.3`,
  githubWorkflowName: `${FULCIO_ARC}.4`,
  githubWorkflowRepository: `${FULCIO_ARC}.5`,
  githubWorkflowRef: `${FULCIO_ARC}.6`,
} as const;

export type ClaimName = keyof typeof FULCIO_CLAIM_OIDS;
export const CLAIM_NAMES = Object.keys(FULCIO_CLAIM_OIDS) as ClaimName[];

/** Short names people write; the parsed policy holds the Fulcio name. */
export const CLAIM_ALIASES: Readonly<Record<string, ClaimName>> = {
  sourceRef: 'sourceRepositoryRef',
};

export type Claims = Partial<Record<ClaimName, string>>;
