import { ImprintError, isImprintError, messageOf } from '../../src/errors.js';

describe('ImprintError', () => {
  it('carries a code, a message and a hint', () => {
    const error = new ImprintError('REFERENCE_INVALID', 'bad ref', { hint: 'use host/repo:tag' });
    expect(error.code).toBe('REFERENCE_INVALID');
    expect(error.describe()).toBe('bad ref\n  hint: use host/repo:tag');
    expect(isImprintError(error, 'REFERENCE_INVALID')).toBe(true);
    expect(isImprintError(error, 'INTERNAL')).toBe(false);
  });

  it('describes foreign errors by their message', () => {
    expect(messageOf(new TypeError('boom'))).toBe('boom');
    expect(messageOf('text')).toBe('text');
  });
});
