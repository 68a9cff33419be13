export const id = 1785;
export const ids = [1785];
export const modules = {

/***/ 91785:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  describeKeyReference: () => (/* reexport */ describeKeyReference),
  openKeyStore: () => (/* binding */ openKeyStore),
  parseKeyReference: () => (/* reexport */ parseKeyReference),
  readStorePublicKey: () => (/* binding */ readStorePublicKey)
});

// EXTERNAL MODULE: ./src/sigstore/keystore/invalid.ts
var invalid = __webpack_require__(53360);
;// CONCATENATED MODULE: ./src/sigstore/keystore/awskms-uri.ts
/**
 * AWS KMS references as cosign writes them (sigstore/sigstore pkg/signature/kms/aws):
 * `awskms://[ENDPOINT]/KEY`, KEY one of a key id (UUID, or `mrk-…` multi-Region), a key ARN,
 * `alias/NAME` or an alias ARN. The endpoint is optional (`awskms:///alias/x`: the SDK's own).
 * Pure.
 */

const AWSKMS_SCHEME = 'awskms://';
const SYNTAX = 'awskms://[ENDPOINT]/KEY_ID, awskms:///alias/NAME or awskms:///arn:aws:kms:REGION:ACCOUNT:key/KEY_ID';
const UUID = '(?:mrk-)?[A-Fa-f0-9]{8}-?[A-Fa-f0-9]{4}-?[A-Fa-f0-9]{4}-?[A-Fa-f0-9]{4}-?[A-Fa-f0-9]{12}';
const ARN = 'arn:(?:aws|aws-us-gov):kms:([a-z0-9-]+):\\d{12}:';
const KEY_ID = new RegExp(`^${UUID}$`);
const KEY_ARN = new RegExp(`^${ARN}key/${UUID}$`);
const ALIAS_NAME = /^(alias\/.+)$/;
const ALIAS_ARN = new RegExp(`^${ARN}(alias/.+)$`);
function parseAwsKmsUri(uri) {
    if (!uri.startsWith(AWSKMS_SCHEME))
        throw fail(`"${uri}" does not start with awskms://`);
    const rest = uri.slice(AWSKMS_SCHEME.length);
    const slash = rest.indexOf('/');
    if (slash < 0)
        throw fail(`"${uri}" names no key after the endpoint`);
    const endpoint = rest.slice(0, slash);
    const keyId = rest.slice(slash + 1);
    if (keyId === '')
        throw fail(`"${uri}" names no key after the endpoint`);
    if (/\s/.test(endpoint))
        throw fail(`"${uri}" has white space in its endpoint`);
    const base = { kind: 'awskms', keyId, ...(endpoint !== '' && { endpoint }) };
    if (KEY_ID.test(keyId))
        return base;
    const keyArn = KEY_ARN.exec(keyId);
    if (keyArn)
        return { ...base, region: keyArn[1] };
    const aliasArn = ALIAS_ARN.exec(keyId);
    if (aliasArn)
        return { ...base, region: aliasArn[1], alias: aliasArn[2] };
    const alias = ALIAS_NAME.exec(keyId);
    if (alias)
        return { ...base, alias: alias[1] };
    throw fail(`"${uri}" names "${keyId}", which is no key id, key ARN, alias/NAME or alias ARN`);
}
function fail(problem) {
    return (0,invalid/* invalidReference */.n)('AWS KMS', problem, SYNTAX);
}

;// CONCATENATED MODULE: ./src/sigstore/keystore/azurekms-uri.ts
/**
 * Azure Key Vault references as cosign writes them (sigstore/sigstore pkg/signature/kms/azure):
 * `azurekms://VAULT.vault.azure.net/KEY[/VERSION]`. Key Vault names keys with letters, digits
 * and dashes (1–127). Pure.
 */

const AZUREKMS_SCHEME = 'azurekms://';
const azurekms_uri_SYNTAX = 'azurekms://VAULT.vault.azure.net/KEY[/VERSION]';
const HOST = /^[A-Za-z0-9.-]+(?::\d+)?$/;
const KEY_NAME = /^[A-Za-z0-9-]{1,127}$/;
const VERSION = /^[A-Za-z0-9]+$/;
function parseAzureKmsUri(uri) {
    if (!uri.startsWith(AZUREKMS_SCHEME))
        throw azurekms_uri_fail(`"${uri}" does not start with azurekms://`);
    const [host = '', keyName, version, ...extra] = uri.slice(AZUREKMS_SCHEME.length).split('/');
    if (!HOST.test(host))
        throw azurekms_uri_fail(`"${uri}" has no vault host name (VAULT.vault.azure.net)`);
    if (keyName === undefined || keyName === '')
        throw azurekms_uri_fail(`"${uri}" names no key after the vault`);
    if (!KEY_NAME.test(keyName)) {
        throw azurekms_uri_fail(`"${uri}" has key name "${keyName}": Key Vault names are letters, digits and dashes`);
    }
    if (extra.length > 0 || (version !== undefined && !VERSION.test(version))) {
        throw azurekms_uri_fail(`"${uri}" has more than KEY[/VERSION] after the vault`);
    }
    return {
        kind: 'azurekms',
        vaultUrl: `https://${host}`,
        keyName,
        ...(version !== undefined && { version }),
    };
}
function azurekms_uri_fail(problem) {
    return (0,invalid/* invalidReference */.n)('Azure Key Vault', problem, azurekms_uri_SYNTAX);
}

;// CONCATENATED MODULE: ./src/sigstore/keystore/gcpkms-uri.ts
/**
 * Google Cloud KMS references as cosign writes them (sigstore/sigstore pkg/signature/kms/gcp):
 * `gcpkms://projects/P/locations/L/keyRings/R/cryptoKeys/K[/cryptoKeyVersions/V]` (cosign also
 * accepts `/versions/V`). Without a version, the newest enabled one signs. Pure.
 */

const GCPKMS_SCHEME = 'gcpkms://';
const gcpkms_uri_SYNTAX = 'gcpkms://projects/PROJECT/locations/LOCATION/keyRings/RING/cryptoKeys/KEY[/cryptoKeyVersions/N]';
const SEGMENT = '([^/\\s]+)';
const REFERENCE = new RegExp(`^projects/${SEGMENT}/locations/${SEGMENT}/keyRings/${SEGMENT}/cryptoKeys/${SEGMENT}(?:/(?:cryptoKeyVersions|versions)/${SEGMENT})?$`);
function parseGcpKmsUri(uri) {
    if (!uri.startsWith(GCPKMS_SCHEME))
        throw gcpkms_uri_fail(`"${uri}" does not start with gcpkms://`);
    const match = REFERENCE.exec(uri.slice(GCPKMS_SCHEME.length));
    if (!match)
        throw gcpkms_uri_fail(`"${uri}" is not a crypto key's resource name`);
    const [, project, location, keyRing, cryptoKey, version] = match;
    if (version !== undefined && !/^\d+$/.test(version)) {
        throw gcpkms_uri_fail(`"${uri}" has key version "${version}", not a number`);
    }
    return {
        kind: 'gcpkms',
        project: project,
        location: location,
        keyRing: keyRing,
        cryptoKey: cryptoKey,
        keyName: `projects/${project}/locations/${location}/keyRings/${keyRing}/cryptoKeys/${cryptoKey}`,
        ...(version !== undefined && { version }),
    };
}
function gcpkms_uri_fail(problem) {
    return (0,invalid/* invalidReference */.n)('Google Cloud KMS', problem, gcpkms_uri_SYNTAX);
}

;// CONCATENATED MODULE: ./src/sigstore/keystore/hashivault-uri.ts
/**
 * HashiCorp Vault transit references as cosign writes them (sigstore/sigstore
 * pkg/signature/kms/hashivault): `hashivault://KEYNAME`, the key in the transit engine at
 * VAULT_ADDR (mount TRANSIT_SECRET_ENGINE_PATH, default `transit`). Pure.
 */

const HASHIVAULT_SCHEME = 'hashivault://';
const hashivault_uri_SYNTAX = 'hashivault://KEYNAME (the address and token come from VAULT_ADDR and VAULT_TOKEN)';
const hashivault_uri_KEY_NAME = /^\w(?:[\w.-]*\w)?$/;
function parseHashiVaultUri(uri) {
    if (!uri.startsWith(HASHIVAULT_SCHEME))
        throw hashivault_uri_fail(`"${uri}" does not start with hashivault://`);
    const keyName = uri.slice(HASHIVAULT_SCHEME.length);
    if (keyName === '')
        throw hashivault_uri_fail(`"${uri}" names no key`);
    if (!hashivault_uri_KEY_NAME.test(keyName)) {
        throw hashivault_uri_fail(`"${uri}" has key name "${keyName}": letters, digits, _, - and ., starting and ending with a letter or digit`);
    }
    return { kind: 'hashivault', keyName };
}
function hashivault_uri_fail(problem) {
    return (0,invalid/* invalidReference */.n)('HashiCorp Vault', problem, hashivault_uri_SYNTAX);
}

// EXTERNAL MODULE: ./src/sigstore/keystore/pkcs11-uri.ts
var pkcs11_uri = __webpack_require__(28201);
;// CONCATENATED MODULE: ./src/sigstore/keystore/reference.ts
/**
 * What a `key` value names: a file (anything without a key-store scheme, as today), or a key
 * held in a store that never hands it out: a PKCS#11 token or a cloud KMS, in cosign's syntax.
 * Pure: this decides the kind and parses strictly; the backends do the I/O.
 */






const PARSERS = [
    [pkcs11_uri/* PKCS11_SCHEME */.a9, pkcs11_uri/* parsePkcs11Uri */.TB],
    [AWSKMS_SCHEME, parseAwsKmsUri],
    [GCPKMS_SCHEME, parseGcpKmsUri],
    [AZUREKMS_SCHEME, parseAzureKmsUri],
    [HASHIVAULT_SCHEME, parseHashiVaultUri],
];
/** cosign's other KMS scheme: named so it is refused by name rather than read as a file. */
const UNSUPPORTED_SCHEMES = ['k8s://', 'gitlab://', 'env://'];
/** A key-store reference, or undefined when the value is a file path. */
function parseKeyReference(value) {
    for (const [scheme, parse] of PARSERS)
        if (value.startsWith(scheme))
            return parse(value);
    const unsupported = UNSUPPORTED_SCHEMES.find((scheme) => value.startsWith(scheme));
    if (unsupported !== undefined) {
        throw (0,invalid/* invalidReference */.n)(unsupported.replace('://', ''), `"${value}" uses a scheme imprint does not read`, 'a key file, or pkcs11:, awskms://, gcpkms://, azurekms:// or hashivault://');
    }
    return undefined;
}
/** The reference as it may appear in a log line: a PKCS#11 pin-value is replaced by ***. */
function describeKeyReference(value) {
    return value.startsWith(pkcs11_uri/* PKCS11_SCHEME */.a9) ? (0,pkcs11_uri/* redactPkcs11Uri */.Re)(value) : value;
}

;// CONCATENATED MODULE: ./src/sigstore/keystore/index.ts

/** The PEM of a key a verifier names; a reference carrying a pin-value is refused. */
async function readStorePublicKey(reference, written) {
    const { publicKeyFromStore } = await __webpack_require__.e(/* import() */ 8928).then(__webpack_require__.bind(__webpack_require__, 78928));
    return publicKeyFromStore(reference, written, (ref) => openKeyStore(ref));
}
async function openKeyStore(ref, options = {}) {
    switch (ref.kind) {
        case 'pkcs11':
            return (await __webpack_require__.e(/* import() */ 8886).then(__webpack_require__.bind(__webpack_require__, 48886))).openPkcs11Store(ref, options);
        case 'awskms':
            return (await __webpack_require__.e(/* import() */ 7757).then(__webpack_require__.bind(__webpack_require__, 37757))).openAwsKmsStore(ref, options);
        case 'gcpkms':
            return (await __webpack_require__.e(/* import() */ 7304).then(__webpack_require__.bind(__webpack_require__, 87304))).openGcpKmsStore(ref);
        case 'azurekms':
            return (await __webpack_require__.e(/* import() */ 2443).then(__webpack_require__.bind(__webpack_require__, 32443))).openAzureKmsStore(ref);
        case 'hashivault':
            return (await __webpack_require__.e(/* import() */ 6222).then(__webpack_require__.bind(__webpack_require__, 76222))).openHashiVaultStore(ref, options);
    }
}


/***/ }),

/***/ 53360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ invalidReference)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/** The one error every key-reference parser throws: what is wrong, and the syntax that works. */

function invalidReference(kind, problem, syntax) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('KEY_REFERENCE_INVALID', `The ${kind} key reference ${problem}.`, {
        hint: `write it as ${syntax}`,
    });
}


/***/ }),

/***/ 28201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Re: () => (/* binding */ redactPkcs11Uri),
/* harmony export */   TB: () => (/* binding */ parsePkcs11Uri),
/* harmony export */   a9: () => (/* binding */ PKCS11_SCHEME)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _invalid_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53360);
/**
 * PKCS#11 URIs (RFC 7512) in cosign's use: `pkcs11:token=…;object=…?module-path=…&pin-source=…`.
 * The path names the token (`token` label or `slot-id`) and the key (`object` label and/or
 * `id`); the query names the module to load and where the PIN comes from. Strict: an unknown or
 * repeated attribute, an empty value or a bad percent-escape is an error, never ignored, so a
 * typo cannot select another key. Pure: the PIN file is read by the backend, not here.
 */


const PKCS11_SCHEME = 'pkcs11:';
const SYNTAX = 'pkcs11:token=LABEL;object=KEY?module-path=/path/to/module.so&pin-source=/path/to/pin';
/** RFC 7512 path attributes imprint knows; the token/library ones narrow the match. */
const PATH_ATTRIBUTES = new Set([
    'token',
    'object',
    'id',
    'slot-id',
    'type',
    'manufacturer',
    'model',
    'serial',
    'slot-description',
    'slot-manufacturer',
    'library-manufacturer',
    'library-description',
    'library-version',
]);
const QUERY_ATTRIBUTES = new Set(['module-path', 'module-name', 'pin-value', 'pin-source']);
function parsePkcs11Uri(uri) {
    if (!uri.startsWith(PKCS11_SCHEME))
        throw fail(`"${redactPkcs11Uri(uri)}" does not start with pkcs11:`);
    const rest = uri.slice(PKCS11_SCHEME.length);
    const queryAt = rest.indexOf('?');
    const path = attributes(queryAt < 0 ? rest : rest.slice(0, queryAt), ';', PATH_ATTRIBUTES, 'path');
    const query = attributes(queryAt < 0 ? '' : rest.slice(queryAt + 1), '&', QUERY_ATTRIBUTES, 'query');
    return {
        kind: 'pkcs11',
        modulePath: modulePath(query),
        ...tokenOf(path),
        ...objectOf(path),
        ...pinOf(query),
    };
}
/** The URI with any pin-value replaced, for log lines and messages. */
function redactPkcs11Uri(uri) {
    return uri.replace(/([?&]pin-value=)[^&]*/g, '$1***');
}
function attributes(text, separator, known, part) {
    const found = new Map();
    if (text === '')
        return found;
    for (const pair of text.split(separator)) {
        const equals = pair.indexOf('=');
        const name = equals < 0 ? pair : pair.slice(0, equals);
        if (!known.has(name)) {
            throw fail(`has an unknown ${part} attribute "${name}" (known: ${[...known].join(', ')})`);
        }
        if (found.has(name))
            throw fail(`gives "${name}" twice`);
        const bytes = equals < 0 ? Buffer.alloc(0) : percentDecoded(name, pair.slice(equals + 1));
        if (bytes.length === 0)
            throw fail(`gives "${name}" no value`);
        found.set(name, name === 'id' ? bytes.toString('hex') : bytes.toString('utf8'));
    }
    return found;
}
/** RFC 3986 percent-decoding to bytes (an `id` is binary: %F4 is one byte, not UTF-8). */
function percentDecoded(name, value) {
    if (/%(?![0-9a-fA-F]{2})/.test(value))
        throw fail(`has a malformed percent-escape in "${name}"`);
    const parts = value.split(/(%[0-9a-fA-F]{2})/).filter((part) => part !== '');
    return Buffer.concat(parts.map((part) => part.startsWith('%') ? Buffer.from([parseInt(part.slice(1), 16)]) : Buffer.from(part, 'utf8')));
}
function modulePath(query) {
    const path = query.get('module-path');
    if (path === undefined) {
        throw fail('names no module-path (the PKCS#11 library to load, e.g. /usr/lib/softhsm/libsofthsm2.so)');
    }
    if (!(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(path))
        throw fail(`has a relative module-path "${path}": give the absolute path`);
    return path;
}
function tokenOf(path) {
    const token = path.get('token');
    const slot = path.get('slot-id');
    if (token === undefined && slot === undefined)
        throw fail('names no token (token=LABEL or slot-id=N)');
    if (slot !== undefined && !/^\d+$/.test(slot))
        throw fail(`has slot-id "${slot}", not a decimal number`);
    return {
        ...(token !== undefined && { token }),
        ...(slot !== undefined && { slotId: Number(slot) }),
    };
}
function objectOf(path) {
    const object = path.get('object');
    const id = path.get('id');
    if (object === undefined && id === undefined)
        throw fail('names no key (object=LABEL or id=%XX…)');
    const type = path.get('type');
    if (type !== undefined && type !== 'private' && type !== 'public') {
        throw fail(`has type "${type}": a signing key reference is type=private or type=public`);
    }
    return {
        ...(object !== undefined && { object }),
        ...(id !== undefined && { id: Buffer.from(id, 'hex') }),
    };
}
function pinOf(query) {
    const value = query.get('pin-value');
    const source = query.get('pin-source');
    if (value !== undefined && source !== undefined)
        throw fail('gives both pin-value and pin-source');
    if (value !== undefined)
        return { pin: { value } };
    if (source === undefined)
        return {};
    const file = source.startsWith('file:') ? source.slice('file:'.length) : source;
    if (!(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(file)) {
        throw fail(`has pin-source "${source}": give an absolute file path (file:/path or /path)`);
    }
    return { pin: { sourceFile: file } };
}
function fail(problem) {
    return (0,_invalid_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidReference */ .n)('PKCS#11', problem, SYNTAX);
}


/***/ })

};
