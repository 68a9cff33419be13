import { chooseInstance } from '../../../../src/sigstore/sign/index.js';

describe('chooseInstance (sigstore: auto, as actions/attest decides)', () => {
  it('keeps an instance set by the input, whatever the visibility', () => {
    expect(chooseInstance('public-good', 'github', { visibility: 'private' })).toEqual({
      instance: 'public-good',
      reason: 'set by the sigstore input',
    });
    expect(chooseInstance('github', 'local', undefined).instance).toBe('github');
  });

  it('uses public-good for a public repository on GitHub', () => {
    expect(chooseInstance('auto', 'github', { visibility: 'public' })).toEqual({
      instance: 'public-good',
      reason:
        'sigstore: auto and the repository is public: Fulcio and Rekor of the public-good instance',
    });
  });

  it.each(['private', 'internal'] as const)(
    "uses GitHub's instance (no Rekor) for an %s repository",
    (visibility) => {
      expect(chooseInstance('auto', 'github', { visibility })).toEqual({
        instance: 'github',
        reason: `sigstore: auto and the repository is ${visibility}: GitHub's Fulcio and timestamp authority, no transparency log, so the repository's name never reaches the public Rekor`,
      });
    },
  );

  it("fails closed to GitHub's instance when the visibility cannot be read, saying why", () => {
    expect(
      chooseInstance('auto', 'github', { unreadable: 'GITHUB_EVENT_PATH is not set' }),
    ).toEqual({
      instance: 'github',
      reason:
        "sigstore: auto could not read the repository's visibility (GITHUB_EVENT_PATH is not set), so it signs with GitHub's instance, which keeps the repository's name out of the public transparency log; set sigstore: public-good if the repository is public",
    });
  });

  it.each(['gitlab', 'local'] as const)('uses public-good on %s', (platform) => {
    expect(chooseInstance('auto', platform, undefined)).toEqual({
      instance: 'public-good',
      reason: 'sigstore: auto outside GitHub Actions uses the public-good instance',
    });
  });
});
