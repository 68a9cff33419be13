export const id = 638;
export const ids = [638];
export const modules = {

/***/ 38403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kD: () => (/* binding */ Authenticator),
  MI: () => (/* binding */ loginAdvice)
});

// UNUSED EXPORTS: parseTokenResponse, scopeString

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/registry/challenge.ts
/**
 * `WWW-Authenticate` parsing (RFC 9110 §11.6.1): one header may hold several challenges,
 * each a scheme followed by comma-separated `name=value` / `name="quoted value"` params.
 * Pure; the transport decides what to do with the result.
 */
const TOKEN_CHAR = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;
function parseWwwAuthenticate(header) {
    const challenges = [];
    const reader = new Reader(header);
    let current;
    while (!reader.done()) {
        reader.skip(/[\s,]/);
        if (reader.done())
            break;
        const word = reader.token();
        if (word === '') {
            reader.advance(); // stray character: ignore rather than give up on the whole header
            continue;
        }
        reader.skip(/\s/);
        if (reader.peek() === '=' && current) {
            reader.advance();
            reader.skip(/\s/);
            current.params[word.toLowerCase()] = reader.peek() === '"' ? reader.quoted() : reader.bare();
        }
        else {
            current = { scheme: word.toLowerCase(), params: {} };
            challenges.push(current);
            // token68 form (`Negotiate abc==`) carries no params we use; step over it.
            if (/^[A-Za-z0-9._~+/-]+=*\s*(,|$)/.test(reader.rest()))
                reader.token68();
        }
    }
    return challenges;
}
class Reader {
    text;
    position = 0;
    constructor(text) {
        this.text = text;
    }
    done() {
        return this.position >= this.text.length;
    }
    peek() {
        return this.text[this.position] ?? '';
    }
    rest() {
        return this.text.slice(this.position);
    }
    advance() {
        this.position += 1;
    }
    skip(pattern) {
        while (!this.done() && pattern.test(this.peek()))
            this.advance();
    }
    token() {
        const start = this.position;
        while (!this.done() && TOKEN_CHAR.test(this.peek()))
            this.advance();
        return this.text.slice(start, this.position);
    }
    /** An unquoted value; lenient past RFC token chars since some servers send bare URLs. */
    bare() {
        const start = this.position;
        while (!this.done() && !/[,\s]/.test(this.peek()))
            this.advance();
        return this.text.slice(start, this.position);
    }
    token68() {
        while (!this.done() && /[A-Za-z0-9._~+/=-]/.test(this.peek()))
            this.advance();
    }
    quoted() {
        this.advance(); // opening quote
        let value = '';
        while (!this.done() && this.peek() !== '"') {
            if (this.peek() === '\\')
                this.advance();
            value += this.peek();
            this.advance();
        }
        this.advance(); // closing quote
        return value;
    }
}

;// CONCATENATED MODULE: ./src/registry/auth.ts
/**
 * Registry authentication (distribution token spec, docker/distribution docs/spec/auth):
 * answers `WWW-Authenticate` challenges with Basic credentials, or fetches a Bearer token
 * from the challenge's realm for the scope a request needs, and caches tokens per scope.
 * HTTP goes through the injected `fetchToken`, so retries and TLS settings are shared.
 */


/** Tokens without `expires_in` live 60 s (token spec); renew a little early. */
const DEFAULT_TOKEN_SECONDS = 60;
const RENEW_MARGIN_MS = 10_000;
const CLIENT_ID = 'imprint';
function scopeString(scope) {
    const actions = scope.access === 'push' ? 'pull,push' : scope.access;
    return `repository:${scope.repository}:${actions}`;
}
/** Where a token comes from: `token` (Docker) or `access_token` (OAuth2), with its lifetime. */
function parseTokenResponse(json) {
    if (typeof json !== 'object' || json === null)
        return undefined;
    const { token, access_token: accessToken, expires_in: expiresIn, } = json;
    const value = typeof token === 'string' && token !== '' ? token : accessToken;
    if (typeof value !== 'string' || value === '')
        return undefined;
    const seconds = typeof expiresIn === 'number' && expiresIn > 0 ? expiresIn : DEFAULT_TOKEN_SECONDS;
    return { token: value, expiresInSeconds: seconds };
}
/** How to give imprint credentials for `registry`, in words a person can follow. */
function loginAdvice(registry) {
    const github = registry === 'ghcr.io'
        ? '; on GitHub Actions pass `registry-password: ${{ secrets.GITHUB_TOKEN }}` and grant `permissions: packages: write`'
        : '; on GitHub Actions a GITHUB_TOKEN needs `permissions: packages: write` for ghcr.io';
    return `Log in with \`docker login ${registry}\`, or set the registry-username and registry-password inputs${github}.`;
}
class Authenticator {
    registry;
    credentials;
    fetchToken;
    now;
    scheme;
    bearer;
    tokens = new Map();
    /**
     * Token requests in flight, by the scopes they ask for: the images verified at once all
     * need the same repository's token at the same moment, and one request serves them all.
     */
    inFlight = new Map();
    constructor(registry, credentials, fetchToken, now = Date.now) {
        this.registry = registry;
        this.credentials = credentials;
        this.fetchToken = fetchToken;
        this.now = now;
    }
    /** The Authorization header to send up front, when an earlier challenge taught us how. */
    async authorizationFor(scope) {
        if (this.scheme === 'basic')
            return this.basicHeader();
        if (this.scheme !== 'bearer' || !scope)
            return undefined;
        return this.cachedToken(scope) ?? (await this.requestToken(scope, undefined));
    }
    /**
     * After a 401: the header to retry with, or undefined when there is nothing new to try
     * (the caller then reports the failure). `sent` is the header the 401 answered.
     */
    async respondTo(wwwAuthenticate, scope, sent) {
        const challenges = parseWwwAuthenticate(wwwAuthenticate ?? '');
        const bearer = challenges.find((c) => c.scheme === 'bearer');
        if (bearer?.params.realm) {
            this.scheme = 'bearer';
            this.bearer = bearer.params;
            // Another request may have fetched a token for this scope since `sent` went out; a
            // challenge naming a scope of its own needs a token that asks for it.
            const asksOnlyFor = !bearer.params.scope || (scope && bearer.params.scope === scopeString(scope));
            const fresh = scope && asksOnlyFor ? this.cachedToken(scope) : undefined;
            if (fresh !== undefined && fresh !== sent)
                return fresh;
            if (scope)
                this.tokens.delete(scopeString(scope));
            const header = await this.requestToken(scope, bearer.params.scope, sent);
            return header === sent ? undefined : header;
        }
        if (challenges.some((c) => c.scheme === 'basic')) {
            this.scheme = 'basic';
            const header = this.basicHeader();
            return header === sent ? undefined : header;
        }
        return undefined;
    }
    basicHeader() {
        const { username, password } = this.credentials ?? {};
        if (username === undefined || password === undefined)
            return undefined;
        return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
    }
    cachedToken(scope) {
        // A pull,push token also serves reads of the same repository.
        const candidates = scope.access === 'pull' ? [scope, { ...scope, access: 'push' }] : [scope];
        for (const candidate of candidates) {
            const cached = this.tokens.get(scopeString(candidate));
            if (cached && cached.expiresAt > this.now())
                return cached.header;
        }
        return undefined;
    }
    /**
     * A token for the scope (and the challenge's own scope), shared with a request for the same
     * scopes already in flight unless that one would bring back `refused`, the token a 401 just
     * turned down.
     */
    async requestToken(scope, challengeScope, refused) {
        const scopes = [
            ...new Set([scope ? scopeString(scope) : undefined, challengeScope].filter(isText)),
        ];
        const key = scopes.join(' ');
        const pending = this.inFlight.get(key);
        if (pending) {
            const header = await pending;
            if (header !== refused)
                return header;
        }
        const request = this.fetchNewToken(scope, scopes).finally(() => {
            if (this.inFlight.get(key) === request)
                this.inFlight.delete(key);
        });
        this.inFlight.set(key, request);
        return request;
    }
    async fetchNewToken(scope, scopes) {
        const params = this.bearer ?? {};
        const realm = params.realm ?? '';
        const query = new URLSearchParams();
        if (params.service)
            query.set('service', params.service);
        const request = this.tokenRequest(realm, query, scopes);
        const { status, json } = await this.fetchToken(request);
        if (status === 401 || status === 403) {
            throw this.tokenRejected(status, realm);
        }
        if (status < 200 || status > 299) {
            throw new errors/* ImprintError */.m0('REGISTRY_ERROR', `The token service of ${this.registry} (${realm}) answered HTTP ${status}.`);
        }
        const parsed = parseTokenResponse(json);
        if (!parsed) {
            throw new errors/* ImprintError */.m0('REGISTRY_PROTOCOL', `The token service of ${this.registry} (${realm}) returned no "token" or "access_token".`);
        }
        const header = `Bearer ${parsed.token}`;
        const expiresAt = this.now() + parsed.expiresInSeconds * 1000 - RENEW_MARGIN_MS;
        if (scope)
            this.tokens.set(scopeString(scope), { header, expiresAt });
        return header;
    }
    tokenRequest(realm, query, scopes) {
        const identityToken = this.credentials?.identityToken;
        if (identityToken) {
            // OAuth2 refresh-token grant, as Docker does with an identity token.
            const form = new URLSearchParams(query);
            form.set('grant_type', 'refresh_token');
            form.set('client_id', CLIENT_ID);
            form.set('refresh_token', identityToken);
            if (scopes.length > 0)
                form.set('scope', scopes.join(' '));
            return {
                url: realm,
                method: 'POST',
                headers: { 'content-type': 'application/x-www-form-urlencoded' },
                body: form.toString(),
            };
        }
        for (const scope of scopes)
            query.append('scope', scope);
        const basic = this.basicHeader();
        const separator = realm.includes('?') ? '&' : '?';
        return {
            url: `${realm}${separator}${query.toString()}`,
            method: 'GET',
            headers: basic ? { authorization: basic } : {},
        };
    }
    tokenRejected(status, realm) {
        const who = this.credentials
            ? `the credentials from ${this.credentials.source}`
            : 'anonymous access';
        return new errors/* ImprintError */.m0('REGISTRY_AUTH_FAILED', `Registry ${this.registry} refused ${who}: its token service ${realm} answered HTTP ${status}. ` +
            loginAdvice(this.registry));
    }
}
function isText(value) {
    return typeof value === 'string' && value !== '';
}


/***/ }),

/***/ 6655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EF: () => (/* binding */ readCapped),
/* harmony export */   Fr: () => (/* binding */ transferFailed),
/* harmony export */   e9: () => (/* binding */ abandon),
/* harmony export */   vf: () => (/* binding */ discard),
/* harmony export */   yR: () => (/* binding */ readText)
/* harmony export */ });
/* unused harmony export DRAIN_LIMIT */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41521);


/** A body we do not need is drained (to reuse its connection) up to this size, then dropped. */
const DRAIN_LIMIT = 64 * 1024;
/** …and for at most this long: an endless or trickling body is cut off, not waited for. */
const DRAIN_TIMEOUT_MS = 5_000;
/** REGISTRY_TRANSFER_FAILED for a body that broke off; typed errors pass through unchanged. */
function transferFailed(what, error, bytesRead) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0)
        return error;
    const after = bytesRead === undefined ? '' : ` after ${bytesRead} bytes`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('REGISTRY_TRANSFER_FAILED', `${what}: the transfer broke off${after} (${(0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .describeNetworkError */ .gl)(error)}).`, {
        cause: error,
        hint: 'The connection to the registry was reset, cut short or stalled; nothing read from it was used. Run again; if it persists, check the registry and the network.',
    });
}
/** Read a body as text, stopping at `limit` bytes (the rest is not read: the body is dropped). */
async function readText(body, limit, what) {
    const chunks = [];
    let size = 0;
    try {
        for await (const chunk of body) {
            const buffer = chunk;
            chunks.push(buffer.subarray(0, limit - size));
            size += buffer.length;
            if (size >= limit)
                break; // leaving the loop destroys the stream
        }
    }
    catch (error) {
        throw transferFailed(what, error, size);
    }
    return Buffer.concat(chunks).toString('utf8');
}
/** Read a stream, failing as soon as it passes `maxBytes` (never buffering beyond it). */
async function readCapped(body, limits) {
    const { maxBytes, declaredLength } = limits;
    if (declaredLength !== undefined &&
        Number.isFinite(declaredLength) &&
        declaredLength > maxBytes) {
        abandon(body);
        throw limits.tooLarge();
    }
    const chunks = [];
    let size = 0;
    try {
        for await (const chunk of body) {
            size += chunk.length;
            if (size > maxBytes) {
                abandon(body);
                throw limits.tooLarge();
            }
            chunks.push(chunk);
        }
    }
    catch (error) {
        throw transferFailed(limits.what, error, size);
    }
    return Buffer.concat(chunks);
}
/** Stop reading a body for good. undici reports the abort as an error: expected here. */
function abandon(body) {
    body.on('error', () => undefined);
    body.destroy();
}
/**
 * Drop a body we do not need: drained so its connection can be reused when it is short and
 * quick, destroyed (costing only the connection) past DRAIN_LIMIT bytes or DRAIN_TIMEOUT_MS.
 */
async function discard(response) {
    const { body } = response;
    if (body.readableEnded || body.destroyed)
        return;
    await new Promise((resolve) => {
        let size = 0;
        const finish = () => {
            clearTimeout(timer);
            resolve();
        };
        const cutOff = () => {
            abandon(body);
            finish();
        };
        const timer = setTimeout(cutOff, DRAIN_TIMEOUT_MS);
        timer.unref();
        body
            .on('data', (chunk) => {
            size += chunk.length;
            if (size > DRAIN_LIMIT)
                cutOff();
        })
            .once('end', finish)
            .once('close', finish)
            .once('error', finish);
    });
}


/***/ }),

/***/ 71643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AQ: () => (/* binding */ RequestDeadline),
/* harmony export */   cY: () => (/* binding */ DEFAULT_REQUEST_DEADLINE_MS),
/* harmony export */   iU: () => (/* binding */ timedOut)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/** One request, headers and body: long enough for a large layer on a slow link. */
const DEFAULT_REQUEST_DEADLINE_MS = 10 * 60_000;
function describeDuration(ms) {
    return ms >= 1000 && ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
function timedOut(what, ms, hint) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('REGISTRY_TIMEOUT', `${what} did not finish within ${describeDuration(ms)}.`, { hint });
}
/** An abort signal that fires `ms` after it starts, with a REGISTRY_TIMEOUT as its reason. */
class RequestDeadline {
    controller = new AbortController();
    timer;
    constructor(ms, what) {
        this.timer = setTimeout(() => this.controller.abort(timedOut(what, ms, 'The registry answers too slowly or sends an endless body; check it, or raise the time limit.')), ms);
        this.timer.unref();
    }
    get signal() {
        return this.controller.signal;
    }
    /** The timeout error when the deadline has passed. */
    get expired() {
        return this.signal.aborted ? this.signal.reason : undefined;
    }
    clear() {
        clearTimeout(this.timer);
    }
    /** Keep the deadline running until the response body is read or dropped. */
    coverBody(body) {
        if (body.destroyed || body.readableEnded)
            this.clear();
        else
            body.once('close', () => this.clear());
    }
}


/***/ }),

/***/ 10847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ RegistryHttpError),
/* harmony export */   HB: () => (/* binding */ unreachable),
/* harmony export */   QY: () => (/* binding */ tooManyPages),
/* harmony export */   U6: () => (/* binding */ errorForStatus)
/* harmony export */ });
/* unused harmony export registryErrorDetail */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _auth_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38403);
/* harmony import */ var _http_headers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81280);
/**
 * Turning registry HTTP failures into typed errors with messages a person can act on.
 * Pure: status, request and the registry's error body in; ImprintError out.
 */



/** A registry answer with an unexpected status; `status` lets callers react to e.g. 412. */
class RegistryHttpError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0 {
    status;
    constructor(status, message) {
        super('REGISTRY_ERROR', message);
        this.status = status;
    }
}
/** `MANIFEST_UNKNOWN: manifest unknown` style summary of the registry's error body. */
function registryErrorDetail(body) {
    try {
        const parsed = JSON.parse(body);
        const parts = (parsed.errors ?? []).map((e) => [e.code, e.message].filter((x) => typeof x === 'string' && x !== '').join(': '));
        const text = parts.filter(Boolean).join('; ');
        return text === '' ? undefined : text;
    }
    catch {
        const trimmed = body.trim().split('\n')[0] ?? '';
        return trimmed === '' ? undefined : trimmed.slice(0, 200);
    }
}
function errorForStatus(exchange) {
    const { registry, method, url, status } = exchange;
    const detail = registryErrorDetail(exchange.body);
    const said = detail ? `; the registry says: ${detail}` : '';
    const where = `HTTP ${status} on ${method} ${url}${said}`;
    const who = exchange.credentialSource
        ? `the credentials from ${exchange.credentialSource}`
        : 'anonymous access (no credentials were found)';
    const what = exchange.repository
        ? `${exchange.access ?? 'pull'} access to ${exchange.repository}`
        : 'access';
    if (status === 401) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('REGISTRY_AUTH_FAILED', `Registry ${registry} did not accept ${who} for ${what} (${where}). ${(0,_auth_js__WEBPACK_IMPORTED_MODULE_1__/* .loginAdvice */ .MI)(registry)}`);
    }
    if (status === 403) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('REGISTRY_DENIED', `Registry ${registry} denied ${what} to ${who} (${where}).`, {
            hint: 'The account is known but lacks permission: grant it write access to the repository ' +
                '(on GitHub Actions: `permissions: packages: write`; on GitLab: a token with write_registry).',
        });
    }
    if (status === 404) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('REGISTRY_NOT_FOUND', `Not found on registry ${registry} (${where}).`);
    }
    return new RegistryHttpError(status, `Registry ${registry} answered ${where}.`);
}
function unreachable(url, cause, attempts, error) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('REGISTRY_UNREACHABLE', `Could not reach ${url} after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${cause}.`, {
        ...(error === undefined ? {} : { cause: error }),
        hint: tlsHint(cause) ?? 'Check that the registry host and port are right and that it is up.',
    });
}
/**
 * A paginated answer (referrers, tags) that still names a next page after `pages` pages: the
 * list is incomplete, and what it lacks may be exactly what matters (the newest attestation).
 */
function tooManyPages(what, pages, next) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('REGISTRY_TOO_MANY_PAGES', `${what} still had more pages after ${pages} pages (next: ${URL.canParse(next) ? (0,_http_headers_js__WEBPACK_IMPORTED_MODULE_2__/* .redactUrl */ .BO)(next) : next}); refusing to act on an incomplete list.`, {
        hint: 'A registry that pages endlessly is faulty or hostile; if the list is really this long, prune it (old referrers, stale tags).',
    });
}
function tlsHint(cause) {
    if (/CERT|self[- ]signed|UNABLE_TO_VERIFY|ALTNAME/i.test(cause)) {
        return "The registry's TLS certificate is not trusted: pass its CA certificate (PEM) to imprint.";
    }
    if (/EPROTO|wrong version number|packet length too long/i.test(cause)) {
        return 'The registry may speak plain HTTP: mark it insecure if that is intended.';
    }
    return undefined;
}


/***/ }),

/***/ 81280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   IX: () => (/* binding */ nextLink),
/* harmony export */   N4: () => (/* binding */ flattenHeaders),
/* harmony export */   cA: () => (/* binding */ redactHeaders)
/* harmony export */ });
/** Small, pure helpers for HTTP headers and URLs: flattening, redaction for logs, Link parsing. */
/** Header values safe to print: credentials replaced, only an auth scheme name kept. */
function redactHeaders(headers) {
    const redacted = {};
    for (const [name, value] of Object.entries(headers)) {
        if (/^(proxy-)?authorization$/i.test(name)) {
            const scheme = /^(Basic|Bearer)\s/i.exec(value)?.[1];
            redacted[name] = scheme ? `${scheme} <redacted>` : '<redacted>';
        }
        else if (/^(set-)?cookie$/i.test(name)) {
            redacted[name] = '<redacted>';
        }
        else {
            redacted[name] = value;
        }
    }
    return redacted;
}
function flattenHeaders(headers) {
    const flat = {};
    for (const [name, value] of Object.entries(headers)) {
        if (value !== undefined)
            flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
    return flat;
}
/** The `rel="next"` target of an RFC 8288 Link header. */
function nextLink(header) {
    if (!header)
        return undefined;
    for (const part of header.split(/,(?=\s*<)/)) {
        const match = /^\s*<([^>]*)>(.*)$/.exec(part);
        if (match?.[1] && /;\s*rel="?([^";]*\s)?next(\s[^";]*)?"?/i.test(match[2] ?? ''))
            return match[1];
    }
    return undefined;
}
const SECRET_QUERY = /sig|signature|token|credential|key|auth|secret|password/i;
/** A URL safe to log: values of signature-like query parameters (presigned storage URLs) replaced. */
function redactUrl(url) {
    const parsed = new URL(url);
    let changed = false;
    for (const name of [...new Set(parsed.searchParams.keys())]) {
        if (SECRET_QUERY.test(name)) {
            parsed.searchParams.set(name, '<redacted>');
            changed = true;
        }
    }
    return changed ? parsed.toString() : url;
}


/***/ }),

/***/ 10506:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A1: () => (/* binding */ parseIndex),
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   Se: () => (/* binding */ DOCKER_REFERENCE_TYPE),
/* harmony export */   Wt: () => (/* binding */ platformsOf),
/* harmony export */   Z2: () => (/* binding */ MEDIA_TYPES),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   gL: () => (/* binding */ DOCKER_REFERENCE_DIGEST)
/* harmony export */ });
/* unused harmony exports EMPTY_CONFIG_BYTES, EMPTY_CONFIG, descriptorOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35035);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79310);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74976);
/**
 * Manifest and index types (OCI image spec 1.1, Docker schema 2) and their parsing.
 * Pure: bytes in, typed data out, MANIFEST_INVALID for anything malformed.
 */




const MEDIA_TYPES = {
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociConfig: 'application/vnd.oci.image.config.v1+json',
    ociEmpty: 'application/vnd.oci.empty.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerConfig: 'application/vnd.docker.container.image.v1+json',
};
/** What GET manifest asks for: every manifest and index type we can read. */
const MANIFEST_ACCEPT = [
    MEDIA_TYPES.ociManifest,
    MEDIA_TYPES.ociIndex,
    MEDIA_TYPES.dockerManifest,
    MEDIA_TYPES.dockerManifestList,
].join(', ');
const INDEX_TYPES = new Set([MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerManifestList]);
const MANIFEST_TYPES = new Set([MEDIA_TYPES.ociManifest, MEDIA_TYPES.dockerManifest]);
/** The empty JSON object `{}` as a config blob (OCI 1.1 artifacts). */
const EMPTY_CONFIG_BYTES = Buffer.from('{}');
const EMPTY_CONFIG = {
    mediaType: MEDIA_TYPES.ociEmpty,
    digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
    size: 2,
};
/** The descriptor of some bytes: sha256 digest and size, plus any extra fields. */
function descriptorOf(bytes, mediaType, extra = {}) {
    return { mediaType, digest: sha256Digest(bytes), size: bytes.length, ...extra };
}
/**
 * Parse manifest bytes. The body's own `mediaType` wins over the Content-Type the
 * registry sent; with neither, the shape (`manifests` vs `layers`) decides.
 */
function parseManifest(bytes, contentType) {
    const json = parseJsonObject(bytes);
    const mediaType = manifestTypeOf(json, contentType);
    if (INDEX_TYPES.has(mediaType)) {
        if (!Array.isArray(json.manifests))
            throw invalid(`the ${mediaType} has no "manifests" array`);
        json.manifests.forEach((entry, i) => checkDescriptor(entry, `manifests[${i}]`));
        checkOptionalDescriptor(json.subject, 'subject');
        return { kind: 'index', mediaType, index: json };
    }
    if (MANIFEST_TYPES.has(mediaType)) {
        checkDescriptor(json.config, 'config');
        if (!Array.isArray(json.layers))
            throw invalid(`the ${mediaType} has no "layers" array`);
        json.layers.forEach((entry, i) => checkDescriptor(entry, `layers[${i}]`));
        checkOptionalDescriptor(json.subject, 'subject');
        return { kind: 'manifest', mediaType, manifest: json };
    }
    throw invalid(`its media type "${mediaType}" is not an OCI or Docker schema 2 manifest or index`);
}
function parseJsonObject(bytes) {
    let json;
    try {
        json = JSON.parse(Buffer.from(bytes).toString('utf8'));
    }
    catch (error) {
        throw invalid(`it is not JSON (${error.message})`, { cause: error });
    }
    if (!(0,_util_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isJsonObject */ .O)(json))
        throw invalid('it is not a JSON object');
    if (json.schemaVersion !== 2) {
        throw invalid(`schemaVersion is ${JSON.stringify(json.schemaVersion)}, expected 2 (schema 1 is not supported)`);
    }
    return json;
}
function manifestTypeOf(json, contentType) {
    if (typeof json.mediaType === 'string')
        return json.mediaType;
    const header = contentType?.split(';')[0]?.trim() ?? '';
    if (INDEX_TYPES.has(header) || MANIFEST_TYPES.has(header))
        return header;
    return Array.isArray(json.manifests) ? MEDIA_TYPES.ociIndex : MEDIA_TYPES.ociManifest;
}
/** Parse bytes that must be an index (e.g. a referrers response or fallback tag). */
function parseIndex(bytes, contentType) {
    const parsed = parseManifest(bytes, contentType);
    if (parsed.kind !== 'index')
        throw invalid(`expected an image index, found ${parsed.mediaType}`);
    return parsed.index;
}
/**
 * BuildKit's annotations on an index entry that is not an image (moby/buildkit
 * docs/attestations/attestation-storage.md): what it is, and the digest of the entry it is about.
 */
const DOCKER_REFERENCE_TYPE = 'vnd.docker.reference.type';
const DOCKER_REFERENCE_DIGEST = 'vnd.docker.reference.digest';
/**
 * The runnable platform images of an index. Entries without a platform and BuildKit's
 * attestation manifests (`unknown/unknown`) are not images and are left out.
 */
function platformsOf(index) {
    return index.manifests.flatMap((descriptor) => {
        const platform = descriptor.platform;
        if (!platform || platform.os === 'unknown' || platform.architecture === 'unknown')
            return [];
        if (descriptor.annotations?.[DOCKER_REFERENCE_TYPE] !== undefined)
            return [];
        return [{ platform, descriptor }];
    });
}
/** `linux/arm64/v8` style. */
function formatPlatform(platform) {
    return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}
function checkOptionalDescriptor(value, where) {
    if (value !== undefined)
        checkDescriptor(value, where);
}
function checkDescriptor(value, where) {
    if (!(0,_util_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isJsonObject */ .O)(value))
        throw invalid(`${where} is not a descriptor object`);
    if (typeof value.mediaType !== 'string' || value.mediaType === '') {
        throw invalid(`${where}.mediaType is missing`);
    }
    const digest = typeof value.digest === 'string' ? value.digest : '';
    const problem = (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .digestProblem */ .WQ)(digest);
    if (problem)
        throw invalid(`${where}.digest is not valid: ${problem}`);
    if (typeof value.size !== 'number' || !Number.isSafeInteger(value.size) || value.size < 0) {
        throw invalid(`${where}.size must be a non-negative integer, found ${JSON.stringify(value.size)}`);
    }
}
function invalid(reason, options = {}) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('MANIFEST_INVALID', `The manifest is not valid: ${reason}.`, options);
}


/***/ }),

/***/ 62207:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ RegistryPool)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./src/registry/digest.ts
var registry_digest = __webpack_require__(35035);
// EXTERNAL MODULE: ./src/registry/body.ts
var registry_body = __webpack_require__(6655);
;// CONCATENATED MODULE: ./src/registry/chunks.ts
/**
 * Cutting upload data into PATCH chunks: a buffer into slices, a stream's pieces into chunks
 * of one size, and reading the next chunk while one is sent.
 */
function* bufferChunks(data, size) {
    for (let start = 0; start < data.length; start += size)
        yield data.subarray(start, start + size);
}
/**
 * Start reading the next chunk while the caller sends this one: without it a stream from
 * another registry sits paused during every PATCH, and download and upload take turns.
 */
async function* readAhead(source) {
    const iterator = source[Symbol.asyncIterator]();
    let next = iterator.next();
    try {
        for (;;) {
            const result = await next;
            if (result.done)
                return;
            next = iterator.next();
            // Handled here so an upload that fails first leaves no unhandled rejection behind;
            // awaiting it above still throws.
            next.catch(() => undefined);
            yield result.value;
        }
    }
    finally {
        void iterator.return?.()?.catch?.(() => undefined);
    }
}
/** Re-cut a stream's pieces into chunks of exactly `size` bytes (the last one shorter). */
async function* regroup(source, size) {
    let pending = [];
    let pendingBytes = 0;
    for await (const piece of source) {
        let rest = Buffer.isBuffer(piece) ? piece : Buffer.from(piece);
        while (pendingBytes + rest.length >= size) {
            const take = size - pendingBytes;
            yield Buffer.concat([...pending, rest.subarray(0, take)]);
            rest = rest.subarray(take);
            pending = [];
            pendingBytes = 0;
        }
        if (rest.length > 0) {
            pending.push(rest);
            pendingBytes += rest.length;
        }
    }
    if (pendingBytes > 0)
        yield Buffer.concat(pending);
}

;// CONCATENATED MODULE: ./src/registry/blob-upload.ts
/**
 * Blob uploads (OCI distribution spec, "Pushing blobs"): skip when the registry has the
 * blob, POST+PUT for a buffer, POST + PATCH chunks (Content-Range) + PUT for streams and
 * for data larger than the chunk size. Chunks are buffered so a retry can resend them.
 */






const DEFAULT_CHUNK_SIZE = 8 * 1024 * 1024;
const OCTET_STREAM = 'application/octet-stream';
/** The size of a blob the registry holds, or undefined when it does not have it. */
async function statBlob(transport, repository, digest) {
    const response = await transport.request({
        method: 'HEAD',
        path: `/v2/${repository}/blobs/${digest}`,
        repository,
        expect: [404],
        followRedirects: true,
    });
    await (0,registry_body/* discard */.vf)(response);
    if (response.status === 404)
        return undefined;
    return { size: Number(response.headers['content-length'] ?? Number.NaN) };
}
async function pushBlob(transport, repository, data, options = {}) {
    if (Buffer.isBuffer(data))
        return pushBuffer(transport, repository, data, options);
    const existing = options.digest && !options.knownMissing
        ? await statBlob(transport, repository, options.digest)
        : undefined;
    if (options.digest && existing) {
        data.destroy(); // the registry has it: do not read what would be thrown away
        return { digest: options.digest, size: existing.size, existed: true };
    }
    const location = await startUpload(transport, repository);
    if (options.oneRequest && options.digest !== undefined && options.size !== undefined) {
        return uploadInOneRequest(transport, repository, location, data, {
            digest: options.digest,
            size: options.size,
            verified: options.streamVerifiesDigest === true,
        });
    }
    return uploadChunks(transport, repository, location, data, options);
}
/**
 * Cross-repository mount (distribution spec, "Mounting a blob from another repository"):
 * true when the registry linked the blob into `repository` without a byte moving. A registry
 * that will not mount (no pull access to `from`, or no support) opens an upload session
 * instead (202); that session is abandoned and false returned, so the caller uploads.
 */
async function mountBlob(transport, repository, digest, from) {
    const query = `?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}`;
    const response = await transport.request({
        method: 'POST',
        path: `/v2/${repository}/blobs/uploads/${query}`,
        repository,
        access: 'push',
    });
    await (0,registry_body/* discard */.vf)(response);
    if (response.status === 201)
        return true;
    if (response.headers.location)
        await cancel(transport, repository, response.headers.location);
    return false;
}
async function pushBuffer(transport, repository, data, options) {
    const digest = (0,registry_digest/* sha256Digest */.sI)(data);
    if (options.digest && options.digest !== digest) {
        throw (0,registry_digest/* digestMismatch */.H3)(`Blob for ${repository}`, options.digest, digest);
    }
    if (await statBlob(transport, repository, digest))
        return { digest, size: data.length, existed: true };
    const location = await startUpload(transport, repository);
    const chunkSize = options.chunkSize ?? Number.POSITIVE_INFINITY;
    if (data.length > chunkSize) {
        return uploadChunks(transport, repository, location, bufferChunks(data, chunkSize), {
            ...options,
            digest,
        });
    }
    await commit(transport, repository, location, digest, data);
    return { digest, size: data.length, existed: false };
}
async function startUpload(transport, repository) {
    const response = await transport.request({
        method: 'POST',
        path: `/v2/${repository}/blobs/uploads/`,
        repository,
        access: 'push',
    });
    await (0,registry_body/* discard */.vf)(response);
    return uploadLocation(response.headers.location, repository, 'POST');
}
async function uploadChunks(transport, repository, firstLocation, chunks, options) {
    const trusted = options.streamVerifiesDigest === true && options.digest !== undefined;
    const hash = trusted ? undefined : (0,external_node_crypto_.createHash)('sha256');
    let location = firstLocation;
    let offset = 0;
    for await (const chunk of readAhead(regroup(chunks, options.chunkSize ?? DEFAULT_CHUNK_SIZE))) {
        hash?.update(chunk);
        const response = await transport.request({
            method: 'PATCH',
            path: location,
            repository,
            access: 'push',
            headers: {
                'content-type': OCTET_STREAM,
                'content-range': `${offset}-${offset + chunk.length - 1}`,
            },
            body: chunk,
        });
        await (0,registry_body/* discard */.vf)(response);
        offset += chunk.length;
        location = uploadLocation(response.headers.location, repository, 'PATCH');
    }
    const digest = hash ? `sha256:${hash.digest('hex')}` : options.digest;
    const problem = options.digest && options.digest !== digest
        ? (0,registry_digest/* digestMismatch */.H3)(`Blob for ${repository}`, options.digest, digest)
        : options.size !== undefined && options.size !== offset
            ? new errors/* ImprintError */.m0('DIGEST_MISMATCH', `Blob for ${repository}: expected ${options.size} bytes, read ${offset}.`)
            : undefined;
    if (problem) {
        await cancel(transport, repository, location);
        throw problem;
    }
    await commit(transport, repository, location, digest, undefined);
    return { digest, size: offset, existed: false };
}
/**
 * One streamed PATCH with the blob's length, then the PUT that commits it. The registry
 * checks the digest on commit; the stream is also checked here (hashed, unless it verifies
 * itself), and a stream that failed, even after the registry answered, is never committed.
 */
async function uploadInOneRequest(transport, repository, firstLocation, data, expected) {
    let failure;
    const hash = expected.verified ? undefined : (0,external_node_crypto_.createHash)('sha256');
    let sent = 0;
    // Counts (and hashes) what goes out, without taking the data from the request.
    const meter = new external_node_stream_.Transform({
        transform(chunk, _encoding, callback) {
            sent += chunk.length;
            hash?.update(chunk);
            callback(null, chunk);
        },
    });
    // pipeline, not pipe: a stream that already failed (a small blob whose digest check fails
    // before the upload starts) still fails the request instead of leaving it waiting.
    // Only the source's own failure is kept: a request that failed says so itself.
    (0,external_node_stream_.pipeline)(data, meter, () => {
        if (data.errored)
            failure ??= data.errored;
    });
    let location = firstLocation;
    try {
        const response = await transport.request({
            method: 'PATCH',
            path: location,
            repository,
            access: 'push',
            headers: { 'content-type': OCTET_STREAM, 'content-length': String(expected.size) },
            body: meter,
        });
        await (0,registry_body/* discard */.vf)(response);
        location = uploadLocation(response.headers.location, repository, 'PATCH');
    }
    catch (error) {
        data.destroy(); // stop the download this upload was fed by
        await cancel(transport, repository, location);
        throw failure ?? error;
    }
    const digest = hash ? `sha256:${hash.digest('hex')}` : expected.digest;
    const problem = failure ??
        (digest !== expected.digest
            ? (0,registry_digest/* digestMismatch */.H3)(`Blob for ${repository}`, expected.digest, digest)
            : sent !== expected.size
                ? new errors/* ImprintError */.m0('DIGEST_MISMATCH', `Blob for ${repository}: expected ${expected.size} bytes, read ${sent}.`)
                : undefined);
    if (problem) {
        await cancel(transport, repository, location);
        throw problem;
    }
    await commit(transport, repository, location, expected.digest, undefined);
    return { digest: expected.digest, size: sent, existed: false };
}
async function commit(transport, repository, location, digest, body) {
    const separator = location.includes('?') ? '&' : '?';
    const response = await transport.request({
        method: 'PUT',
        path: `${location}${separator}digest=${encodeURIComponent(digest)}`,
        repository,
        access: 'push',
        headers: body ? { 'content-type': OCTET_STREAM } : {},
        body: body ?? Buffer.alloc(0),
    });
    await (0,registry_body/* discard */.vf)(response);
    const stored = response.headers['docker-content-digest'];
    if (stored && stored !== digest)
        throw (0,registry_digest/* digestMismatch */.H3)(`Blob upload to ${repository}`, digest, stored);
}
/** Abandon an upload we will not commit; failures here do not matter. */
async function cancel(transport, repository, location) {
    try {
        await (0,registry_body/* discard */.vf)(await transport.request({
            method: 'DELETE',
            path: location,
            repository,
            access: 'push',
            expect: [404, 405],
        }));
    }
    catch {
        // the upload expires on its own
    }
}
function uploadLocation(location, repository, step) {
    if (!location) {
        throw new errors/* ImprintError */.m0('REGISTRY_PROTOCOL', `The registry sent no Location header after ${step} of a blob upload to ${repository}.`);
    }
    return location;
}

// EXTERNAL MODULE: ./src/registry/manifest.ts
var manifest = __webpack_require__(10506);
// EXTERNAL MODULE: ./src/registry/http-headers.ts
var http_headers = __webpack_require__(81280);
// EXTERNAL MODULE: ./src/registry/http-errors.ts
var http_errors = __webpack_require__(10847);
// EXTERNAL MODULE: ./src/registry/reference.ts
var registry_reference = __webpack_require__(79310);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(41692);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(24371);
// EXTERNAL MODULE: ./src/registry/auth.ts + 1 modules
var auth = __webpack_require__(38403);
// EXTERNAL MODULE: ./src/registry/deadline.ts
var registry_deadline = __webpack_require__(71643);
;// CONCATENATED MODULE: ./src/registry/origin.ts
/**
 * Where credentials may go. A registry's answers name other URLs (`Link` for the next page,
 * `Location` for an upload or a redirect, a token `realm`); credentials are sent only to the
 * registry's own origin (and, by the auth layer, to the token realm its challenge named), and
 * nothing that started on https continues on plain http. Pure.
 */


/** True when `target` is on the registry's origin (scheme, host and port all equal). */
function onRegistryOrigin(registryBase, target) {
    return new URL(registryBase).origin === target.origin;
}
/**
 * REGISTRY_DOWNGRADE when an https registry points at a plain-http URL (`what` says where the
 * URL came from): what travels there, a token, a presigned URL or the content itself, would
 * travel in clear text.
 */
function refuseDowngrade(registryBase, target, what) {
    if (new URL(registryBase).protocol === 'https:' && target.protocol !== 'https:') {
        throw new errors/* ImprintError */.m0('REGISTRY_DOWNGRADE', `${what} points from https to ${(0,http_headers/* redactUrl */.BO)(target.toString())}: refusing to leave https.`, {
            hint: 'A registry reached over https must keep every request on https; check its configuration (or a proxy in front of it).',
        });
    }
}

// EXTERNAL MODULE: ./src/registry/retry.ts
var registry_retry = __webpack_require__(41521);
;// CONCATENATED MODULE: ./src/registry/transport.ts
/**
 * The HTTP layer under the registry client: one per registry host. It adds credentials
 * when challenged, retries what is worth retrying, follows redirects, and turns failures into
 * typed errors. Credentials go to the registry's origin only: not to another origin a `Link`,
 * an upload `Location` or a redirect names, and nothing leaves https for plain http.
 * Every exchange has a deadline covering its body too, so a trickling body cannot hang a run.
 *
 * Scheme: https unless `insecure` is set, in which case plain http is used. The transport does
 * not choose: the registry pool asks scheme.ts (insecure-registries, or a registry on this
 * machine that does not speak TLS), once, before the first request.
 */











const DEFAULT_TIMEOUT_MS = 60_000;
const MAX_REDIRECTS = 5;
const ERROR_BODY_LIMIT = 64 * 1024;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
class RegistryTransport {
    registry;
    options;
    baseUrl;
    auth;
    dispatcher;
    policy;
    timeoutMs;
    requestDeadlineMs;
    sleep;
    constructor(registry, options = {}) {
        this.registry = registry;
        this.options = options;
        this.baseUrl = `${options.insecure ? 'http' : 'https'}://${(0,registry_reference/* registryApiHost */.Mb)(registry)}`;
        this.policy = { ...registry_retry/* DEFAULT_RETRY_POLICY */.cO, ...options.retry };
        this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
        this.requestDeadlineMs = options.requestDeadlineMs ?? registry_deadline/* DEFAULT_REQUEST_DEADLINE_MS */.cY;
        this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
        const ca = options.caCertificates?.length
            ? [...external_node_tls_.rootCertificates, ...options.caCertificates]
            : undefined;
        this.dispatcher = new undici/* Agent */.g6({ connect: ca ? { ca } : {} });
        this.auth = new auth/* Authenticator */.kD(registry, options.credentials, (request) => this.fetchToken(request));
    }
    async request(request) {
        const target = new URL(request.path, this.baseUrl);
        refuseDowngrade(this.baseUrl, target, `A URL from registry ${this.registry}`);
        const url = target.toString();
        const scope = request.repository
            ? { repository: request.repository, access: request.access ?? 'pull' }
            : undefined;
        // A Link or Location on another origin is followed, but never with our credentials.
        const onRegistry = onRegistryOrigin(this.baseUrl, target);
        const response = await this.withRetries(request.method, url, request.expect, () => onRegistry ? this.authorized(request, url, scope) : this.send(request, url, undefined), sentOnce(request.body) ? 1 : this.policy.attempts);
        return this.check(response, request, scope);
    }
    async close() {
        await this.dispatcher.close();
    }
    /** Close now, aborting whatever is still in flight (requests nobody waits for any more). */
    async destroy() {
        await this.dispatcher.destroy();
    }
    async authorized(request, url, scope) {
        const sent = await this.auth.authorizationFor(scope);
        let response = await this.send(request, url, sent);
        if (response.status === 401 && !sentOnce(request.body)) {
            const retryWith = await this.auth.respondTo(response.headers['www-authenticate'], scope, sent);
            if (retryWith !== undefined) {
                await (0,registry_body/* discard */.vf)(response);
                response = await this.send(request, url, retryWith);
            }
        }
        return response;
    }
    /** One exchange, following redirects when asked; Authorization stays on the registry's origin. */
    async send(request, url, authorization) {
        let current = new URL(url);
        let method = request.method;
        let body = request.body;
        for (let hop = 0;; hop += 1) {
            const onRegistry = onRegistryOrigin(this.baseUrl, current);
            const headers = {
                ...request.headers,
                ...(authorization && onRegistry ? { authorization } : {}),
            };
            const response = await this.exchange(method, current.toString(), headers, body);
            const location = response.headers.location;
            if (!request.followRedirects ||
                sentOnce(body) ||
                !REDIRECTS.has(response.status) ||
                !location ||
                hop >= MAX_REDIRECTS) {
                return response;
            }
            await (0,registry_body/* discard */.vf)(response);
            current = new URL(location, current);
            refuseDowngrade(this.baseUrl, current, `A redirect from registry ${this.registry}`);
            if (response.status === 303) {
                method = 'GET';
                body = undefined;
            }
        }
    }
    async exchange(method, url, headers, body) {
        this.options.onRequest?.(method, url);
        const deadline = new registry_deadline/* RequestDeadline */.AQ(this.requestDeadlineMs, `${method} ${(0,http_headers/* redactUrl */.BO)(url)}`);
        let response;
        try {
            response = await (0,undici.request)(url, {
                method,
                headers,
                ...(body === undefined ? {} : { body }),
                dispatcher: this.dispatcher,
                headersTimeout: this.timeoutMs,
                bodyTimeout: this.timeoutMs,
                signal: deadline.signal,
            });
        }
        catch (error) {
            deadline.clear();
            throw deadline.expired ?? error;
        }
        deadline.coverBody(response.body);
        this.options.log?.(`${method} ${(0,http_headers/* redactUrl */.BO)(url)} ${JSON.stringify((0,http_headers/* redactHeaders */.cA)(headers))} -> ${response.statusCode}`);
        return {
            status: response.statusCode,
            headers: (0,http_headers/* flattenHeaders */.N4)(response.headers),
            body: response.body,
            url,
        };
    }
    async withRetries(method, url, expect, attempt, attempts = this.policy.attempts) {
        for (let retry = 0;; retry += 1) {
            const last = retry + 1 >= attempts;
            let response;
            try {
                response = await attempt();
            }
            catch (error) {
                if (error instanceof errors/* ImprintError */.m0)
                    throw error;
                const cause = (0,registry_retry/* describeNetworkError */.gl)(error);
                if (last || !(0,registry_retry/* isRetryableError */.$d)(error))
                    throw (0,http_errors/* unreachable */.HB)(`${method} ${url}`, cause, retry + 1, error);
                await this.pause(retry, undefined, cause);
                continue;
            }
            if (!(0,registry_retry/* isRetryableStatus */.PS)(response.status) || expect?.includes(response.status))
                return response;
            const cause = `HTTP ${response.status}`;
            if (last) {
                await (0,registry_body/* discard */.vf)(response);
                throw (0,http_errors/* unreachable */.HB)(`${method} ${url}`, cause, retry + 1);
            }
            await (0,registry_body/* discard */.vf)(response);
            await this.pause(retry, response.headers['retry-after'], cause);
        }
    }
    async pause(retry, retryAfter, cause) {
        const delay = (0,registry_retry/* retryDelay */.a2)(retry, retryAfter, this.policy, this.options.random);
        this.options.log?.(`retrying in ${delay} ms after ${cause}`);
        await this.sleep(delay);
    }
    async fetchToken(request) {
        refuseDowngrade(this.baseUrl, new URL(request.url), `The token realm of registry ${this.registry}`);
        const response = await this.withRetries(request.method, request.url, undefined, () => this.exchange(request.method, request.url, request.headers, request.body));
        const text = await (0,registry_body/* readText */.yR)(response.body, ERROR_BODY_LIMIT, `The token service of ${this.registry}`);
        let json;
        try {
            json = JSON.parse(text);
        }
        catch {
            json = undefined;
        }
        return { status: response.status, json };
    }
    async check(response, request, scope) {
        const { status } = response;
        if ((status >= 200 && status < 400) || request.expect?.includes(status))
            return response;
        // The error body only adds detail: one that breaks off or runs long does not hide the status.
        const body = await (0,registry_body/* readText */.yR)(response.body, ERROR_BODY_LIMIT, 'error body').catch(() => '');
        if (status === 401 && !onRegistryOrigin(this.baseUrl, new URL(response.url))) {
            throw new errors/* ImprintError */.m0('REGISTRY_AUTH_FAILED', `${request.method} ${(0,http_headers/* redactUrl */.BO)(response.url)}, a URL registry ${this.registry} named on another origin, asks for credentials (HTTP 401); imprint sends credentials to ${this.baseUrl} only.`, {
                hint: 'A registry that sends clients elsewhere for pages or uploads must serve them from its own origin; check the registry (or a proxy in front of it).',
            });
        }
        throw (0,http_errors/* errorForStatus */.U6)({
            registry: this.registry,
            method: request.method,
            url: response.url,
            status,
            body,
            ...(scope ? { repository: scope.repository, access: scope.access } : {}),
            ...(this.options.credentials ? { credentialSource: this.options.credentials.source } : {}),
        });
    }
}
/** A body that cannot be sent a second time. */
function sentOnce(body) {
    return body !== undefined && typeof body !== 'string' && !Buffer.isBuffer(body);
}

;// CONCATENATED MODULE: ./src/registry/client.ts









const DEFAULT_MANIFEST_LIMIT = 4 * 1024 * 1024;
/** Pages of a tag list read before giving up; a `next` link after them is an error. */
const MAX_TAG_PAGES = 1000;
const GENERIC_TYPES = new Set(['', 'application/json', 'text/plain', 'application/octet-stream']);
class RegistryClient {
    registry;
    transport;
    constructor(registry, options = {}) {
        this.registry = registry;
        this.transport = new RegistryTransport(registry, options);
    }
    async getManifest(repository, reference, options = {}) {
        return (await this.fetchManifest(repository, reference, options, false));
    }
    /**
     * The manifest, or undefined when the registry answers 404: for tags that are often absent
     * (a cosign `.sig`, a referrers fallback tag), asked without building an error for the answer.
     */
    async findManifest(repository, reference, options = {}) {
        return this.fetchManifest(repository, reference, options, true);
    }
    async fetchManifest(repository, reference, options, absentIsAnswer) {
        const maxBytes = options.maxBytes ?? DEFAULT_MANIFEST_LIMIT;
        const what = `Manifest ${nameOf(repository, reference)} on ${this.registry}`;
        const response = await this.transport.request({
            method: 'GET',
            path: `/v2/${repository}/manifests/${reference}`,
            repository,
            headers: { accept: options.accept ?? manifest/* MANIFEST_ACCEPT */.dY },
            ...(absentIsAnswer && { expect: [404] }),
        });
        if (absentIsAnswer && response.status === 404) {
            await (0,registry_body/* discard */.vf)(response);
            return undefined;
        }
        const declared = Number(response.headers['content-length']);
        const bytes = await (0,registry_body/* readCapped */.EF)(response.body, {
            maxBytes,
            declaredLength: declared,
            what,
            tooLarge: () => new errors/* ImprintError */.m0('MANIFEST_TOO_LARGE', `${what} is larger than the limit of ${maxBytes} bytes.`, {
                hint: 'Manifests are small JSON documents; a larger one is a registry fault or an attack.',
            }),
        });
        const digest = verifyManifestDigest(what, bytes, reference, response.headers['docker-content-digest']);
        return {
            digest,
            mediaType: manifestMediaType(response.headers['content-type'], bytes),
            bytes,
            size: bytes.length,
            ...(response.headers.etag ? { etag: response.headers.etag } : {}),
        };
    }
    /** The manifest's descriptor, or undefined when the tag or digest does not exist. */
    async headManifest(repository, reference) {
        const response = await this.transport.request({
            method: 'HEAD',
            path: `/v2/${repository}/manifests/${reference}`,
            repository,
            headers: { accept: manifest/* MANIFEST_ACCEPT */.dY },
            expect: [404],
        });
        await (0,registry_body/* discard */.vf)(response);
        if (response.status === 404)
            return undefined;
        const digest = response.headers['docker-content-digest'];
        const size = Number(response.headers['content-length']);
        const mediaType = (response.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '';
        if (digest && (0,registry_reference/* isDigest */.Bc)(digest) && Number.isSafeInteger(size) && !GENERIC_TYPES.has(mediaType)) {
            if ((0,registry_reference/* isDigest */.Bc)(reference) &&
                (0,registry_digest/* algorithmOf */.Hy)(reference) === (0,registry_digest/* algorithmOf */.Hy)(digest) &&
                reference !== digest) {
                throw new errors/* ImprintError */.m0('DIGEST_MISMATCH', `Registry ${this.registry} answered HEAD ${repository}@${reference} with the digest ${digest}.`);
            }
            return { mediaType, digest, size };
        }
        // Some registries leave HEAD answers bare: fetch and compute instead.
        const fetched = await this.getManifest(repository, reference);
        return { mediaType: fetched.mediaType, digest: fetched.digest, size: fetched.size };
    }
    async putManifest(repository, reference, bytes, mediaType) {
        return (await this.putManifestDetailed(repository, reference, bytes, mediaType)).digest;
    }
    /**
     * PUT a manifest. `ifMatch` (an ETag read before) or `ifNoneMatch: '*'` (create only)
     * make the write conditional on registries that support it: 412 when someone else wrote first.
     */
    async putManifestDetailed(repository, reference, bytes, mediaType, options = {}) {
        const digest = (0,registry_digest/* sha256Digest */.sI)(bytes);
        const what = `Manifest pushed to ${this.registry}/${repository}`;
        if ((0,registry_reference/* isDigest */.Bc)(reference) && reference !== (0,registry_digest/* digestOf */.ol)(bytes, (0,registry_digest/* algorithmOf */.Hy)(reference))) {
            throw (0,registry_digest/* digestMismatch */.H3)(`${what} by digest`, reference, (0,registry_digest/* digestOf */.ol)(bytes, (0,registry_digest/* algorithmOf */.Hy)(reference)));
        }
        const response = await this.transport.request({
            method: 'PUT',
            path: `/v2/${repository}/manifests/${reference}`,
            repository,
            access: 'push',
            headers: {
                'content-type': mediaType,
                ...(options.ifMatch ? { 'if-match': options.ifMatch } : {}),
                ...(options.ifNoneMatch ? { 'if-none-match': options.ifNoneMatch } : {}),
            },
            body: bytes,
        });
        await (0,registry_body/* discard */.vf)(response);
        const stored = response.headers['docker-content-digest'];
        if (stored && stored !== digest && stored !== reference) {
            throw new errors/* ImprintError */.m0('DIGEST_MISMATCH', `${what} as ${reference}: the registry reports digest ${stored}, but the bytes sent hash to ${digest}.`, {
                hint: 'Something between imprint and the registry changed the manifest; do not trust this push.',
            });
        }
        const ociSubject = response.headers['oci-subject'];
        return { digest, ...(ociSubject ? { ociSubject } : {}) };
    }
    async deleteManifest(repository, digest) {
        await (0,registry_body/* discard */.vf)(await this.transport.request({
            method: 'DELETE',
            path: `/v2/${repository}/manifests/${digest}`,
            repository,
            access: 'delete',
        }));
    }
    /**
     * A stream of the blob that errors with DIGEST_MISMATCH at its end if the bytes are wrong,
     * and with REGISTRY_TRANSFER_FAILED (or REGISTRY_TIMEOUT) if the transfer breaks off.
     */
    async getBlob(repository, digest) {
        const what = `Blob ${repository}@${digest} from ${this.registry}`;
        const verifier = new registry_digest/* DigestVerifier */.Do(digest, what);
        const response = await this.transport.request({
            method: 'GET',
            path: `/v2/${repository}/blobs/${digest}`,
            repository,
            followRedirects: true,
        });
        let received = 0;
        response.body.on('data', (chunk) => (received += chunk.length));
        response.body.on('error', (error) => verifier.destroy((0,registry_body/* transferFailed */.Fr)(what, error, received)));
        // A reader that stops early (a size limit) must not leave the download running.
        verifier.on('close', () => {
            if (!response.body.readableEnded)
                (0,registry_body/* abandon */.e9)(response.body);
        });
        return response.body.pipe(verifier);
    }
    async getBlobBytes(repository, digest, maxBytes) {
        const stream = await this.getBlob(repository, digest);
        return (0,registry_body/* readCapped */.EF)(stream, {
            maxBytes,
            what: `Blob ${repository}@${digest} from ${this.registry}`,
            tooLarge: () => new errors/* ImprintError */.m0('BLOB_TOO_LARGE', `Blob ${repository}@${digest} on ${this.registry} is larger than the limit of ${maxBytes} bytes.`),
        });
    }
    async hasBlob(repository, digest) {
        return (await statBlob(this.transport, repository, digest)) !== undefined;
    }
    /** Link a blob of `from` (same registry) into `repository`; false when the registry would not. */
    async mountBlob(repository, digest, from) {
        return mountBlob(this.transport, repository, digest, from);
    }
    async pushBlob(repository, data, options = {}) {
        return pushBlob(this.transport, repository, data, options);
    }
    /**
     * Every tag of the repository, following `Link: <…>; rel="next"` pages. `pageSize`
     * asks for pages of that many tags (`?n=`); registries may page on their own anyway.
     */
    async listTags(repository, options = {}) {
        const tags = [];
        const query = options.pageSize ? `?n=${options.pageSize}` : '';
        let path = `/v2/${repository}/tags/list${query}`;
        for (let page = 0; path; page += 1) {
            if (page === MAX_TAG_PAGES) {
                throw (0,http_errors/* tooManyPages */.QY)(`The tag list of ${repository} on ${this.registry}`, MAX_TAG_PAGES, path);
            }
            const response = await this.transport.request({
                method: 'GET',
                path,
                repository,
            });
            tags.push(...tagsOf(await (0,registry_body/* readText */.yR)(response.body, DEFAULT_MANIFEST_LIMIT, `The tag list of ${repository} on ${this.registry}`), this.registry, repository));
            path = (0,http_headers/* nextLink */.IX)(response.headers.link);
        }
        return tags;
    }
    async close() {
        await this.transport.close();
    }
    /** Close now, aborting requests still in flight that nobody waits for any more. */
    async destroy() {
        await this.transport.destroy();
    }
}
/** The digest the bytes really have, after checking it against what was asked for and what the registry claims. */
function verifyManifestDigest(what, bytes, reference, claimed) {
    if ((0,registry_reference/* isDigest */.Bc)(reference)) {
        const actual = (0,registry_digest/* digestOf */.ol)(bytes, (0,registry_digest/* algorithmOf */.Hy)(reference));
        if (actual !== reference)
            throw (0,registry_digest/* digestMismatch */.H3)(what, reference, actual);
    }
    if (claimed && (0,registry_reference/* isDigest */.Bc)(claimed)) {
        const actual = (0,registry_digest/* digestOf */.ol)(bytes, (0,registry_digest/* algorithmOf */.Hy)(claimed));
        if (actual !== claimed)
            throw (0,registry_digest/* digestMismatch */.H3)(`${what} (Docker-Content-Digest)`, claimed, actual);
    }
    return (0,registry_reference/* isDigest */.Bc)(reference) ? reference : (0,registry_digest/* sha256Digest */.sI)(bytes);
}
function manifestMediaType(contentType, bytes) {
    const header = (contentType ?? '').split(';')[0]?.trim() ?? '';
    if (!GENERIC_TYPES.has(header))
        return header;
    const body = parseJson(bytes.toString('utf8'));
    return typeof body?.mediaType === 'string' ? body.mediaType : header;
}
function tagsOf(text, registry, repository) {
    const parsed = parseJson(text);
    const tags = parsed?.tags ?? [];
    if (!parsed || !Array.isArray(tags) || tags.some((tag) => typeof tag !== 'string')) {
        throw new errors/* ImprintError */.m0('REGISTRY_PROTOCOL', `Registry ${registry} sent a tag list for ${repository} that is not {"tags": ["…", …]}.`);
    }
    return tags;
}
/** `repo:tag` or `repo@digest`, as people write them. */
function nameOf(repository, reference) {
    return `${repository}${(0,registry_reference/* isDigest */.Bc)(reference) ? '@' : ':'}${reference}`;
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/registry/credential-helper.ts
/**
 * Docker credential helpers (docker/docker-credential-helpers protocol): run
 * `docker-credential-<name> get`, write the server URL to stdin, read
 * `{"ServerURL","Username","Secret"}` from stdout. Argument arrays, never a shell.
 */


const HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const HELPER_TIMEOUT_MS = 30_000;
// The helpers' own wording for "nothing stored for this server" (credentials.ErrCredentialsNotFound).
const NOT_FOUND = /credentials not found/i;
/**
 * Credentials the helper holds for `serverUrl`, or undefined when it has none.
 * `registry` is only used to name the host in errors.
 */
async function runCredentialHelper(helper, serverUrl, registry, env) {
    const program = `docker-credential-${helper}`;
    const failed = (reason, cause) => new errors/* ImprintError */.m0('CREDENTIALS_HELPER_FAILED', `The docker credential helper "${program}" failed for registry ${registry}: ${reason}.`, {
        ...(cause === undefined ? {} : { cause }),
        hint: `Check the helper with \`echo ${serverUrl} | ${program} get\`, or remove it from your docker config (credHelpers/credsStore).`,
    });
    if (!HELPER_NAME.test(helper))
        throw failed(`"${helper}" is not a valid helper name`);
    const { code, stdout, stderr, error } = await run(program, serverUrl, env);
    if (error) {
        const reason = error.code === 'ENOENT'
            ? `${program} was not found on PATH`
            : `it could not be run (${error.message})`;
        throw failed(reason, error);
    }
    if (code !== 0) {
        if (NOT_FOUND.test(stdout) || NOT_FOUND.test(stderr))
            return undefined;
        throw failed(`it exited with ${String(code)}: ${firstLine(stderr || stdout)}`);
    }
    let parsed;
    try {
        parsed = JSON.parse(stdout);
    }
    catch (cause) {
        throw failed('its output is not JSON', cause);
    }
    const { Username, Secret } = (parsed ?? {});
    if (typeof Username !== 'string' || typeof Secret !== 'string') {
        throw failed('its output lacks the "Username" and "Secret" strings');
    }
    if (Secret === '')
        return undefined;
    return { username: Username, secret: Secret };
}
function run(program, input, env) {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)(program, ['get'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
        // Our own timer (spawn's `timeout` is never cleared when the program is missing).
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
        }, HELPER_TIMEOUT_MS);
        timer.unref();
        const finish = (result) => {
            clearTimeout(timer);
            resolve(result);
        };
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk) => (stdout += chunk.toString()));
        child.stderr.on('data', (chunk) => (stderr += chunk.toString()));
        child.on('error', (error) => finish({ code: null, stdout, stderr, error }));
        child.on('close', (code) => finish(timedOut
            ? {
                code,
                stdout,
                stderr,
                error: new Error(`no answer within ${HELPER_TIMEOUT_MS / 1000} s`),
            }
            : { code, stdout, stderr }));
        child.stdin.on('error', () => undefined); // a helper that exits early closes its stdin
        child.stdin.end(input);
    });
}
/** The first line of a helper's message, shortened: enough to act on, never a dump. */
function firstLine(text) {
    const line = text.trim().split('\n')[0] ?? '';
    return line.length > 200 ? `${line.slice(0, 200)}…` : line || '(no output)';
}

// EXTERNAL MODULE: ./src/registry/hosts.ts
var hosts = __webpack_require__(91604);
;// CONCATENATED MODULE: ./src/registry/credentials.ts
/**
 * Which credentials to present to a registry, looked up in a fixed order:
 *  1. explicit `registry-username` / `registry-password`
 *  2. GitLab CI (`CI_REGISTRY` = this host → `CI_REGISTRY_USER` / `CI_REGISTRY_PASSWORD`)
 *  3. docker config (`$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`):
 *     `credHelpers[host]`, then `credsStore`, then `auths[host]`
 *  4. `GITHUB_TOKEN` for ghcr.io
 *  5. anonymous (undefined)
 * The environment and home directory come in as parameters so tests never touch the real ones.
 */






/** The server address Docker itself stores Docker Hub credentials under. */
const DOCKER_HUB_SERVER = 'https://index.docker.io/v1/';
const IDENTITY_TOKEN_USER = '<token>';
async function resolveCredentials(registry, sources = {}) {
    const env = sources.env ?? process.env;
    const host = (0,hosts/* registryKey */.n7)(registry);
    return (fromExplicit(sources.explicit) ??
        fromGitLab(host, env) ??
        (await fromDockerConfig(host, env, sources.homeDir ?? (0,external_node_os_.homedir)())) ??
        fromGitHub(host, env));
}
function fromExplicit(explicit) {
    const username = explicit?.username ?? '';
    const password = explicit?.password ?? '';
    const [userInput, passwordInput] = explicit?.inputs ?? ['registry-username', 'registry-password'];
    if (username === '' && password === '')
        return undefined;
    if (username === '' || password === '') {
        const missing = username === '' ? userInput : passwordInput;
        const given = username === '' ? passwordInput : userInput;
        throw new errors/* ImprintError */.m0('INPUT_INVALID', `${given} is set but ${missing} is empty; set both or neither.`);
    }
    return { username, password, source: `${userInput}/${passwordInput}` };
}
function fromGitLab(host, env) {
    const { CI_REGISTRY, CI_REGISTRY_USER, CI_REGISTRY_PASSWORD } = env;
    if (!CI_REGISTRY || !CI_REGISTRY_USER || !CI_REGISTRY_PASSWORD)
        return undefined;
    if ((0,hosts/* registryKey */.n7)(CI_REGISTRY) !== host)
        return undefined;
    return {
        username: CI_REGISTRY_USER,
        password: CI_REGISTRY_PASSWORD,
        source: 'CI_REGISTRY_USER/CI_REGISTRY_PASSWORD',
    };
}
function fromGitHub(host, env) {
    if (host !== 'ghcr.io' || !env.GITHUB_TOKEN)
        return undefined;
    return {
        username: env.GITHUB_ACTOR || 'x-access-token',
        password: env.GITHUB_TOKEN,
        source: 'GITHUB_TOKEN',
    };
}
function dockerConfigPath(env, homeDir) {
    return env.DOCKER_CONFIG
        ? (0,external_node_path_.join)(env.DOCKER_CONFIG, 'config.json')
        : (0,external_node_path_.join)(homeDir, '.docker', 'config.json');
}
async function fromDockerConfig(host, env, homeDir) {
    const path = dockerConfigPath(env, homeDir);
    const config = await readDockerConfig(path);
    if (!config)
        return undefined;
    const serverUrl = host === hosts/* DOCKER_HUB */.Xb ? DOCKER_HUB_SERVER : host;
    const helper = lookup(config.credHelpers, host);
    const stores = [
        ...(helper ? [{ name: helper, where: `credHelpers in ${path}` }] : []),
        ...(config.credsStore ? [{ name: config.credsStore, where: `credsStore in ${path}` }] : []),
    ];
    for (const store of stores) {
        const found = await runCredentialHelper(store.name, serverUrl, host, env);
        if (found)
            return helperCredentials(found.username, found.secret, `docker-credential-${store.name} (${store.where})`);
    }
    const entry = lookup(config.auths, host);
    if (!entry)
        return undefined;
    const source = `auths in ${path}`;
    if (entry.identitytoken)
        return { identityToken: entry.identitytoken, source };
    if (entry.auth)
        return decodeAuth(entry.auth, path, host);
    if (entry.username && entry.password)
        return { username: entry.username, password: entry.password, source };
    return undefined;
}
function helperCredentials(username, secret, source) {
    return username === IDENTITY_TOKEN_USER
        ? { identityToken: secret, source }
        : { username, password: secret, source };
}
function decodeAuth(auth, path, host) {
    const decoded = Buffer.from(auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon <= 0) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', `The "auth" entry for ${host} in ${path} is not base64 of "username:password".`, { hint: `Run \`docker login ${host}\` again to rewrite it.` });
    }
    return {
        username: decoded.slice(0, colon),
        password: decoded.slice(colon + 1),
        source: `auths in ${path}`,
    };
}
async function readDockerConfig(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw new errors/* ImprintError */.m0('INPUT_INVALID', `Cannot read the docker config ${path}: ${error.message}.`, {
            cause: error,
        });
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', `The docker config ${path} is not valid JSON: ${error.message}.`, {
            cause: error,
        });
    }
}
/** The value whose key names `host` by the rule of hosts.ts (keys may carry a scheme or path). */
function lookup(map, host) {
    if (!map)
        return undefined;
    for (const [key, value] of Object.entries(map)) {
        if ((0,hosts/* registryKey */.n7)(key) === host)
            return value;
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/registry/scheme.ts
var registry_scheme = __webpack_require__(6728);
;// CONCATENATED MODULE: ./src/registry/pool.ts




class RegistryPool {
    options;
    log;
    opened = new Map();
    constructor(options = {}, log) {
        this.options = options;
        this.log = log;
    }
    /** The client of `registry` (`host[:port]` as in an image reference). */
    async client(registry) {
        return (await this.access(registry)).client;
    }
    /** The client of `registry` and the credentials it presents. */
    access(registry) {
        const key = (0,hosts/* registryKey */.n7)(registry);
        let access = this.opened.get(key);
        if (!access) {
            access = this.open(key);
            this.opened.set(key, access);
        }
        return access;
    }
    /** Every answer the run waited for is in; requests still in flight (an image past its deadline) are aborted. */
    async close() {
        const opened = await Promise.allSettled(this.opened.values());
        await Promise.all(opened.map((result) => result.status === 'fulfilled' ? result.value.client.destroy() : Promise.resolve()));
        this.opened.clear();
    }
    async open(registry) {
        const { options, log } = this;
        const login = [options.login, ...(options.logins ?? [])].find((candidate) => candidate !== undefined && (0,hosts/* sameRegistry */.cJ)(candidate.registry, registry));
        const credentials = await resolveCredentials(registry, {
            ...(login && { explicit: login }),
            env: options.env ?? process.env,
        });
        log?.addSecret(credentials?.password);
        log?.addSecret(credentials?.identityToken);
        const say = (line) => options.announce === 'info' ? log?.info(line) : log?.debug(line);
        say(credentials
            ? `registry ${registry}: credentials from ${credentials.source}`
            : `registry ${registry}: no credentials found, trying anonymous access`);
        const scheme = await (0,registry_scheme/* chooseScheme */.p)(registry, options.insecureRegistries, options.probeTls);
        if (scheme.reason)
            say(`registry ${registry}: plain HTTP, ${scheme.reason}`);
        const client = new RegistryClient(registry, {
            ...(credentials && { credentials }),
            insecure: scheme.insecure,
            ...transportOptions(options),
            ...(log && { log: (line) => log.debug(line) }),
        });
        return { client, credentials };
    }
}
function transportOptions(options) {
    return {
        ...(options.caCertificates?.length && { caCertificates: [...options.caCertificates] }),
        ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
        ...(options.requestDeadlineMs !== undefined && {
            requestDeadlineMs: options.requestDeadlineMs,
        }),
        ...(options.retry && { retry: options.retry }),
        ...(options.onRequest && { onRequest: options.onRequest }),
    };
}


/***/ }),

/***/ 41521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ isRetryableError),
/* harmony export */   PS: () => (/* binding */ isRetryableStatus),
/* harmony export */   a2: () => (/* binding */ retryDelay),
/* harmony export */   cO: () => (/* binding */ DEFAULT_RETRY_POLICY),
/* harmony export */   gl: () => (/* binding */ describeNetworkError)
/* harmony export */ });
/* unused harmony exports backoffDelay, parseRetryAfter */
/**
 * When and how long to wait before trying a registry request again: exponential backoff
 * with full jitter (AWS architecture blog, "Exponential Backoff And Jitter"), `Retry-After`
 * honoured, and a fixed list of failures worth retrying. Pure apart from the injected clock.
 */
const DEFAULT_RETRY_POLICY = {
    attempts: 4,
    baseDelayMs: 500,
    maxDelayMs: 10_000,
    maxRetryAfterMs: 60_000,
};
/** Full jitter: a uniformly random delay in [0, min(max, base * 2^retry)). `retry` counts from 0. */
function backoffDelay(retry, policy, random = Math.random) {
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
    return Math.floor(random() * ceiling);
}
/**
 * `Retry-After` as milliseconds to wait: delay-seconds or an HTTP-date (RFC 9110 §10.2.3).
 * Undefined when absent or unreadable; never negative.
 */
function parseRetryAfter(value, now = Date.now()) {
    if (value === null || value === undefined)
        return undefined;
    const text = value.trim();
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    if (!/[a-z]/i.test(text))
        return undefined;
    const at = Date.parse(text);
    if (Number.isNaN(at))
        return undefined;
    return Math.max(0, at - now);
}
/** How long to wait before retry number `retry` (0-based), preferring the server's word. */
function retryDelay(retry, retryAfter, policy, random = Math.random, now = Date.now()) {
    const asked = parseRetryAfter(retryAfter, now);
    if (asked !== undefined)
        return Math.min(asked, policy.maxRetryAfterMs);
    return backoffDelay(retry, policy, random);
}
function isRetryableStatus(status) {
    return status === 429 || status === 408 || (status >= 500 && status <= 599 && status !== 501);
}
const RETRYABLE_ERROR_CODES = new Set([
    'ECONNREFUSED',
    'ECONNRESET',
    'ETIMEDOUT',
    'EPIPE',
    'EAI_AGAIN',
    'ENETUNREACH',
    'EHOSTUNREACH',
]);
// undici's own codes that are programming or configuration errors, not network weather.
const PERMANENT_UNDICI_CODES = new Set([
    'UND_ERR_INVALID_ARG',
    'UND_ERR_INVALID_RETURN_VALUE',
    'UND_ERR_NOT_SUPPORTED',
    'UND_ERR_ABORTED',
    'UND_ERR_REQ_CONTENT_LENGTH_MISMATCH',
    'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
    'UND_ERR_RES_EXCEEDED_MAX_SIZE',
]);
/** The error code of a network failure, looking through `cause` chains and aggregates. */
function networkErrorCode(error) {
    let current = error;
    for (let depth = 0; depth < 5 && current; depth += 1) {
        const code = current.code;
        if (typeof code === 'string')
            return code;
        const nested = current.errors;
        if (Array.isArray(nested) && nested.length > 0)
            current = nested[0];
        else
            current = current.cause;
    }
    return undefined;
}
function isRetryableError(error) {
    const code = networkErrorCode(error);
    if (code === undefined)
        return false;
    if (RETRYABLE_ERROR_CODES.has(code))
        return true;
    return code.startsWith('UND_ERR_') && !PERMANENT_UNDICI_CODES.has(code);
}
/** One readable line for a network failure: its code and the innermost message. */
function describeNetworkError(error) {
    const code = networkErrorCode(error);
    let deepest = error;
    for (let depth = 0; depth < 5 && deepest?.cause; depth += 1) {
        deepest = deepest.cause;
    }
    // Duck-typed: errors from Node internals come from another realm under test runners.
    const own = deepest?.message;
    const raw = typeof own === 'string' && own !== '' ? own : (code ?? String(deepest));
    // OpenSSL's "…:error:0A00010B:SSL routines:func:reason:file:line:" → reason
    const openssl = /:error:[0-9A-F]+:[^:]*:[^:]*:([^:]+):/.exec(raw)?.[1];
    const message = openssl ?? (raw.split('\n')[0] ?? '').trim();
    return code && !message.includes(code) ? `${code} (${message})` : message;
}


/***/ }),

/***/ 6728:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ chooseScheme)
/* harmony export */ });
/* unused harmony export probeTls */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _hosts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91604);
/**
 * https or plain http for a registry. https, unless the registry is listed in
 * insecure-registries, or it is on this machine (localhost, 127.0.0.0/8, ::1) and does not
 * speak TLS: docker (127.0.0.0/8 is insecure by default) and go-containerregistry (loopback
 * names fall back to http) reach a local test registry the same way, without a flag. Traffic
 * to loopback never leaves the machine, so there is nothing to read or change on the way.
 *
 * "Does not speak TLS" is asked with a TLS handshake and nothing else (no request, no
 * credentials): a peer that answers the handshake stays on https, even with a certificate
 * imprint does not trust (the request then says so and how to fix it); a port where nothing
 * listens stays on https (the request reports it unreachable). Only a peer that answers, but not
 * in TLS, is reached over http. A registry elsewhere is never moved off https without the flag.
 */



/** Loopback answers at once; a peer silent for this long does not speak TLS either. */
const TLS_PROBE_TIMEOUT_MS = 10_000;
async function chooseScheme(registry, insecureRegistries, probe = probeTls) {
    if ((0,_hosts_js__WEBPACK_IMPORTED_MODULE_2__/* .listsRegistry */ .F)(insecureRegistries, registry)) {
        return { insecure: true };
    }
    if (!(0,_hosts_js__WEBPACK_IMPORTED_MODULE_2__/* .isLoopbackRegistry */ .jW)(registry))
        return { insecure: false };
    const { hostname, port = 443 } = (0,_hosts_js__WEBPACK_IMPORTED_MODULE_2__/* .hostAndPort */ .PG)(registry);
    if ((await probe(hostname, port)) !== 'not-tls')
        return { insecure: false };
    return {
        insecure: true,
        reason: 'a registry on this machine that does not speak TLS (as docker does for loopback)',
    };
}
/** A TLS handshake with `hostname:port`, certificate not judged: does the peer speak TLS at all? */
function probeTls(hostname, port, timeoutMs = TLS_PROBE_TIMEOUT_MS) {
    return new Promise((resolve) => {
        let connected = false;
        let settled = false;
        let tls;
        const tcp = (0,node_net__WEBPACK_IMPORTED_MODULE_0__.connect)({ host: hostname, port });
        const finish = (result) => {
            if (settled)
                return;
            settled = true;
            tls?.destroy();
            tcp.destroy();
            resolve(result);
        };
        tcp.setTimeout(timeoutMs, () => finish(connected ? 'not-tls' : 'no-answer'));
        tcp.once('error', () => finish(connected ? 'not-tls' : 'no-answer'));
        tcp.once('connect', () => {
            connected = true;
            tls = (0,node_tls__WEBPACK_IMPORTED_MODULE_1__.connect)({
                socket: tcp,
                // Whether the certificate is trusted is the real request's question, not this one's.
                rejectUnauthorized: false,
                ...(hostname === 'localhost' && { servername: hostname }),
            });
            tls.once('secureConnect', () => finish('tls'));
            tls.once('error', () => finish('not-tls'));
            tls.once('close', () => finish('not-tls'));
        });
    });
}


/***/ }),

/***/ 74468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eq: () => (/* binding */ buildPurl),
/* harmony export */   nA: () => (/* binding */ pypiPurlName),
/* harmony export */   sE: () => (/* binding */ distroQualifier)
/* harmony export */ });
/* unused harmony export encodePurlComponent */
/**
 * Package URLs in their canonical form (purl spec, "Character encoding" and "How to build"):
 * every component is percent-encoded except ASCII letters, digits, `.-_~` and the colon;
 * qualifiers are sorted by key and empty ones dropped; namespace segments are encoded one by one.
 */
const UNRESERVED = /[A-Za-z0-9.\-_~:]/;
/** RFC 3986 percent-encoding with the purl spec's allowed set (UTF-8 first). */
function encodePurlComponent(value) {
    let out = '';
    for (const char of value) {
        if (UNRESERVED.test(char)) {
            out += char;
            continue;
        }
        for (const byte of Buffer.from(char, 'utf8')) {
            out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
        }
    }
    return out;
}
function buildPurl(parts) {
    if (!/^[a-z][a-z0-9.\-+]*$/i.test(parts.type))
        throw new TypeError(`invalid purl type "${parts.type}"`);
    if (parts.name === '')
        throw new TypeError('a purl needs a name');
    let purl = `pkg:${parts.type.toLowerCase()}/`;
    const namespace = (parts.namespace ?? '').split('/').filter((segment) => segment !== '');
    if (namespace.length > 0)
        purl += `${namespace.map(encodePurlComponent).join('/')}/`;
    purl += encodePurlComponent(parts.name);
    if (parts.version)
        purl += `@${encodePurlComponent(parts.version)}`;
    const qualifiers = Object.entries(parts.qualifiers ?? {})
        .filter((pair) => pair[1] !== undefined && pair[1] !== '')
        .map(([key, value]) => [key.toLowerCase(), value])
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (qualifiers.length > 0) {
        purl += `?${qualifiers.map(([key, value]) => `${key}=${encodePurlComponent(value)}`).join('&')}`;
    }
    const subpath = (parts.subpath ?? '')
        .split('/')
        .filter((segment) => segment !== '' && segment !== '.' && segment !== '..');
    if (subpath.length > 0)
        purl += `#${subpath.map(encodePurlComponent).join('/')}`;
    return purl;
}
/** `distro` qualifier value: `debian-12`, `alpine-3.18.4`, `fedora-38`. */
function distroQualifier(distro) {
    if (!distro)
        return undefined;
    return distro.versionId ? `${distro.id}-${distro.versionId}` : distro.id;
}
/** PyPI names in purls are lowercased with `_` turned into `-` (purl spec, pypi type). */
function pypiPurlName(name) {
    return name.toLowerCase().replace(/_/g, '-');
}


/***/ })

};
