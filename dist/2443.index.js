export const id = 2443;
export const ids = [2443];
export const modules = {

/***/ 32443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openAzureKmsStore: () => (/* binding */ openAzureKmsStore)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _ecdsa_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49487);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82778);
/**
 * Azure Key Vault through its official clients (@azure/keyvault-keys with @azure/identity's
 * DefaultAzureCredential), as cosign uses it: sign ES256 over the SHA-256 digest (Key Vault
 * returns raw r||s, converted to DER here), the public key from the key's JWK, and for
 * generate-key-pair an EC P-256 key allowed to sign and verify. Tested on its requests only.
 */



function openAzureKmsStore(ref, vault) {
    const name = `Azure Key Vault key ${ref.keyName} in ${ref.vaultUrl}`;
    let connected;
    const connect = () => (connected ??= vault ? Promise.resolve(vault) : defaultVault(ref.vaultUrl));
    return {
        async publicKeyPem() {
            try {
                return pemOf(await (await connect()).getKey(ref.keyName, ref.version));
            }
            catch (error) {
                throw (0,_store_js__WEBPACK_IMPORTED_MODULE_2__/* .keyStoreFailure */ .j)(name, 'getKey', error);
            }
        },
        async signDigest(digest) {
            try {
                return (0,_ecdsa_js__WEBPACK_IMPORTED_MODULE_1__/* .rawSignatureToDer */ .hB)(await (await connect()).sign(ref.keyName, ref.version, 'ES256', digest));
            }
            catch (error) {
                throw (0,_store_js__WEBPACK_IMPORTED_MODULE_2__/* .keyStoreFailure */ .j)(name, 'sign', error);
            }
        },
        async createKey() {
            try {
                const created = await (await connect()).createEcKey(ref.keyName, { curve: 'P-256', keyOps: ['sign', 'verify'] });
                return pemOf(created);
            }
            catch (error) {
                throw (0,_store_js__WEBPACK_IMPORTED_MODULE_2__/* .keyStoreFailure */ .j)(name, 'createEcKey', error);
            }
        },
    };
}
function pemOf(jwk) {
    const { kty, crv, x, y } = jwk;
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: { kty, crv, x, y }, format: 'jwk' })
        .export({ format: 'pem', type: 'spki' })
        .toString();
}
async function defaultVault(vaultUrl) {
    const [{ CryptographyClient, KeyClient }, { DefaultAzureCredential }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(2830), __webpack_require__.e(3040), __webpack_require__.e(5932), __webpack_require__.e(7428), __webpack_require__.e(3472)]).then(__webpack_require__.bind(__webpack_require__, 83472)),
        Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(2830), __webpack_require__.e(3040), __webpack_require__.e(5932), __webpack_require__.e(5738), __webpack_require__.e(3324), __webpack_require__.e(6969)]).then(__webpack_require__.bind(__webpack_require__, 16969)),
    ]);
    const credential = new DefaultAzureCredential();
    const keys = new KeyClient(vaultUrl, credential);
    const jwkOf = (key) => ({
        kty: (key.key?.kty ?? '').replace(/-HSM$/, ''),
        crv: key.key?.crv ?? '',
        x: Buffer.from(key.key?.x ?? []).toString('base64url'),
        y: Buffer.from(key.key?.y ?? []).toString('base64url'),
    });
    return {
        async sign(keyName, version, algorithm, digest) {
            const key = await keys.getKey(keyName, version === undefined ? {} : { version });
            const result = await new CryptographyClient(key.id, credential).sign(algorithm, digest);
            return result.result;
        },
        async getKey(keyName, version) {
            return jwkOf(await keys.getKey(keyName, version === undefined ? {} : { version }));
        },
        async createEcKey(keyName, options) {
            return jwkOf(await keys.createEcKey(keyName, { curve: options.curve, keyOps: options.keyOps }));
        },
    };
}


/***/ }),

/***/ 49487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xc: () => (/* binding */ ecPointToSpkiPem),
/* harmony export */   hB: () => (/* binding */ rawSignatureToDer),
/* harmony export */   mQ: () => (/* binding */ P256_EC_PARAMS)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/**
 * The ECDSA P-256 encodings the key stores speak, converted to what Sigstore wants: PKCS#11 and
 * Azure Key Vault return a signature as raw r||s (32 + 32 bytes), cosign and every Sigstore
 * verifier expect ASN.1 DER (SEQUENCE { INTEGER r, INTEGER s }); a PKCS#11 public key is an EC
 * point (CKA_EC_POINT, usually wrapped in a DER OCTET STRING), the verifiers want SPKI PEM.
 */


const P256_COORDINATE_BYTES = 32;
/** DER of the OID 1.2.840.10045.3.1.7 (prime256v1): CKA_EC_PARAMS of a P-256 key. */
const P256_EC_PARAMS = Buffer.from('06082a8648ce3d030107', 'hex');
/** SubjectPublicKeyInfo up to the BIT STRING's content: id-ecPublicKey, prime256v1. */
const P256_SPKI_PREFIX = Buffer.from('3059301306072a8648ce3d020106082a8648ce3d030107034200', 'hex');
/** Raw r||s (64 bytes) → DER `SEQUENCE { INTEGER r, INTEGER s }`. */
function rawSignatureToDer(raw) {
    if (raw.length !== 2 * P256_COORDINATE_BYTES) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ImprintError */ .m0('KEY_STORE_FAILED', `The key store returned a ${raw.length}-byte signature; an ECDSA P-256 signature in r||s form is ${2 * P256_COORDINATE_BYTES} bytes.`, { hint: 'the key is not an EC P-256 key: make one with imprint generate-key-pair --kms' });
    }
    const r = derInteger(raw.subarray(0, P256_COORDINATE_BYTES));
    const s = derInteger(raw.subarray(P256_COORDINATE_BYTES));
    const body = Buffer.concat([r, s]);
    return Buffer.concat([Buffer.from([0x30, body.length]), body]);
}
/** A big-endian unsigned integer as DER INTEGER: leading zeros dropped, 0x00 before a high bit. */
function derInteger(bytes) {
    let start = 0;
    while (start < bytes.length - 1 && bytes[start] === 0)
        start += 1;
    let value = Buffer.from(bytes.subarray(start));
    if (value[0] & 0x80)
        value = Buffer.concat([Buffer.from([0]), value]);
    return Buffer.concat([Buffer.from([0x02, value.length]), value]);
}
/**
 * A P-256 public key from its uncompressed EC point (04 || X || Y), bare or wrapped in a DER
 * OCTET STRING as PKCS#11 v2.20+ tokens return CKA_EC_POINT, as SPKI PEM.
 */
function ecPointToSpkiPem(ecPoint) {
    const point = unwrapOctetString(Buffer.from(ecPoint));
    if (point.length !== 1 + 2 * P256_COORDINATE_BYTES || point[0] !== 0x04) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ImprintError */ .m0('KEY_STORE_FAILED', `The key store's public key is not an uncompressed P-256 point (${point.length} bytes).`, {
            hint: 'imprint signs with ECDSA P-256 keys: make one with imprint generate-key-pair --kms',
        });
    }
    const der = Buffer.concat([P256_SPKI_PREFIX, point]);
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: der, format: 'der', type: 'spki' })
        .export({ format: 'pem', type: 'spki' })
        .toString();
}
/** OCTET STRING (04) of length 65 (0x41) around the 65-byte point: 67 bytes in all. */
function unwrapOctetString(bytes) {
    const wrapped = bytes.length === 67 && bytes[0] === 0x04 && bytes[1] === 0x41;
    return wrapped ? bytes.subarray(2) : bytes;
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
