import {
  buildStatement,
  cosignSignStatement,
  imageSubject,
  repositoryOf,
  statementBytes,
} from '../../../src/attest/statement.js';
import { ImprintError } from '../../../src/errors.js';

const HEX = 'a'.repeat(64);

function failure(run: () => unknown): ImprintError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImprintError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('repositoryOf', () => {
  it.each([
    ['ghcr.io/acme/app:1.2.0', 'ghcr.io/acme/app'],
    ['ghcr.io/acme/app@sha256:' + HEX, 'ghcr.io/acme/app'],
    ['ghcr.io/acme/app:1.2.0@sha256:' + HEX, 'ghcr.io/acme/app'],
    ['localhost:5000/app:latest', 'localhost:5000/app'],
    ['localhost:5000/app', 'localhost:5000/app'],
    ['registry.gitlab.com/g/sub/p', 'registry.gitlab.com/g/sub/p'],
  ])('%s → %s', (reference, repository) => {
    expect(repositoryOf(reference)).toBe(repository);
  });

  it('refuses a reference with no repository', () => {
    const error = failure(() => repositoryOf(':tag'));
    expect(error.code).toBe('REFERENCE_INVALID');
    expect(error.message).toBe('":tag" does not name a repository.');
  });
});

describe('buildStatement', () => {
  it('builds an in-toto v1 statement about the image (repository without tag, digest hex)', () => {
    const statement = buildStatement({
      subjects: [imageSubject('ghcr.io/acme/app:1.2.0', `sha256:${HEX}`)],
      predicateType: 'https://cyclonedx.org/bom',
      predicate: { bomFormat: 'CycloneDX' },
    });
    expect(statement).toEqual({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'ghcr.io/acme/app', digest: { sha256: HEX } }],
      predicateType: 'https://cyclonedx.org/bom',
      predicate: { bomFormat: 'CycloneDX' },
    });
    expect(statementBytes(statement).toString()).toBe(
      `{"_type":"https://in-toto.io/Statement/v1","subject":[{"name":"ghcr.io/acme/app","digest":{"sha256":"${HEX}"}}],"predicateType":"https://cyclonedx.org/bom","predicate":{"bomFormat":"CycloneDX"}}`,
    );
  });

  it('writes the v0.1 statement type cosign classic .att layers carry, on request', () => {
    const statement = buildStatement({
      subjects: [imageSubject('ghcr.io/acme/app', `sha256:${HEX}`)],
      predicateType: 'https://slsa.dev/provenance/v1',
      predicate: {},
      version: 'v0.1',
    });
    expect(statement._type).toBe('https://in-toto.io/Statement/v0.1');
  });

  it('refuses no subject, a predicate type that is not a URI, and a bad digest', () => {
    expect(
      failure(() => buildStatement({ subjects: [], predicateType: 'https://x', predicate: {} }))
        .message,
    ).toBe('An in-toto statement needs at least one subject.');
    expect(
      failure(() =>
        buildStatement({
          subjects: [imageSubject('a/b', `sha256:${HEX}`)],
          predicateType: 'cyclonedx',
          predicate: {},
        }),
      ).message,
    ).toBe('Predicate type "cyclonedx" is not a URI (e.g. https://slsa.dev/provenance/v1).');
    const digest = failure(() => imageSubject('a/b', 'sha256:ABC'));
    expect(digest.code).toBe('INPUT_INVALID');
    expect(digest.message).toBe(
      '"sha256:ABC" is not a manifest digest (expected sha256:<64 hex> or sha512:<128 hex>).',
    );
  });

  it('accepts sha512 digests', () => {
    expect(imageSubject('a/b', `sha512:${'b'.repeat(128)}`).digest).toEqual({
      sha512: 'b'.repeat(128),
    });
  });
});

describe('cosignSignStatement', () => {
  it('is field for field what cosign v3 sign writes: digest-only subject, {} annotations and predicate', () => {
    expect(statementBytes(cosignSignStatement(`sha256:${HEX}`)).toString()).toBe(
      `{"_type":"https://in-toto.io/Statement/v1","subject":[{"digest":{"sha256":"${HEX}"},"annotations":{}}],"predicateType":"https://sigstore.dev/cosign/sign/v1","predicate":{}}`,
    );
  });

  it('carries the -a annotations on the subject', () => {
    const statement = cosignSignStatement(`sha256:${HEX}`, { env: 'prod' });
    expect(statement.subject[0]?.annotations).toEqual({ env: 'prod' });
  });
});
