export const id = 6222;
export const ids = [6222];
export const modules = {

/***/ 76222:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openHashiVaultStore: () => (/* binding */ openHashiVaultStore)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82778);
/**
 * HashiCorp Vault's transit engine over its REST API (HashiCorp publishes no official Node.js
 * SDK, so these are plain HTTP calls through undici), as cosign uses it: VAULT_ADDR, VAULT_TOKEN,
 * optional VAULT_NAMESPACE and TRANSIT_SECRET_ENGINE_PATH (default `transit`).
 *   sign:     POST /v1/MOUNT/sign/KEY/sha2-256 {input: base64 digest, prehashed: true} → vault:vN:DER
 *   public:   GET  /v1/MOUNT/keys/KEY → keys[latest_version].public_key (PEM)
 *   generate: POST /v1/MOUNT/keys/KEY {type: ecdsa-p256}
 * The token is sent as X-Vault-Token and never logged. Tested on its requests only.
 */


function openHashiVaultStore(ref, options = {}, transport = undiciTransport) {
    const env = options.env ?? process.env;
    const name = `HashiCorp Vault transit key ${ref.keyName}`;
    const address = env.VAULT_ADDR;
    const token = env.VAULT_TOKEN;
    const mount = (env.TRANSIT_SECRET_ENGINE_PATH ?? 'transit').replace(/^\/+|\/+$/g, '');
    const call = async (step, method, path, body) => {
        if (!address || !token) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('KEY_STORE_FAILED', `${name}: VAULT_ADDR and VAULT_TOKEN must be set`, {
                hint: 'set VAULT_ADDR to the Vault server and VAULT_TOKEN from a secret, as for cosign',
            });
        }
        options.maskSecret?.(token);
        const headers = {
            'X-Vault-Token': token,
            'Content-Type': 'application/json',
        };
        if (env.VAULT_NAMESPACE)
            headers['X-Vault-Namespace'] = env.VAULT_NAMESPACE;
        const url = `${address.replace(/\/+$/, '')}/v1/${mount}/${path}/${encodeURIComponent(ref.keyName)}`;
        try {
            const response = await transport({
                method,
                url: path === 'sign' ? `${url}/sha2-256` : url,
                headers,
                ...(body && { body: JSON.stringify(body) }),
            });
            if (response.status < 200 || response.status > 299) {
                const errors = response.body?.errors ?? [];
                throw new Error(`HTTP ${response.status}${errors.length > 0 ? `: ${errors.join('; ')}` : ''}`);
            }
            return response.body?.data;
        }
        catch (error) {
            throw (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .keyStoreFailure */ .j)(name, step, error);
        }
    };
    const publicKeyPem = async () => {
        const data = (await call('reading the key', 'GET', 'keys'));
        const pem = data?.keys?.[String(data.latest_version)]?.public_key;
        if (!pem)
            throw (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .keyStoreFailure */ .j)(name, 'reading the key', new Error('the key has no public key (not an ecdsa-p256 key?)'));
        return pem;
    };
    return {
        publicKeyPem,
        async signDigest(digest) {
            const data = (await call('signing', 'POST', 'sign', {
                input: digest.toString('base64'),
                prehashed: true,
                marshaling_algorithm: 'asn1',
            }));
            const match = /^vault:v\d+:(.+)$/.exec(data?.signature ?? '');
            if (!match)
                throw (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .keyStoreFailure */ .j)(name, 'signing', new Error('the answer holds no vault:vN: signature'));
            return Buffer.from(match[1], 'base64');
        },
        async createKey() {
            await call('creating the key', 'POST', 'keys', { type: 'ecdsa-p256' });
            return publicKeyPem();
        },
    };
}
async function undiciTransport(request) {
    const { request: send } = await __webpack_require__.e(/* import() */ 6752).then(__webpack_require__.t.bind(__webpack_require__, 24371, 19));
    const response = await send(request.url, {
        method: request.method,
        headers: request.headers,
        ...(request.body !== undefined && { body: request.body }),
    });
    const text = await response.body.text();
    return {
        status: response.statusCode,
        body: text === '' ? undefined : JSON.parse(text),
    };
}


/***/ }),

/***/ 82778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ keyStoreFailure)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * A key store: a place that holds an ECDSA P-256 key and signs with it without handing it out
 * (a PKCS#11 token, a cloud KMS). Each kind is one backend behind this interface.
 */

/** A store operation that failed, naming the store, the step and what the store said. */
function keyStoreFailure(store, step, error) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0)
        return error;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('KEY_STORE_FAILED', `${store}: ${step} failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error)}`, {
        cause: error,
        hint: 'check that the key exists, is an EC P-256 signing key, and that the credentials may use it',
    });
}


/***/ })

};
