export const id = 310;
export const ids = [310,929];
export const modules = {

/***/ 75310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ PUBLIC_GOOD_URLS),
/* harmony export */   z: () => (/* binding */ GITHUB_URLS)
/* harmony export */ });
/**
 * The addresses of the Sigstore instances imprint knows by name: the public-good instance
 * (what cosign and `gh attestation` trust by default) and GitHub's private one (actions/attest
 * for private repositories). One home, so signing, verifying, the exported cluster policies
 * and the summaries all name the same services. Pure data, no imports.
 */
const PUBLIC_GOOD_URLS = {
    fulcio: 'https://fulcio.sigstore.dev',
    rekor: 'https://rekor.sigstore.dev',
    /** The TUF repository that serves the public-good trusted root (and keys @sigstore/tuf's seeds). */
    tufMirror: 'https://tuf-repo-cdn.sigstore.dev',
    /** Rekor's search page: `?logIndex=<n>` shows one entry. */
    rekorSearch: 'https://search.sigstore.dev',
    /** Where Sigstore posts outages. */
    status: 'https://status.sigstore.dev',
};
/** GitHub's instance has a Fulcio and a timestamp authority, and no transparency log. */
const GITHUB_URLS = {
    fulcio: 'https://fulcio.githubapp.com',
    tsa: 'https://timestamp.githubapp.com',
};


/***/ })

};
