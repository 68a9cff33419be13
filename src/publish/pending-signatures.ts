/**
 * The image signatures a publish holds until its gates pass, shown to the policy gate as a
 * verifier will see them once stored: what the registry holds, plus each held signature
 * verified by verify's own code, against the policy's trust, for the digest it signs. So a
 * policy that requires this run's signer can be judged BEFORE the signature is written, and a
 * failed gate leaves no image signature behind. Nothing is taken on trust from memory: a held
 * signature that does not verify counts for nothing, as it would in the registry.
 */
import { ImprintError } from '../errors.js';
import type { ImageEvidence } from '../policy/evidence.js';
import type { ImageReference } from '../registry/reference.js';
import { parseBundle, verifyParsedBundle } from '../sigstore/verify/index.js';
import { type SignedBy, verifyBundleBytes, verifyWith } from '../verify/bundles.js';
import { type Classified, classify, problem } from '../verify/classify.js';
import { add, oneLine } from '../verify/collected.js';
import type { EvidenceGatherer } from '../verify/evidence.js';
import type { TrustSet } from '../verify/trust.js';
import type { ToStore } from './store-step.js';

const LOCATION = 'held back by this publish until its gates pass';

export function withPendingSignatures(
  registry: EvidenceGatherer,
  pending: readonly ToStore[],
  trusts: TrustSet,
): EvidenceGatherer {
  return {
    async gather(reference: string, parsed: ImageReference): Promise<ImageEvidence> {
      const evidence = await registry.gather(reference, parsed);
      for (const subject of [evidence, ...(evidence.platforms ?? [])]) {
        for (const item of pending) {
          if (item.placement.subject.digest === subject.digest) add(subject, judged(item, trusts));
        }
      }
      return evidence;
    },
  };
}

function judged(item: ToStore, trusts: TrustSet): Classified {
  const { digest } = item.placement.subject;
  const { payload } = item.placement.job;
  try {
    const signedBy: SignedBy =
      payload.type === 'dsse'
        ? verifyBundleBytes(Buffer.from(JSON.stringify(item.bundle)), digest, trusts)
        : verifySimpleSigning(item, payload.bytes, trusts);
    const source = payload.type === 'dsse' ? 'referrer' : 'cosign-classic';
    return classify(signedBy, { subjectDigest: digest, source, location: LOCATION });
  } catch (error) {
    return problem('signature', undefined, { location: LOCATION }, oneLine(error));
  }
}

/** cosign v2's form: a message signature over the simple-signing payload, which names the digest. */
function verifySimpleSigning(item: ToStore, payload: Buffer, trusts: TrustSet): SignedBy {
  const named = (
    JSON.parse(payload.toString('utf8')) as {
      critical?: { image?: { 'docker-manifest-digest'?: string } };
    }
  ).critical?.image?.['docker-manifest-digest'];
  if (named !== item.placement.subject.digest) {
    throw new ImprintError(
      'VERIFY_FAILED',
      `the simple-signing payload names ${String(named)}, not ${item.placement.subject.digest}`,
    );
  }
  const bundle = parseBundle(item.bundle);
  // The signature over the payload verifies, and the payload names this digest: what makes a
  // message signature an image signature (cosign-classic.ts records it the same way).
  return verifyWith(bundle, trusts, (trust) => ({
    ...verifyParsedBundle(bundle, {
      trust,
      artifact: payload,
      requireTlog: false,
      requireTimestamp: false,
    }),
    simpleSigningDigest: named,
  }));
}
