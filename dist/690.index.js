export const id = 690;
export const ids = [690];
export const modules = {

/***/ 56690:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  generateKeyPair: () => (/* binding */ generateKeyPair),
  f: () => (/* binding */ loadSigningKey)
});

// UNUSED EXPORTS: toPem

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
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


/***/ })

};
