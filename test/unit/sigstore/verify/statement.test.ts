import { assertSubjectDigest, parseStatement } from '../../../../src/sigstore/verify/statement.js';

const DIGEST = 'ab'.repeat(32);

function statement(subject: unknown): Buffer {
  return Buffer.from(
    JSON.stringify({
      _type: 'https://in-toto.io/Statement/v1',
      predicateType: 'https://slsa.dev/provenance/v1',
      subject,
    }),
  );
}

describe('in-toto statements', () => {
  it('parses a statement and finds the subject digest in any case', () => {
    const parsed = parseStatement(
      statement([{ name: 'app', digest: { sha256: DIGEST.toUpperCase() } }]),
    );
    expect(parsed.predicateType).toBe('https://slsa.dev/provenance/v1');
    expect(() => assertSubjectDigest(parsed, DIGEST)).not.toThrow();
  });

  it('lists what the subjects carry when the digest is not among them', () => {
    const parsed = parseStatement(
      statement([
        { name: 'app', digest: { sha256: 'cd'.repeat(32) } },
        { digest: { sha512: 'ef' } },
      ]),
    );
    expect(() => assertSubjectDigest(parsed, DIGEST)).toThrow(
      expect.objectContaining({
        code: 'VERIFY_FAILED',
        message: `attestation subject does not match: expected sha256:${DIGEST}, found app@sha256:${'cd'.repeat(32)}, {"sha512":"ef"}`,
      }),
    );
    expect(() => assertSubjectDigest(parseStatement(statement([])), DIGEST)).toThrow(
      'found (no subjects)',
    );
  });

  it('says when the payload is not a statement', () => {
    expect(() => parseStatement(Buffer.from('not json'))).toThrow(
      'the DSSE payload is not JSON, so it is not an in-toto statement',
    );
    expect(() => parseStatement(statement([{ name: 'app' }]))).toThrow(
      'the DSSE payload is not an in-toto statement (it needs _type, predicateType and subject[].digest)',
    );
    expect(() => parseStatement(Buffer.from('null'))).toThrow(
      expect.objectContaining({ code: 'VERIFY_FAILED' }),
    );
  });
});
