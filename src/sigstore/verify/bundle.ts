/**
 * Sigstore bundles (v0.1–v0.3, message signature or DSSE) as written by cosign v3, sigstore-js,
 * actions/attest and imprint itself: parse, normalise, verify.
 */
import {
  bundleFromJSON,
  BUNDLE_V01_MEDIA_TYPE,
  type Bundle,
  type TransparencyLogEntry,
} from '@sigstore/bundle';
import { ImprintError, messageOf } from '../../errors.js';
import { verifyFailure } from './failure.js';
import { verifyParsedBundle, type VerifiedSignature, type VerifyOptions } from './verifier.js';

/**
 * Verifies a bundle given as JSON text, bytes or an already parsed object.
 * Throws VERIFY_FAILED naming the check that failed.
 */
export function verifyBundle(bundleJson: unknown, options: VerifyOptions): VerifiedSignature {
  return verifyParsedBundle(parseBundle(bundleJson), options);
}

/** Parses and structurally validates a bundle; VERIFY_FAILED ("malformed bundle: …") if it is not one. */
export function parseBundle(bundleJson: unknown): Bundle {
  let json: unknown = bundleJson;
  if (typeof bundleJson === 'string' || Buffer.isBuffer(bundleJson)) {
    try {
      json = JSON.parse(bundleJson.toString());
    } catch (error) {
      throw new ImprintError(
        'VERIFY_FAILED',
        `malformed bundle: it is not JSON (${messageOf(error)})`,
        {
          cause: error,
          hint: 'the bundle file is truncated or not a Sigstore bundle; fetch it again',
        },
      );
    }
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new ImprintError('VERIFY_FAILED', 'malformed bundle: it is not a JSON object');
  }
  let bundle: Bundle;
  try {
    bundle = bundleFromJSON(json);
  } catch (error) {
    throw verifyFailure(error);
  }
  return dropUncheckpointedProofs(bundle);
}

/**
 * v0.1 bundles predate checkpoints: their inclusion proofs carry no signed tree head and so
 * prove nothing on their own. The signed entry timestamp, which v0.1 requires, proves inclusion;
 * the bare proof is dropped rather than handed to a verifier that cannot check it.
 */
function dropUncheckpointedProofs(bundle: Bundle): Bundle {
  if (bundle.mediaType !== BUNDLE_V01_MEDIA_TYPE) return bundle;
  const entries: TransparencyLogEntry[] = bundle.verificationMaterial.tlogEntries;
  const tlogEntries = entries.map((entry): TransparencyLogEntry => {
    if (entry.inclusionProof === undefined || entry.inclusionProof.checkpoint !== undefined)
      return entry;
    return { ...entry, inclusionProof: undefined };
  });
  return { ...bundle, verificationMaterial: { ...bundle.verificationMaterial, tlogEntries } };
}
