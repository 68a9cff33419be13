export const id = 6200;
export const ids = [6200];
export const modules = {

/***/ 64136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dg: () => (/* binding */ describesPlatformImage),
/* harmony export */   GT: () => (/* binding */ PREDICATE_CYCLONEDX_SCHEMA),
/* harmony export */   J3: () => (/* binding */ predicateTypeMatches),
/* harmony export */   Js: () => (/* binding */ OPENVEX_CONTEXT_V020),
/* harmony export */   Ke: () => (/* binding */ PREDICATE_SLSA_V1),
/* harmony export */   M7: () => (/* binding */ PREDICATE_COSIGN_SIGN),
/* harmony export */   NR: () => (/* binding */ cosignTypeOf),
/* harmony export */   Ok: () => (/* binding */ PREDICATE_CYCLONEDX),
/* harmony export */   T4: () => (/* binding */ IN_TOTO_PAYLOAD_TYPE),
/* harmony export */   Vf: () => (/* binding */ PREDICATE_SLSA_V02),
/* harmony export */   Vs: () => (/* binding */ PREDICATE_BY_KIND),
/* harmony export */   dT: () => (/* binding */ kindOfPredicate),
/* harmony export */   gL: () => (/* binding */ PREDICATE_SPDX),
/* harmony export */   ip: () => (/* binding */ PREDICATE_OPENVEX),
/* harmony export */   k9: () => (/* binding */ PREDICATE_VULN),
/* harmony export */   lF: () => (/* binding */ IN_TOTO_STATEMENT_V01),
/* harmony export */   nA: () => (/* binding */ PREDICATE_TYPES_OF_KIND),
/* harmony export */   r1: () => (/* binding */ ATTESTATION_KINDS),
/* harmony export */   tV: () => (/* binding */ IN_TOTO_STATEMENT_V1),
/* harmony export */   xe: () => (/* binding */ predicateTypeProblem)
/* harmony export */ });
/* unused harmony exports PREDICATE_SPDX_V23, acceptedPredicateTypes, predicateOfCosignShorthand */
/**
 * Every predicate type imprint writes or reads, and what each one is to imprint: the one home
 * for these URIs (FORMATS.md §3). A predicate type names what an in-toto statement says; a
 * kind (`provenance`, `sbom`, `vuln`) is the short name people type (`require-attestations`)
 * and attestation files carry. Pure data, no imports: every layer that speaks of attestations
 * reads it, and a unit test keeps the URIs out of every other source file.
 */
/** SLSA provenance v1: what imprint writes, and what `gh attestation verify` expects by default. */
const PREDICATE_SLSA_V1 = 'https://slsa.dev/provenance/v1';
/** SLSA provenance v0.2: older builders still write it; policy `provenance` rules read it. */
const PREDICATE_SLSA_V02 = 'https://slsa.dev/provenance/v0.2';
/** CycloneDX SBOM (cosign `--type cyclonedx`). */
const PREDICATE_CYCLONEDX = 'https://cyclonedx.org/bom';
/** The same, as some Kyverno samples spell it: accepted when verifying, never written. */
const PREDICATE_CYCLONEDX_SCHEMA = 'https://cyclonedx.org/schema';
/** SPDX document (cosign `--type spdxjson`); versioned forms below it are the same family. */
const PREDICATE_SPDX = 'https://spdx.dev/Document';
/** What actions/attest writes for an SPDX 2.3 document. */
const PREDICATE_SPDX_V23 = 'https://spdx.dev/Document/v2.3';
/** cosign's vulnerability report (Trivy `--format cosign-vuln`): imprint's scan result. */
const PREDICATE_VULN = 'https://cosign.sigstore.dev/attestation/vuln/v1';
/** An OpenVEX document (cosign `--type openvex`): statements on how a vulnerability affects a product. */
const PREDICATE_OPENVEX = 'https://openvex.dev/ns';
/** The JSON-LD context of the OpenVEX version imprint reads and writes (spec v0.2.0). */
const OPENVEX_CONTEXT_V020 = 'https://openvex.dev/ns/v0.2.0';
/** cosign v3's image signature: a statement over the image whose predicate says nothing more. */
const PREDICATE_COSIGN_SIGN = 'https://sigstore.dev/cosign/sign/v1';
/** The in-toto statement type imprint writes. */
const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
/** The statement type cosign v2 writes (read, never written). */
const IN_TOTO_STATEMENT_V01 = 'https://in-toto.io/Statement/v0.1';
/** The DSSE payload type of an in-toto statement (and the media type of one stored alone). */
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** Every kind, in the order messages list them. */
const ATTESTATION_KINDS = ['sbom', 'vuln', 'provenance'];
/** The type imprint writes for each kind, and the one a kind required by flag asks for. */
const PREDICATE_BY_KIND = {
    provenance: PREDICATE_SLSA_V1,
    sbom: PREDICATE_CYCLONEDX,
    vuln: PREDICATE_VULN,
};
/** The kind of each type imprint writes (an SPDX document is an SBOM too). */
const KIND_BY_PREDICATE = {
    [PREDICATE_SLSA_V1]: 'provenance',
    [PREDICATE_CYCLONEDX]: 'sbom',
    [PREDICATE_SPDX]: 'sbom',
    [PREDICATE_VULN]: 'vuln',
};
/** The kind of a type imprint writes; undefined for any other type (exact match only). */
function kindOfPredicate(predicateType) {
    return ownValue(KIND_BY_PREDICATE, predicateType);
}
/**
 * Every type that carries each kind of evidence, as policy rules of that kind read them
 * (`sbom:` rules read SPDX and either CycloneDX spelling; `provenance:` rules read v1 and v0.2).
 */
const PREDICATE_TYPES_OF_KIND = {
    provenance: [PREDICATE_SLSA_V1, PREDICATE_SLSA_V02],
    sbom: [PREDICATE_CYCLONEDX, PREDICATE_CYCLONEDX_SCHEMA, PREDICATE_SPDX, PREDICATE_SPDX_V23],
    vuln: [PREDICATE_VULN],
};
/** cosign's `--type` shorthands; cosign takes any other type as its URI. */
const COSIGN_TYPE_BY_PREDICATE = {
    [PREDICATE_SLSA_V1]: 'slsaprovenance1',
    [PREDICATE_CYCLONEDX]: 'cyclonedx',
    [PREDICATE_SPDX]: 'spdxjson',
    [PREDICATE_VULN]: 'vuln',
    [PREDICATE_OPENVEX]: 'openvex',
};
/** What to pass to `cosign verify-attestation --type` for a predicate type. */
function cosignTypeOf(predicateType) {
    return ownValue(COSIGN_TYPE_BY_PREDICATE, predicateType) ?? predicateType;
}
/** The spellings other tools write for the same type (FORMATS.md §3). */
const ALIASES = {
    [PREDICATE_CYCLONEDX]: [PREDICATE_CYCLONEDX_SCHEMA],
    [PREDICATE_CYCLONEDX_SCHEMA]: [PREDICATE_CYCLONEDX],
};
/** Versioned SPDX types (actions/attest writes …/Document/v2.3) satisfy the unversioned one. */
const VERSIONED_FAMILIES = [PREDICATE_SPDX];
/** Whether a statement of type `found` is what a rule asking for `wanted` reads. */
function predicateTypeMatches(wanted, found) {
    if (wanted === found || (ALIASES[wanted] ?? []).includes(found))
        return true;
    return VERSIONED_FAMILIES.includes(wanted) && found.startsWith(`${wanted}/`);
}
/** Every type the policy's `type` accepts, for exporters that must list them. */
function acceptedPredicateTypes(wanted) {
    return [wanted, ...(ALIASES[wanted] ?? [])];
}
/**
 * Evidence about a filesystem (SBOM, vulnerability scan) describes one platform image; an
 * index has none of its own, so for an index these rules are judged on each platform.
 */
const PER_PLATFORM_FAMILIES = [
    ...PREDICATE_TYPES_OF_KIND.sbom,
    ...PREDICATE_TYPES_OF_KIND.vuln,
];
function describesPlatformImage(predicateType) {
    return PER_PLATFORM_FAMILIES.some((family) => predicateTypeMatches(family, predicateType));
}
/** A type is data from a statement: `constructor` must not find Object's. */
function ownValue(table, key) {
    return Object.hasOwn(table, key) ? table[key] : undefined;
}
/** cosign's `--type` shorthands, for a hint when one is given where a URI belongs. */
function predicateOfCosignShorthand(shorthand) {
    const found = Object.entries(COSIGN_TYPE_BY_PREDICATE).find(([, short]) => short === shorthand);
    return found?.[0];
}
/** scheme:rest, RFC 3986's absolute URI, with no white space (in-toto: a TypeURI). */
const ABSOLUTE_URI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$/;
/**
 * Why a predicate type given by a person is not one (undefined when it is): in-toto names
 * predicate types by absolute URI, and verifiers (cosign, Kyverno, `imprint verify`) match
 * them as exact strings, so a bare word or a relative path would never be found again.
 */
function predicateTypeProblem(type) {
    if (ABSOLUTE_URI.test(type) && URL.canParse(type))
        return undefined;
    const uri = predicateOfCosignShorthand(type);
    if (uri !== undefined)
        return `"${type}" is cosign's shorthand; write the URI ${uri}`;
    return `"${type}" is not an absolute URI (such as https://example.com/test-result/v1)`;
}


/***/ }),

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

/***/ 79310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $F: () => (/* binding */ normaliseRepositoryPattern),
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   Mb: () => (/* binding */ registryApiHost),
/* harmony export */   SH: () => (/* binding */ repositoryPath),
/* harmony export */   WF: () => (/* binding */ normaliseImage),
/* harmony export */   WQ: () => (/* binding */ digestProblem),
/* harmony export */   fL: () => (/* binding */ DEFAULT_TAG),
/* harmony export */   hQ: () => (/* binding */ withDigest),
/* harmony export */   uE: () => (/* binding */ imageNameSpellings),
/* harmony export */   vy: () => (/* binding */ formatImage)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _hosts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91604);
/**
 * Image references, parsed and normalised the way the Docker CLI does it
 * (distribution/reference grammar): `[host[:port]/]path[:tag][@digest]`.
 */


/** The tag a reference with neither tag nor digest stands for, as Docker reads it. */
const DEFAULT_TAG = 'latest';
const DOCKER_HUB_API = 'registry-1.docker.io';
const MAX_NAME_LENGTH = 255;
const VALID_FORM = 'registry.example.com/team/app:1.2.3 or registry.example.com/team/app@sha256:<64 hex>';
// distribution/reference: path components are lowercase alphanumerics joined by
// `.`, `_`, `__` or runs of `-`.
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN_NAME = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*$/;
const IPV6_HOST = /^\[[0-9a-fA-F:.]+\]$/;
const PORT = /^[0-9]+$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST_HEX_LENGTH = { sha256: 64, sha512: 128 };
function parseReference(text) {
    const input = text.trim();
    const fail = (reason) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('REFERENCE_INVALID', `Invalid image reference "${text}": ${reason}. Expected a form like ${VALID_FORM}.`);
    };
    if (input === '')
        fail('it is empty');
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input))
        fail('remove the URL scheme (no "https://")');
    if (/\s/.test(input))
        fail('it contains whitespace');
    const at = input.indexOf('@');
    const digest = at >= 0 ? input.slice(at + 1) : undefined;
    const beforeDigest = at >= 0 ? input.slice(0, at) : input;
    if (digest !== undefined) {
        const problem = digestProblem(digest);
        if (problem)
            fail(problem);
    }
    const lastSlash = beforeDigest.lastIndexOf('/');
    const tagColon = beforeDigest.indexOf(':', lastSlash + 1);
    const name = tagColon >= 0 ? beforeDigest.slice(0, tagColon) : beforeDigest;
    const tag = tagColon >= 0 ? beforeDigest.slice(tagColon + 1) : undefined;
    if (tag !== undefined && !TAG.test(tag)) {
        fail(`the tag "${tag}" is not valid (1-128 characters of letters, digits, "_", "." and "-", ` +
            'not starting with "." or "-")');
    }
    const { registry, repository } = splitName(name, fail);
    const reference = { registry, repository };
    if (tag !== undefined)
        reference.tag = tag;
    if (digest !== undefined)
        reference.digest = digest;
    return reference;
}
function splitName(name, fail) {
    if (name === '')
        fail('the repository name is empty');
    const slash = name.indexOf('/');
    const first = slash >= 0 ? name.slice(0, slash) : '';
    const hasHost = slash >= 0 && looksLikeHost(first);
    const registry = hasHost ? (0,_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .registryKey */ .n7)(first) : _hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .DOCKER_HUB */ .Xb;
    let repository = hasHost ? name.slice(slash + 1) : name;
    if (registry === _hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .DOCKER_HUB */ .Xb && !repository.includes('/'))
        repository = `library/${repository}`;
    const problem = (hasHost ? hostProblem(first) : undefined) ?? pathProblem(repository);
    if (problem)
        fail(problem);
    if (registry.length + 1 + repository.length > MAX_NAME_LENGTH) {
        fail(`the name is longer than ${MAX_NAME_LENGTH} characters`);
    }
    return { registry, repository };
}
/**
 * Docker's rule: the first component is a host when it has a "." or ":", is
 * "localhost", or has uppercase letters (repository paths never do).
 */
function looksLikeHost(component) {
    return (component.includes('.') ||
        component.includes(':') ||
        component === 'localhost' ||
        component !== component.toLowerCase());
}
function pathProblem(repository) {
    for (const component of repository.split('/')) {
        if (component === '') {
            return 'the repository path has an empty component ("//" or a leading or trailing "/")';
        }
        if (component !== component.toLowerCase()) {
            return `repository names must be lowercase ("${repository.toLowerCase()}")`;
        }
        if (!PATH_COMPONENT.test(component)) {
            return (`the path component "${component}" may only hold lowercase letters and digits ` +
                'separated by ".", "_", "__" or "-"');
        }
    }
    return undefined;
}
function hostProblem(host) {
    const portColon = host.startsWith('[')
        ? host.indexOf(':', host.indexOf(']'))
        : host.lastIndexOf(':');
    const hostname = portColon >= 0 ? host.slice(0, portColon) : host;
    const port = portColon >= 0 ? host.slice(portColon + 1) : undefined;
    if (port !== undefined && (!PORT.test(port) || Number(port) > 65535)) {
        return `the registry port "${port}" is not a number from 0 to 65535`;
    }
    if (!DOMAIN_NAME.test(hostname) && !IPV6_HOST.test(hostname)) {
        return `the registry host "${hostname}" is not a valid host name`;
    }
    return undefined;
}
/**
 * A repository name as a person writes it in a policy glob (wildcards allowed), normalised the
 * way Docker normalises an image's name, so the glob names the images its reader expects:
 *  - the registry host by the one host rule (hosts.ts): lowercased, Docker Hub's names as
 *    docker.io; a first component is a host by Docker's rule (see looksLikeHost);
 *  - no host: Docker Hub; a single Docker Hub path component goes under library/, so `nginx`,
 *    `docker.io/nginx` and `index.docker.io/library/nginx` are one image;
 *  - the repository path keeps its case: paths are lowercase (OCI distribution spec), so one
 *    written with capitals names no image (policy lint says so) rather than another one;
 *  - `**` crosses `/`, so a Hub path holding it gets no library/ (`docker.io/**` already
 *    names every Hub image; it is neither narrowed nor widened);
 *  - a leading wildcard spans the registry part: only its first component is lowercased.
 */
function normaliseRepositoryPattern(name) {
    const slash = name.indexOf('/');
    if (slash < 0)
        return name.startsWith('*') ? name : `${_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .DOCKER_HUB */ .Xb}/${dockerHubPath(name)}`;
    const first = name.slice(0, slash);
    const rest = name.slice(slash + 1);
    if (first.startsWith('*'))
        return `${first.toLowerCase()}/${rest}`;
    if (!looksLikeHost(first))
        return `${_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .DOCKER_HUB */ .Xb}/${dockerHubPath(name)}`;
    const host = (0,_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .registryKey */ .n7)(first);
    return host === _hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .DOCKER_HUB */ .Xb ? `${_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .DOCKER_HUB */ .Xb}/${dockerHubPath(rest)}` : `${host}/${rest}`;
}
function dockerHubPath(path) {
    return path.includes('/') || path.includes('**') ? path : `library/${path}`;
}
/**
 * Every name Docker accepts for a normalised image name that a glob written in the normalised
 * form could still spell differently: an official Docker Hub image is also `docker.io/<name>`
 * (so a glob with a wildcard registry, or `docker.io/ngin**`, covers `nginx` as its reader expects).
 */
function imageNameSpellings(name) {
    const official = /^docker\.io\/library\/([^/]+)$/.exec(name);
    return official ? [name, `${_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .DOCKER_HUB */ .Xb}/${official[1]}`] : [name];
}
/** Why a digest string is not `sha256:<64 hex>` / `sha512:<128 hex>`, or undefined when it is. */
function digestProblem(digest) {
    const colon = digest.indexOf(':');
    const algorithm = colon >= 0 ? digest.slice(0, colon) : '';
    const hex = digest.slice(colon + 1);
    const length = DIGEST_HEX_LENGTH[algorithm];
    if (colon < 0 || length === undefined) {
        return `the digest "${digest}" must start with "sha256:" or "sha512:"`;
    }
    if (hex.length !== length || !/^[0-9a-f]+$/.test(hex)) {
        return `the digest "${digest}" must have ${length} lowercase hex characters after "${algorithm}:"`;
    }
    return undefined;
}
function isDigest(value) {
    return digestProblem(value) === undefined;
}
/** The full normalised form: `registry/repository[:tag][@digest]`. */
function formatReference(reference) {
    let text = `${reference.registry}/${reference.repository}`;
    if (reference.tag !== undefined)
        text += `:${reference.tag}`;
    if (reference.digest !== undefined)
        text += `@${reference.digest}`;
    return text;
}
/** The same image pinned to a digest (a tag, if any, is kept for display). */
function withDigest(reference, digest) {
    const problem = digestProblem(digest);
    if (problem)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('REFERENCE_INVALID', `Cannot pin ${formatReference(reference)}: ${problem}.`);
    return { ...reference, digest };
}
/** Docker's normalisation: docker.io/library for bare names, :latest when no tag or digest. */
function normaliseImage(reference) {
    const parsed = parseReference(reference);
    const image = { name: repositoryPath(parsed) };
    if (parsed.tag !== undefined)
        image.tag = parsed.tag;
    if (parsed.digest !== undefined)
        image.digest = parsed.digest;
    if (image.tag === undefined && image.digest === undefined)
        image.tag = DEFAULT_TAG;
    return image;
}
function formatImage(image) {
    return `${image.name}${image.tag ? `:${image.tag}` : ''}${image.digest ? `@${image.digest}` : ''}`;
}
/** The host that serves the registry API (Docker Hub's API lives on another name). */
function registryApiHost(registry) {
    return registry === _hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .DOCKER_HUB */ .Xb ? DOCKER_HUB_API : registry;
}
/** `host/repository`: the name in-toto subjects and cosign identities use. */
function repositoryPath(reference) {
    return `${reference.registry}/${reference.repository}`;
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


/***/ }),

/***/ 40764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qs: () => (/* binding */ severityRank),
/* harmony export */   zZ: () => (/* binding */ isFixed)
/* harmony export */ });
/* unused harmony export emptyCounts */
/**
 * The one findings model every vulnerability consumer shares: the scan step's gate, the
 * policy engine's `vulnerabilities` rules, the summaries and the GitLab report.
 */
const SEVERITIES = ['UNKNOWN', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
function severityRank(severity) {
    return severity === 'NONE' ? -1 : SEVERITIES.indexOf(severity);
}
function emptyCounts() {
    return { UNKNOWN: 0, LOW: 0, MEDIUM: 0, HIGH: 0, CRITICAL: 0 };
}
function countBySeverity(findings) {
    const counts = emptyCounts();
    for (const finding of findings)
        counts[finding.severity] += 1;
    return counts;
}
function isFixed(finding) {
    return finding.fixedVersion !== undefined && finding.fixedVersion !== '';
}


/***/ }),

/***/ 2122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ findNestedQuantifier)
/* harmony export */ });
/**
 * Identity regular expressions run against certificate SANs, which the signer partly chooses
 * (a branch or workflow name). JavaScript's engine backtracks, so a quantified group that
 * itself holds a quantifier (`(a+)+`, `(\w*)*`, `(?:x|\w+){2,}`) can take exponential time
 * on a crafted SAN. Such expressions are refused before they meet a SAN (policy load, identity
 * checks); every useful identity pattern can be written without them. Pure.
 */
/** The first quantified group whose body repeats, or undefined when there is none. */
function findNestedQuantifier(source) {
    const stack = [];
    let i = 0;
    while (i < source.length) {
        const c = source[i];
        if (c === '(') {
            stack.push({ start: i, repeats: false });
            i += source[i + 1] === '?' ? groupPrefixLength(source, i) : 1;
            continue;
        }
        const end = c === ')' ? i + 1 : atomEnd(source, i);
        const quantifier = quantifierAt(source, end);
        if (c === ')') {
            const nested = closeGroup(stack, source, end, quantifier);
            if (nested)
                return nested;
        }
        else if (quantifier?.repeats)
            markRepeats(stack);
        i = end + (quantifier?.length ?? 0);
    }
    return undefined;
}
/** Closes the innermost group (ending before `end`); a repeated group whose body repeats is the find. */
function closeGroup(stack, source, end, quantifier) {
    const group = stack.pop();
    if (group?.repeats && quantifier?.repeats) {
        return { group: source.slice(group.start, end + quantifier.length) };
    }
    // A repeated group, or one whose body repeats, makes the group around it repeat.
    if (group?.repeats || quantifier?.repeats)
        markRepeats(stack);
    return undefined;
}
function markRepeats(stack) {
    if (stack.length > 0)
        stack.at(-1).repeats = true;
}
/** Where the atom at `at` ends: an escape, a character class, or one character. */
function atomEnd(source, at) {
    if (source[at] === '\\')
        return at + 2;
    if (source[at] === '[')
        return skipClass(source, at);
    return at + 1;
}
/** A quantifier starting at `at` (with its lazy `?`), and whether it allows more than one. */
function quantifierAt(source, at) {
    const c = source[at];
    let found;
    if (c === '*' || c === '+')
        found = { length: 1, repeats: true };
    else if (c === '?')
        found = { length: 1, repeats: false };
    else if (c === '{') {
        const match = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at));
        if (!match)
            return undefined;
        const max = match[2] === undefined ? Number(match[1]) : match[3] ? Number(match[3]) : Infinity;
        found = { length: match[0].length, repeats: max > 1 };
    }
    if (found && source[at + found.length] === '?')
        found.length += 1;
    return found;
}
function skipClass(source, at) {
    let i = at + 1;
    if (source[i] === ']')
        i += 1;
    while (i < source.length && source[i] !== ']')
        i += source[i] === '\\' ? 2 : 1;
    return i + 1;
}
/** `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!`, `(?<name>`: how many characters open the group. */
function groupPrefixLength(source, at) {
    const rest = source.slice(at);
    const named = /^\(\?<[A-Za-z_$][\w$]*>/.exec(rest);
    if (named)
        return named[0].length;
    return /^\(\?<[=!]/.test(rest) ? 4 : 3;
}


/***/ })

};
