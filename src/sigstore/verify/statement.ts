/**
 * in-toto statements inside DSSE envelopes: parsing, and the rule that an attestation counts
 * only for the artifact its subject names (POLICY.md, "Rules of evaluation").
 */
import { ImprintError } from '../../errors.js';

export interface StatementSubject {
  name?: string;
  digest: Record<string, string>;
}

export interface InTotoStatement {
  _type: string;
  subject: StatementSubject[];
  predicateType: string;
  predicate?: unknown;
}

/** Parses a DSSE payload of type application/vnd.in-toto+json. */
export function parseStatement(payload: Buffer): InTotoStatement {
  let json: unknown;
  try {
    json = JSON.parse(payload.toString('utf8'));
  } catch (error) {
    throw new ImprintError(
      'VERIFY_FAILED',
      'the DSSE payload is not JSON, so it is not an in-toto statement',
      {
        cause: error,
      },
    );
  }
  const statement = json as Partial<InTotoStatement> | null;
  if (
    typeof statement !== 'object' ||
    statement === null ||
    typeof statement._type !== 'string' ||
    typeof statement.predicateType !== 'string' ||
    !Array.isArray(statement.subject) ||
    !statement.subject.every(isSubject)
  ) {
    throw new ImprintError(
      'VERIFY_FAILED',
      'the DSSE payload is not an in-toto statement (it needs _type, predicateType and subject[].digest)',
    );
  }
  return statement as InTotoStatement;
}

/** Throws VERIFY_FAILED unless some subject carries `sha256Hex`. */
export function assertSubjectDigest(statement: InTotoStatement, sha256Hex: string): void {
  const wanted = sha256Hex.toLowerCase();
  if (statement.subject.some((subject) => subject.digest.sha256?.toLowerCase() === wanted)) return;
  const found =
    statement.subject.map((subject) => describeSubject(subject)).join(', ') || '(no subjects)';
  throw new ImprintError(
    'VERIFY_FAILED',
    `attestation subject does not match: expected sha256:${wanted}, found ${found}`,
    { hint: 'the attestation was made for a different artifact or image digest' },
  );
}

function describeSubject(subject: StatementSubject): string {
  const digest =
    subject.digest.sha256 === undefined
      ? JSON.stringify(subject.digest)
      : `sha256:${subject.digest.sha256}`;
  return subject.name ? `${subject.name}@${digest}` : digest;
}

function isSubject(value: unknown): value is StatementSubject {
  if (typeof value !== 'object' || value === null) return false;
  const digest = (value as { digest?: unknown }).digest;
  return (
    typeof digest === 'object' &&
    digest !== null &&
    Object.values(digest as Record<string, unknown>).every((item) => typeof item === 'string')
  );
}
