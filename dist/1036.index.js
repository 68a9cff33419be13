export const id = 1036;
export const ids = [1036];
export const modules = {

/***/ 32644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uk: () => (/* binding */ getIdentityToken),
/* harmony export */   w6: () => (/* binding */ decodeIdentityToken)
/* harmony export */ });
/* unused harmony export createIdentityProvider */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * The OIDC identity token keyless signing trades for a Fulcio certificate, from wherever the CI
 * platform puts it (its adapter names the sources): an explicit `identity-token` input,
 * `SIGSTORE_ID_TOKEN` (GitLab's `id_tokens:`), or GitHub's token endpoint. The token is decoded
 * (not verified: Fulcio does that) to fail early, with a fix, on a wrong audience or an expired
 * token. It is never logged: it is registered as a secret the moment it is read.
 */

const SIGSTORE_AUDIENCE = 'sigstore';
/** A token with less time left than this is fetched again before use. */
const MIN_REMAINING_MS = 60_000;
const GITHUB_ATTEMPTS = 3;
const GITHUB_BACKOFF_MS = 250;
async function getIdentityToken(options) {
    const { platform } = options;
    const mask = options.maskSecret ?? ((secret) => platform.maskSecret(secret));
    const now = options.now ?? Date.now;
    const found = await findToken(options, mask);
    if (!found)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('IDENTITY_TOKEN_MISSING', platform.missingTokenMessage());
    mask(found.token);
    return { ...found, claims: decodeIdentityToken(found.token, found.source, now()) };
}
/**
 * A provider for @sigstore/sign's FulcioSigner: hands out the same token while it has a minute
 * left, and fetches a fresh one after (GitHub tokens live minutes; a publish can take longer).
 */
function createIdentityProvider(options) {
    const now = options.now ?? Date.now;
    let current;
    return {
        async getToken() {
            if (!current || current.claims.exp * 1000 - now() < MIN_REMAINING_MS) {
                current = await getIdentityToken(options);
            }
            return current.token;
        },
    };
}
async function findToken(options, mask) {
    const explicit = options.identityToken?.trim();
    if (explicit)
        return { token: explicit, source: 'input' };
    const { sigstoreIdToken, githubRequest } = options.platform.tokenSources;
    if (sigstoreIdToken)
        return { token: sigstoreIdToken, source: 'SIGSTORE_ID_TOKEN' };
    if (githubRequest) {
        mask(githubRequest.token);
        const token = await requestGitHubToken(githubRequest.url, githubRequest.token, options.fetch ?? fetch);
        return { token, source: 'github' };
    }
    return undefined;
}
/** GitHub's endpoint: `GET $ACTIONS_ID_TOKEN_REQUEST_URL&audience=sigstore` → `{value}`. */
async function requestGitHubToken(requestUrl, requestToken, fetchImpl) {
    const url = new URL(requestUrl);
    url.searchParams.append('audience', SIGSTORE_AUDIENCE);
    let lastProblem = '';
    for (let attempt = 1; attempt <= GITHUB_ATTEMPTS; attempt += 1) {
        if (attempt > 1)
            await sleep(GITHUB_BACKOFF_MS * 2 ** (attempt - 2));
        let response;
        try {
            response = await fetchImpl(url, {
                headers: { accept: 'application/json', authorization: `bearer ${requestToken}` },
            });
        }
        catch (error) {
            lastProblem = networkProblem(error);
            continue;
        }
        if (response.ok)
            return tokenFromBody(await response.text(), url.origin);
        lastProblem = `HTTP ${response.status}`;
        if (response.status < 500) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('IDENTITY_TOKEN_MISSING', `GitHub's token service (${url.origin}) refused the OIDC token request: ${lastProblem}. ` +
                'The job needs "permissions: id-token: write".', { hint: 'add "permissions: id-token: write" to the job that runs imprint' });
        }
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('IDENTITY_TOKEN_MISSING', `GitHub's token service (${url.origin}) did not hand out an OIDC token after ` +
        `${GITHUB_ATTEMPTS} attempts: ${lastProblem}.`, { hint: 'this is usually a passing GitHub outage: re-run the job' });
}
function tokenFromBody(body, origin) {
    let value;
    try {
        value = JSON.parse(body).value;
    }
    catch {
        value = undefined;
    }
    if (typeof value !== 'string' || value === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('IDENTITY_TOKEN_INVALID', `GitHub's token service (${origin}) answered without a token (expected JSON {"value": "<jwt>"}).`);
    }
    return value;
}
const SOURCE_NAMES = {
    input: 'the identity-token input',
    SIGSTORE_ID_TOKEN: 'SIGSTORE_ID_TOKEN',
    github: "GitHub's token service",
};
const AUDIENCE_FIX = {
    input: 'mint the token for audience "sigstore"',
    SIGSTORE_ID_TOKEN: 'on GitLab, declare it as id_tokens: SIGSTORE_ID_TOKEN: aud: sigstore in the job',
    github: 'imprint asks GitHub for audience "sigstore"; check ACTIONS_ID_TOKEN_REQUEST_URL',
};
/** Reads the claims of a JWT without verifying it, and checks what Fulcio will check. */
function decodeIdentityToken(token, source, nowMs = Date.now()) {
    const from = source ? SOURCE_NAMES[source] : 'the identity provider';
    const claims = payloadOf(token);
    if (!claims) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('IDENTITY_TOKEN_INVALID', `The identity token from ${from} is not a JWT (expected three base64url parts joined by dots, the middle one a JSON object).`, { hint: 'pass the raw OIDC ID token, not a file name or a quoted string' });
    }
    const audiences = typeof claims.aud === 'string' ? [claims.aud] : claims.aud;
    if (!Array.isArray(audiences) || !audiences.includes(SIGSTORE_AUDIENCE)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('IDENTITY_TOKEN_INVALID', `The identity token from ${from} is for audience ${JSON.stringify(claims.aud ?? null)}; ` +
            `Fulcio accepts only tokens for "${SIGSTORE_AUDIENCE}".`, { hint: AUDIENCE_FIX[source ?? 'input'] });
    }
    if (typeof claims.exp !== 'number') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('IDENTITY_TOKEN_INVALID', `The identity token from ${from} has no exp claim.`);
    }
    if (claims.exp * 1000 <= nowMs) {
        const ago = Math.round((nowMs - claims.exp * 1000) / 1000);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('IDENTITY_TOKEN_INVALID', `The identity token from ${from} expired at ${new Date(claims.exp * 1000).toISOString()} (${ago} s ago).`, { hint: 'ID tokens live minutes: obtain it in the job that signs, right before signing' });
    }
    if (typeof claims.iss !== 'string' || claims.iss === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('IDENTITY_TOKEN_INVALID', `The identity token from ${from} has no iss claim.`);
    }
    return { ...claims, iss: claims.iss, aud: audiences, exp: claims.exp };
}
function payloadOf(token) {
    const parts = token.split('.');
    if (parts.length !== 3)
        return undefined;
    try {
        const payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
        return payload && typeof payload === 'object' && !Array.isArray(payload)
            ? payload
            : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * fetch's "fetch failed" hides the reason (ECONNREFUSED, …) in its cause. Read by shape, not
 * `instanceof`: fetch's errors may come from another realm (a VM context).
 */
function networkProblem(error) {
    const { message, cause } = (error ?? {});
    if (typeof cause?.message === 'string')
        return cause.message;
    return typeof message === 'string' ? message : String(error);
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}


/***/ }),

/***/ 41036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  NF: () => (/* reexport */ chooseInstance),
  rO: () => (/* reexport */ createSigner),
  generateKeyPair: () => (/* reexport */ generateKeyPair),
  yd: () => (/* reexport */ publicKeyHint),
  e3: () => (/* reexport */ refuseServiceUrls),
  $K: () => (/* reexport */ resolveEndpoints)
});

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/@sigstore/sign/dist/index.js
var sign_dist = __webpack_require__(15179);
// EXTERNAL MODULE: ./src/ci/identity.ts
var ci_identity = __webpack_require__(32644);
;// CONCATENATED MODULE: ./src/sigstore/sign/dsse-bundle-builder.ts

class KeyidFreeDSSEBundleBuilder extends sign_dist/* DSSEBundleBuilder */.VV {
    async package(artifact, signature) {
        const bundle = await super.package(artifact, signature);
        for (const entry of bundle.content.dsseEnvelope.signatures)
            entry.keyid = '';
        return bundle;
    }
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/sigstore/instances.ts
var instances = __webpack_require__(75310);
;// CONCATENATED MODULE: ./src/sigstore/sign/errors.ts
/**
 * @sigstore/sign's errors → ImprintError, naming the service that failed and its URL. Its
 * messages are never passed through unfiltered: one of them embeds the identity token.
 */


const SERVICE_BY_CODE = {
    CA_CREATE_SIGNING_CERTIFICATE_ERROR: 'Fulcio',
    TLOG_CREATE_ENTRY_ERROR: 'Rekor',
    TLOG_FETCH_ENTRY_ERROR: 'Rekor',
    TSA_CREATE_TIMESTAMP_ERROR: 'the timestamp authority',
};
const WHAT_FAILED = {
    Fulcio: 'did not issue a signing certificate',
    Rekor: 'did not log the signature',
    'the timestamp authority': 'did not timestamp the signature',
};
function toSigningError(error, endpoints, attempts, secrets) {
    const redact = (text) => secrets.reduce((t, s) => (s ? t.split(s).join('***') : t), text);
    if ((0,errors/* isImprintError */.cl)(error))
        return error;
    const { code, cause } = (error ?? {});
    if (code === 'IDENTITY_TOKEN_READ_ERROR' && (0,errors/* isImprintError */.cl)(cause))
        return cause;
    if (code === 'IDENTITY_TOKEN_PARSE_ERROR') {
        return new errors/* ImprintError */.m0('IDENTITY_TOKEN_INVALID', 'The identity token has no subject: it carries neither a verified "email" nor a "sub" claim.', { hint: 'use the ID token your CI platform issues for the job' });
    }
    const service = code ? SERVICE_BY_CODE[code] : undefined;
    if (!service) {
        return new errors/* ImprintError */.m0('SIGNING_FAILED', `Signing failed: ${redact((0,errors/* messageOf */.bD)(error))}`, {
            cause: error,
        });
    }
    const url = urlOf(service, endpoints);
    const { detail, transient } = describeCause(cause);
    const tries = transient ? ` (gave up after ${attempts} attempts)` : '';
    return new errors/* ImprintError */.m0('SIGNING_FAILED', `${service} at ${url} ${WHAT_FAILED[service]}: ${redact(detail)}${tries}.`, { cause: error, hint: hintFor(service, url, transient, endpoints) });
}
function urlOf(service, endpoints) {
    if (service === 'Fulcio')
        return endpoints.fulcioUrl ?? '(no Fulcio URL)';
    if (service === 'Rekor')
        return endpoints.rekorUrl ?? '(no Rekor URL)';
    return endpoints.tsaUrl ?? '(no TSA URL)';
}
/** An HTTP status with the service's own message, or the network reason. */
function describeCause(cause) {
    // Read by shape: these errors come from @sigstore/sign's fetch stack, possibly another realm.
    const { statusCode, code, message } = (cause ?? {});
    const text = typeof message === 'string' ? message : String(cause);
    if (typeof statusCode === 'number') {
        const said = text.replace(/^\(\d+\)\s*/, '');
        const transient = statusCode >= 500 || statusCode === 408 || statusCode === 429;
        return { detail: `HTTP ${statusCode}${said ? ` ${said}` : ''}`, transient };
    }
    return { detail: `unreachable (${typeof code === 'string' ? code : text})`, transient: true };
}
function hintFor(service, url, transient, endpoints) {
    if (transient) {
        const status = endpoints.instance === 'public-good'
            ? `; Sigstore posts outages at ${instances/* PUBLIC_GOOD_URLS */.v.status}`
            : '';
        return `check that ${url} is reachable from this runner and re-run${status}`;
    }
    if (service === 'Fulcio') {
        return 'Fulcio refused the request: the token\'s issuer must be one Fulcio trusts, its audience "sigstore"';
    }
    return `${service} refused the request; its answer above says why`;
}

;// CONCATENATED MODULE: ./src/sigstore/sign/endpoints.ts
/**
 * Which Sigstore services a signature goes through. Pure: options in, endpoints out.
 *
 * - `public-good`: fulcio.sigstore.dev + rekor.sigstore.dev (what `cosign` and `gh attestation`
 *   trust by default).
 * - `github`: GitHub's private instance, as actions/attest uses for private repositories:
 *   GitHub's Fulcio and timestamp authority, no transparency log.
 * - `custom`: the fulcio-url, rekor-url and tsa-url given.
 *
 * `tlog-upload: false` (cosign's flag) takes Rekor out of whichever instance was chosen. With a
 * key that leaves a bare signature (or one with a timestamp); keyless it is refused unless a TSA
 * remains: a Fulcio certificate lives ten minutes, and without a log entry or a timestamp
 * nothing proves the signature was made in them (cosign signs anyway, and its verify then fails
 * with "expected a signed timestamp"; imprint refuses before anything is built).
 */


const PUBLIC_GOOD = {
    instance: 'public-good',
    fulcioUrl: instances/* PUBLIC_GOOD_URLS */.v.fulcio,
    rekorUrl: instances/* PUBLIC_GOOD_URLS */.v.rekor,
};
const GITHUB = {
    instance: 'github',
    fulcioUrl: instances/* GITHUB_URLS */.z.fulcio,
    tsaUrl: instances/* GITHUB_URLS */.z.tsa,
};
const URL_INPUTS = ['fulcioUrl', 'rekorUrl', 'tsaUrl'];
const INPUT_NAMES = {
    fulcioUrl: 'fulcio-url',
    rekorUrl: 'rekor-url',
    tsaUrl: 'tsa-url',
};
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
function resolveEndpoints(options, mode) {
    const endpoints = instanceEndpoints(options, mode);
    if (options.tlogUpload !== false || endpoints.rekorUrl === undefined)
        return endpoints;
    const withoutLog = { ...endpoints }; // a copy: the instances are shared
    delete withoutLog.rekorUrl;
    if (mode === 'keyless' && withoutLog.tsaUrl === undefined) {
        throw new errors/* ImprintError */.m0('INPUT_CONFLICT', 'tlog-upload: false with keyless signing leaves nothing to verify the signature by: a Fulcio ' +
            'certificate lives 10 minutes, and without a transparency-log entry or a timestamp nothing ' +
            'proves the signature was made in them', {
            hint: 'sign with a key (signing: key) to skip the log, keep tlog-upload: true, or use a timestamp authority (sigstore: custom with tsa-url, or sigstore: github)',
        });
    }
    return withoutLog;
}
function instanceEndpoints(options, mode) {
    const instance = options.sigstore ?? 'public-good';
    const given = givenUrls(options);
    if (instance !== 'custom') {
        refuseServiceUrls(options, instance);
        return instance === 'github' ? GITHUB : PUBLIC_GOOD;
    }
    const endpoints = { instance };
    for (const name of given)
        endpoints[name] = checkedUrl(INPUT_NAMES[name], options[name]);
    if (mode === 'keyless' && !endpoints.fulcioUrl) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', 'keyless signing with sigstore: custom needs fulcio-url', {
            hint: 'set fulcio-url to your Fulcio, e.g. https://fulcio.example.com',
        });
    }
    if (mode === 'keyless' && !endpoints.rekorUrl && !endpoints.tsaUrl) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', 'keyless signing with sigstore: custom needs rekor-url or tsa-url: a Fulcio certificate ' +
            'lives 10 minutes, and only a log entry or a timestamp proves the signature was made in them', { hint: 'set rekor-url, tsa-url, or both' });
    }
    return endpoints;
}
function givenUrls(options) {
    return URL_INPUTS.filter((name) => options[name] !== undefined && options[name] !== '');
}
/** fulcio-url, rekor-url and tsa-url belong to sigstore: custom; `setting` names the other. */
function refuseServiceUrls(options, setting) {
    const given = givenUrls(options);
    if (given.length === 0)
        return;
    const names = given.map((name) => INPUT_NAMES[name]).join(', ');
    throw new errors/* ImprintError */.m0('INPUT_CONFLICT', `${names} only apply with sigstore: custom, but sigstore is ${setting}`, { hint: `set sigstore: custom to use your own services, or remove ${names}` });
}
/** https, or http to this machine only (a test stack); no trailing slash. */
function checkedUrl(input, value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', `${input} "${value}" is not a URL`, {
            hint: `write it as https://host[:port]`,
        });
    }
    const loopback = LOOPBACK_HOSTS.has(url.hostname);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', `${input} "${value}" must use https (plain http is accepted only for localhost)`);
    }
    return url.href.replace(/\/+$/, '');
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/sigstore/sign/key-signer.ts
/**
 * A @sigstore/sign `Signer` over a private key: ECDSA P-256 / SHA-256, the key identified in
 * bundles by a hint (base64 SHA-256 of the DER public key, as sigstore-go and cosign v3 write
 * it). It signs for key-based bundles, and is the ephemeral key behind keyless certificates.
 */

class KeySigner {
    key;
    hint;
    constructor(key) {
        this.key = key;
        this.hint = publicKeyHint(key);
    }
    /** A fresh in-memory P-256 key, never written anywhere (the keyless flow). */
    static ephemeral() {
        const { privateKey, publicKey } = (0,external_node_crypto_.generateKeyPairSync)('ec', { namedCurve: 'P-256' });
        const publicKeyPem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
        return new KeySigner({ privateKey, publicKey, publicKeyPem });
    }
    get publicKeyPem() {
        return this.key.publicKeyPem;
    }
    sign(data) {
        return Promise.resolve({
            signature: (0,external_node_crypto_.sign)('sha256', data, this.key.privateKey),
            key: { $case: 'publicKey', publicKey: this.key.publicKeyPem, hint: this.hint },
        });
    }
}
function publicKeyHint(key) {
    const der = key.publicKey.export({ format: 'der', type: 'spki' });
    return (0,external_node_crypto_.createHash)('sha256').update(der).digest('base64');
}

;// CONCATENATED MODULE: ./src/sigstore/sign/keyless-signer.ts
/**
 * Keyless signing: an ephemeral P-256 key certified by Fulcio for the CI identity. One
 * certificate serves every signature of a run while it has a few minutes left (cosign also gets
 * one per invocation): a publish signs a dozen statements, and fewer Fulcio round trips mean
 * fewer chances for a token to expire or a service to hiccup mid-publish.
 */



/** Reuse a certificate only while it is valid this much longer (Fulcio issues 10 minutes). */
const MIN_CERT_REMAINING_MS = 3 * 60_000;
class KeylessSigner {
    key = KeySigner.ephemeral();
    fulcio;
    now;
    certificate;
    /** Certificates requested from Fulcio so far. */
    certificatesIssued = 0;
    constructor(options) {
        this.now = options.now ?? Date.now;
        this.fulcio = new sign_dist/* FulcioSigner */.$o({
            fulcioBaseURL: options.fulcioUrl,
            identityProvider: options.identity,
            keyHolder: this.key,
            retry: options.retry,
            timeout: options.timeoutMs,
        });
    }
    async sign(data) {
        const cached = this.certificate;
        if (cached && cached.notAfterMs - this.now() > MIN_CERT_REMAINING_MS) {
            const { signature } = await this.key.sign(data);
            return { signature, key: { $case: 'x509Certificate', certificate: cached.pem } };
        }
        const signed = await this.fulcio.sign(data);
        this.certificatesIssued += 1;
        if (signed.key.$case === 'x509Certificate') {
            const notAfter = Date.parse(new external_node_crypto_.X509Certificate(signed.key.certificate).validTo);
            this.certificate = { pem: signed.key.certificate, notAfterMs: notAfter };
        }
        return signed;
    }
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./node_modules/tweetnacl/nacl-fast.js
var nacl_fast = __webpack_require__(80668);
var nacl_fast_default = /*#__PURE__*/__webpack_require__.n(nacl_fast);
;// CONCATENATED MODULE: ./src/sigstore/sign/key-format.ts
/**
 * cosign's encrypted private key container (`-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----`):
 * the PEM body is JSON from go-securesystemslib's `encrypted` package —
 * `{"kdf":{"name":"scrypt","params":{"N","r","p"},"salt"},"cipher":{"name":"nacl/secretbox","nonce"},"ciphertext"}`
 * (byte fields in standard base64) — whose plaintext is the PKCS#8 DER private key. The key is
 * scrypt(password, salt) and the box is NaCl secretbox (XSalsa20-Poly1305).
 */




const scrypt = (0,external_node_util_.promisify)(external_node_crypto_.scrypt);
const SIGSTORE_KEY_PEM_TYPE = 'ENCRYPTED SIGSTORE PRIVATE KEY';
/** What cosign wrote before v2.0; still read by cosign. */
const COSIGN_KEY_PEM_TYPE = 'ENCRYPTED COSIGN PRIVATE KEY';
const KEY_SIZE = 32;
const SALT_SIZE = 32;
const NONCE_SIZE = 24;
/**
 * The parameter sets go-securesystemslib accepts (Legacy, Standard, OWASP): anything else is
 * refused before deriving, so a tampered file cannot make us burn memory. cosign writes Legacy.
 */
const SCRYPT_PARAMETER_SETS = [
    { N: 32768, r: 8, p: 1 },
    { N: 65536, r: 8, p: 1 },
    { N: 131072, r: 8, p: 1 },
];
const WRITE_PARAMETERS = SCRYPT_PARAMETER_SETS[0];
async function encryptKey(plaintext, password) {
    const salt = (0,external_node_crypto_.randomBytes)(SALT_SIZE);
    const nonce = (0,external_node_crypto_.randomBytes)(NONCE_SIZE);
    const key = await deriveKey(password, salt, WRITE_PARAMETERS);
    const ciphertext = nacl_fast_default().secretbox(plaintext, nonce, key);
    // Field order as Go's encoding/json writes the struct, so the file reads like cosign's.
    const container = {
        kdf: { name: 'scrypt', params: { ...WRITE_PARAMETERS }, salt: salt.toString('base64') },
        cipher: { name: 'nacl/secretbox', nonce: nonce.toString('base64') },
        ciphertext: Buffer.from(ciphertext).toString('base64'),
    };
    return Buffer.from(JSON.stringify(container));
}
/** The plaintext (PKCS#8 DER for cosign keys); KEY_PASSWORD_WRONG when the box does not open. */
async function decryptKey(containerBytes, password) {
    const container = parseContainer(containerBytes);
    const salt = Buffer.from(container.kdf.salt, 'base64');
    const nonce = Buffer.from(container.cipher.nonce, 'base64');
    if (nonce.length !== NONCE_SIZE) {
        throw new errors/* ImprintError */.m0('KEY_INVALID', `The encrypted key's nonce is ${nonce.length} bytes; nacl/secretbox needs ${NONCE_SIZE}.`);
    }
    const key = await deriveKey(password, salt, container.kdf.params);
    const opened = nacl_fast_default().secretbox.open(Buffer.from(container.ciphertext, 'base64'), nonce, key);
    if (!opened) {
        throw new errors/* ImprintError */.m0('KEY_PASSWORD_WRONG', password === ''
            ? 'The private key is encrypted and no password was given.'
            : 'The password does not open the private key (a wrong password, or an altered key file).', {
            hint: 'set key-password (COSIGN_PASSWORD on the command line) to the password the key was made with',
        });
    }
    return Buffer.from(opened);
}
function parseContainer(bytes) {
    let value;
    try {
        value = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        throw invalid('its body is not the JSON cosign writes');
    }
    const container = value;
    if (container?.kdf?.name !== 'scrypt')
        throw invalid(`kdf is not "scrypt"`);
    if (container.cipher?.name !== 'nacl/secretbox')
        throw invalid(`cipher is not "nacl/secretbox"`);
    const params = container.kdf.params;
    const known = SCRYPT_PARAMETER_SETS.some((set) => set.N === params?.N && set.r === params?.r && set.p === params?.p);
    if (!known) {
        throw invalid(`scrypt parameters ${JSON.stringify(params ?? null)} are not a set cosign uses`);
    }
    for (const [field, text] of [
        ['kdf.salt', container.kdf.salt],
        ['cipher.nonce', container.cipher.nonce],
        ['ciphertext', container.ciphertext],
    ]) {
        if (typeof text !== 'string' || text === '')
            throw invalid(`${field} is missing`);
    }
    return container;
}
function invalid(why) {
    return new errors/* ImprintError */.m0('KEY_INVALID', `The encrypted private key is malformed: ${why}.`, {
        hint: 'use the cosign.key file as cosign generate-key-pair wrote it',
    });
}
async function deriveKey(password, salt, params) {
    // scrypt needs 128·N·r bytes; Node's default cap (32 MiB) is below the larger sets.
    const maxmem = 256 * params.N * params.r;
    const key = await scrypt(Buffer.from(password, 'utf8'), salt, KEY_SIZE, { ...params, maxmem });
    return new Uint8Array(key);
}

;// CONCATENATED MODULE: ./src/sigstore/sign/keys.ts
/**
 * Signing keys from files people already have: cosign's encrypted `cosign.key`
 * (`ENCRYPTED SIGSTORE PRIVATE KEY`, or the older `ENCRYPTED COSIGN PRIVATE KEY`), plain PKCS#8
 * (`PRIVATE KEY`), SEC1 (`EC PRIVATE KEY`) and password-protected PKCS#8 (`ENCRYPTED PRIVATE
 * KEY`). imprint signs with ECDSA P-256 / SHA-256, cosign's default; other keys are refused with
 * a clear reason rather than producing signatures verifiers would not expect.
 */



const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)-----END \1-----/;
const SUPPORTED_CURVE = 'prime256v1';
const CURVE_NAMES = {
    prime256v1: 'P-256',
    secp384r1: 'P-384',
    secp521r1: 'P-521',
};
async function loadSigningKey(pem, password = '') {
    const block = PEM_BLOCK.exec(pem);
    if (!block) {
        throw new errors/* ImprintError */.m0('KEY_INVALID', 'The signing key is not PEM: no "-----BEGIN … PRIVATE KEY-----" block was found.', {
            hint: 'pass the contents of cosign.key (or a PKCS#8 PEM private key), not a path or base64',
        });
    }
    const type = block[1];
    const der = Buffer.from(block[2].replace(/\s+/g, ''), 'base64');
    return signingKeyFrom(await privateKeyFrom(type, der, block[0], password));
}
async function privateKeyFrom(type, der, pem, password) {
    switch (type) {
        case SIGSTORE_KEY_PEM_TYPE:
        case COSIGN_KEY_PEM_TYPE: {
            const pkcs8 = await decryptKey(der, password);
            return readKey(() => (0,external_node_crypto_.createPrivateKey)({ key: pkcs8, format: 'der', type: 'pkcs8' }));
        }
        case 'PRIVATE KEY':
            return readKey(() => (0,external_node_crypto_.createPrivateKey)({ key: der, format: 'der', type: 'pkcs8' }));
        case 'EC PRIVATE KEY':
            return readKey(() => (0,external_node_crypto_.createPrivateKey)({ key: der, format: 'der', type: 'sec1' }));
        case 'ENCRYPTED PRIVATE KEY':
            return encryptedPkcs8(pem, password);
        case 'RSA PRIVATE KEY':
            throw unsupported('an RSA key');
        case 'PUBLIC KEY':
        case 'CERTIFICATE':
            throw new errors/* ImprintError */.m0('KEY_INVALID', `The signing key is a ${type.toLowerCase()}, not a private key.`, { hint: 'signing needs the private key (cosign.key); cosign.pub is for verifying' });
        default:
            throw new errors/* ImprintError */.m0('KEY_INVALID', `The signing key is a PEM "${type}" block, not a private key.`, { hint: 'pass cosign.key, or a PEM "PRIVATE KEY" / "EC PRIVATE KEY"' });
    }
}
function encryptedPkcs8(pem, password) {
    if (password === '') {
        throw new errors/* ImprintError */.m0('KEY_PASSWORD_WRONG', 'The private key is encrypted (ENCRYPTED PRIVATE KEY) and no password was given.', { hint: 'set key-password to the key passphrase' });
    }
    try {
        return (0,external_node_crypto_.createPrivateKey)({ key: pem, format: 'pem', passphrase: password });
    }
    catch (error) {
        throw new errors/* ImprintError */.m0('KEY_PASSWORD_WRONG', 'The password does not open the private key (ENCRYPTED PRIVATE KEY).', { cause: error, hint: 'set key-password to the passphrase the key was encrypted with' });
    }
}
function readKey(make) {
    try {
        return make();
    }
    catch (error) {
        throw new errors/* ImprintError */.m0('KEY_INVALID', `The signing key could not be read: ${(0,errors/* messageOf */.bD)(error)}.`, {
            cause: error,
            hint: 'the PEM block is damaged or not a key: use the file as the tool that made it wrote it',
        });
    }
}
function signingKeyFrom(privateKey) {
    const kind = privateKey.asymmetricKeyType;
    if (kind !== 'ec')
        throw unsupported(`an ${String(kind).toUpperCase()} key`);
    const curve = privateKey.asymmetricKeyDetails?.namedCurve ?? 'unknown';
    if (curve !== SUPPORTED_CURVE) {
        throw unsupported(`an EC key on curve ${CURVE_NAMES[curve] ?? curve} (${curve})`);
    }
    const publicKey = (0,external_node_crypto_.createPublicKey)(privateKey);
    return {
        privateKey,
        publicKey,
        publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    };
}
function unsupported(what) {
    return new errors/* ImprintError */.m0('KEY_UNSUPPORTED', `The signing key is ${what}; imprint signs with ECDSA P-256 (cosign's default key type).`, { hint: 'make a P-256 key with `cosign generate-key-pair` or `imprint generate-key-pair`' });
}
/** A cosign-compatible key pair: `cosign sign --key` and `cosign verify --key` accept it. */
async function generateKeyPair(password) {
    const { privateKey, publicKey } = (0,external_node_crypto_.generateKeyPairSync)('ec', { namedCurve: 'P-256' });
    const pkcs8 = privateKey.export({ format: 'der', type: 'pkcs8' });
    const container = await encryptKey(pkcs8, password);
    return {
        privateKeyPem: toPem(SIGSTORE_KEY_PEM_TYPE, container),
        publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    };
}
/** PEM as Go's encoding/pem writes it: 64-column base64 lines. */
function toPem(type, bytes) {
    const lines = bytes.toString('base64').match(/.{1,64}/g) ?? [];
    return `-----BEGIN ${type}-----\n${lines.join('\n')}\n-----END ${type}-----\n`;
}

// EXTERNAL MODULE: ./src/attest/predicate-types.ts
var predicate_types = __webpack_require__(64136);
;// CONCATENATED MODULE: ./src/sigstore/sign/store-signer.ts
/**
 * A @sigstore/sign `Signer` whose key lives in a key store (PKCS#11 token, cloud KMS): the data
 * is hashed here (SHA-256) and only the digest goes to the store, which signs it with ECDSA
 * P-256; the private key is never in this process. Each signature is checked against the
 * store's public key before it is used, so a store that signed with another key (or garbled
 * the encoding) fails here, not in a verifier later.
 */



class StoreSigner {
    store;
    description;
    publicKey;
    publicKeyPem;
    hint;
    constructor(store, description, publicKey, publicKeyPem, hint) {
        this.store = store;
        this.description = description;
        this.publicKey = publicKey;
        this.publicKeyPem = publicKeyPem;
        this.hint = hint;
    }
    /** Reads the public key now: a wrong reference or PIN fails before anything is built. */
    static async open(store, description) {
        const publicKeyPem = await store.publicKeyPem();
        const publicKey = (0,external_node_crypto_.createPublicKey)(publicKeyPem);
        const curve = publicKey.asymmetricKeyDetails?.namedCurve;
        if (publicKey.asymmetricKeyType !== 'ec' || curve !== 'prime256v1') {
            throw new errors/* ImprintError */.m0('KEY_UNSUPPORTED', `${description.charAt(0).toUpperCase()}${description.slice(1)} is ${publicKey.asymmetricKeyType === 'ec' ? `an EC key on ${curve}` : `a ${String(publicKey.asymmetricKeyType).toUpperCase()} key`}; imprint signs with ECDSA P-256 (cosign's default key type).`, { hint: 'make a P-256 key in the store, e.g. with imprint generate-key-pair --kms' });
        }
        return new StoreSigner(store, description, publicKey, publicKeyPem, publicKeyHint({ publicKey }));
    }
    async sign(data) {
        const digest = (0,external_node_crypto_.createHash)('sha256').update(data).digest();
        const signature = await this.store.signDigest(digest);
        if (!(0,external_node_crypto_.verify)('sha256', data, this.publicKey, signature)) {
            throw new errors/* ImprintError */.m0('KEY_STORE_FAILED', `The signature from ${this.description} does not verify with the key's own public key.`, {
                hint: 'the store signed with another key or returned a damaged signature: check the reference',
            });
        }
        return {
            signature,
            key: { $case: 'publicKey', publicKey: this.publicKeyPem, hint: this.hint },
        };
    }
}

;// CONCATENATED MODULE: ./src/sigstore/sign/signer.ts
/**
 * imprint's signer: turns an in-toto statement (or a raw payload) into a Sigstore bundle v0.3,
 * keylessly (Fulcio certificate for the CI identity) or with a key, witnessed by Rekor and/or a
 * timestamp authority as the chosen Sigstore instance provides. @sigstore/sign does the protocol
 * work; this module picks the services, retries transient failures, and reports errors by name.
 *
 * A key-signed bundle gets a Rekor entry when the instance has a Rekor (public-good, or custom
 * with rekor-url), and a timestamp when it has a TSA; with neither (custom without both), the
 * bundle carries the signature and key hint only, and verifiers must be told not to require a
 * transparency log (cosign: --insecure-ignore-tlog).
 */











const DEFAULT_RETRY = { retries: 3, minTimeoutMs: 1000, maxTimeoutMs: 10_000 };
const DEFAULT_TIMEOUT_MS = 20_000;
async function createSigner(options) {
    const endpoints = resolveEndpoints(options, options.signing);
    const retry = { ...DEFAULT_RETRY, ...options.retry };
    const fetchOptions = {
        retry: {
            retries: retry.retries,
            factor: 2,
            minTimeout: retry.minTimeoutMs,
            maxTimeout: retry.maxTimeoutMs,
        },
        timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    };
    const secrets = new Set();
    const { signer, publicKeyPem } = await signerFor(options, endpoints, fetchOptions, secrets);
    const run = async (make) => {
        try {
            return asV03((0,dist.bundleToJSON)(await make()));
        }
        catch (error) {
            throw toSigningError(error, endpoints, retry.retries + 1, [...secrets]);
        }
    };
    return {
        mode: options.signing,
        endpoints,
        publicKeyPem,
        signDsse: (statement, payloadType = predicate_types/* IN_TOTO_PAYLOAD_TYPE */.T4) => {
            const data = Buffer.isBuffer(statement) ? statement : Buffer.from(JSON.stringify(statement));
            const entryType = options.dsseEntryType ?? 'dsse';
            const witnesses = witnessesFor(endpoints, entryType, fetchOptions);
            const builder = new KeyidFreeDSSEBundleBuilder({
                signer,
                witnesses,
                certificateChain: false,
            });
            return run(() => builder.create({ data, type: payloadType }));
        },
        signMessage: (payload) => {
            const witnesses = witnessesFor(endpoints, 'dsse', fetchOptions);
            const builder = new sign_dist/* MessageSignatureBundleBuilder */.z3({ signer, witnesses });
            return run(() => builder.create({ data: payload }));
        },
    };
}
async function signerFor(options, endpoints, fetchOptions, secrets) {
    if (options.signing === 'key' && 'keyStore' in options) {
        const signer = await StoreSigner.open(options.keyStore, options.keyDescription);
        return { signer, publicKeyPem: signer.publicKeyPem };
    }
    if (options.signing === 'key') {
        const signer = new KeySigner(await loadSigningKey(options.privateKeyPem, options.password));
        return { signer, publicKeyPem: signer.publicKeyPem };
    }
    const signer = new KeylessSigner({
        fulcioUrl: endpoints.fulcioUrl,
        identity: checkedIdentity(options.identity, secrets),
        retry: fetchOptions.retry,
        timeoutMs: fetchOptions.timeout,
    });
    return { signer };
}
/** Rekor when the instance has one, the TSA when it has one; they testify in parallel. */
function witnessesFor(endpoints, entryType, fetchOptions) {
    const witnesses = [];
    if (endpoints.rekorUrl) {
        const rekorBaseURL = endpoints.rekorUrl;
        witnesses.push(new sign_dist/* RekorWitness */.fU({ rekorBaseURL, entryType, fetchOnConflict: true, ...fetchOptions }));
    }
    if (endpoints.tsaUrl) {
        witnesses.push(new sign_dist/* TSAWitness */.gs({ tsaBaseURL: endpoints.tsaUrl, ...fetchOptions }));
    }
    return witnesses;
}
/**
 * Every token is checked (audience, expiry) before it reaches Fulcio, so a bad one fails with a
 * fix instead of Fulcio's 401; each is remembered so no error message can carry it.
 */
function checkedIdentity(identity, secrets) {
    const source = typeof identity === 'string' ? { getToken: () => Promise.resolve(identity) } : identity;
    if (typeof identity === 'string') {
        secrets.add(identity);
        (0,ci_identity/* decodeIdentityToken */.w6)(identity, 'input');
    }
    return {
        async getToken() {
            const token = await source.getToken();
            secrets.add(token);
            (0,ci_identity/* decodeIdentityToken */.w6)(token, typeof identity === 'string' ? 'input' : undefined);
            return token;
        },
    };
}
/**
 * @sigstore/sign writes message-signature bundles as v0.2 with a one-certificate chain; v0.3
 * (what cosign v3 and the OCI referrer format use) holds the same leaf as `certificate`.
 */
function asV03(bundle) {
    const material = bundle.verificationMaterial;
    const { x509CertificateChain, ...rest } = material;
    const leaf = x509CertificateChain?.certificates[0];
    return {
        ...bundle,
        mediaType: dist.BUNDLE_V03_MEDIA_TYPE,
        verificationMaterial: (leaf
            ? { ...rest, certificate: leaf }
            : material),
    };
}

;// CONCATENATED MODULE: ./src/sigstore/sign/choose-instance.ts
function chooseInstance(setting, platform, visibility) {
    if (setting !== 'auto')
        return { instance: setting, reason: `set by the sigstore input` };
    if (platform !== 'github' || visibility === undefined) {
        return {
            instance: 'public-good',
            reason: 'sigstore: auto outside GitHub Actions uses the public-good instance',
        };
    }
    if ('unreadable' in visibility) {
        return {
            instance: 'github',
            reason: `sigstore: auto could not read the repository's visibility (${visibility.unreadable}), so it ` +
                "signs with GitHub's instance, which keeps the repository's name out of the public " +
                'transparency log; set sigstore: public-good if the repository is public',
        };
    }
    if (visibility.visibility === 'public') {
        return {
            instance: 'public-good',
            reason: 'sigstore: auto and the repository is public: Fulcio and Rekor of the public-good instance',
        };
    }
    return {
        instance: 'github',
        reason: `sigstore: auto and the repository is ${visibility.visibility}: GitHub's Fulcio and timestamp ` +
            "authority, no transparency log, so the repository's name never reaches the public Rekor",
    };
}

;// CONCATENATED MODULE: ./src/sigstore/sign/index.ts
/** Signing: keyless (Fulcio) or with a key, witnessed by Rekor and/or a timestamp authority. */







/***/ })

};
