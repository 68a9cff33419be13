/**
 * Mapping @sigstore/sign's errors. The HTTP and network failures are built the shape the library
 * builds them (HTTPError: statusCode + "(status) message"; FetchError: code), as stand-ins; the
 * integration suite meets the real ones from real servers.
 */
import { InternalError } from '@sigstore/sign';
import { ImprintError } from '../../../../src/errors.js';
import { toSigningError } from '../../../../src/sigstore/sign/errors.js';
import { PUBLIC_GOOD } from '../../../../src/sigstore/sign/endpoints.js';

const httpError = (status: number, message: string) =>
  Object.assign(new Error(`(${status}) ${message}`), { statusCode: status });
const networkError = (code: string) =>
  Object.assign(new Error(`request failed, reason: connect ${code}`), { code });

describe('toSigningError', () => {
  it('names Rekor, its URL, the HTTP status and the attempts for a 5xx', () => {
    const error = toSigningError(
      new InternalError({
        code: 'TLOG_CREATE_ENTRY_ERROR',
        message: 'x',
        cause: httpError(502, 'Bad Gateway'),
      }),
      PUBLIC_GOOD,
      4,
      [],
    );
    expect(error.code).toBe('SIGNING_FAILED');
    expect(error.describe()).toBe(
      'Rekor at https://rekor.sigstore.dev did not log the signature: HTTP 502 Bad Gateway (gave up after 4 attempts).\n' +
        '  hint: check that https://rekor.sigstore.dev is reachable from this runner and re-run; Sigstore posts outages at https://status.sigstore.dev',
    );
  });

  it('passes a 4xx on without retry talk, with a Fulcio-specific hint', () => {
    const error = toSigningError(
      new InternalError({
        code: 'CA_CREATE_SIGNING_CERTIFICATE_ERROR',
        message: 'x',
        cause: httpError(401, 'There was an error processing the identity token'),
      }),
      PUBLIC_GOOD,
      4,
      [],
    );
    expect(error.message).toBe(
      'Fulcio at https://fulcio.sigstore.dev did not issue a signing certificate: HTTP 401 There was an error processing the identity token.',
    );
    expect(error.hint).toMatch(/audience "sigstore"/);
  });

  it('names the timestamp authority when it cannot be reached', () => {
    const error = toSigningError(
      new InternalError({
        code: 'TSA_CREATE_TIMESTAMP_ERROR',
        message: 'x',
        cause: networkError('ENOTFOUND'),
      }),
      { instance: 'github', tsaUrl: 'https://timestamp.githubapp.com' },
      2,
      [],
    );
    expect(error.message).toBe(
      'the timestamp authority at https://timestamp.githubapp.com did not timestamp the signature: unreachable (ENOTFOUND) (gave up after 2 attempts).',
    );
  });

  it('never lets a token through, and keeps imprint errors as they are', () => {
    const token = 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln';
    const leaky = new Error(`bad token ${token}`);
    const mapped = toSigningError(leaky, PUBLIC_GOOD, 1, [token]);
    expect(mapped.message).toBe('Signing failed: bad token ***');
    const parse = toSigningError(
      new InternalError({
        code: 'IDENTITY_TOKEN_PARSE_ERROR',
        message: `invalid identity token: ${token}`,
      }),
      PUBLIC_GOOD,
      1,
      [],
    );
    expect(parse.code).toBe('IDENTITY_TOKEN_INVALID');
    expect(parse.message).not.toContain(token);
    const own = new ImprintError('IDENTITY_TOKEN_INVALID', 'expired');
    expect(toSigningError(own, PUBLIC_GOOD, 1, [])).toBe(own);
    const wrapped = new InternalError({
      code: 'IDENTITY_TOKEN_READ_ERROR',
      message: 'x',
      cause: own,
    });
    expect(toSigningError(wrapped, PUBLIC_GOOD, 1, [])).toBe(own);
  });
});
