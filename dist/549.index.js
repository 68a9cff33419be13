export const id = 549;
export const ids = [549];
export const modules = {

/***/ 47316:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ detailOf)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/**
 * The message of a thrown value. Duck-typed rather than `instanceof Error`: stream and sqlite
 * errors may come from another realm (Node internals under a test VM) and still carry one.
 */
function detailOf(error) {
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isImprintError */ .cl)(error))
        return error.describe();
    const message = error?.message;
    return typeof message === 'string' ? message : String(error);
}


/***/ }),

/***/ 87185:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ INSTALLED_BY_PROPERTY),
/* harmony export */   n: () => (/* binding */ markInstalledByOs)
/* harmony export */ });
const INSTALLED_BY_PROPERTY = 'imprint:installed-by';
const OS_ECOSYSTEMS = new Set(['os', 'deb', 'apk', 'rpm']);
/** The file a component was read from: for a jar inside a jar, the outer one on disk. */
function fileOnDisk(location) {
    const nested = location.indexOf('!/');
    return (nested === -1 ? location : location.slice(0, nested)).replace(/^\/+/, '');
}
/**
 * Marks each language component whose file an OS package installed. `installedFiles` maps a
 * path (no leading `/`) to the owning package's purl. Returns how many were marked.
 */
function markInstalledByOs(components, installedFiles) {
    if (installedFiles.size === 0)
        return 0;
    let marked = 0;
    for (const component of components) {
        if (OS_ECOSYSTEMS.has(component.ecosystem))
            continue;
        const owner = installedFiles.get(fileOnDisk(component.location));
        if (owner === undefined)
            continue;
        component.properties = { ...component.properties, [INSTALLED_BY_PROPERTY]: owner };
        marked += 1;
    }
    return marked;
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


/***/ })

};
