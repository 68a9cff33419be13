/**
 * `sigstore: auto`: which instance signs, and why, in words the summary prints. Pure.
 *
 * As actions/attest decides (its endpoints.ts): on GitHub Actions a repository whose event
 * payload says `visibility: public` signs with the public-good instance, anything else with
 * GitHub's (Fulcio + TSA, no Rekor), so a private repository's name never reaches the public
 * transparency log. When the visibility cannot be read there, the choice fails closed the same
 * way: GitHub's instance, saying why. Elsewhere (GitLab, a terminal) public-good.
 */
import type { PlatformName, RepositoryVisibility } from '../../ci/platform.js';
import type { SigstoreInstance } from './endpoints.js';

export type SigstoreSetting = SigstoreInstance | 'auto';

export interface InstanceChoice {
  instance: SigstoreInstance;
  /** Why, as a sentence fragment: "the repository is private: …". */
  reason: string;
}

export function chooseInstance(
  setting: SigstoreSetting,
  platform: PlatformName,
  visibility: RepositoryVisibility | undefined,
): InstanceChoice {
  if (setting !== 'auto') return { instance: setting, reason: `set by the sigstore input` };
  if (platform !== 'github' || visibility === undefined) {
    return {
      instance: 'public-good',
      reason: 'sigstore: auto outside GitHub Actions uses the public-good instance',
    };
  }
  if ('unreadable' in visibility) {
    return {
      instance: 'github',
      reason:
        `sigstore: auto could not read the repository's visibility (${visibility.unreadable}), so it ` +
        "signs with GitHub's instance, which keeps the repository's name out of the public " +
        'transparency log; set sigstore: public-good if the repository is public',
    };
  }
  if (visibility.visibility === 'public') {
    return {
      instance: 'public-good',
      reason:
        'sigstore: auto and the repository is public: Fulcio and Rekor of the public-good instance',
    };
  }
  return {
    instance: 'github',
    reason:
      `sigstore: auto and the repository is ${visibility.visibility}: GitHub's Fulcio and timestamp ` +
      "authority, no transparency log, so the repository's name never reaches the public Rekor",
  };
}
