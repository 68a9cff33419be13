import {
  anchoredRegExp,
  assertIdentity,
  identityMatches,
  validateIdentityPolicy,
} from '../../../../src/sigstore/verify/identity.js';

const ISSUER = 'https://token.actions.githubusercontent.com';
const RELEASE = 'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.2.0';

describe('identity matching', () => {
  it('matches an exact subject and issuer', () => {
    expect(
      identityMatches({ issuer: ISSUER, subject: RELEASE }, { issuer: ISSUER, subject: RELEASE }),
    ).toBe(true);
  });

  it('does not treat an exact subject as a pattern or a prefix', () => {
    const policy = { issuer: ISSUER, subject: 'https://github.com/acme/app' };
    expect(identityMatches(policy, { issuer: ISSUER, subject: RELEASE })).toBe(false);
    // "." in an exact subject is a dot, not "any character".
    const dotted = { issuer: ISSUER, subject: 'https://github.com/acme/a.p' };
    expect(
      identityMatches(dotted, { issuer: ISSUER, subject: 'https://github.com/acme/app' }),
    ).toBe(false);
  });

  it('anchors subjectRegExp at both ends (the @sigstore/verify unanchored-regex trap)', () => {
    const policy = { issuer: ISSUER, subjectRegExp: 'https://github\\.com/acme/app/.+' };
    expect(identityMatches(policy, { issuer: ISSUER, subject: RELEASE })).toBe(true);
    expect(
      identityMatches(policy, { issuer: ISSUER, subject: `https://evil.example/?${RELEASE}` }),
    ).toBe(false);
    const short = { issuer: ISSUER, subjectRegExp: 'https://github\\.com/acme/app' };
    expect(identityMatches(short, { issuer: ISSUER, subject: RELEASE })).toBe(false);
  });

  it('keeps alternations inside the anchors', () => {
    expect(anchoredRegExp('a|b').test('xa')).toBe(false);
    expect(anchoredRegExp('a|b').test('b')).toBe(true);
  });

  it('rejects a different issuer even when the subject matches', () => {
    expect(
      identityMatches(
        { issuer: ISSUER, subject: RELEASE },
        { issuer: 'https://gitlab.com', subject: RELEASE },
      ),
    ).toBe(false);
  });

  it('says which identity was expected and which was found', () => {
    const other = 'https://github.com/acme/app/.github/workflows/build.yml@refs/heads/main';
    expect(() =>
      assertIdentity({ issuer: ISSUER, subject: RELEASE }, { issuer: ISSUER, subject: other }),
    ).toThrow(
      expect.objectContaining({
        code: 'VERIFY_FAILED',
        message: `expected identity ${RELEASE}, found ${other}`,
      }),
    );
  });

  it('says which issuer was expected and which was found', () => {
    expect(() =>
      assertIdentity(
        { issuer: ISSUER, subject: RELEASE },
        { issuer: 'https://gitlab.com', subject: RELEASE },
      ),
    ).toThrow(
      expect.objectContaining({
        code: 'VERIFY_FAILED',
        message: `expected issuer ${ISSUER}, found https://gitlab.com`,
      }),
    );
  });

  it('names the anchored pattern when a regex does not match', () => {
    expect(() =>
      assertIdentity({ issuer: ISSUER, subjectRegExp: 'x.*' }, { issuer: ISSUER, subject: 'y' }),
    ).toThrow('expected identity an identity matching ^(?:x.*)$, found y');
  });

  it('refuses a policy with both or neither subject forms, or no issuer', () => {
    expect(() =>
      validateIdentityPolicy({ issuer: ISSUER, subject: 'a', subjectRegExp: 'b' }),
    ).toThrow(
      expect.objectContaining({
        code: 'INPUT_CONFLICT',
        message: 'an identity needs exactly one of subject or subjectRegExp',
      }),
    );
    expect(() => validateIdentityPolicy({ issuer: ISSUER })).toThrow(
      expect.objectContaining({ code: 'INPUT_CONFLICT' }),
    );
    expect(() => validateIdentityPolicy({ issuer: '', subject: 'a' })).toThrow(
      expect.objectContaining({ code: 'INPUT_INVALID', message: 'an identity needs an issuer' }),
    );
  });

  it('reports an invalid regular expression as an input error', () => {
    expect(() => anchoredRegExp('(unclosed')).toThrow(
      expect.objectContaining({
        code: 'INPUT_INVALID',
        message: 'subjectRegExp "(unclosed" is not a valid regular expression',
      }),
    );
  });

  it('refuses a regular expression with nested quantifiers before it meets a SAN', () => {
    expect(() => anchoredRegExp('https://github\\.com/(\\w+-?)+')).toThrow(
      expect.objectContaining({
        code: 'INPUT_INVALID',
        message:
          'subjectRegExp "https://github\\\\.com/(\\\\w+-?)+" repeats something that itself repeats ((\\w+-?)+): against a crafted certificate SAN it can take exponential time',
      }),
    );
  });
});
