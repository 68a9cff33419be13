/**
 * The addresses of the Sigstore instances imprint knows by name: the public-good instance
 * (what cosign and `gh attestation` trust by default) and GitHub's private one (actions/attest
 * for private repositories). One home, so signing, verifying, the exported cluster policies
 * and the summaries all name the same services. Pure data, no imports.
 */

export const PUBLIC_GOOD_URLS = {
  fulcio: 'https://fulcio.sigstore.dev',
  rekor: 'https://rekor.sigstore.dev',
  /** The TUF repository that serves the public-good trusted root (and keys @sigstore/tuf's seeds). */
  tufMirror: 'https://tuf-repo-cdn.sigstore.dev',
  /** Rekor's search page: `?logIndex=<n>` shows one entry. */
  rekorSearch: 'https://search.sigstore.dev',
  /** Where Sigstore posts outages. */
  status: 'https://status.sigstore.dev',
} as const;

/** GitHub's instance has a Fulcio and a timestamp authority, and no transparency log. */
export const GITHUB_URLS = {
  fulcio: 'https://fulcio.githubapp.com',
  tsa: 'https://timestamp.githubapp.com',
  /** GitHub's TUF repository: it serves the instance's trusted_root.json (what `gh` trusts). */
  tufMirror: 'https://tuf-repo.github.com',
} as const;
