export const id = 7304;
export const ids = [7304];
export const modules = {

/***/ 87304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openGcpKmsStore: () => (/* binding */ openGcpKmsStore)
/* harmony export */ });
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82778);

const NOT_FOUND = 5; // gRPC status
function openGcpKmsStore(ref, client) {
    const name = `Google Cloud KMS key ${ref.keyName}`;
    let connected;
    const connect = () => (connected ??= client ? Promise.resolve(client) : defaultClient());
    const versionName = async (kms) => {
        if (ref.version !== undefined)
            return `${ref.keyName}/cryptoKeyVersions/${ref.version}`;
        const [versions] = await kms.listCryptoKeyVersions({
            parent: ref.keyName,
            filter: 'state=ENABLED',
        });
        const newest = versions
            .map((version) => version.name ?? '')
            .sort((a, b) => Number(a.split('/').pop()) - Number(b.split('/').pop()))
            .pop();
        if (!newest)
            throw new Error('the key has no enabled version');
        return newest;
    };
    const publicKeyPem = async () => {
        try {
            const kms = await connect();
            const [key] = await kms.getPublicKey({ name: await versionName(kms) });
            return key.pem;
        }
        catch (error) {
            throw (0,_store_js__WEBPACK_IMPORTED_MODULE_0__/* .keyStoreFailure */ .j)(name, 'GetPublicKey', error);
        }
    };
    return {
        publicKeyPem,
        async signDigest(digest) {
            try {
                const kms = await connect();
                const [out] = await kms.asymmetricSign({
                    name: await versionName(kms),
                    digest: { sha256: digest },
                });
                return Buffer.from(out.signature);
            }
            catch (error) {
                throw (0,_store_js__WEBPACK_IMPORTED_MODULE_0__/* .keyStoreFailure */ .j)(name, 'AsymmetricSign', error);
            }
        },
        async createKey() {
            const ringName = `projects/${ref.project}/locations/${ref.location}/keyRings/${ref.keyRing}`;
            try {
                const kms = await connect();
                await kms.getKeyRing({ name: ringName }).catch(async (error) => {
                    if (error.code !== NOT_FOUND)
                        throw error;
                    await kms.createKeyRing({
                        parent: `projects/${ref.project}/locations/${ref.location}`,
                        keyRingId: ref.keyRing,
                    });
                });
                await kms.createCryptoKey({
                    parent: ringName,
                    cryptoKeyId: ref.cryptoKey,
                    cryptoKey: {
                        purpose: 'ASYMMETRIC_SIGN',
                        versionTemplate: { algorithm: 'EC_SIGN_P256_SHA256' },
                    },
                });
            }
            catch (error) {
                throw (0,_store_js__WEBPACK_IMPORTED_MODULE_0__/* .keyStoreFailure */ .j)(name, 'CreateCryptoKey', error);
            }
            return publicKeyPem();
        },
    };
}
async function defaultClient() {
    const { KeyManagementServiceClient } = await Promise.all(/* import() */[__webpack_require__.e(3324), __webpack_require__.e(6043)]).then(__webpack_require__.bind(__webpack_require__, 26043));
    return new KeyManagementServiceClient();
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
