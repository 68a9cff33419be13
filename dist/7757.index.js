export const id = 7757;
export const ids = [7757];
export const modules = {

/***/ 91604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ listsRegistry),
/* harmony export */   PG: () => (/* binding */ hostAndPort),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   cJ: () => (/* binding */ sameRegistry),
/* harmony export */   jW: () => (/* binding */ isLoopbackRegistry),
/* harmony export */   n7: () => (/* binding */ registryKey)
/* harmony export */ });
/* unused harmony export isDockerHubName */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/**
 * One rule for "is this the same registry?", docker's, wherever a registry named in one place
 * (an image reference) is looked up in another (insecure-registries, a docker config key,
 * CI_REGISTRY, a build's logins):
 *  - a scheme and a path are dropped: `https://index.docker.io/v1/` names `index.docker.io`;
 *  - host names compare case-insensitively, as DNS does;
 *  - Docker Hub's three names, docker.io, index.docker.io and registry-1.docker.io, are one host;
 *  - the port is part of the name and compared exactly: `localhost:5000` is not `localhost`,
 *    and `registry.example.com:443` is not `registry.example.com` (docker keeps them apart too).
 * And which registries are on this machine (localhost, 127.0.0.0/8, ::1), for the plain-HTTP
 * rule of scheme.ts. Pure.
 */

/** How imprint writes Docker Hub's name (image references, credential lookups). */
const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_NAMES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
/** Whether a host is written as one of Docker Hub's names, exactly (no case folding). */
function isDockerHubName(host) {
    return DOCKER_HUB_NAMES.has(host);
}
const LOOPBACK_ADDRESSES = new node_net__WEBPACK_IMPORTED_MODULE_0__.BlockList();
LOOPBACK_ADDRESSES.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK_ADDRESSES.addAddress('::1', 'ipv6');
/** The registry a name stands for: lowercase `host[:port]`, Docker Hub's aliases as `docker.io`. */
function registryKey(name) {
    const host = name
        .trim()
        .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
        .split('/')[0]
        ?.toLowerCase() ?? '';
    return DOCKER_HUB_NAMES.has(host) ? DOCKER_HUB : host;
}
function sameRegistry(a, b) {
    return registryKey(a) === registryKey(b);
}
/** True when `list` (insecure-registries, logins' hosts) names `registry`. */
function listsRegistry(list, registry) {
    const key = registryKey(registry);
    return (list ?? []).some((entry) => entry.trim() !== '' && registryKey(entry) === key);
}
/** Host name and port of `host[:port]`; IPv6 addresses without their brackets. */
function hostAndPort(registry) {
    const key = registryKey(registry);
    const bracketed = /^\[([^\]]*)\](?::(\d+))?$/.exec(key);
    if (bracketed) {
        const [, hostname = '', port] = bracketed;
        return port === undefined ? { hostname } : { hostname, port: Number(port) };
    }
    // A bare IPv6 address (no brackets) has no port.
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(key) === 6)
        return { hostname: key };
    const colon = key.lastIndexOf(':');
    return colon < 0
        ? { hostname: key }
        : { hostname: key.slice(0, colon), port: Number(key.slice(colon + 1)) };
}
/** A registry on this machine: `localhost`, an address in 127.0.0.0/8, or `::1`. */
function isLoopbackRegistry(registry) {
    const { hostname } = hostAndPort(registry);
    if (hostname === 'localhost')
        return true;
    const family = (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(hostname);
    return family !== 0 && LOOPBACK_ADDRESSES.check(hostname, family === 4 ? 'ipv4' : 'ipv6');
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

/***/ 37757:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openAwsKmsStore: () => (/* binding */ openAwsKmsStore)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _registry_scheme_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6728);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82778);
/**
 * AWS KMS through the AWS SDK for JavaScript v3, as cosign uses it: Sign with MessageType DIGEST
 * and ECDSA_SHA_256 (KMS returns DER), GetPublicKey (DER SPKI), and for generate-key-pair
 * CreateKey (ECC_NIST_P256, SIGN_VERIFY) plus CreateAlias. Credentials and region come from the
 * SDK's usual chain (AWS_* variables, profiles, instance roles): imprint never sees a secret.
 * An endpoint in the reference is https, as cosign's; one on this machine that does not speak TLS
 * (a KMS emulator) is reached over http, by the registry's loopback rule.
 */




const SIGNING_ALGORITHM = 'ECDSA_SHA_256';
function openAwsKmsStore(ref, options = {}) {
    const name = `AWS KMS key ${ref.keyId}${ref.endpoint ? ` at ${ref.endpoint}` : ''}`;
    let client;
    const connect = () => (client ??= makeClient(ref, options));
    const publicKeyPem = async () => {
        const { kms, sdk } = await connect();
        try {
            const out = await kms.send(new sdk.GetPublicKeyCommand({ KeyId: ref.keyId }));
            return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: Buffer.from(out.PublicKey), format: 'der', type: 'spki' })
                .export({ format: 'pem', type: 'spki' })
                .toString();
        }
        catch (error) {
            throw (0,_store_js__WEBPACK_IMPORTED_MODULE_3__/* .keyStoreFailure */ .j)(name, 'GetPublicKey', error);
        }
    };
    return {
        publicKeyPem,
        async signDigest(digest) {
            const { kms, sdk } = await connect();
            try {
                const out = await kms.send(new sdk.SignCommand({
                    KeyId: ref.keyId,
                    Message: digest,
                    MessageType: 'DIGEST',
                    SigningAlgorithm: SIGNING_ALGORITHM,
                }));
                return Buffer.from(out.Signature);
            }
            catch (error) {
                throw (0,_store_js__WEBPACK_IMPORTED_MODULE_3__/* .keyStoreFailure */ .j)(name, 'Sign', error);
            }
        },
        async createKey() {
            if (ref.alias === undefined) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ImprintError */ .m0('KEY_REFERENCE_INVALID', `${name}: a key id or key ARN names a key that exists; creating one needs an alias to give it`, {
                    hint: 'write the reference as awskms://[ENDPOINT]/alias/NAME, as cosign generate-key-pair --kms does',
                });
            }
            const { kms, sdk } = await connect();
            try {
                const created = await kms.send(new sdk.CreateKeyCommand({
                    KeySpec: 'ECC_NIST_P256',
                    KeyUsage: 'SIGN_VERIFY',
                    Description: 'Created by imprint generate-key-pair',
                }));
                await kms.send(new sdk.CreateAliasCommand({
                    AliasName: ref.alias,
                    TargetKeyId: created.KeyMetadata.KeyId,
                }));
            }
            catch (error) {
                throw (0,_store_js__WEBPACK_IMPORTED_MODULE_3__/* .keyStoreFailure */ .j)(name, 'CreateKey', error);
            }
            return publicKeyPem();
        },
    };
}
async function makeClient(ref, options) {
    const sdk = await __webpack_require__.e(/* import() */ 2632).then(__webpack_require__.t.bind(__webpack_require__, 92632, 19));
    const env = options.env ?? process.env;
    const region = ref.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
    let endpoint;
    if (ref.endpoint !== undefined) {
        const { insecure } = await (0,_registry_scheme_js__WEBPACK_IMPORTED_MODULE_2__/* .chooseScheme */ .p)(ref.endpoint, undefined);
        endpoint = `${insecure ? 'http' : 'https'}://${ref.endpoint}`;
    }
    const kms = new sdk.KMSClient({ ...(region && { region }), ...(endpoint && { endpoint }) });
    return { kms, sdk };
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
