/**
 * Does a verified signer identity satisfy a policy signer, and if not, why not: the
 * first mismatch, in words ("subject …/build.yml@refs/heads/main does not match
 * …/release.yml@refs/tags/*").
 */
import type { ClaimName } from '../claims.js';
import type { Proofs, SignerIdentity } from '../evidence.js';
import { describeIdentity, identityPattern, matchesIdentity } from '../match.js';
import type { Policy, Signer } from '../schema.js';

export function signerMismatch(signer: Signer, identity: SignerIdentity): string | undefined {
  if (signer.key !== undefined) {
    if (identity.kind !== 'key') return `keyless signature, policy wants key ${signer.key}`;
    return identity.keyRef === signer.key
      ? undefined
      : `key ${describeKey(identity)}, policy wants ${signer.key}`;
  }
  if (identity.kind !== 'keyless')
    return `signed with key ${describeKey(identity)}, policy wants a keyless signer`;
  const issuer = identityPattern(signer.issuer, signer.issuerRegExp);
  if (identity.issuer === undefined) {
    return `the certificate names no OIDC issuer, policy wants ${describeIdentity(issuer)}`;
  }
  if (!matchesIdentity(issuer, identity.issuer)) {
    return `issuer ${identity.issuer} does not match ${describeIdentity(issuer)}`;
  }
  const subject = identityPattern(signer.subject, signer.subjectRegExp);
  if (identity.subject === undefined) {
    return `the certificate names no subject (SAN), policy wants ${describeIdentity(subject)}`;
  }
  if (!matchesIdentity(subject, identity.subject)) {
    return `subject ${identity.subject} does not match ${describeIdentity(subject)}`;
  }
  for (const [name, wanted] of Object.entries(signer.claims ?? {})) {
    const actual = identity.claims[name as ClaimName];
    if (actual === undefined)
      return `claim ${name} is absent from the certificate, policy wants ${wanted}`;
    if (!matchesIdentity(identityPattern(wanted), actual)) {
      return `claim ${name} is ${actual}, policy wants ${wanted}`;
    }
  }
  return undefined;
}

function describeKey(identity: { keyRef: string; keyId?: string }): string {
  return identity.keyId
    ? `${identity.keyRef} (key id ${identity.keyId.slice(0, 16)})`
    : identity.keyRef;
}

export function describeSignerIdentity(identity: SignerIdentity): string {
  return identity.kind === 'key'
    ? `signed with key ${describeKey(identity)}`
    : `signed by ${identity.subject ?? '(no subject in the certificate)'} (issuer ${identity.issuer ?? '(none in the certificate)'})`;
}

export function describeSigner(signer: Signer): string {
  if (signer.key !== undefined) return `key ${signer.key}`;
  const parts = [
    describeIdentity(identityPattern(signer.subject, signer.subjectRegExp)),
    `(issuer ${describeIdentity(identityPattern(signer.issuer, signer.issuerRegExp))}`,
  ];
  const claims = Object.entries(signer.claims ?? {}).map(([name, value]) => `${name}=${value}`);
  return `${parts.join(' ')}${claims.length > 0 ? `; ${claims.join(', ')}` : ''})`;
}

/** Why a signature's proofs fall short of `trust`, or undefined when they suffice. */
export function missingProof(proofs: Proofs, trust: Policy['trust']): string | undefined {
  if (trust.requireTlog && !proofs.tlogProven) {
    return 'no transparency-log inclusion proof (trust.requireTlog; signed with tlog-upload: false? accept that with --insecure-ignore-tlog, or trust.requireTlog: false in a policy file)';
  }
  if (trust.requireTimestamp && !proofs.timestampProven) {
    return 'no RFC 3161 timestamp (trust.requireTimestamp)';
  }
  return undefined;
}

/** Index of the first policy signer the identity satisfies. */
export function matchingSigner(signers: readonly Signer[], identity: SignerIdentity): number {
  return signers.findIndex((signer) => signerMismatch(signer, identity) === undefined);
}
