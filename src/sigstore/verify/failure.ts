/**
 * Turns what sigstore-js throws into one VERIFY_FAILED that names the check that failed
 * (chain, SCT, inclusion proof, checkpoint, SET, signature, …) and how to act on it.
 */
import { ValidationError } from '@sigstore/bundle';
import { PolicyError, VerificationError } from '@sigstore/verify';
import { ImprintError, messageOf } from '../../errors.js';

interface Area {
  what: string;
  hint: string;
}

const ROOT_HINT =
  'make sure the trusted root belongs to the Sigstore instance that signed (public-good, GitHub, or your own)';

const AREAS: Record<string, Area> = {
  CERTIFICATE_ERROR: { what: 'certificate chain', hint: ROOT_HINT },
  SCT: { what: 'certificate transparency (SCT)', hint: ROOT_HINT },
  CHECKPOINT: { what: 'transparency log checkpoint', hint: ROOT_HINT },
  TLOG_INCLUSION_PROOF_ERROR: { what: 'transparency log inclusion proof', hint: ROOT_HINT },
  TLOG_INCLUSION_PROMISE_ERROR: {
    what: 'transparency log signed entry timestamp (SET)',
    hint: ROOT_HINT,
  },
  TLOG_MISSING_INCLUSION_ERROR: {
    what: 'transparency log inclusion',
    hint: 'the bundle carries neither an inclusion proof nor a signed entry timestamp',
  },
  TLOG_BODY_ERROR: {
    what: 'transparency log entry',
    hint: 'the log entry does not describe this signature; the bundle was altered or mixed up',
  },
  TLOG_ERROR: { what: 'transparency log', hint: 'sign with Rekor enabled, or relax requireTlog' },
  TIMESTAMP_ERROR: {
    what: 'timestamp',
    hint: 'a keyless signature needs a Rekor integrated time or an RFC 3161 timestamp from a trusted TSA',
  },
  SIGNATURE_ERROR: {
    what: 'signature',
    hint: 'the signature does not match the artifact: check that you verify the artifact that was signed',
  },
  PUBLIC_KEY_ERROR: {
    what: 'public key',
    hint: 'pass the public key the material was signed with (--key)',
  },
  UNTRUSTED_SIGNER_ERROR: { what: 'identity', hint: 'the signer identity differs from the policy' },
};

/** Library messages that read poorly after their area name. */
const DETAILS: Record<string, string> = {
  'signature verification failed':
    'it does not verify with the signing key or certificate (wrong key, or the signed content differs)',
};

/** Wraps any failure thrown while verifying; ImprintErrors pass through unchanged. */
export function verifyFailure(error: unknown): ImprintError {
  if (error instanceof ImprintError) return error;
  if (error instanceof ValidationError) {
    const fields = error.fields?.length ? ` (missing or invalid: ${error.fields.join(', ')})` : '';
    return new ImprintError('VERIFY_FAILED', `malformed bundle: ${error.message}${fields}`, {
      cause: error,
      hint: 'the file is not a valid Sigstore bundle (v0.1–v0.3); fetch it again from its source',
    });
  }
  if (error instanceof VerificationError || error instanceof PolicyError) {
    const area = areaOf(error.code, error.message);
    const detail = DETAILS[error.message] ?? error.message;
    const cause = error.cause === undefined ? '' : ` (${messageOf(error.cause)})`;
    return new ImprintError('VERIFY_FAILED', `${area.what}: ${detail}${cause}`, {
      cause: error,
      hint: area.hint,
    });
  }
  return new ImprintError('VERIFY_FAILED', `malformed bundle: ${messageOf(error)}`, {
    cause: error,
    hint: 'the file is not a valid Sigstore bundle; fetch it again from its source',
  });
}

function areaOf(code: string, message: string): Area {
  if (code === 'CERTIFICATE_ERROR' && /\bSCT/.test(message)) return AREAS.SCT as Area;
  if (code === 'TLOG_INCLUSION_PROOF_ERROR' && /checkpoint/i.test(message))
    return AREAS.CHECKPOINT as Area;
  return AREAS[code] ?? { what: 'verification', hint: ROOT_HINT };
}
