export const id = 9022;
export const ids = [9022];
export const modules = {

/***/ 79022:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   imageGlobWarnings: () => (/* binding */ imageGlobWarnings)
/* harmony export */ });
/* unused harmony export imageGlobProblem */
/* harmony import */ var _match_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6563);
/**
 * Image globs that can match no image. A glob that names nothing does not fail open in verify
 * (an allow glob then refuses the image, an exclude or exception glob waives nothing), but it
 * never does what its author meant, and an exported cluster policy keyed on it would skip the
 * image: policy lint and verify say so. Pure.
 */

// What a normalised image name, tag and digest can hold (distribution/reference grammar), with
// the glob's `*`: a character outside these never matches.
const NAME_CHARACTERS = /^[a-z0-9._\-/:*[\]]+$/;
const TAG_CHARACTERS = /^[\w.*-]+$/;
const DIGEST_FORM = /^[a-z0-9*]+:[a-f0-9*]+$/;
/** Why a glob can match no image, or undefined when some image can match it. */
function imageGlobProblem(glob) {
    const parsed = (0,_match_js__WEBPACK_IMPORTED_MODULE_0__/* .parseImageGlob */ .zw)(glob);
    return nameProblem(parsed) ?? tagProblem(parsed) ?? digestProblem(parsed);
}
function nameProblem({ name }) {
    if (!name.includes('/') && !name.includes('**')) {
        return 'every image name holds a registry and a path, and * stops at "/": write ** for every image, or registry/path';
    }
    if (name !== name.toLowerCase()) {
        return `repository paths are lowercase (OCI distribution spec), so ${name} names no image: write ${name.toLowerCase()}`;
    }
    if (name.startsWith('/') || name.endsWith('/') || name.includes('//')) {
        return 'it has an empty path component ("//" or a leading or trailing "/")';
    }
    if (!NAME_CHARACTERS.test(name)) {
        return 'image names hold only lowercase letters, digits, ".", "_", "-", "/" and a ":port"';
    }
    return undefined;
}
function tagProblem({ tag }) {
    if (tag === undefined)
        return undefined;
    if (tag === '' || !TAG_CHARACTERS.test(tag) || /^[.-]/.test(tag)) {
        return `no image has the tag "${tag}" (tags are letters, digits, "_", "." and "-", not starting with "." or "-")`;
    }
    return undefined;
}
function digestProblem({ digest }) {
    if (digest === undefined || DIGEST_FORM.test(digest))
        return undefined;
    return `no image has the digest "${digest}" (digests are algorithm:lowercase hex, e.g. sha256:…)`;
}
/** One warning per image glob of the policy that can match no image, naming where it is. */
function imageGlobWarnings(policy) {
    const globs = [
        ...policy.images.allow.map((glob) => ({ glob, where: 'images.allow' })),
        ...policy.images.exclude.map((glob) => ({ glob, where: 'images.exclude' })),
        ...policy.exceptions.map((exception) => ({ glob: exception.image, where: 'exceptions' })),
    ];
    return globs.flatMap(({ glob, where }) => {
        const problem = imageGlobProblem(glob);
        return problem === undefined ? [] : [`${where} ${glob} can match no image: ${problem}`];
    });
}


/***/ }),

/***/ 6563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $B: () => (/* binding */ matchesImageGlob),
/* harmony export */   Cl: () => (/* binding */ describeIdentity),
/* harmony export */   L2: () => (/* binding */ identityPattern),
/* harmony export */   Nt: () => (/* binding */ escapeRegExp),
/* harmony export */   cR: () => (/* binding */ firstMatchingGlob),
/* harmony export */   oY: () => (/* binding */ globToRegExpSource),
/* harmony export */   vB: () => (/* binding */ anchoredRegExpSource),
/* harmony export */   wD: () => (/* binding */ matchesIdentity),
/* harmony export */   zw: () => (/* binding */ parseImageGlob)
/* harmony export */ });
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79310);
/**
 * Matching rules shared by evaluation and the exporters, so both read a pattern the same
 * way: image globs (`*` stops at `/`, `**` crosses it) on normalised references, and
 * identities (exact, glob, or a regular expression that is always anchored).
 */

/**
 * Splits a glob like a reference (name, `:tag`, `@digest`) and normalises its name the way
 * Docker normalises references (registry/reference.ts), so `nginx`, `docker.io/nginx` and
 * `index.docker.io/library/nginx` agree, and `GHCR.io/acme/app` names `ghcr.io/acme/app`.
 */
function parseImageGlob(glob) {
    const at = glob.indexOf('@');
    const digest = at >= 0 ? glob.slice(at + 1) : undefined;
    const beforeDigest = at >= 0 ? glob.slice(0, at) : glob;
    // Only a colon after the last `/` is a tag; one before it is a port (localhost:5000/app).
    const colon = beforeDigest.indexOf(':', beforeDigest.lastIndexOf('/') + 1);
    const tag = colon >= 0 ? beforeDigest.slice(colon + 1) : undefined;
    const rawName = tag !== undefined ? beforeDigest.slice(0, colon) : beforeDigest;
    const result = { name: (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .normaliseRepositoryPattern */ .$F)(rawName) };
    if (tag !== undefined)
        result.tag = tag;
    if (digest !== undefined)
        result.digest = digest;
    return result;
}
/** A glob covers an image when it matches one of the names Docker gives the image. */
function matchesImageGlob(glob, image) {
    const pattern = parseImageGlob(glob);
    const name = globToRegExp(pattern.name);
    if (!(0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .imageNameSpellings */ .uE)(image.name).some((spelling) => name.test(spelling)))
        return false;
    if (pattern.tag !== undefined && !globToRegExp(pattern.tag).test(image.tag ?? ''))
        return false;
    if (pattern.digest !== undefined && !globToRegExp(pattern.digest).test(image.digest ?? '')) {
        return false;
    }
    return true;
}
function firstMatchingGlob(globs, image) {
    return globs.find((glob) => matchesImageGlob(glob, image));
}
const REGEXP_SPECIAL = /[.*+?^${}()|[\]\\]/g;
function escapeRegExp(text) {
    return text.replace(REGEXP_SPECIAL, '\\$&');
}
/** `**` → any characters, `*` → any characters but `/`; the rest is literal. Unanchored source. */
function globToRegExpSource(glob) {
    return glob
        .split('**')
        .map((part) => part.split('*').map(escapeRegExp).join('[^/]*'))
        .join('.*');
}
function globToRegExp(glob) {
    return new RegExp(`^${globToRegExpSource(glob)}$`, 'u');
}
function isGlob(value) {
    return value.includes('*');
}
/** `subject` is exact unless it holds `*`; `subjectRegExp` is a regex. */
function identityPattern(plain, regexp) {
    if (regexp !== undefined)
        return { kind: 'regexp', value: regexp };
    const value = plain ?? '';
    return isGlob(value) ? { kind: 'glob', value } : { kind: 'exact', value };
}
/** The anchored regular expression that means exactly what the pattern means. */
function anchoredRegExpSource(pattern) {
    switch (pattern.kind) {
        case 'exact':
            return `^${escapeRegExp(pattern.value)}$`;
        case 'glob':
            return `^${globToRegExpSource(pattern.value)}$`;
        default:
            return `^(?:${pattern.value})$`;
    }
}
function matchesIdentity(pattern, value) {
    if (value === undefined)
        return false;
    if (pattern.kind === 'exact')
        return pattern.value === value;
    return new RegExp(anchoredRegExpSource(pattern), 'u').test(value);
}
function describeIdentity(pattern) {
    return pattern.kind === 'regexp' ? `/${anchoredRegExpSource(pattern)}/` : pattern.value;
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


/***/ })

};
