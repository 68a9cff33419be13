/**
 * `count: N` means N different parties signed, each satisfying its own policy signer entry.
 * Signatures are first grouped by who made them (one key, or one keyless issuer + subject:
 * a copy of a signature, or a re-run of the same workflow, is the same party again), then
 * parties are matched to signer entries one to one (a maximum bipartite matching), so one
 * party never fills two entries, however the entries overlap. Pure.
 */
import type { SignerIdentity, VerifiedSignature } from '../evidence.js';
import type { Signer } from '../schema.js';
import { signerMismatch } from './identity.js';

export interface SignerMatching {
  /** Policy signer index → the identity that fills it, for the entries that are filled. */
  pairs: { signer: number; identity: SignerIdentity }[];
  /** How many distinct parties signed (whether or not they match). */
  parties: number;
}

export function matchSigners(
  signers: readonly Signer[],
  signatures: readonly VerifiedSignature[],
): SignerMatching {
  const parties = groupByParty(signatures);
  // fits[s] = the parties that satisfy signer entry s
  const fits = signers.map((signer) =>
    parties.flatMap((party, p) =>
      party.some((signature) => signerMismatch(signer, signature.signer) === undefined) ? [p] : [],
    ),
  );
  const owner = maximumMatching(fits, parties.length);
  const pairs = owner.flatMap((signer, party) =>
    signer === undefined ? [] : [{ signer, identity: parties[party]![0]!.signer }],
  );
  pairs.sort((a, b) => a.signer - b.signer);
  return { pairs, parties: parties.length };
}

/** Who a signature is: the key (by key id), or the keyless issuer and subject. */
function partyOf(identity: SignerIdentity): string {
  return identity.kind === 'key'
    ? `key\n${identity.keyId ?? identity.keyRef}`
    : `keyless\n${identity.issuer ?? ''}\n${identity.subject ?? ''}`;
}

function groupByParty(signatures: readonly VerifiedSignature[]): VerifiedSignature[][] {
  const groups = new Map<string, VerifiedSignature[]>();
  for (const signature of signatures) {
    const key = partyOf(signature.signer);
    groups.set(key, [...(groups.get(key) ?? []), signature]);
  }
  return [...groups.values()];
}

/**
 * Kuhn's augmenting paths: `fits[left]` lists the right nodes it may take; returns, for each
 * right node, the left node matched to it. Policies list a handful of signers: O(V·E) is nothing.
 */
function maximumMatching(fits: number[][], rightCount: number): (number | undefined)[] {
  const owner: (number | undefined)[] = new Array<number | undefined>(rightCount).fill(undefined);
  const augment = (left: number, seen: Set<number>): boolean => {
    for (const right of fits[left] ?? []) {
      if (seen.has(right)) continue;
      seen.add(right);
      const current = owner[right];
      if (current === undefined || augment(current, seen)) {
        owner[right] = left;
        return true;
      }
    }
    return false;
  };
  fits.forEach((_, left) => augment(left, new Set()));
  return owner;
}
