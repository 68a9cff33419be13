export const id = 8886;
export const ids = [8886];
export const modules = {

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

/***/ 48886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openPkcs11Store: () => (/* binding */ openPkcs11Store)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _ecdsa_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49487);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(82778);
/**
 * PKCS#11 tokens (HSMs, smart cards, SoftHSM2) through pkcs11js. Each operation loads the module,
 * opens a session on the token the URI names, logs in with the PIN when there is one, does its
 * one thing (C_Sign with CKM_ECDSA over the digest; read CKA_EC_POINT; C_GenerateKeyPair) and
 * finalizes: nothing stays open between signatures, and the private key never leaves the token
 * (it is generated CKA_SENSITIVE and not CKA_EXTRACTABLE).
 */





function openPkcs11Store(ref, options = {}) {
    const pin = pinOf(ref);
    if (pin !== undefined)
        options.maskSecret?.(pin);
    const name = `PKCS#11 token ${ref.token ?? `slot ${ref.slotId}`}, key ${ref.object ?? ref.id?.toString('hex')}`;
    const run = (step, work) => withSession(ref, pin, name, step, work);
    return {
        publicKeyPem: () => run('reading the public key', (session) => {
            const key = onlyObject(session, ref, session.api.CKO_PUBLIC_KEY, name);
            const [point] = session.p11.C_GetAttributeValue(session.handle, key, [
                { type: session.api.CKA_EC_POINT },
            ]);
            return (0,_ecdsa_js__WEBPACK_IMPORTED_MODULE_3__/* .ecPointToSpkiPem */ .Xc)(point.value);
        }),
        signDigest: (digest) => run('signing', (session) => {
            const key = onlyObject(session, ref, session.api.CKO_PRIVATE_KEY, name);
            session.p11.C_SignInit(session.handle, { mechanism: session.api.CKM_ECDSA }, key);
            return (0,_ecdsa_js__WEBPACK_IMPORTED_MODULE_3__/* .rawSignatureToDer */ .hB)(session.p11.C_Sign(session.handle, digest, Buffer.alloc(132)));
        }),
        createKey: () => run('generating the key', (session) => {
            for (const kind of [session.api.CKO_PRIVATE_KEY, session.api.CKO_PUBLIC_KEY]) {
                if (findObjects(session, ref, kind).length > 0) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ImprintError */ .m0('KEY_STORE_FAILED', `${name}: a key with this label or id already exists`, {
                        hint: 'choose another object= label, or use the key that is there',
                    });
                }
            }
            return generateKeyPair(session, ref);
        }),
    };
}
function pinOf(ref) {
    if (ref.pin === undefined)
        return undefined;
    if ('value' in ref.pin)
        return ref.pin.value;
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(ref.pin.sourceFile, 'utf8').replace(/\r?\n$/, '');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ImprintError */ .m0('KEY_INVALID', `the PIN file ${ref.pin.sourceFile} (pin-source) cannot be read: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error)}`, {
            cause: error,
            hint: 'write the PIN to a file readable by this job and give its absolute path',
        });
    }
}
async function withSession(ref, pin, name, step, work) {
    const loaded = await __webpack_require__.e(/* import() */ 2902).then(__webpack_require__.t.bind(__webpack_require__, 42902, 23));
    // CommonJS: Node's ESM loader hands it over as the default export; a bundler may not.
    const api = loaded.default ?? loaded;
    const p11 = new api.PKCS11();
    try {
        p11.load(ref.modulePath);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ImprintError */ .m0('KEY_STORE_FAILED', `the PKCS#11 module ${ref.modulePath} cannot be loaded: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error)}`, {
            cause: error,
            hint: 'module-path must be the absolute path of the token’s PKCS#11 library (.so)',
        });
    }
    try {
        p11.C_Initialize();
        try {
            const slot = slotOf(p11, ref, name);
            const handle = p11.C_OpenSession(slot, api.CKF_SERIAL_SESSION | api.CKF_RW_SESSION);
            if (pin !== undefined)
                p11.C_Login(handle, api.CKU_USER, pin);
            return work({ p11, handle, api });
        }
        finally {
            p11.C_Finalize(); // closes the session and logs out
        }
    }
    catch (error) {
        throw (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .keyStoreFailure */ .j)(name, step, error);
    }
    finally {
        p11.close();
    }
}
function slotOf(p11, ref, name) {
    const slots = p11.C_GetSlotList(true).filter((slot) => {
        if (ref.slotId !== undefined && slotNumber(slot) !== BigInt(ref.slotId))
            return false;
        return ref.token === undefined || p11.C_GetTokenInfo(slot).label.trimEnd() === ref.token;
    });
    if (slots.length !== 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ImprintError */ .m0('KEY_STORE_FAILED', `${name}: ${slots.length === 0 ? 'no such token' : `${slots.length} tokens match`} in ${ref.modulePath}`, { hint: 'name one initialized token by its label (token=) or slot-id=' });
    }
    return slots[0];
}
function slotNumber(handle) {
    return handle.length >= 8 ? handle.readBigUInt64LE() : BigInt(handle.readUInt32LE());
}
function findObjects(session, ref, kind) {
    const template = [{ type: session.api.CKA_CLASS, value: kind }];
    if (ref.object !== undefined)
        template.push({ type: session.api.CKA_LABEL, value: ref.object });
    if (ref.id !== undefined)
        template.push({ type: session.api.CKA_ID, value: ref.id });
    session.p11.C_FindObjectsInit(session.handle, template);
    try {
        return session.p11.C_FindObjects(session.handle, 2);
    }
    finally {
        session.p11.C_FindObjectsFinal(session.handle);
    }
}
/** Exactly one object: two keys under one label would make the choice the token's, not yours. */
function onlyObject(session, ref, kind, name) {
    const found = findObjects(session, ref, kind);
    const what = kind === session.api.CKO_PRIVATE_KEY ? 'private key' : 'public key';
    if (found.length === 1)
        return found[0];
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ImprintError */ .m0('KEY_STORE_FAILED', `${name}: ${found.length === 0 ? `no ${what}` : `more than one ${what}`} matches`, {
        hint: found.length === 0
            ? `create it with imprint generate-key-pair --kms 'pkcs11:…'${kind === session.api.CKO_PRIVATE_KEY ? ', and give the PIN (pin-source) so private objects are visible' : ''}`
            : 'add id= to the URI to name one key',
    });
}
function generateKeyPair(session, ref) {
    const { api } = session;
    const id = ref.id ?? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16);
    const common = [
        { type: api.CKA_TOKEN, value: true },
        { type: api.CKA_ID, value: id },
        ...(ref.object !== undefined ? [{ type: api.CKA_LABEL, value: ref.object }] : []),
    ];
    const keys = session.p11.C_GenerateKeyPair(session.handle, { mechanism: api.CKM_EC_KEY_PAIR_GEN }, [
        ...common,
        { type: api.CKA_EC_PARAMS, value: _ecdsa_js__WEBPACK_IMPORTED_MODULE_3__/* .P256_EC_PARAMS */ .mQ },
        { type: api.CKA_VERIFY, value: true },
        // Public: verifiers read it without the PIN.
        { type: api.CKA_PRIVATE, value: false },
    ], [
        ...common,
        { type: api.CKA_SIGN, value: true },
        { type: api.CKA_PRIVATE, value: true },
        { type: api.CKA_SENSITIVE, value: true },
        { type: api.CKA_EXTRACTABLE, value: false },
    ]);
    const [point] = session.p11.C_GetAttributeValue(session.handle, keys.publicKey, [
        { type: api.CKA_EC_POINT },
    ]);
    return (0,_ecdsa_js__WEBPACK_IMPORTED_MODULE_3__/* .ecPointToSpkiPem */ .Xc)(point.value);
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
