/**
 * in-toto statements about an image: the subject is the repository (no tag) and the manifest
 * digest, as actions/attest and cosign write it. Pure: data in, data out.
 */
import { ImprintError } from '../errors.js';
import {
  IN_TOTO_STATEMENT_V01,
  IN_TOTO_STATEMENT_V1,
  PREDICATE_COSIGN_SIGN,
  PREDICATE_SLSA_V1,
} from './predicate-types.js';

export interface ResourceDescriptor {
  name?: string;
  digest: Record<string, string>;
  annotations?: Record<string, unknown>;
}

export interface Statement<P = unknown> {
  _type: string;
  subject: ResourceDescriptor[];
  predicateType: string;
  predicate: P;
}

export interface StatementOptions<P> {
  subjects: ResourceDescriptor[];
  predicateType: string;
  predicate: P;
  /** `v1` (default) or `v0.1` for cosign classic `.att` layers. */
  version?: 'v1' | 'v0.1';
}

const DIGEST = /^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;
const URI = /^[a-z][a-z0-9+.-]*:\S+$/i;

export function buildStatement<P>(options: StatementOptions<P>): Statement<P> {
  if (options.subjects.length === 0) {
    throw new ImprintError('INPUT_INVALID', 'An in-toto statement needs at least one subject.');
  }
  if (!URI.test(options.predicateType)) {
    throw new ImprintError(
      'INPUT_INVALID',
      `Predicate type "${options.predicateType}" is not a URI (e.g. ${PREDICATE_SLSA_V1}).`,
    );
  }
  return {
    _type: options.version === 'v0.1' ? IN_TOTO_STATEMENT_V01 : IN_TOTO_STATEMENT_V1,
    subject: options.subjects,
    predicateType: options.predicateType,
    predicate: options.predicate,
  };
}

/** `{name: <repository without tag or digest>, digest: {sha256: <hex>}}`. */
export function imageSubject(image: string, digest: string): ResourceDescriptor {
  return { name: repositoryOf(image), digest: digestMap(digest) };
}

/**
 * cosign v3's image signature statement, field for field as `cosign sign` builds it: the subject
 * has the digest (and the `-a` annotations, `{}` when none) but no name; the predicate is `{}`.
 */
export function cosignSignStatement(
  digest: string,
  annotations: Record<string, unknown> = {},
): Statement<Record<string, never>> {
  return {
    _type: IN_TOTO_STATEMENT_V1,
    subject: [{ digest: digestMap(digest), annotations }],
    predicateType: PREDICATE_COSIGN_SIGN,
    predicate: {},
  };
}

/** The DSSE payload bytes. */
export function statementBytes(statement: Statement): Buffer {
  return Buffer.from(JSON.stringify(statement));
}

/** `registry[:port]/path[:tag][@digest]` → `registry[:port]/path`. */
export function repositoryOf(reference: string): string {
  const withoutDigest = reference.split('@')[0]!;
  const lastSlash = withoutDigest.lastIndexOf('/');
  const tagColon = withoutDigest.indexOf(':', lastSlash + 1);
  const repository = tagColon === -1 ? withoutDigest : withoutDigest.slice(0, tagColon);
  if (repository === '' || repository.endsWith('/')) {
    throw new ImprintError('REFERENCE_INVALID', `"${reference}" does not name a repository.`, {
      hint: 'write it as registry/path, e.g. ghcr.io/acme/app',
    });
  }
  return repository;
}

function digestMap(digest: string): Record<string, string> {
  if (!DIGEST.test(digest)) {
    throw new ImprintError(
      'INPUT_INVALID',
      `"${digest}" is not a manifest digest (expected sha256:<64 hex> or sha512:<128 hex>).`,
    );
  }
  const [algorithm, hex] = digest.split(':') as [string, string];
  return { [algorithm]: hex };
}
