/** Identity regexes that could backtrack exponentially on a crafted SAN are refused at load. */
import { isImprintError } from '../../../src/errors.js';
import { parsePolicy, policyFromFlags } from '../../../src/policy/load.js';
import { findNestedQuantifier } from '../../../src/util/regexp-safety.js';

describe('findNestedQuantifier', () => {
  it.each([
    ['(a+)+', '(a+)+'],
    ['^(\\w*)*$', '(\\w*)*'],
    ['x(?:[a-z]+/)*y', '(?:[a-z]+/)*'],
    ['((ab)+c)+', '((ab)+c)+'],
    ['(a{2,})+', '(a{2,})+'],
    ['(a+){2,5}', '(a+){2,5}'],
    ['(?<name>a+)+?', '(?<name>a+)+?'],
    ['(a|b+)*', '(a|b+)*'],
  ])('finds the repeated repetition in %s', (source, group) => {
    expect(findNestedQuantifier(source)).toEqual({ group });
  });

  it.each([
    'https://github\\.com/acme/app/\\.github/workflows/release\\.yml@refs/tags/v.*',
    '(a+)?',
    '(a+){1}',
    '(abc)+',
    '[(a+)]+',
    '\\(a+\\)+',
    '(a?)b',
    'https://github\\.com/(acme|other)/.+',
    '(?:x{1,1})+',
  ])('accepts %s', (source) => {
    expect(findNestedQuantifier(source)).toBeUndefined();
  });
});

describe('at policy load', () => {
  function invalid(run: () => unknown): string {
    try {
      run();
    } catch (error) {
      if (isImprintError(error)) return `${error.code}: ${error.message}`;
      throw error;
    }
    throw new Error('expected an error');
  }

  it('names the signer entry and the group', () => {
    const text = `apiVersion: imprint/v1
kind: Policy
signers:
  - key: ./cosign.pub
  - issuer: https://token.actions.githubusercontent.com
    subjectRegExp: "https://github\\\\.com/(\\\\w+/?)+@refs/heads/main"
`;
    expect(invalid(() => parsePolicy(text))).toBe(
      'POLICY_INVALID: Invalid policy policy.yaml (1 problem):\n' +
        '  policy.yaml:6:20 signers[1].subjectRegExp: the group (\\w+/?)+ repeats something that itself repeats (nested quantifiers): against a crafted certificate SAN it can take exponential time; write it without a quantifier inside a quantified group',
    );
  });

  it('the quick-start flags are held to the same rule', () => {
    expect(
      invalid(() =>
        policyFromFlags({
          certificateIdentityRegexp: '(a*)*',
          certificateOidcIssuer: 'https://token.actions.githubusercontent.com',
        }),
      ),
    ).toContain('INPUT_INVALID: The verify flags do not make a valid policy: the group (a*)*');
  });
});
