export const id = 435;
export const ids = [435,310,929];
export const modules = {

/***/ 64136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dg: () => (/* binding */ describesPlatformImage),
/* harmony export */   GT: () => (/* binding */ PREDICATE_CYCLONEDX_SCHEMA),
/* harmony export */   J3: () => (/* binding */ predicateTypeMatches),
/* harmony export */   Ke: () => (/* binding */ PREDICATE_SLSA_V1),
/* harmony export */   M7: () => (/* binding */ PREDICATE_COSIGN_SIGN),
/* harmony export */   NR: () => (/* binding */ cosignTypeOf),
/* harmony export */   Ok: () => (/* binding */ PREDICATE_CYCLONEDX),
/* harmony export */   Vf: () => (/* binding */ PREDICATE_SLSA_V02),
/* harmony export */   Vs: () => (/* binding */ PREDICATE_BY_KIND),
/* harmony export */   dT: () => (/* binding */ kindOfPredicate),
/* harmony export */   gL: () => (/* binding */ PREDICATE_SPDX),
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
/** cosign v3's image signature: a statement over the image whose predicate says nothing more. */
const PREDICATE_COSIGN_SIGN = 'https://sigstore.dev/cosign/sign/v1';
/** The in-toto statement type imprint writes. */
const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
/** The statement type cosign v2 writes (read, never written). */
const IN_TOTO_STATEMENT_V01 = 'https://in-toto.io/Statement/v0.1';
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
/* unused harmony export isDockerHub */
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
/** Whether a host is one of Docker Hub's spellings (`docker.io`, `index.docker.io`, …). */
function isDockerHub(host) {
    return isDockerHubName(host);
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

/***/ 16534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DR: () => (/* binding */ evaluateGate),
/* harmony export */   EV: () => (/* binding */ ruleExpiry),
/* harmony export */   Zq: () => (/* binding */ thresholdFromMaxSeverity)
/* harmony export */ });
/* unused harmony exports isRuleExpired, ruleMatches */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40764);
/**
 * The vulnerability gate, pure: findings + rules → what blocks, what was ignored and
 * which ignore entries have expired. The publish step's `fail-on-severity` and the
 * policy file's `vulnerabilities` block both come here.
 */

/** The policy file says `maxSeverity: HIGH` (the worst allowed); the gate wants the first that fails. */
function thresholdFromMaxSeverity(maxSeverity) {
    if (maxSeverity === 'CRITICAL')
        return 'NONE';
    if (maxSeverity === 'NONE')
        return 'UNKNOWN';
    const order = ['UNKNOWN', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
    return order[order.indexOf(maxSeverity) + 1] ?? 'NONE';
}
function ruleExpiry(rule) {
    if (rule.expires === undefined)
        return undefined;
    const text = /^\d{4}-\d{2}-\d{2}$/.test(rule.expires)
        ? `${rule.expires}T23:59:59.999Z`
        : rule.expires;
    const time = new Date(text);
    return Number.isNaN(time.getTime()) ? undefined : time;
}
function isRuleExpired(rule, now) {
    const expiry = ruleExpiry(rule);
    return expiry !== undefined && expiry.getTime() < now.getTime();
}
function ruleMatches(rule, finding) {
    if (rule.id !== finding.id)
        return false;
    if (!rule.purls || rule.purls.length === 0)
        return true;
    const purl = finding.purl ?? '';
    // A purl without a version names every version of the package; never a mere name prefix.
    return rule.purls.some((wanted) => purl === wanted || ['@', '?', '#'].some((next) => purl.startsWith(wanted + next)));
}
function breaches(finding, rules) {
    if (rules.ignoreUnfixed && !(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isFixed */ .zZ)(finding))
        return false;
    const bySeverity = rules.failAtOrAbove !== 'NONE' &&
        (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(finding.severity) >= (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(rules.failAtOrAbove);
    const byCvss = rules.maxCvss !== undefined && finding.cvss !== undefined && finding.cvss > rules.maxCvss;
    return bySeverity || byCvss;
}
function evaluateGate(findings, rules) {
    const activeRules = rules.ignore.filter((rule) => !isRuleExpired(rule, rules.now));
    const expiredRules = rules.ignore.filter((rule) => isRuleExpired(rule, rules.now));
    const blocking = [];
    const ignored = [];
    for (const finding of findings) {
        const rule = activeRules.find((candidate) => ruleMatches(candidate, finding));
        if (rule) {
            ignored.push({ finding, rule });
            continue;
        }
        if (breaches(finding, rules))
            blocking.push(finding);
    }
    return {
        passed: blocking.length === 0,
        blocking,
        ignored,
        expiredRules,
        counts: (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .countBySeverity */ .Ot)(findings),
    };
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

/***/ 75310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ PUBLIC_GOOD_URLS),
/* harmony export */   z: () => (/* binding */ GITHUB_URLS)
/* harmony export */ });
/**
 * The addresses of the Sigstore instances imprint knows by name: the public-good instance
 * (what cosign and `gh attestation` trust by default) and GitHub's private one (actions/attest
 * for private repositories). One home, so signing, verifying, the exported cluster policies
 * and the summaries all name the same services. Pure data, no imports.
 */
const PUBLIC_GOOD_URLS = {
    fulcio: 'https://fulcio.sigstore.dev',
    rekor: 'https://rekor.sigstore.dev',
    /** The TUF repository that serves the public-good trusted root (and keys @sigstore/tuf's seeds). */
    tufMirror: 'https://tuf-repo-cdn.sigstore.dev',
    /** Rekor's search page: `?logIndex=<n>` shows one entry. */
    rekorSearch: 'https://search.sigstore.dev',
    /** Where Sigstore posts outages. */
    status: 'https://status.sigstore.dev',
};
/** GitHub's instance has a Fulcio and a timestamp authority, and no transparency log. */
const GITHUB_URLS = {
    fulcio: 'https://fulcio.githubapp.com',
    tsa: 'https://timestamp.githubapp.com',
};


/***/ })

};
