import {
  backoffDelay,
  DEFAULT_RETRY_POLICY,
  describeNetworkError,
  isRetryableError,
  isRetryableStatus,
  parseRetryAfter,
  retryDelay,
} from '../../../src/registry/retry.js';

const policy = { attempts: 4, baseDelayMs: 100, maxDelayMs: 1000, maxRetryAfterMs: 5000 };

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-01-01T00:00:00Z');
  it.each([
    ['0', 0],
    ['7', 7000],
    [' 120 ', 120_000],
    ['Wed, 01 Jan 2025 00:00:30 GMT', 30_000],
    ['Tue, 31 Dec 2024 23:59:00 GMT', 0], // in the past: go now
  ])('%j → %d ms', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });

  it.each([null, undefined, '', '-5', '1.5', 'soon', '2025-13-45'])(
    '%j is not readable',
    (value) => {
      expect(parseRetryAfter(value, now)).toBeUndefined();
    },
  );
});

describe('backoffDelay (full jitter)', () => {
  it('stays within [0, min(max, base * 2^retry)) for any randomness', () => {
    for (const random of [0, 0.25, 0.999999]) {
      [100, 200, 400, 800, 1000, 1000].forEach((ceiling, retry) => {
        const delay = backoffDelay(retry, policy, () => random);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThan(ceiling);
      });
    }
    expect(backoffDelay(2, policy, () => 0.5)).toBe(200);
  });

  it('prefers the server’s Retry-After, capped', () => {
    expect(retryDelay(0, '3', policy, () => 0.5)).toBe(3000);
    expect(retryDelay(0, '3600', policy, () => 0.5)).toBe(5000);
    expect(retryDelay(1, undefined, policy, () => 0.5)).toBe(100);
  });

  it('defaults to 4 attempts', () => {
    expect(DEFAULT_RETRY_POLICY.attempts).toBe(4);
  });
});

describe('what is worth retrying', () => {
  it.each([
    [429, true],
    [408, true],
    [500, true],
    [502, true],
    [503, true],
    [504, true],
    [501, false],
    [400, false],
    [401, false],
    [403, false],
    [404, false],
  ])('HTTP %d → %s', (status, expected) => {
    expect(isRetryableStatus(status)).toBe(expected);
  });

  const withCode = (code: string, message = 'boom'): Error =>
    Object.assign(new Error(message), { code });
  it.each([
    ['ECONNREFUSED', true],
    ['ECONNRESET', true],
    ['ETIMEDOUT', true],
    ['UND_ERR_SOCKET', true],
    ['UND_ERR_CONNECT_TIMEOUT', true],
    ['UND_ERR_HEADERS_TIMEOUT', true],
    ['UND_ERR_INVALID_ARG', false],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', false],
    ['ENOTFOUND', false],
  ])('%s → %s', (code, expected) => {
    // undici's fetch wraps the socket error as `cause`: look through it.
    expect(isRetryableError(new TypeError('fetch failed', { cause: withCode(code) }))).toBe(
      expected,
    );
  });

  it('looks into AggregateErrors (happy eyeballs) and ignores errors without a code', () => {
    expect(isRetryableError(new AggregateError([withCode('ECONNREFUSED')]))).toBe(true);
    expect(isRetryableError(new Error('plain'))).toBe(false);
  });
});

describe('describeNetworkError', () => {
  it('names the code and the innermost message on one line', () => {
    const inner = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), {
      code: 'ECONNREFUSED',
    });
    expect(describeNetworkError(new TypeError('fetch failed', { cause: inner }))).toBe(
      'connect ECONNREFUSED 127.0.0.1:1',
    );
    const timeout = Object.assign(new Error('Headers Timeout Error'), {
      code: 'UND_ERR_HEADERS_TIMEOUT',
    });
    expect(describeNetworkError(timeout)).toBe('UND_ERR_HEADERS_TIMEOUT (Headers Timeout Error)');
  });

  it("reduces OpenSSL's error strings to their reason", () => {
    const tls = Object.assign(
      new Error(
        '40A8:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:../ssl/record.c:354:\n',
      ),
      { code: 'ERR_SSL_WRONG_VERSION_NUMBER' },
    );
    expect(describeNetworkError(tls)).toBe('ERR_SSL_WRONG_VERSION_NUMBER (wrong version number)');
  });
});
