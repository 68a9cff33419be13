/**
 * What the verify engine hands to policy evaluation: for one image, everything it found
 * and cryptographically verified, plus what it could not verify and why. Evaluation is
 * pure over this data; nothing here is trusted that the engine did not verify.
 *
 * Times are RFC 3339 strings so evidence can be written to and read from a JSON report.
 */
import type { Claims } from './claims.js';

/** Where a signature or attestation was found in the registry. */
export type EvidenceSource =
  | 'referrer' // OCI 1.1 referrers API
  | 'referrers-tag' // the referrers tag schema fallback (sha256-<hex>)
  | 'cosign-classic' // sha256-<hex>.sig / .att tags
  | 'bundle-file' // a Sigstore bundle given on the command line
  | 'buildkit'; // a BuildKit attestation manifest, covered by a signature over its index

export interface KeylessIdentity {
  kind: 'keyless';
  /**
   * The OIDC issuer from the certificate (Fulcio extension .8, else .1). Absent when the
   * certificate names none: then no signer pattern matches it, not even `*` or `.*`.
   */
  issuer?: string;
  /** The certificate's SAN (URI, email or username); absent when it has none, as above. */
  subject?: string;
  /** Decoded Fulcio extensions, by their policy names. */
  claims: Claims;
}

export interface KeyIdentity {
  kind: 'key';
  /** The policy's `key` value (e.g. `./cosign.pub`) the signature verified against. */
  keyRef: string;
  /** Hex SHA-256 of the DER public key, for messages. */
  keyId?: string;
}

export type SignerIdentity = KeylessIdentity | KeyIdentity;

/** How a signature's time was proven (both may be true). */
export interface Proofs {
  /** A transparency-log (Rekor) inclusion proof verified against the trusted root. */
  tlogProven: boolean;
  /** An RFC 3161 timestamp verified against a trusted TSA. */
  timestampProven: boolean;
  /** The time the proof vouches for (integrated time or TSA time). */
  signedAt?: string | undefined;
}

export interface VerifiedSignature extends Proofs {
  signer: SignerIdentity;
  /** The manifest digest the signature covers (sha256:…). */
  signedDigest: string;
  source: EvidenceSource;
  /** Where it was read: the referrer manifest digest or the classic tag. */
  location?: string;
}

export interface VerifiedAttestation extends Proofs {
  predicateType: string;
  /** The in-toto predicate, as JSON. */
  predicate: unknown;
  signer: SignerIdentity;
  /** The statement's subject digests (sha256:…). */
  subjectDigests: string[];
  source: EvidenceSource;
  location?: string;
}

/** Something the engine found but could not verify, or could not look at. */
export interface EvidenceProblem {
  subject: 'image' | 'signature' | 'attestation' | 'registry' | 'trust';
  /** What it concerned: a referrer digest, a tag, a predicate type. */
  about?: string;
  /** Why, in words a person can act on (e.g. "certificate chain does not verify against the trusted root"). */
  reason: string;
  /**
   * True when evaluation cannot be trusted without it (the registry could not be read,
   * the trusted root is unusable): the verdict fails, fail-closed.
   */
  fatal: boolean;
}

export interface ImageEvidence {
  /** The reference as the user or the manifest wrote it. */
  reference: string;
  /** Normalised registry/repository (docker.io/library/nginx). */
  name: string;
  tag?: string;
  /** The resolved manifest (or index) digest; undefined when it could not be resolved. */
  digest?: string | undefined;
  /** Whether the reference as written pinned a digest. */
  referencedByDigest: boolean;
  /** os/arch[/variant] when this evidence is for one platform manifest of an index. */
  platform?: string;
  signatures: VerifiedSignature[];
  attestations: VerifiedAttestation[];
  problems: EvidenceProblem[];
  /** Per-platform evidence of a multi-platform index; each is evaluated and reported. */
  platforms?: ImageEvidence[];
}
