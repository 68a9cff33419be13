export const id = 589;
export const ids = [589];
export const modules = {

/***/ 75901:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L7: () => (/* binding */ progressFor)
/* harmony export */ });
/* unused harmony exports createProgress, formatBytes */
const DEFAULT_INTERVAL_MS = 5000;
/** About ten redraws a second: smooth to the eye, negligible to the terminal. */
const REDRAW_MS = 100;
const BAR_WIDTH = 20;
const BINARY_UNITS = ['KiB', 'MiB', 'GiB', 'TiB'];
const ERASE_TO_END = '\u001b[K';
function createProgress(options) {
    const now = options.now ?? Date.now;
    const interval = options.intervalMs ?? DEFAULT_INTERVAL_MS;
    const total = options.total && options.total > 0 ? options.total : undefined;
    const started = now();
    let amount = 0;
    let lastOutput = options.interactive ? -Infinity : started;
    let finished = false;
    const snapshot = (at) => ({
        label: options.label,
        unit: options.unit,
        amount,
        total,
        elapsedMs: at - started,
    });
    // The bar is redrawn over itself; the final line replaces it and stays.
    const redraw = (text, end = '') => options.write(`\r${text}${ERASE_TO_END}${end}`);
    return {
        advance(n) {
            if (finished)
                return;
            amount += n;
            const at = now();
            if (at - lastOutput < (options.interactive ? REDRAW_MS : interval))
                return;
            lastOutput = at;
            if (options.interactive)
                redraw(renderBar(snapshot(at)));
            else
                options.write(renderLine(snapshot(at)));
        },
        done() {
            if (finished)
                return;
            finished = true;
            const at = now();
            const final = renderFinal(snapshot(at));
            if (options.interactive)
                redraw(final, '\n');
            else
                options.write(final);
        },
    };
}
/**
 * Progress for a run: a bar on stderr when a person watches a local terminal, otherwise
 * lines through the run's logger (so they are grouped, indented and redacted like the rest).
 */
function progressFor(context, terminal = process.stderr) {
    const interactive = context.platform.name === 'local' && terminal.isTTY === true;
    return (work) => createProgress({
        ...work,
        interactive,
        write: interactive ? (text) => terminal.write(text) : (line) => context.log.info(line),
    });
}
/** `label [#####-----] 42% 12.3 MiB/30 MiB 4.1 MiB/s` */
function renderBar(s) {
    const parts = [s.label];
    if (s.total !== undefined) {
        const filled = Math.round(fraction(s) * BAR_WIDTH);
        parts.push(`[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}]`, `${percent(s)}%`);
        parts.push(`${formatAmount(s.amount, s.unit)}/${formatAmount(s.total, s.unit)}`);
    }
    else {
        parts.push(formatAmount(s.amount, s.unit));
    }
    const rate = formatRate(s);
    if (rate)
        parts.push(rate);
    return parts.join(' ');
}
/** `label: 12.3 MiB of 30 MiB (41%), 4.1 MiB/s` */
function renderLine(s) {
    const done = formatAmount(s.amount, s.unit);
    const progress = s.total === undefined ? done : `${done} of ${formatAmount(s.total, s.unit)} (${percent(s)}%)`;
    const rate = formatRate(s);
    return `${s.label}: ${progress}${rate ? `, ${rate}` : ''}`;
}
/** `label: 30 MiB in 7.2 s, 4.2 MiB/s` */
function renderFinal(s) {
    const rate = formatRate(s);
    const seconds = (s.elapsedMs / 1000).toFixed(1);
    return `${s.label}: ${formatAmount(s.amount, s.unit)} in ${seconds} s${rate ? `, ${rate}` : ''}`;
}
/** Binary units, one decimal where it says something: `512 B`, `1.5 KiB`, `30 MiB`. */
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${Math.round(bytes)} B`;
    let value = bytes;
    let unit = BINARY_UNITS[0];
    for (const candidate of BINARY_UNITS) {
        value /= 1024;
        unit = candidate;
        if (value < 1024)
            break;
    }
    return `${trimDecimal(value)} ${unit}`;
}
function formatAmount(amount, unit) {
    if (unit === 'bytes')
        return formatBytes(amount);
    return `${amount} ${amount === 1 ? 'item' : 'items'}`;
}
/** Average since the start; none before any time has passed (it would be infinite). */
function formatRate(s) {
    if (s.elapsedMs <= 0)
        return undefined;
    const perSecond = (s.amount * 1000) / s.elapsedMs;
    return s.unit === 'bytes' ? `${formatBytes(perSecond)}/s` : `${trimDecimal(perSecond)} items/s`;
}
function fraction(s) {
    return s.total === undefined ? 0 : Math.min(1, s.amount / s.total);
}
function percent(s) {
    return Math.floor(fraction(s) * 100);
}
function trimDecimal(value) {
    return value.toFixed(1).replace(/\.0$/, '');
}


/***/ }),

/***/ 31838:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ readCaFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/** The `registry-ca-file` input: extra certificate authorities (PEM) for the registries. */


function readCaFile(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ImprintError */ .m0('INPUT_INVALID', `registry-ca-file ${path} cannot be read: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(error)}`, { cause: error, hint: 'give a PEM file of certificate authorities that this job can read' });
    }
}


/***/ }),

/***/ 95660:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X6: () => (/* binding */ imagePurl),
/* harmony export */   rG: () => (/* binding */ buildBom)
/* harmony export */ });
/* unused harmony export licenceChoice */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84439);
/* harmony import */ var _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50320);
/* harmony import */ var _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(_cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51248);
/* harmony import */ var _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(_cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(94321);
/* harmony import */ var _cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(_cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(79310);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(311);
/* harmony import */ var _licences_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(61885);
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(74468);
/**
 * Components → a CycloneDX 1.6 JSON document, built with the CycloneDX library's models and
 * normaliser. The library (10.x) has no `evidence.occurrences` yet, so those are added to the
 * normalised JSON afterwards, matched by bom-ref.
 */

// Sub-path imports: the package root also loads its JSON-schema validators (ajv and friends),
// which publishing never uses.








const LAYER_DIGEST_PROPERTY = 'imprint:layer:digest';
const CATALOGER_PROPERTY = 'imprint:cataloger';
function buildBom(components, options) {
    const bom = new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.Bom({
        serialNumber: options.serialNumber ?? `urn:uuid:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`,
    });
    bom.metadata.timestamp = options.now;
    bom.metadata.tools.components.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.Component(_cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__.ComponentType.Application, 'imprint', {
        version: _version_js__WEBPACK_IMPORTED_MODULE_7__/* .VERSION */ .x,
        bomRef: `imprint@${_version_js__WEBPACK_IMPORTED_MODULE_7__/* .VERSION */ .x}`,
    }));
    const image = imageComponent(options.image);
    bom.metadata.component = image;
    const refs = assignBomRefs(components);
    const models = components.map((component, index) => componentModel(component, refs[index]));
    const modelByPurl = new Map();
    components.forEach((component, index) => {
        if (component.purl && !modelByPurl.has(component.purl))
            modelByPurl.set(component.purl, models[index]);
    });
    const dependedOn = new Set();
    components.forEach((component, index) => {
        for (const purl of component.dependsOn ?? []) {
            const target = modelByPurl.get(purl);
            if (!target || target === models[index])
                continue;
            models[index].dependencies.add(target.bomRef);
            dependedOn.add(target);
        }
    });
    for (const model of models) {
        bom.components.add(model);
        // The image depends directly on everything nothing else pulls in.
        if (!dependedOn.has(model))
            image.dependencies.add(model.bomRef);
    }
    const factory = new _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_3__.JSON.Normalize.Factory(_cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_4__.Spec1dot6);
    const json = factory.makeForBom().normalize(bom, {});
    addOccurrences(json, components, refs);
    return json;
}
function imagePurl(image) {
    const reference = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .parseReference */ .F2)(image.name);
    const repository = reference.repository;
    const arch = image.platform?.split('/')[1];
    return (0,_purl_js__WEBPACK_IMPORTED_MODULE_8__/* .buildPurl */ .Eq)({
        type: 'oci',
        name: repository.slice(repository.lastIndexOf('/') + 1),
        version: image.digest,
        qualifiers: { repository_url: `${reference.registry}/${repository}`, tag: reference.tag, arch },
    });
}
function imageComponent(image) {
    const reference = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .parseReference */ .F2)(image.name);
    const purl = imagePurl(image);
    const component = new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.Component(_cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__.ComponentType.Container, `${reference.registry}/${reference.repository}`, { version: image.digest, purl, bomRef: purl });
    if (image.platform)
        component.properties.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.Property('imprint:image:platform', image.platform));
    return component;
}
/** purls are the natural bom-refs; a repeat (same package in two places) gets its location added. */
function assignBomRefs(components) {
    const used = new Set();
    return components.map((component) => {
        const base = component.purl ?? `${component.ecosystem}:${component.name}@${component.version}`;
        let ref = used.has(base) ? `${base}|${component.location}` : base;
        for (let n = 2; used.has(ref); n += 1)
            ref = `${base}|${component.location}|${n}`;
        used.add(ref);
        return ref;
    });
}
function componentModel(component, bomRef) {
    const type = component.kind === 'operating-system'
        ? _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__.ComponentType.OperatingSystem
        : component.kind === 'application'
            ? _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__.ComponentType.Application
            : _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__.ComponentType.Library;
    const model = new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.Component(type, component.name, {
        bomRef,
        ...(component.version ? { version: component.version } : {}),
        ...(component.group ? { group: component.group } : {}),
        ...(component.purl ? { purl: component.purl } : {}),
    });
    for (const licence of licenceChoice(component.licences))
        model.licenses.add(licence);
    model.properties.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.Property(CATALOGER_PROPERTY, component.cataloger));
    model.properties.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.Property(LAYER_DIGEST_PROPERTY, component.layerDigest));
    for (const [name, value] of Object.entries(component.properties ?? {})) {
        model.properties.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.Property(name, value));
    }
    return model;
}
/**
 * CycloneDX allows either licence objects or one expression. Several licences that include an
 * expression are joined with AND when all are SPDX; otherwise expressions become names.
 */
function licenceChoice(licences) {
    const hasExpression = licences.some((licence) => 'expression' in licence);
    const allSpdx = licences.every((licence) => !('name' in licence));
    if (hasExpression && allSpdx && licences.length > 1) {
        const parts = licences.map((licence) => {
            const text = (0,_licences_js__WEBPACK_IMPORTED_MODULE_6__/* .licenceLabel */ .Mq)(licence);
            return /\s/.test(text) ? `(${text})` : text;
        });
        return [new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.LicenseExpression(parts.join(' AND '))];
    }
    if (hasExpression && licences.length === 1)
        return [new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.LicenseExpression((0,_licences_js__WEBPACK_IMPORTED_MODULE_6__/* .licenceLabel */ .Mq)(licences[0]))];
    return licences.map((licence) => 'spdxId' in licence
        ? new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.SpdxLicense(licence.spdxId)
        : new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.NamedLicense((0,_licences_js__WEBPACK_IMPORTED_MODULE_6__/* .licenceLabel */ .Mq)(licence)));
}
function addOccurrences(json, components, refs) {
    const locationByRef = new Map(refs.map((ref, index) => [ref, components[index].location]));
    for (const entry of json.components ?? []) {
        const location = locationByRef.get(entry['bom-ref']);
        if (location)
            entry.evidence = {
                ...entry.evidence,
                occurrences: [{ location }],
            };
    }
}


/***/ }),

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

/***/ 61885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mq: () => (/* binding */ licenceLabel),
/* harmony export */   SB: () => (/* binding */ spdxIdOf),
/* harmony export */   aN: () => (/* binding */ uniqueLicences),
/* harmony export */   fH: () => (/* binding */ spdxExpressionOf),
/* harmony export */   v3: () => (/* binding */ licenceOf)
/* harmony export */ });
/* harmony import */ var _cyclonedx_cyclonedx_library_SPDX__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61290);
/**
 * Licence text → SPDX. Identifiers come from the SPDX list bundled with the CycloneDX library
 * (the list its validator checks against); anything that is not SPDX stays a named licence.
 */

/** GNU licences written the short way: `GPL-2`, `LGPL-2.1+`, `GPL-2.0+`, `AGPL-3`. */
const GNU_SHORT = /^(AGPL|LGPL|GPL|GFDL)-?(\d)(?:\.(\d))?(\+)?$/i;
/** Names used by Debian (DEP-5 short names) and others that mean one SPDX licence. */
const ALIASES = {
    expat: 'MIT',
    'apache-2': 'Apache-2.0',
    'apache 2.0': 'Apache-2.0',
    'mpl-2': 'MPL-2.0',
    zlib: 'Zlib',
    cc0: 'CC0-1.0',
    'psf-2': 'PSF-2.0',
    'python-2.0': 'Python-2.0',
};
/** The SPDX id for a licence name, or undefined when it is not one. */
function spdxIdOf(text) {
    const trimmed = text.trim();
    const gnu = GNU_SHORT.exec(trimmed);
    if (gnu) {
        const [, family, major, minor, plus] = gnu;
        const id = `${family.toUpperCase()}-${major}.${minor ?? '0'}-${plus ? 'or-later' : 'only'}`;
        const fixed = _cyclonedx_cyclonedx_library_SPDX__WEBPACK_IMPORTED_MODULE_0__.fixupSpdxId(id);
        if (fixed)
            return fixed;
    }
    const alias = ALIASES[trimmed.toLowerCase()];
    if (alias)
        return alias;
    return _cyclonedx_cyclonedx_library_SPDX__WEBPACK_IMPORTED_MODULE_0__.fixupSpdxId(trimmed);
}
const LICENCE_REF = /^(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/;
const OPERATORS = new Set(['AND', 'OR', 'WITH']);
/**
 * A normalised SPDX expression (ids in their listed case, operators upper case), or undefined
 * when the text is not one. `+` after an id and `LicenseRef-…` are allowed.
 */
function spdxExpressionOf(text) {
    const tokens = text
        .replace(/([()])/g, ' $1 ')
        .split(/\s+/)
        .filter((token) => token !== '');
    if (tokens.length === 0)
        return undefined;
    const out = [];
    let depth = 0;
    let expectOperand = true;
    let afterWith = false;
    for (const token of tokens) {
        const upper = token.toUpperCase();
        if (expectOperand) {
            if (token === '(' && !afterWith) {
                depth += 1;
                out.push('(');
                continue;
            }
            const operand = operandOf(token);
            if (!operand)
                return undefined;
            out.push(operand);
            expectOperand = false;
            afterWith = false;
            continue;
        }
        if (token === ')') {
            if (depth === 0)
                return undefined;
            depth -= 1;
            out.push(')');
            continue;
        }
        if (!OPERATORS.has(upper))
            return undefined;
        out.push(upper);
        expectOperand = true;
        afterWith = upper === 'WITH';
    }
    if (expectOperand || depth !== 0)
        return undefined;
    return out.join(' ').replace(/\( /g, '(').replace(/ \)/g, ')');
}
function operandOf(token) {
    if (LICENCE_REF.test(token))
        return token;
    const plus = token.endsWith('+') && !GNU_SHORT.test(token);
    const id = _cyclonedx_cyclonedx_library_SPDX__WEBPACK_IMPORTED_MODULE_0__.fixupSpdxId(plus ? token.slice(0, -1) : token) ?? spdxIdOf(token);
    if (!id)
        return undefined;
    return plus ? `${id}+` : id;
}
/** One licence statement as found in package metadata. */
function licenceOf(text) {
    const trimmed = text.trim();
    if (trimmed === '')
        return undefined;
    const id = spdxIdOf(trimmed);
    if (id)
        return { spdxId: id };
    const expression = spdxExpressionOf(trimmed);
    if (expression)
        return { expression };
    return { name: trimmed };
}
/** The text a licence is counted under in statistics. */
function licenceLabel(licence) {
    if ('spdxId' in licence)
        return licence.spdxId;
    if ('expression' in licence)
        return licence.expression;
    return licence.name;
}
/** Drops repeats, keeping first-seen order. */
function uniqueLicences(licences) {
    const seen = new Set();
    return licences.filter((licence) => {
        const key = `${Object.keys(licence)[0]}:${licenceLabel(licence)}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}


/***/ }),

/***/ 63657:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OS: () => (/* binding */ platformManifests),
  qT: () => (/* binding */ sbomForManifest)
});

// UNUSED EXPORTS: countingLayers

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/registry/manifest.ts
var manifest = __webpack_require__(10506);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(79310);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/sbom/trivy-properties.ts
/**
 * Source-package properties in Trivy's CycloneDX taxonomy (`aquasecurity:trivy:Src*`).
 * Distributions publish advisories per source package (Debian's `openssl`, not `libssl3`;
 * Alpine's origin `openssl`, not `libcrypto3`). Reading a third-party SBOM, Trivy takes the
 * source from these properties and otherwise assumes the binary's own name and version, which
 * finds nothing for a binary built from a differently named source.
 */
const TRIVY_PROPERTY_PREFIX = 'aquasecurity:trivy:';
function trivySourceProperties(source) {
    return {
        [`${TRIVY_PROPERTY_PREFIX}SrcName`]: source.name,
        [`${TRIVY_PROPERTY_PREFIX}SrcVersion`]: source.version,
        ...(source.release ? { [`${TRIVY_PROPERTY_PREFIX}SrcRelease`]: source.release } : {}),
        ...(source.epoch ? { [`${TRIVY_PROPERTY_PREFIX}SrcEpoch`]: String(source.epoch) } : {}),
    };
}
/**
 * A Debian version `[epoch:]upstream[-revision]` split as Trivy's dpkg analyzer splits it
 * (deb-version(7): the revision follows the last hyphen; no hyphen means a native package).
 */
function splitDebianVersion(version) {
    const epochMatch = /^(\d+):(.*)$/.exec(version);
    const epoch = epochMatch ? Number(epochMatch[1]) : 0;
    const rest = epochMatch ? epochMatch[2] : version;
    const hyphen = rest.lastIndexOf('-');
    return {
        version: hyphen > 0 ? rest.slice(0, hyphen) : rest,
        ...(hyphen > 0 ? { release: rest.slice(hyphen + 1) } : {}),
        ...(epoch > 0 ? { epoch } : {}),
    };
}
/**
 * The source of an rpm from its SOURCERPM tag, `name-version-release.src.rpm`; the epoch is the
 * binary's own (rpm does not record the source's). Undefined when the tag has another shape.
 */
function rpmSourceOf(sourceRpm, epoch) {
    const match = /^(.+)-([^-]+)-([^-]+)\.(?:no)?src\.rpm$/.exec(sourceRpm);
    if (!match)
        return undefined;
    return {
        name: match[1],
        version: match[2],
        release: match[3],
        ...(epoch ? { epoch } : {}),
    };
}

// EXTERNAL MODULE: ./src/sbom/licences.ts
var licences = __webpack_require__(61885);
;// CONCATENATED MODULE: ./src/sbom/paths.ts
/**
 * Path rules for layer entries. Tar names are relative to the image root; writers add `./` or
 * a leading `/`, and a hostile layer can try `../`. We never write to disk, but every lookup
 * works on one normal form: no leading `/`, no empty, `.` or `..` segments.
 */
const WHITEOUT_PREFIX = '.wh.';
const OPAQUE_MARKER = '.wh..wh..opq';
/**
 * The normal form of a tar entry name, or undefined when `..` would climb above the root
 * (such entries are rejected, not clamped: clamping would let them overwrite other paths).
 * An absolute name is read relative to the root, as container runtimes do.
 */
function normaliseEntryPath(name) {
    const segments = [];
    for (const segment of name.split('/')) {
        if (segment === '' || segment === '.')
            continue;
        if (segment === '..') {
            if (segments.length === 0)
                return undefined;
            segments.pop();
            continue;
        }
        segments.push(segment);
    }
    return segments.join('/');
}
function parentOf(path) {
    const slash = path.lastIndexOf('/');
    return slash < 0 ? '' : path.slice(0, slash);
}
function baseName(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
function joinPath(dir, name) {
    return dir === '' ? name : `${dir}/${name}`;
}
/** Splits a path into its segments, dropping empty ones (`a//b`, leading `/`). */
function segmentsOf(path) {
    return path.split('/').filter((segment) => segment !== '');
}
/** The location string used in SBOM output: absolute, as a shell in the container shows it. */
function displayPath(path) {
    return `/${path}`;
}
/** Recognises the OCI whiteout forms: `.wh.<name>` removes, `.wh..wh..opq` makes opaque. */
function whiteoutOf(path) {
    const name = baseName(path);
    if (!name.startsWith(WHITEOUT_PREFIX))
        return undefined;
    const dir = parentOf(path);
    if (name === OPAQUE_MARKER)
        return { kind: 'opaque', dir };
    const removed = name.slice(WHITEOUT_PREFIX.length);
    // `.wh.` alone or `.wh..` would remove the directory itself or its parent: not a valid whiteout.
    if (removed === '' || removed === '.' || removed === '..')
        return undefined;
    return { kind: 'remove', path: joinPath(dir, removed) };
}

// EXTERNAL MODULE: ./src/sbom/purl.ts
var purl = __webpack_require__(74468);
;// CONCATENATED MODULE: ./src/sbom/catalogers/apk.ts
/**
 * Alpine packages from apk's database `/lib/apk/db/installed`: one `K:value` line per field,
 * a blank line between packages (https://wiki.alpinelinux.org/wiki/Apk_spec). Fields used:
 * P name, V version, A arch, L licence, o origin, D depends, p provides.
 */




const APK_DATABASE = 'lib/apk/db/installed';
function parseApkDatabase(text) {
    const records = [];
    const problems = [];
    let fields = new Map();
    let files = [];
    let folder = '';
    let startLine = 1;
    const finish = () => {
        if (fields.size === 0)
            return;
        const name = fields.get('P');
        const version = fields.get('V');
        if (name && version)
            records.push({ ...recordOf(name, version, fields), files });
        else
            problems.push(`the record at line ${startLine} has no P (name) or V (version) field`);
        fields = new Map();
        files = [];
        folder = '';
    };
    for (const [index, line] of text.replace(/\r\n/g, '\n').split('\n').entries()) {
        if (line === '') {
            finish();
            startLine = index + 2;
            continue;
        }
        // Keys are one character; `F:` (a folder) and `R:` (a file in it) repeat.
        if (line[1] !== ':') {
            problems.push(`line ${index + 1}: expected "K:value", found "${line.slice(0, 60)}"`);
            continue;
        }
        if (line[0] === 'F')
            folder = line.slice(2);
        else if (line[0] === 'R')
            files.push(folder ? `${folder}/${line.slice(2)}` : line.slice(2));
        else if (!fields.has(line[0]))
            fields.set(line[0], line.slice(2));
    }
    finish();
    return { records, problems };
}
function recordOf(name, version, fields) {
    const list = (key) => (fields.get(key) ?? '').split(/\s+/).filter((item) => item !== '');
    const record = {
        name,
        version,
        depends: list('D'),
        provides: list('p'),
    };
    if (fields.has('A'))
        record.arch = fields.get('A');
    if (fields.has('L'))
        record.license = fields.get('L');
    if (fields.has('o'))
        record.origin = fields.get('o');
    return record;
}
/**
 * apk's `L:` is an SPDX expression in current Alpine, a space-separated list in older
 * releases (`MIT BSD GPL2+`): an expression when it parses as one, else each word on its own.
 */
function apkLicences(text) {
    if (!text?.trim())
        return [];
    if ((0,licences/* spdxExpressionOf */.fH)(text))
        return [(0,licences/* licenceOf */.v3)(text)];
    return (0,licences/* uniqueLicences */.aN)(text
        .split(/\s+/)
        .map(licences/* licenceOf */.v3)
        .filter((licence) => licence !== undefined));
}
const apkCataloger = {
    name: 'apk',
    wants: (path) => path === APK_DATABASE,
    catalog(files, context) {
        const warnings = [];
        const components = [];
        const installedFiles = new Map();
        for (const file of files) {
            const { records, problems } = parseApkDatabase(file.content.toString('utf8'));
            for (const problem of problems)
                warnings.push(`apk: ${displayPath(file.path)}: ${problem} (skipped)`);
            const found = componentsOf(records, file, context);
            records.forEach((record, index) => {
                for (const path of record.files)
                    installedFiles.set(path, found[index].purl);
            });
            components.push(...found);
        }
        return { components, warnings, installedFiles };
    },
};
function componentsOf(records, file, context) {
    const purls = records.map((record) => (0,purl/* buildPurl */.Eq)({
        type: 'apk',
        namespace: context.distro?.id ?? 'alpine',
        name: record.name,
        version: record.version,
        qualifiers: {
            arch: record.arch,
            distro: (0,purl/* distroQualifier */.sE)(context.distro),
            upstream: record.origin && record.origin !== record.name ? record.origin : undefined,
        },
    }));
    const provider = providerIndex(records, purls);
    return records.map((record, index) => {
        const dependsOn = record.depends
            .filter((dependency) => !dependency.startsWith('!'))
            .map((dependency) => provider.get(dependency.split(/[<>=~]/)[0]))
            .filter((purl) => purl !== undefined && purl !== purls[index]);
        return {
            kind: 'library',
            ecosystem: 'apk',
            name: record.name,
            version: record.version,
            purl: purls[index],
            licences: apkLicences(record.license),
            location: displayPath(file.path),
            layerDigest: file.layerDigest,
            cataloger: 'apk',
            ...(dependsOn.length > 0 ? { dependsOn: [...new Set(dependsOn)] } : {}),
            // Alpine's secdb is keyed by origin (libcrypto3 → openssl) at the binary's version.
            properties: trivySourceProperties({
                name: record.origin ?? record.name,
                version: record.version,
            }),
        };
    });
}
/** Package names and everything they provide (`so:libc.musl-x86_64.so.1`, `cmd:sh`) → purl. */
function providerIndex(records, purls) {
    const index = new Map();
    records.forEach((record, i) => {
        index.set(record.name, purls[i]);
        for (const provided of record.provides) {
            const name = provided.split('=')[0];
            if (!index.has(name))
                index.set(name, purls[i]);
        }
    });
    return index;
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/control-fields.ts
/**
 * "Field: value" paragraphs with indented continuation lines: Debian control data (dpkg status),
 * and the RFC 822 style headers of Python's METADATA / PKG-INFO. Field names are matched
 * case-insensitively (both formats say so); repeated fields keep every value.
 */
const FIELD_LINE = /^([^\s:][^:]*):(.*)$/;
/**
 * Splits text into paragraphs at blank lines. A malformed line spoils only its own paragraph,
 * which is dropped and reported; parsing resumes at the next blank line.
 * With `firstOnly`, stops after the first paragraph (a METADATA header; the body follows).
 */
function parseParagraphs(text, options = {}) {
    const lines = text.replace(/\r\n/g, '\n').split('\n');
    const paragraphs = [];
    const problems = [];
    let current;
    let lastValues;
    let spoiled = false;
    const finish = () => {
        if (current && !spoiled)
            paragraphs.push(current);
        current = undefined;
        lastValues = undefined;
        spoiled = false;
    };
    for (const [index, line] of lines.entries()) {
        if (line.trim() === '') {
            const hadParagraph = current !== undefined;
            finish();
            if (hadParagraph && options.firstOnly)
                break;
            continue;
        }
        current ??= { fields: new Map(), line: index + 1 };
        if (spoiled)
            continue;
        if (/^[ \t]/.test(line) && lastValues) {
            lastValues[lastValues.length - 1] += `\n${line.trim()}`;
            continue;
        }
        const match = FIELD_LINE.exec(line);
        if (!match) {
            problems.push({
                line: index + 1,
                message: `expected "Field: value" or an indented continuation, found "${truncate(line)}"`,
            });
            spoiled = true;
            continue;
        }
        const name = match[1].trim().toLowerCase();
        const values = current.fields.get(name) ?? [];
        values.push(match[2].trim());
        current.fields.set(name, values);
        lastValues = values;
    }
    finish();
    return { paragraphs, problems };
}
/** The first value of a field, or undefined. */
function field(paragraph, name) {
    return paragraph.fields.get(name.toLowerCase())?.[0];
}
function truncate(line) {
    return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/debian-copyright.ts
/**
 * Licences from `/usr/share/doc/<package>/copyright`.
 * - Machine-readable files (DEP-5: a `Format:` header naming the copyright-format spec) are
 *   read field by field: every `License:` synopsis, split into its single licences.
 * - Free-form files (libc6's, for example) only reveal licences through references to
 *   `/usr/share/common-licenses/<NAME>`; those are taken, nothing else is guessed.
 * Short names map to SPDX ids where the mapping is exact (GPL-2+ → GPL-2.0-or-later,
 * Expat → MIT); the rest stay named licences.
 */

const DEP5_FORMAT = /^format:\s*https?:\/\/(www\.)?debian\.org\/doc\/packaging-manuals\/copyright-format\//im;
const LICENSE_FIELD = /^license:[ \t]*(.*)$/gim;
const COMMON_LICENSE_REFERENCE = /\/usr\/share\/common-licenses\/([0-9A-Za-z_.+-]+)/g;
/** A DEP-5 synopsis joins licences with `or`, `and` and commas (`GPL-2+ or Artistic`). */
const SYNOPSIS_SEPARATOR = /\s*,\s*(?:and\s+|or\s+)?|\s+(?:or|and)\s+/i;
/** `GPL-2+ with OpenSSL exception`: the exception is dropped, the licence kept. */
const EXCEPTION_SUFFIX = /\s+with\s+.*$/i;
function isMachineReadableCopyright(text) {
    return DEP5_FORMAT.test(text.trimStart().split('\n\n')[0] ?? '');
}
function licencesFromCopyright(text) {
    const names = isMachineReadableCopyright(text) ? synopsisNames(text) : commonLicenceNames(text);
    return (0,licences/* uniqueLicences */.aN)(names.map(debianLicence).filter((licence) => licence !== undefined));
}
function synopsisNames(text) {
    const names = [];
    for (const match of text.matchAll(LICENSE_FIELD)) {
        const synopsis = match[1].trim();
        for (const part of synopsis.split(SYNOPSIS_SEPARATOR)) {
            const name = part.replace(EXCEPTION_SUFFIX, '').trim();
            if (name !== '')
                names.push(name);
        }
    }
    return names;
}
function commonLicenceNames(text) {
    // Trailing punctuation belongs to the sentence, not the file name ("…/GPL-2'.").
    return [...text.matchAll(COMMON_LICENSE_REFERENCE)].map((match) => match[1].replace(/[.]+$/, ''));
}
function debianLicence(name) {
    if (name.toLowerCase() === 'none')
        return undefined;
    const id = (0,licences/* spdxIdOf */.SB)(name);
    return id ? { spdxId: id } : (0,licences/* licenceOf */.v3)(name);
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/dpkg.ts
/**
 * Debian packages from dpkg's database: `/var/lib/dpkg/status`, and the one-file-per-package
 * `/var/lib/dpkg/status.d/*` that distroless images carry instead. Licences come from each
 * package's copyright file; `Depends`/`Pre-Depends` become dependencies. Each package's file
 * list (`/var/lib/dpkg/info/<package>[:<arch>].list`) says which files it installed, so
 * language packages shipped inside .debs can be told apart (see ../installed-by.ts).
 */





const STATUS_FILE = 'var/lib/dpkg/status';
const STATUS_DIR = 'var/lib/dpkg/status.d/';
const COPYRIGHT = /^usr\/share\/doc\/[^/]+\/copyright$/;
const FILE_LIST = /^var\/lib\/dpkg\/info\/[^/]+\.list$/;
/** dpkg states in which a package's files are on disk (`config-files` and `not-installed` are not). */
const PRESENT_STATES = new Set([
    'installed',
    'half-installed',
    'unpacked',
    'half-configured',
    'triggers-awaited',
    'triggers-pending',
]);
const dpkgCataloger = {
    name: 'dpkg',
    wants: (path) => isDatabaseFile(path) || COPYRIGHT.test(path) || FILE_LIST.test(path),
    catalog(files, context) {
        const warnings = [];
        const packages = files
            .filter((file) => isDatabaseFile(file.path))
            .flatMap((file) => readDatabase(file, warnings));
        const purls = new Map(packages.map((pkg) => [pkg, purlOf(pkg, context.distro)]));
        const byName = indexByNameAndProvides(packages);
        const components = packages.map((pkg) => {
            const dependsOn = dependenciesOf(pkg, byName).map((dependency) => purls.get(dependency));
            const copyright = context.lookup(`usr/share/doc/${pkg.name}/copyright`);
            return {
                kind: 'library',
                ecosystem: 'deb',
                name: pkg.name,
                version: pkg.version,
                purl: purls.get(pkg),
                licences: copyright ? licencesFromCopyright(copyright.content.toString('utf8')) : [],
                location: displayPath(pkg.file.path),
                layerDigest: pkg.file.layerDigest,
                cataloger: 'dpkg',
                ...(dependsOn.length > 0 ? { dependsOn: [...new Set(dependsOn)] } : {}),
                properties: {
                    'imprint:deb:arch': pkg.arch,
                    ...(pkg.source ? { 'imprint:deb:source': pkg.source } : {}),
                    ...trivySourceProperties({
                        name: pkg.source ?? pkg.name,
                        ...splitDebianVersion(pkg.sourceVersion ?? pkg.version),
                    }),
                },
            };
        });
        return { components, warnings, installedFiles: installedFiles(packages, purls, context) };
    },
};
/** Every file a package's list names → that package's purl (directories included, harmless). */
function installedFiles(packages, purls, context) {
    const owners = new Map();
    for (const pkg of packages) {
        // Multi-Arch: same packages name their list `<package>:<arch>.list`.
        const list = context.lookup(`var/lib/dpkg/info/${pkg.name}.list`) ??
            context.lookup(`var/lib/dpkg/info/${pkg.name}:${pkg.arch}.list`);
        if (!list)
            continue;
        for (const line of list.content.toString('utf8').split('\n')) {
            const path = line.trim().replace(/^\/+/, '');
            if (path !== '')
                owners.set(path, purls.get(pkg));
        }
    }
    return owners;
}
function isDatabaseFile(path) {
    if (path === STATUS_FILE)
        return true;
    if (!path.startsWith(STATUS_DIR))
        return false;
    const name = path.slice(STATUS_DIR.length);
    // status.d also holds `<pkg>.md5sums` lists next to the control records.
    return name !== '' && !name.includes('/') && !name.endsWith('.md5sums');
}
function readDatabase(file, warnings) {
    const where = displayPath(file.path);
    const { paragraphs, problems } = parseParagraphs(file.content.toString('utf8'));
    for (const problem of problems) {
        warnings.push(`dpkg: skipped a damaged record in ${where} (line ${problem.line}: ${problem.message})`);
    }
    const packages = [];
    for (const paragraph of paragraphs) {
        const pkg = packageOf(paragraph, file);
        if (typeof pkg === 'string')
            warnings.push(`dpkg: skipped a record in ${where} (line ${paragraph.line}): ${pkg}`);
        else if (pkg)
            packages.push(pkg);
    }
    return packages;
}
/** The package, undefined when it is not on disk, or a string saying what is wrong. */
function packageOf(paragraph, file) {
    const name = field(paragraph, 'Package');
    const version = field(paragraph, 'Version');
    if (!name || !version)
        return 'it has no Package or Version field';
    const status = field(paragraph, 'Status');
    // Distroless records have no Status: everything listed there is installed.
    if (status !== undefined && !PRESENT_STATES.has(status.split(/\s+/)[2] ?? ''))
        return undefined;
    const source = /^(\S+)(?:\s+\((\S+)\))?/.exec(field(paragraph, 'Source') ?? '');
    return {
        name,
        version,
        arch: field(paragraph, 'Architecture') ?? '',
        ...(source ? { source: source[1], ...(source[2] ? { sourceVersion: source[2] } : {}) } : {}),
        depends: [field(paragraph, 'Pre-Depends'), field(paragraph, 'Depends')].filter((value) => value !== undefined),
        provides: splitRelations(field(paragraph, 'Provides') ?? '').flat(),
        file,
    };
}
function purlOf(pkg, distro) {
    let upstream;
    if (pkg.source && (pkg.source !== pkg.name || pkg.sourceVersion)) {
        upstream = pkg.sourceVersion ? `${pkg.source}@${pkg.sourceVersion}` : pkg.source;
    }
    return (0,purl/* buildPurl */.Eq)({
        type: 'deb',
        namespace: distro?.id ?? 'debian',
        name: pkg.name,
        version: pkg.version,
        qualifiers: { arch: pkg.arch, distro: (0,purl/* distroQualifier */.sE)(distro), upstream },
    });
}
/**
 * A relation field as clauses of alternatives, names only: `a (>= 1), b | c:any` →
 * [["a"], ["b", "c"]]. Version constraints and architecture qualifiers do not change which
 * installed package satisfies it here.
 */
function splitRelations(value) {
    return value
        .split(',')
        .map((clause) => clause
        .split('|')
        .map((alternative) => alternative.trim().split(/[\s(:[]/)[0])
        .filter((name) => name !== ''))
        .filter((alternatives) => alternatives.length > 0);
}
function indexByNameAndProvides(packages) {
    const index = new Map();
    for (const pkg of packages)
        for (const provided of pkg.provides)
            if (!index.has(provided))
                index.set(provided, pkg);
    // Real package names win over virtual ones.
    for (const pkg of packages)
        if (!index.has(pkg.name) || index.get(pkg.name).name !== pkg.name)
            index.set(pkg.name, pkg);
    return index;
}
/** For each clause, the first alternative that is installed. */
function dependenciesOf(pkg, byName) {
    const found = [];
    for (const clause of pkg.depends.flatMap(splitRelations)) {
        const match = clause
            .map((name) => byName.get(name))
            .find((candidate) => candidate !== undefined);
        if (match && match !== pkg)
            found.push(match);
    }
    return found;
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/go-buildinfo.ts
/**
 * The build information the Go linker embeds in every binary (what `go version -m` prints).
 * A 32-byte header starts with the magic `\xff Go buildinf:`, then pointer size and flags.
 * - Go 1.18+ (flag 0x2): the Go version and the module text follow the header inline, each a
 *   uvarint length and bytes.
 * - Older: two pointers to Go string headers ({data pointer, length}) in the binary's memory
 *   image; they are mapped back to file offsets through the ELF program headers (PT_LOAD).
 */
const BUILDINFO_MAGIC = Buffer.from('\xff Go buildinf:', 'latin1');
const HEADER_SIZE = 32;
const FLAG_BIG_ENDIAN = 0x1;
const FLAG_VERSION_INLINE = 0x2;
/** The module text is wrapped in these 16-byte sentinels (cmd/go/internal/modload). */
const MODINFO_SENTINEL = 16;
const ELF_MAGIC = Buffer.from([0x7f, 0x45, 0x4c, 0x46]);
const PT_LOAD = 1;
const GO_VERSION = /^(go\d|devel)/;
function isElf(bytes) {
    return bytes.length >= 4 && bytes.subarray(0, 4).equals(ELF_MAGIC);
}
/** The build info of an ELF binary, or undefined when it is not a Go binary. */
function readGoBuildInfo(binary) {
    if (!isElf(binary))
        return undefined;
    // The magic can also appear as data (programs importing debug/buildinfo): try each hit.
    for (let at = binary.indexOf(BUILDINFO_MAGIC); at >= 0; at = binary.indexOf(BUILDINFO_MAGIC, at + 1)) {
        const info = decodeAt(binary, at);
        if (info)
            return info;
    }
    return undefined;
}
function decodeAt(binary, at) {
    if (at + HEADER_SIZE > binary.length)
        return undefined;
    const flags = binary[at + 15];
    if (flags & FLAG_VERSION_INLINE) {
        const inline = decodeInline(binary.subarray(at));
        return typeof inline === 'object' ? inline : undefined;
    }
    const pointerSize = binary[at + 14];
    if (pointerSize !== 4 && pointerSize !== 8)
        return undefined;
    const memory = new ElfMemory(binary, pointerSize, (flags & FLAG_BIG_ENDIAN) !== 0);
    const goVersion = memory.goString(memory.pointer(at + 16))?.toString('utf8');
    const mod = memory.goString(memory.pointer(at + 16 + pointerSize));
    if (!goVersion || !GO_VERSION.test(goVersion))
        return undefined;
    return { goVersion, modInfo: stripSentinels(mod ?? Buffer.alloc(0)).toString('utf8') };
}
function readVarintBytes(bytes, start) {
    let length = 0;
    let shift = 0;
    let at = start;
    for (;;) {
        if (at >= bytes.length || shift > 28)
            return undefined;
        const byte = bytes[at++];
        length += (byte & 0x7f) * 2 ** shift;
        if ((byte & 0x80) === 0)
            break;
        shift += 7;
    }
    if (at + length > bytes.length)
        return undefined;
    return { bytes: bytes.subarray(at, at + length), end: at + length };
}
function stripSentinels(modInfo) {
    if (modInfo.length >= 2 * MODINFO_SENTINEL + 1 &&
        modInfo[modInfo.length - MODINFO_SENTINEL - 1] === 0x0a) {
        return modInfo.subarray(MODINFO_SENTINEL, modInfo.length - MODINFO_SENTINEL);
    }
    return modInfo;
}
/** Reads a binary's virtual memory through its ELF PT_LOAD segments. */
class ElfMemory {
    segments = [];
    file;
    pointerSize;
    bigEndian;
    constructor(file, pointerSize, bigEndian) {
        this.file = file;
        this.pointerSize = pointerSize;
        this.bigEndian = bigEndian;
        const is64 = file[4] === 2;
        const phoff = this.word(is64 ? 0x20 : 0x1c, is64 ? 8 : 4);
        const phentsize = this.word(is64 ? 0x36 : 0x2a, 2);
        const phnum = this.word(is64 ? 0x38 : 0x2c, 2);
        for (let i = 0; i < phnum; i += 1) {
            const at = phoff + i * phentsize;
            if (at + phentsize > file.length || this.word(at, 4) !== PT_LOAD)
                continue;
            this.segments.push(is64
                ? {
                    offset: this.word(at + 8, 8),
                    vaddr: this.word(at + 16, 8),
                    size: this.word(at + 32, 8),
                }
                : {
                    offset: this.word(at + 4, 4),
                    vaddr: this.word(at + 8, 4),
                    size: this.word(at + 16, 4),
                });
        }
    }
    pointer(fileOffset) {
        return this.word(fileOffset, this.pointerSize);
    }
    /** A Go string at virtual address `address`: {data pointer, length}, then the bytes. */
    goString(address) {
        const header = this.toOffset(address, 2 * this.pointerSize);
        if (header === undefined)
            return undefined;
        const data = this.pointer(header);
        const length = this.word(header + this.pointerSize, this.pointerSize);
        const start = this.toOffset(data, length);
        return start === undefined ? undefined : this.file.subarray(start, start + length);
    }
    toOffset(address, length) {
        for (const segment of this.segments) {
            if (address >= segment.vaddr && address + length <= segment.vaddr + segment.size) {
                const offset = segment.offset + (address - segment.vaddr);
                return offset + length <= this.file.length ? offset : undefined;
            }
        }
        return undefined;
    }
    /** An unsigned integer of `size` bytes in the binary's byte order (ELF header byte 5 agrees). */
    word(offset, size) {
        if (offset < 0 || offset + size > this.file.length)
            return -1;
        if (size === 2)
            return this.bigEndian ? this.file.readUInt16BE(offset) : this.file.readUInt16LE(offset);
        if (size === 4)
            return this.bigEndian ? this.file.readUInt32BE(offset) : this.file.readUInt32LE(offset);
        const value = this.bigEndian
            ? this.file.readBigUInt64BE(offset)
            : this.file.readBigUInt64LE(offset);
        return value > BigInt(Number.MAX_SAFE_INTEGER) ? -1 : Number(value);
    }
}
/** How far past the magic the build info may reach (module lists of big programs are ~20 KB). */
const MAX_STREAMED_INFO_BYTES = 1024 * 1024;
/**
 * Finds the build info while a binary streams by, holding only the bytes from the magic on.
 * Handles the Go 1.18+ inline format only: the older format points elsewhere in the file,
 * which a stream cannot revisit. Used for binaries over the per-file size limit.
 */
class StreamingBuildInfoScanner {
    head = Buffer.alloc(0);
    pending = Buffer.alloc(0);
    found;
    gaveUp = false;
    write(chunk) {
        if (this.found || this.gaveUp)
            return;
        if (this.head.length < ELF_MAGIC.length) {
            this.head = Buffer.concat([
                this.head,
                chunk.subarray(0, ELF_MAGIC.length - this.head.length),
            ]);
            if (this.head.length === ELF_MAGIC.length && !this.head.equals(ELF_MAGIC))
                this.gaveUp = true;
        }
        this.pending = Buffer.concat([this.pending, chunk]);
        this.search();
    }
    end() {
        return this.found;
    }
    search() {
        for (;;) {
            const at = this.pending.indexOf(BUILDINFO_MAGIC);
            if (at < 0) {
                // Keep just enough to catch a magic split across two chunks.
                this.pending = this.pending.subarray(Math.max(0, this.pending.length - BUILDINFO_MAGIC.length + 1));
                return;
            }
            this.pending = this.pending.subarray(at);
            const outcome = decodeInline(this.pending);
            if (outcome === 'incomplete' && this.pending.length <= MAX_STREAMED_INFO_BYTES)
                return;
            if (outcome !== 'incomplete' && outcome !== 'invalid') {
                this.found = outcome;
                this.pending = Buffer.alloc(0);
                return;
            }
            this.pending = this.pending.subarray(1);
        }
    }
}
/** The inline format at the start of `bytes`, or why not (yet). */
function decodeInline(bytes) {
    if (bytes.length < HEADER_SIZE)
        return 'incomplete';
    const pointerSize = bytes[14];
    if ((pointerSize !== 4 && pointerSize !== 8) || (bytes[15] & FLAG_VERSION_INLINE) === 0)
        return 'invalid';
    const version = readVarintBytes(bytes, HEADER_SIZE);
    const mod = version && readVarintBytes(bytes, version.end);
    if (!mod)
        return 'incomplete';
    const goVersion = version.bytes.toString('utf8');
    if (!GO_VERSION.test(goVersion))
        return 'invalid';
    return { goVersion, modInfo: stripSentinels(mod.bytes).toString('utf8') };
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/go.ts



/** The smallest Go binaries (stripped hello-world) are about a megabyte; skip small scripts. */
const MIN_BINARY_BYTES = 256 * 1024;
const EXECUTABLE_BITS = 0o111;
function parseModInfo(text) {
    const parsed = { deps: [] };
    let last;
    for (const line of text.split('\n')) {
        const [kind, path, version] = line.split('\t');
        if (kind === 'path' && path)
            parsed.mainPath = path;
        else if ((kind === 'mod' || kind === 'dep') && path) {
            last = { path, version: version ?? '' };
            if (kind === 'mod')
                parsed.main = last;
            else
                parsed.deps.push(last);
        }
        else if (kind === '=>' && path && last) {
            last.replacedBy = version ? { path, version } : { path };
        }
    }
    return parsed;
}
function golangPurl(modulePath, version) {
    const slash = modulePath.lastIndexOf('/');
    return (0,purl/* buildPurl */.Eq)({
        type: 'golang',
        ...(slash > 0 ? { namespace: modulePath.slice(0, slash) } : {}),
        name: modulePath.slice(slash + 1),
        ...(version ? { version } : {}),
    });
}
const goCataloger = {
    name: 'go',
    wants: (_path, entry) => (entry.mode & EXECUTABLE_BITS) !== 0 && entry.size >= MIN_BINARY_BYTES,
    reduce: (_path, content) => {
        const info = readGoBuildInfo(content);
        return info ? Buffer.from(JSON.stringify(info)) : undefined;
    },
    scanOversized: () => {
        const scanner = new StreamingBuildInfoScanner();
        return {
            write: (chunk) => scanner.write(chunk),
            end: () => {
                const info = scanner.end();
                return info ? Buffer.from(JSON.stringify(info)) : undefined;
            },
        };
    },
    catalog(files) {
        const components = files.flatMap((file) => go_componentsOf(JSON.parse(file.content.toString('utf8')), file));
        return { components, warnings: [] };
    },
};
/**
 * A module replaced by another module is reported as the replacement (that is the code in the
 * binary); one replaced by a local directory keeps its own name, with the directory noted.
 */
function moduleComponent(module, file, kind) {
    const byModule = module.replacedBy?.version && module.replacedBy.version !== '(devel)';
    const path = byModule ? module.replacedBy.path : module.path;
    const version = byModule ? module.replacedBy.version : module.version;
    const properties = {};
    if (module.replacedBy && !byModule)
        properties['imprint:go:replaced-by'] = module.replacedBy.path;
    if (byModule)
        properties['imprint:go:replaces'] = `${module.path}@${module.version}`;
    return {
        kind,
        ecosystem: 'golang',
        name: path,
        version,
        purl: golangPurl(path, version === '(devel)' ? undefined : version),
        licences: [],
        location: displayPath(file.path),
        layerDigest: file.layerDigest,
        cataloger: 'go',
        ...(Object.keys(properties).length > 0 ? { properties } : {}),
    };
}
function go_componentsOf(info, file) {
    const parsed = parseModInfo(info.modInfo);
    // A toolchain built with experiments says so after its release: `go1.26.8-X:jsonv2` (Go
    // 1.26), `go1.20 X:arenas` (older). The standard library is that release, as advisories
    // (Go's vulndb, Trivy) name it.
    const release = info.goVersion.replace(/[\s-]X:.*$/, '');
    const stdlibVersion = release.replace(/^go/, '');
    const stdlib = {
        kind: 'library',
        ecosystem: 'golang',
        name: 'stdlib',
        version: release,
        purl: (0,purl/* buildPurl */.Eq)({ type: 'golang', name: 'stdlib', version: stdlibVersion }),
        licences: [],
        location: displayPath(file.path),
        layerDigest: file.layerDigest,
        cataloger: 'go',
    };
    // Binaries built outside module mode (GOPATH, as Debian builds them) only carry `path`.
    const mainModule = parsed.main ?? { path: parsed.mainPath ?? file.path, version: '' };
    const main = moduleComponent(mainModule, file, 'application');
    main.properties = {
        ...main.properties,
        'imprint:go:toolchain': info.goVersion,
        ...(parsed.mainPath ? { 'imprint:go:main-package': parsed.mainPath } : {}),
    };
    const deps = parsed.deps.map((dep) => moduleComponent(dep, file, 'library'));
    main.dependsOn = [...deps, stdlib].map((component) => component.purl);
    return [main, ...deps, stdlib];
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
;// CONCATENATED MODULE: ./src/sbom/catalogers/zip.ts
/**
 * A small reader for zip archives held in memory (jars), via the central directory
 * (APPNOTE.TXT 4.3): find the end-of-central-directory record, list the entries, and
 * inflate the few that are asked for. Stored (0) and deflated (8) entries are supported;
 * ZIP64 archives are read through their ZIP64 end record.
 */

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const STORED = 0;
const DEFLATED = 8;
class ZipError extends Error {
    name = 'ZipError';
}
function listZipEntries(archive) {
    const { count, offset } = centralDirectory(archive);
    const entries = [];
    let at = offset;
    for (let i = 0; i < count; i += 1) {
        if (at + 46 > archive.length || archive.readUInt32LE(at) !== CENTRAL_SIGNATURE) {
            throw new ZipError(`central directory entry ${i} at offset ${at} is damaged`);
        }
        const nameLength = archive.readUInt16LE(at + 28);
        const extraLength = archive.readUInt16LE(at + 30);
        const commentLength = archive.readUInt16LE(at + 32);
        const entry = {
            name: archive.toString('utf8', at + 46, at + 46 + nameLength),
            method: archive.readUInt16LE(at + 10),
            compressedSize: archive.readUInt32LE(at + 20),
            size: archive.readUInt32LE(at + 24),
            localHeaderOffset: archive.readUInt32LE(at + 42),
        };
        applyZip64Extra(entry, archive.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
        entries.push(entry);
        at += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
}
/** The entry's bytes; refuses entries that would inflate beyond `maxBytes` (zip bombs). */
function readZipEntry(archive, entry, maxBytes) {
    if (entry.size > maxBytes)
        throw new ZipError(`${entry.name} is ${entry.size} bytes, over the ${maxBytes}-byte limit`);
    const at = entry.localHeaderOffset;
    if (at + 30 > archive.length || archive.readUInt32LE(at) !== LOCAL_SIGNATURE) {
        throw new ZipError(`local header of ${entry.name} at offset ${at} is damaged`);
    }
    const start = at + 30 + archive.readUInt16LE(at + 26) + archive.readUInt16LE(at + 28);
    const data = archive.subarray(start, start + entry.compressedSize);
    if (data.length !== entry.compressedSize)
        throw new ZipError(`${entry.name} is cut short`);
    if (entry.method === STORED)
        return data;
    if (entry.method === DEFLATED)
        return (0,external_node_zlib_.inflateRawSync)(data, { maxOutputLength: Math.max(entry.size, 1) });
    throw new ZipError(`${entry.name} uses compression method ${entry.method}, which is not supported`);
}
function centralDirectory(archive) {
    const eocd = findEndRecord(archive);
    let count = archive.readUInt16LE(eocd + 10);
    let offset = archive.readUInt32LE(eocd + 16);
    const locator = eocd - 20;
    if ((count === 0xffff || offset === 0xffffffff) &&
        locator >= 0 &&
        archive.readUInt32LE(locator) === ZIP64_LOCATOR_SIGNATURE) {
        const zip64 = Number(archive.readBigUInt64LE(locator + 8));
        if (zip64 + 56 > archive.length || archive.readUInt32LE(zip64) !== ZIP64_EOCD_SIGNATURE) {
            throw new ZipError('the ZIP64 end record is damaged');
        }
        count = Number(archive.readBigUInt64LE(zip64 + 32));
        offset = Number(archive.readBigUInt64LE(zip64 + 48));
    }
    if (offset > archive.length)
        throw new ZipError(`central directory offset ${offset} lies past the end of the archive`);
    return { count, offset };
}
function findEndRecord(archive) {
    const earliest = Math.max(0, archive.length - EOCD_SIZE - MAX_COMMENT);
    for (let at = archive.length - EOCD_SIZE; at >= earliest; at -= 1) {
        if (archive.readUInt32LE(at) === EOCD_SIGNATURE)
            return at;
    }
    throw new ZipError('no end-of-central-directory record: not a zip archive, or cut short');
}
/** ZIP64 extra field (id 1): 64-bit sizes and offset, present only for fields set to 0xffffffff. */
function applyZip64Extra(entry, extra) {
    for (let at = 0; at + 4 <= extra.length;) {
        const id = extra.readUInt16LE(at);
        const size = extra.readUInt16LE(at + 2);
        if (id === 1) {
            let field = at + 4;
            const next = () => {
                const value = field + 8 <= at + 4 + size ? Number(extra.readBigUInt64LE(field)) : -1;
                field += 8;
                return value;
            };
            if (entry.size === 0xffffffff)
                entry.size = next();
            if (entry.compressedSize === 0xffffffff)
                entry.compressedSize = next();
            if (entry.localHeaderOffset === 0xffffffff)
                entry.localHeaderOffset = next();
            return;
        }
        at += 4 + size;
    }
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/java.ts
/**
 * Java archives (.jar, .war, .ear): Maven coordinates from `META-INF/maven/<g>/<a>/pom.properties`
 * (one per bundled artifact, so shaded jars list what they contain), else a best effort from
 * `META-INF/MANIFEST.MF` and the file name. Nested archives (WEB-INF/lib, BOOT-INF/lib, …) are
 * opened too. While the layer is walked each archive is reduced to just these small files.
 */




const ARCHIVE = /\.(jar|war|ear)$/i;
const POM_PROPERTIES = /^META-INF\/maven\/[^/]+\/[^/]+\/pom\.properties$/;
const MANIFEST = 'META-INF/MANIFEST.MF';
const MAX_METADATA_BYTES = 1024 * 1024;
const MAX_NESTED_ARCHIVE_BYTES = 64 * 1024 * 1024;
const MAX_DEPTH = 3;
/** `commons-io-2.11.0.jar` → `commons-io` and `2.11.0`. */
const NAME_AND_VERSION = /^(.+?)-(\d[\w.+-]*)$/;
const LICENCE_URLS = {
    'www.apache.org/licenses/LICENSE-2.0': 'Apache-2.0',
    'opensource.org/licenses/MIT': 'MIT',
};
function summariseArchive(archive, depth = 0) {
    const summary = { poms: [], nested: [] };
    for (const entry of listZipEntries(archive)) {
        if (entry.name === MANIFEST)
            summary.manifest = readZipEntry(archive, entry, MAX_METADATA_BYTES).toString('utf8');
        else if (POM_PROPERTIES.test(entry.name)) {
            summary.poms.push({
                path: entry.name,
                text: readZipEntry(archive, entry, MAX_METADATA_BYTES).toString('utf8'),
            });
        }
        else if (ARCHIVE.test(entry.name) && depth < MAX_DEPTH) {
            const inner = readZipEntry(archive, entry, MAX_NESTED_ARCHIVE_BYTES);
            summary.nested.push({ name: entry.name, summary: summariseArchive(inner, depth + 1) });
        }
    }
    return summary;
}
/** `key=value` lines (java.util.Properties without escapes, enough for pom.properties). */
function parseProperties(text) {
    const values = {};
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#') || line.startsWith('!'))
            continue;
        const match = /^([^=:\s]+)\s*[=:]\s*(.*)$/.exec(line);
        if (match)
            values[match[1]] = match[2];
    }
    return values;
}
/** The main section of a manifest; continuation lines start with one space and join directly. */
function parseManifest(text) {
    const values = {};
    let last;
    for (const line of text.split(/\r?\n/)) {
        if (line === '')
            break;
        if (line.startsWith(' ') && last)
            values[last] += line.slice(1);
        else {
            const colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            last = line.slice(0, colon).trim();
            values[last] = line.slice(colon + 1).trim();
        }
    }
    return values;
}
const javaCataloger = {
    name: 'java',
    wants: (path) => ARCHIVE.test(path),
    reduce: (_path, content) => Buffer.from(JSON.stringify(summariseArchive(content))),
    catalog(files) {
        const components = files.flatMap((file) => archiveComponents(JSON.parse(file.content.toString('utf8')), displayPath(file.path), file));
        return { components, warnings: [] };
    },
};
function archiveComponents(summary, location, file) {
    const manifest = summary.manifest ? parseManifest(summary.manifest) : {};
    const licences = manifestLicences(manifest);
    const own = summary.poms
        .map((pom) => parseProperties(pom.text))
        .filter((pom) => pom.groupId && pom.artifactId && pom.version)
        .map((pom) => javaComponent(pom.groupId, pom.artifactId, pom.version, licences, location, file));
    if (own.length === 0) {
        const fromManifest = manifestComponent(manifest, location, licences, file);
        if (fromManifest)
            own.push(fromManifest);
    }
    const nested = summary.nested.flatMap((inner) => archiveComponents(inner.summary, `${location}!/${inner.name}`, file));
    return [...own, ...nested];
}
function javaComponent(group, artifact, version, licences, location, file) {
    return {
        kind: 'library',
        ecosystem: 'maven',
        name: artifact,
        ...(group ? { group } : {}),
        version,
        // Maven purls need the groupId; without one the component goes without a purl.
        ...(group
            ? { purl: (0,purl/* buildPurl */.Eq)({ type: 'maven', namespace: group, name: artifact, version }) }
            : {}),
        licences,
        location,
        layerDigest: file.layerDigest,
        cataloger: 'java',
    };
}
/** No pom.properties: name and version from the manifest, falling back to the file name. */
function manifestComponent(manifest, location, licences, file) {
    const stem = baseName(location).replace(ARCHIVE, '');
    const fromName = NAME_AND_VERSION.exec(stem);
    const artifact = fromName?.[1] ?? manifest['Bundle-SymbolicName']?.split(';')[0] ?? stem;
    const version = manifest['Implementation-Version'] ?? manifest['Bundle-Version'] ?? fromName?.[2];
    if (!version)
        return undefined;
    return javaComponent(manifest['Implementation-Vendor-Id'], artifact, version, licences, location, file);
}
function manifestLicences(manifest) {
    const text = manifest['Bundle-License']?.split(';')[0]?.trim();
    if (!text)
        return [];
    const url = text.replace(/^https?:\/\//, '').replace(/\.(txt|html)$/, '');
    const fromUrl = LICENCE_URLS[url];
    if (fromUrl)
        return [{ spdxId: fromUrl }];
    const licence = (0,licences/* licenceOf */.v3)(text);
    return licence ? [licence] : [];
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/npm.ts
/**
 * npm packages: installed manifests (`node_modules/<name>/package.json`, scoped or nested) and
 * the `package-lock.json` of applications. A lockfile entry whose package is installed next to
 * it is left to the installed manifest (one component per install, with the manifest as
 * evidence); entries without an installed copy come from the lockfile. Development-only
 * entries (`dev: true`) are left out: they are not part of what runs.
 */



const INSTALLED_MANIFEST = /(?:^|\/)node_modules\/(?:@[^/]+\/)?[^/]+\/package\.json$/;
const LOCKFILE = /(?:^|\/)package-lock\.json$/;
const npmCataloger = {
    name: 'npm',
    wants: (path) => INSTALLED_MANIFEST.test(path) || (LOCKFILE.test(path) && !path.includes('node_modules/')),
    catalog(files) {
        const warnings = [];
        const installed = new Map();
        for (const file of files.filter((f) => INSTALLED_MANIFEST.test(f.path))) {
            const manifest = parseJson(file, warnings);
            if (manifest && typeof manifest.name === 'string' && typeof manifest.version === 'string') {
                installed.set(parentOf(file.path), { file, manifest });
            }
        }
        const components = [...installed.entries()].map(([dir, { file, manifest }]) => installedComponent(dir, file, manifest, installed));
        for (const file of files.filter((f) => LOCKFILE.test(f.path))) {
            const lock = parseJson(file, warnings);
            if (lock)
                components.push(...lockComponents(file, lock, installed));
        }
        return { components, warnings };
    },
};
function parseJson(file, warnings) {
    try {
        return JSON.parse(file.content.toString('utf8'));
    }
    catch (error) {
        warnings.push(`npm: skipped ${displayPath(file.path)}: not valid JSON (${error.message})`);
        return undefined;
    }
}
function npmPurl(name, version) {
    const slash = name.startsWith('@') ? name.indexOf('/') : -1;
    return slash > 0
        ? (0,purl/* buildPurl */.Eq)({
            type: 'npm',
            namespace: name.slice(0, slash),
            name: name.slice(slash + 1),
            version,
        })
        : (0,purl/* buildPurl */.Eq)({ type: 'npm', name, version });
}
/** `license: "MIT"`, `license: {type}`, or the old `licenses: [{type}]`. */
function npmLicences(manifest) {
    const texts = [];
    const add = (value) => {
        if (typeof value === 'string')
            texts.push(value);
        else if (value &&
            typeof value === 'object' &&
            typeof value.type === 'string') {
            texts.push(value.type);
        }
    };
    add(manifest.license);
    if (Array.isArray(manifest.licenses))
        manifest.licenses.forEach(add);
    return (0,licences/* uniqueLicences */.aN)(texts.map(licences/* licenceOf */.v3).filter((licence) => licence !== undefined));
}
function installedComponent(dir, file, manifest, installed) {
    const name = manifest.name;
    const version = manifest.version;
    const dependencyNames = manifest.dependencies && typeof manifest.dependencies === 'object'
        ? Object.keys(manifest.dependencies)
        : [];
    const dependsOn = dependencyNames
        .map((dependency) => resolveInstalled(dir, dependency, installed))
        .filter((target) => target !== undefined)
        .map((target) => {
        const found = installed.get(target);
        return npmPurl(found.manifest.name, found.manifest.version);
    });
    return {
        kind: 'library',
        ecosystem: 'npm',
        name,
        version,
        purl: npmPurl(name, version),
        licences: npmLicences(manifest),
        location: displayPath(file.path),
        layerDigest: file.layerDigest,
        cataloger: 'npm',
        ...(dependsOn.length > 0 ? { dependsOn } : {}),
    };
}
/**
 * Node's lookup: `<dir>/node_modules/<name>`, then the same in each enclosing package directory.
 * `dir` is a package directory (`app/node_modules/a` or `app/node_modules/a/node_modules/b`).
 */
function resolveInstalled(dir, name, installed) {
    let base = dir;
    for (;;) {
        const candidate = joinPath(base, joinPath('node_modules', name));
        if (installed.has(candidate))
            return candidate;
        const cut = base.lastIndexOf('/node_modules/');
        if (cut >= 0) {
            base = base.slice(0, cut);
            continue;
        }
        if (base.startsWith('node_modules/')) {
            base = '';
            continue;
        }
        return undefined;
    }
}
function lockComponents(file, lock, installed) {
    const appDir = parentOf(file.path);
    const entries = [];
    if (lock.packages && typeof lock.packages === 'object') {
        // lockfileVersion 2 and 3: keys are install paths relative to the app.
        for (const [key, entry] of Object.entries(lock.packages)) {
            if (key === '' || entry.link || entry.dev)
                continue;
            entries.push([key, entry]);
        }
    }
    else if (lock.dependencies && typeof lock.dependencies === 'object') {
        collectV1(lock.dependencies, 'node_modules', entries);
    }
    return entries
        .filter(([key]) => !installed.has(joinPath(appDir, key)))
        .map(([key, entry]) => ({
        name: entry.name ?? key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length),
        entry,
    }))
        .filter(({ entry }) => typeof entry.version === 'string' && !entry.version.startsWith('file:'))
        .map(({ name, entry }) => ({
        kind: 'library',
        ecosystem: 'npm',
        name,
        version: entry.version,
        purl: npmPurl(name, entry.version),
        licences: npmLicences(entry),
        location: displayPath(file.path),
        layerDigest: file.layerDigest,
        cataloger: 'npm',
    }));
}
/** lockfileVersion 1 nests `dependencies`; rebuild the install paths v2 would have used. */
function collectV1(dependencies, prefix, out) {
    for (const [name, entry] of Object.entries(dependencies)) {
        const key = `${prefix}/${name}`;
        if (!entry.dev)
            out.push([key, { ...entry, name }]);
        if (entry.dependencies)
            collectV1(entry.dependencies, `${key}/node_modules`, out);
    }
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/os-release.ts

const OS_RELEASE_PATHS = ['etc/os-release', 'usr/lib/os-release'];
function parseOsRelease(text) {
    const values = {};
    for (const raw of text.split('\n')) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const equals = line.indexOf('=');
        if (equals <= 0)
            continue;
        values[line.slice(0, equals).trim()] = unquote(line.slice(equals + 1).trim());
    }
    return values;
}
/** Removes one level of shell quoting and its backslash escapes. */
function unquote(value) {
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.endsWith(quote) && value.length >= 2) {
        const inner = value.slice(1, -1);
        return quote === '"' ? inner.replace(/\\(["\\$`])/g, '$1') : inner;
    }
    return value;
}
function distroOf(values) {
    const id = values.ID?.toLowerCase();
    if (!id)
        return undefined;
    const distro = { id };
    if (values.VERSION_ID)
        distro.versionId = values.VERSION_ID;
    if (values.VERSION_CODENAME)
        distro.versionCodename = values.VERSION_CODENAME;
    if (values.NAME)
        distro.name = values.NAME;
    if (values.PRETTY_NAME)
        distro.prettyName = values.PRETTY_NAME;
    return distro;
}
const osReleaseCataloger = {
    name: 'os-release',
    wants: (path) => OS_RELEASE_PATHS.includes(path),
    catalog(files, context) {
        const file = pickOsRelease(files, context);
        if (!file)
            return { components: [], warnings: [] };
        const distro = distroOf(parseOsRelease(file.content.toString('utf8')));
        if (!distro) {
            return {
                components: [],
                warnings: [
                    `os-release: ${displayPath(file.path)} has no ID field; the operating system is unknown`,
                ],
            };
        }
        return {
            distro,
            warnings: [],
            components: [
                {
                    kind: 'operating-system',
                    ecosystem: 'os',
                    name: distro.id,
                    version: distro.versionId ?? '',
                    licences: [],
                    location: displayPath(file.path),
                    layerDigest: file.layerDigest,
                    cataloger: 'os-release',
                    ...(distro.prettyName
                        ? { properties: { 'imprint:os:pretty-name': distro.prettyName } }
                        : {}),
                },
            ],
        };
    },
};
function pickOsRelease(files, context) {
    for (const path of OS_RELEASE_PATHS) {
        // lookup follows symlinks: Debian's /etc/os-release points at ../usr/lib/os-release.
        const found = context.lookup(path);
        if (found)
            return found;
    }
    return files[0];
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/python.ts
/**
 * Python distributions from their core metadata: `*.dist-info/METADATA` (wheels, pip) and
 * `*.egg-info/PKG-INFO` or a bare `*.egg-info` file (setuptools, Debian's python3-* packages).
 * Licences, in order of precision: `License-Expression` (PEP 639), `License` when it is a
 * short SPDX-like value, then `Classifier: License :: …` trove classifiers.
 */




const METADATA = /(?:^|\/)[^/]+\.dist-info\/METADATA$/;
const PKG_INFO = /(?:^|\/)[^/]+\.egg-info(?:\/PKG-INFO)?$/;
/** Trove classifiers whose meaning is one SPDX licence (the common ones). */
const CLASSIFIER_LICENCES = {
    'MIT License': 'MIT',
    'Apache Software License': 'Apache-2.0',
    'BSD License': 'BSD-3-Clause',
    'ISC License (ISCL)': 'ISC',
    'Mozilla Public License 2.0 (MPL 2.0)': 'MPL-2.0',
    'GNU General Public License v2 (GPLv2)': 'GPL-2.0-only',
    'GNU General Public License v2 or later (GPLv2+)': 'GPL-2.0-or-later',
    'GNU General Public License v3 (GPLv3)': 'GPL-3.0-only',
    'GNU General Public License v3 or later (GPLv3+)': 'GPL-3.0-or-later',
    'GNU Lesser General Public License v2 (LGPLv2)': 'LGPL-2.0-only',
    'GNU Lesser General Public License v2 or later (LGPLv2+)': 'LGPL-2.0-or-later',
    'GNU Lesser General Public License v3 (LGPLv3)': 'LGPL-3.0-only',
    'GNU Lesser General Public License v3 or later (LGPLv3+)': 'LGPL-3.0-or-later',
    'Python Software Foundation License': 'PSF-2.0',
    'The Unlicense (Unlicense)': 'Unlicense',
    'Academic Free License (AFL)': 'AFL-3.0',
    'Zope Public License': 'ZPL-2.1',
};
const pythonCataloger = {
    name: 'python',
    wants: (path) => METADATA.test(path) || PKG_INFO.test(path),
    catalog(files) {
        const warnings = [];
        const components = [];
        for (const file of files) {
            const { paragraphs, problems } = parseParagraphs(file.content.toString('utf8'), {
                firstOnly: true,
            });
            const header = paragraphs[0];
            const name = header && field(header, 'Name');
            const version = header && field(header, 'Version');
            if (!header || !name || !version) {
                const why = problems[0]
                    ? `line ${problems[0].line}: ${problems[0].message}`
                    : 'no Name or Version field';
                warnings.push(`python: skipped ${displayPath(file.path)}: ${why}`);
                continue;
            }
            components.push({
                kind: 'library',
                ecosystem: 'pypi',
                name,
                version,
                purl: (0,purl/* buildPurl */.Eq)({ type: 'pypi', name: (0,purl/* pypiPurlName */.nA)(name), version }),
                licences: pythonLicences(header),
                location: displayPath(file.path),
                layerDigest: file.layerDigest,
                cataloger: 'python',
            });
        }
        return { components, warnings };
    },
};
function pythonLicences(header) {
    const expression = field(header, 'License-Expression');
    if (expression)
        return [(0,licences/* licenceOf */.v3)(expression)].filter((licence) => licence !== undefined);
    const fromClassifiers = (header.fields.get('classifier') ?? [])
        .filter((classifier) => classifier.startsWith('License ::'))
        .map(classifierLicence)
        .filter((licence) => licence !== undefined);
    const license = field(header, 'License')?.trim();
    // `License` often holds the whole licence text; only a short value names a licence.
    const fromField = license && license !== 'UNKNOWN' && !license.includes('\n') && license.length <= 64
        ? (0,licences/* licenceOf */.v3)(license)
        : undefined;
    if (fromField && !('name' in fromField))
        return (0,licences/* uniqueLicences */.aN)([fromField, ...fromClassifiers]);
    if (fromClassifiers.length > 0)
        return (0,licences/* uniqueLicences */.aN)(fromClassifiers);
    return fromField ? [fromField] : [];
}
function classifierLicence(classifier) {
    const last = classifier.split('::').pop().trim();
    if (last === 'OSI Approved' || last === 'Other/Proprietary License')
        return undefined;
    const id = CLASSIFIER_LICENCES[last] ?? (0,licences/* spdxIdOf */.SB)(last);
    return id ? { spdxId: id } : { name: last };
}

// EXTERNAL MODULE: external "node:sqlite"
var external_node_sqlite_ = __webpack_require__(80099);
// EXTERNAL MODULE: ./src/sbom/detail.ts
var sbom_detail = __webpack_require__(47316);
;// CONCATENATED MODULE: ./src/sbom/catalogers/rpm-bdb.ts
/**
 * rpm's Berkeley DB database, `var/lib/rpm/Packages` (RHEL/CentOS ≤ 8, Amazon Linux 2, UBI 7/8,
 * Oracle Linux 8, Photon): a Berkeley DB *hash* database whose keys are 4-byte record numbers
 * and whose values are rpm header blobs. Read without libdb, the way rpm's own read-only
 * backend (lib/backend/bdb_ro.c) reads it. Layout, every integer in the byte order of the
 * machine that wrote the file (the magic number tells which):
 *   page 0, metadata: magic @12, hash version @16, page size @20, encryption @24, last page @32.
 *   other pages: a 26-byte header (own number @8, next page @16, item count @20, high free
 *   offset @22 — on overflow pages the bytes used —, type @25), then uint16 item offsets.
 *   Hash pages hold key/value pairs of items: H_KEYDATA (type byte, then the bytes) or
 *   H_OFFPAGE (type byte, 3 unused, first overflow page, total length), whose bytes are
 *   chained across overflow pages.
 */

const BDB_HASH_MAGIC = 0x061561;
const META_MAGIC = 12;
const META_VERSION = 16;
const META_PAGE_SIZE = 20;
const META_ENCRYPTION = 24;
const META_LAST_PAGE = 32;
/** rpm's bdb_ro reads hash versions 8 to 10 (Berkeley DB 4.x to 6.x). */
const HASH_VERSIONS = [8, 9, 10];
const MIN_PAGE_SIZE = 512;
const MAX_PAGE_SIZE = 65536;
const PAGE_NUMBER = 8;
const PAGE_NEXT = 16;
const PAGE_ENTRIES = 20;
const PAGE_HIGH_FREE = 22;
const PAGE_TYPE = 25;
const PAGE_HEADER_BYTES = 26;
const P_HASH_UNSORTED = 2;
const P_OVERFLOW = 7;
const P_HASH = 13;
const H_KEYDATA = 1;
const H_OFFPAGE = 3;
const OFFPAGE_ITEM_BYTES = 12;
const ITEM_TYPE_NAMES = { 2: 'H_DUPLICATE', 4: 'H_OFFDUP' };
/** True when the first 16 bytes carry the hash magic number, in either byte order. */
function isBerkeleyHashDatabase(head) {
    return (head.length >= META_MAGIC + 4 &&
        (head.readUInt32LE(META_MAGIC) === BDB_HASH_MAGIC ||
            head.readUInt32BE(META_MAGIC) === BDB_HASH_MAGIC));
}
/**
 * Every package record of an rpm `Packages` file, sorted by record number (the order rpm
 * installed them in). Record 0 is skipped as rpm's own iterator skips it: rpm keeps its highest
 * record number there, not a header. Throws SBOM_FAILED naming the damage when the file is
 * truncated or inconsistent.
 */
function readRpmBdbPackages(bytes) {
    const db = openHashDatabase(bytes);
    const records = [];
    for (let pageNumber = 1; pageNumber < db.pageCount; pageNumber += 1) {
        // Pages are scanned in file order rather than bucket by bucket: bucket pages and their
        // chained overflow buckets are all hash pages; free and unused pages have other types.
        const type = db.bytes[pageNumber * db.pageSize + PAGE_TYPE];
        if (type !== P_HASH && type !== P_HASH_UNSORTED)
            continue;
        for (const { key, value } of pairsOnPage(db, pageNumber)) {
            if (key.length !== 4) {
                throw corrupt(`hash page ${pageNumber} has a ${key.length}-byte key; rpm's Packages keys are 4-byte record numbers`);
            }
            const recordNumber = db.littleEndian ? key.readUInt32LE(0) : key.readUInt32BE(0);
            if (recordNumber !== 0)
                records.push({ recordNumber, headerBlob: value });
        }
    }
    return records.sort((a, b) => a.recordNumber - b.recordNumber);
}
function openHashDatabase(bytes) {
    if (bytes.length < MIN_PAGE_SIZE) {
        throw corrupt(`the file is ${bytes.length} bytes, shorter than a Berkeley DB metadata page (${MIN_PAGE_SIZE} bytes)`);
    }
    if (!isBerkeleyHashDatabase(bytes)) {
        const found = bytes.readUInt32BE(META_MAGIC).toString(16).padStart(8, '0');
        throw corrupt(`not a Berkeley DB hash database: the magic number at offset 12 is 0x${found}, expected 0x00061561 in either byte order`);
    }
    const littleEndian = bytes.readUInt32LE(META_MAGIC) === BDB_HASH_MAGIC;
    const u32 = (at) => (littleEndian ? bytes.readUInt32LE(at) : bytes.readUInt32BE(at));
    const version = u32(META_VERSION);
    if (!HASH_VERSIONS.includes(version)) {
        throw corrupt(`hash version ${version} is not one rpm wrote (8, 9 or 10)`);
    }
    const pageSize = u32(META_PAGE_SIZE);
    if (pageSize < MIN_PAGE_SIZE || pageSize > MAX_PAGE_SIZE || (pageSize & (pageSize - 1)) !== 0) {
        throw corrupt(`page size ${pageSize} is not a power of two from ${MIN_PAGE_SIZE} to ${MAX_PAGE_SIZE}`);
    }
    if (bytes[META_ENCRYPTION] !== 0) {
        throw corrupt('the database is encrypted; rpm never encrypts its Packages database');
    }
    const pageCount = u32(META_LAST_PAGE) + 1;
    if (pageCount * pageSize > bytes.length) {
        throw corrupt(`the file is truncated: its metadata counts ${pageCount} pages of ${pageSize} bytes (${pageCount * pageSize} bytes) but the file has ${bytes.length} bytes`);
    }
    return { bytes, littleEndian, pageSize, pageCount };
}
/** A page's header fields, read in the database's byte order. */
class Page {
    data;
    number;
    littleEndian;
    constructor(db, number) {
        this.number = number;
        this.littleEndian = db.littleEndian;
        this.data = db.bytes.subarray(number * db.pageSize, (number + 1) * db.pageSize);
        const stated = this.u32(PAGE_NUMBER);
        if (stated !== number)
            throw corrupt(`page ${number} says it is page ${stated}`);
    }
    get type() {
        return this.data[PAGE_TYPE];
    }
    u16(at) {
        return this.littleEndian ? this.data.readUInt16LE(at) : this.data.readUInt16BE(at);
    }
    u32(at) {
        return this.littleEndian ? this.data.readUInt32LE(at) : this.data.readUInt32BE(at);
    }
}
function* pairsOnPage(db, pageNumber) {
    const page = new Page(db, pageNumber);
    const entries = page.u16(PAGE_ENTRIES);
    if (entries % 2 !== 0) {
        throw corrupt(`hash page ${pageNumber} has ${entries} items; hash pages hold key/value pairs`);
    }
    const itemsStart = PAGE_HEADER_BYTES + 2 * entries;
    if (itemsStart > db.pageSize) {
        throw corrupt(`hash page ${pageNumber} claims ${entries} items, more than a page can index`);
    }
    for (let index = 0; index < entries; index += 2) {
        yield {
            key: itemAt(db, page, index, itemsStart),
            value: itemAt(db, page, index + 1, itemsStart),
        };
    }
}
/** Item `index` of a hash page: items are packed from the page's end in index order. */
function itemAt(db, page, index, itemsStart) {
    const start = page.u16(PAGE_HEADER_BYTES + 2 * index);
    const end = index === 0 ? db.pageSize : page.u16(PAGE_HEADER_BYTES + 2 * (index - 1));
    const where = `hash page ${page.number}, item ${index}`;
    if (start < itemsStart || start >= end || end > db.pageSize) {
        throw corrupt(`${where} spans bytes ${start} to ${end}, outside the page's item area (${itemsStart} to ${db.pageSize})`);
    }
    const type = page.data[start];
    if (type === H_KEYDATA)
        return page.data.subarray(start + 1, end);
    if (type === H_OFFPAGE && end - start >= OFFPAGE_ITEM_BYTES) {
        return overflowValue(db, page.u32(start + 4), page.u32(start + 8), where);
    }
    const name = type === H_OFFPAGE ? 'a short H_OFFPAGE' : (ITEM_TYPE_NAMES[type] ?? 'unknown');
    throw corrupt(`${where} has type ${type} (${name}); rpm's Packages holds only H_KEYDATA and H_OFFPAGE items`);
}
/**
 * The bytes of an H_OFFPAGE item, gathered along its chain of overflow pages. A chain is
 * followed only until the item's length is read, and never through the same page twice, so a
 * damaged chain ends in an error rather than a loop.
 */
function overflowValue(db, first, length, where) {
    const parts = [];
    const visited = new Set();
    let remaining = length;
    let pageNumber = first;
    while (remaining > 0) {
        const chain = `${where}: overflow page ${pageNumber}`;
        if (pageNumber === 0) {
            throw corrupt(`${where}: the overflow chain ends after ${length - remaining} of ${length} bytes`);
        }
        if (pageNumber >= db.pageCount) {
            throw corrupt(`${chain} is past the end of the file (${db.pageCount} pages)`);
        }
        if (visited.has(pageNumber))
            throw corrupt(`${chain} is reached twice: the chain loops`);
        visited.add(pageNumber);
        const page = new Page(db, pageNumber);
        if (page.type !== P_OVERFLOW) {
            throw corrupt(`${chain} has page type ${page.type}, expected ${P_OVERFLOW} (overflow)`);
        }
        const used = page.u16(PAGE_HIGH_FREE);
        if (used > db.pageSize - PAGE_HEADER_BYTES) {
            throw corrupt(`${chain} claims ${used} bytes, more than a ${db.pageSize}-byte page holds`);
        }
        if (used > remaining) {
            throw corrupt(`${chain} holds ${used} bytes but only ${remaining} of the item's ${length} bytes are left`);
        }
        parts.push(page.data.subarray(PAGE_HEADER_BYTES, PAGE_HEADER_BYTES + used));
        remaining -= used;
        pageNumber = page.u32(PAGE_NEXT);
    }
    return Buffer.concat(parts, length);
}
function corrupt(detail) {
    return new errors/* ImprintError */.m0('SBOM_FAILED', `Berkeley DB rpm database: ${detail}`);
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/rpm-header.ts
/**
 * RPM headers as rpm stores them in its database (the "header blob": the on-disk header
 * without its 8-byte magic). Layout, all big-endian:
 *   int32 il (index entries), int32 dl (data bytes),
 *   il × { int32 tag, uint32 type, int32 offset, uint32 count },
 *   dl bytes of data that the entries point into.
 * Only the tags the SBOM needs are decoded.
 */
const RPM_TAG = {
    NAME: 1000,
    VERSION: 1001,
    RELEASE: 1002,
    EPOCH: 1003,
    VENDOR: 1011,
    LICENSE: 1014,
    ARCH: 1022,
    SOURCERPM: 1044,
    DIRINDEXES: 1116,
    BASENAMES: 1117,
    DIRNAMES: 1118,
};
const TYPE_INT32 = 4;
const TYPE_STRING = 6;
const TYPE_STRING_ARRAY = 8;
const TYPE_I18NSTRING = 9;
/** rpm's own ceilings (lib/header.c): beyond these a blob is damaged, not big. */
const MAX_INDEX_ENTRIES = 0xffff;
const MAX_DATA_BYTES = 256 * 1024 * 1024;
class RpmHeaderError extends Error {
    name = 'RpmHeaderError';
}
function parseRpmHeaderBlob(blob) {
    const bytes = Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength);
    if (bytes.length < 8)
        throw new RpmHeaderError(`header blob is ${bytes.length} bytes, shorter than its 8-byte preamble`);
    const indexCount = bytes.readUInt32BE(0);
    const dataLength = bytes.readUInt32BE(4);
    if (indexCount === 0 || indexCount > MAX_INDEX_ENTRIES || dataLength > MAX_DATA_BYTES) {
        throw new RpmHeaderError(`header blob claims ${indexCount} index entries and ${dataLength} data bytes`);
    }
    const dataStart = 8 + indexCount * 16;
    if (dataStart + dataLength > bytes.length) {
        throw new RpmHeaderError(`header blob needs ${dataStart + dataLength} bytes but has ${bytes.length}`);
    }
    const data = bytes.subarray(dataStart, dataStart + dataLength);
    const header = {};
    const fileTags = {};
    for (let i = 0; i < indexCount; i += 1) {
        const at = 8 + i * 16;
        const tag = bytes.readInt32BE(at);
        const type = bytes.readUInt32BE(at + 4);
        const offset = bytes.readInt32BE(at + 8);
        const count = bytes.readUInt32BE(at + 12);
        if (offset < 0 || offset >= data.length)
            continue;
        assignTag(header, tag, type, data, offset);
        assignFileTag(fileTags, tag, type, data, offset, count);
    }
    const files = filesOf(fileTags);
    if (files)
        header.files = files;
    return header;
}
function assignFileTag(tags, tag, type, data, offset, count) {
    if (tag === RPM_TAG.DIRINDEXES && type === TYPE_INT32 && offset + count * 4 <= data.length)
        tags.dirIndexes = Array.from({ length: count }, (_, i) => data.readInt32BE(offset + i * 4));
    else if (tag === RPM_TAG.BASENAMES && type === TYPE_STRING_ARRAY)
        tags.baseNames = stringsAt(data, offset, count);
    else if (tag === RPM_TAG.DIRNAMES && type === TYPE_STRING_ARRAY)
        tags.dirNames = stringsAt(data, offset, count);
}
function filesOf({ dirIndexes, baseNames, dirNames }) {
    if (!dirIndexes || !baseNames || !dirNames || dirIndexes.length !== baseNames.length)
        return undefined;
    const files = [];
    baseNames.forEach((base, i) => {
        const dir = dirNames[dirIndexes[i]];
        if (dir !== undefined)
            files.push(`${dir}${base}`.replace(/^\/+/, ''));
    });
    return files;
}
function stringsAt(data, offset, count) {
    const out = [];
    let at = offset;
    for (let i = 0; i < count; i += 1) {
        const value = stringAt(data, at);
        out.push(value);
        at += Buffer.byteLength(value, 'utf8') + 1;
    }
    return out;
}
function assignTag(header, tag, type, data, offset) {
    if (tag === RPM_TAG.EPOCH) {
        if (type === TYPE_INT32 && offset + 4 <= data.length)
            header.epoch = data.readInt32BE(offset);
        return;
    }
    const key = STRING_TAGS.get(tag);
    if (!key)
        return;
    if (type !== TYPE_STRING && type !== TYPE_I18NSTRING && type !== TYPE_STRING_ARRAY)
        return;
    // For arrays and i18n strings the first entry is the one (the "C" locale).
    header[key] = stringAt(data, offset);
}
const STRING_TAGS = new Map([
    [RPM_TAG.NAME, 'name'],
    [RPM_TAG.VERSION, 'version'],
    [RPM_TAG.RELEASE, 'release'],
    [RPM_TAG.VENDOR, 'vendor'],
    [RPM_TAG.LICENSE, 'license'],
    [RPM_TAG.ARCH, 'arch'],
    [RPM_TAG.SOURCERPM, 'sourceRpm'],
]);
function stringAt(data, offset) {
    const end = data.indexOf(0, offset);
    if (end < 0)
        throw new RpmHeaderError(`string at data offset ${offset} is not NUL-terminated`);
    return data.toString('utf8', offset, end);
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/rpm.ts
/**
 * RPM packages from rpm's database, in either backend an image's rpm writes:
 * - sqlite, `rpmdb.sqlite` (rpm ≥ 4.16: Fedora 33+, RHEL 9; under `/usr/lib/sysimage/rpm` on
 *   newer Fedora), read with node:sqlite: each row of `Packages` holds one header blob;
 * - Berkeley DB, `Packages` (RHEL/CentOS ≤ 8, Amazon Linux 2, UBI 7/8, Oracle Linux 8, Photon),
 *   a hash database whose values are header blobs, read by rpm-bdb.ts.
 * Both give the same components. SUSE's NDB (`Packages.db`) is recognised by its magic and
 * named in a warning.
 */










const RPM_DIRS = ['var/lib/rpm', 'usr/lib/sysimage/rpm'];
const SQLITE = 'rpmdb.sqlite';
const SQLITE_WAL = 'rpmdb.sqlite-wal';
const BERKELEY = 'Packages';
const NDB = 'Packages.db';
const DATABASE_NAMES = new Set([SQLITE, SQLITE_WAL, BERKELEY, NDB]);
/** Enough of an unreadable (NDB) file to recognise it; such files can be hundreds of megabytes. */
const MAGIC_BYTES = 16;
const rpmCataloger = {
    name: 'rpm',
    wants: (path) => RPM_DIRS.includes(parentOf(path)) && DATABASE_NAMES.has(baseName(path)),
    // Databases this cataloger reads are kept whole; others only as far as their magic.
    reduce: (path, content) => baseName(path).startsWith(SQLITE) || isBerkeleyHashDatabase(content)
        ? content
        : content.subarray(0, MAGIC_BYTES),
    async catalog(files, context) {
        const warnings = [];
        const components = [];
        const installedFiles = new Map();
        for (const [index, file] of files.entries()) {
            if (baseName(file.path) === SQLITE_WAL)
                continue; // read along with its database
            const headers = await storedHeaders(file, files, index, context, warnings);
            for (const { component, installed } of rpm_componentsOf(headers, file, context, warnings)) {
                components.push(component);
                for (const path of installed)
                    installedFiles.set(path, component.purl);
            }
        }
        return { components, warnings, installedFiles };
    },
};
async function storedHeaders(file, files, index, context, warnings) {
    if (baseName(file.path) === SQLITE) {
        const wal = files.find((other) => other.path === `${file.path}-wal`);
        return readSqlite(file, wal, index, context, warnings);
    }
    if (isBerkeleyHashDatabase(file.content))
        return readBerkeley(file, files, warnings);
    warnings.push(unreadDatabase(file));
    return [];
}
function unreadDatabase(file) {
    const where = displayPath(file.path);
    const head = file.content;
    if (head.length >= 4 && head.toString('latin1', 0, 4) === 'RpmP') {
        return `rpm: ${where} is an NDB rpm database (SUSE); imprint reads rpm's sqlite and Berkeley DB databases only, so its packages are missing from the SBOM`;
    }
    return `rpm: ${where} is not an rpm database imprint recognises (neither Berkeley DB nor NDB); skipped`;
}
function readBerkeley(file, files, warnings) {
    const where = displayPath(file.path);
    // rpm uses one backend; a Packages left beside a sqlite database would list packages twice.
    const sqlite = files.find((other) => other.path === `${parentOf(file.path)}/${SQLITE}`);
    if (sqlite) {
        warnings.push(`rpm: ignored ${where}: ${displayPath(sqlite.path)} beside it is the database rpm uses`);
        return [];
    }
    try {
        return readRpmBdbPackages(file.content).map(({ recordNumber, headerBlob }) => ({
            recordNumber,
            blob: headerBlob,
        }));
    }
    catch (error) {
        warnings.push(`rpm: skipped ${where}: ${(0,sbom_detail/* detailOf */.R)(error)}`);
        return [];
    }
}
async function readSqlite(file, wal, index, context, warnings) {
    // node:sqlite opens files, not buffers: copy the database (and its WAL) to the scratch dir.
    const dbPath = (0,external_node_path_.join)(context.tempDir, `rpmdb-${index}.sqlite`);
    await (0,promises_.writeFile)(dbPath, file.content);
    if (wal)
        await (0,promises_.writeFile)(`${dbPath}-wal`, wal.content);
    try {
        const db = new external_node_sqlite_.DatabaseSync(dbPath);
        try {
            const rows = db.prepare('SELECT hnum, blob FROM Packages ORDER BY hnum').all();
            return rows.map((row) => ({ recordNumber: row.hnum, blob: row.blob }));
        }
        finally {
            db.close();
        }
    }
    catch (error) {
        warnings.push(`rpm: skipped ${displayPath(file.path)}: not a readable rpm sqlite database (${(0,sbom_detail/* detailOf */.R)(error)})`);
        return [];
    }
}
function rpm_componentsOf(headers, file, context, warnings) {
    const components = [];
    for (const { recordNumber, blob } of headers) {
        try {
            const header = parseRpmHeaderBlob(blob);
            if (!header.name || !header.version)
                throw new Error('the header has no NAME or VERSION tag');
            components.push({
                component: componentOf(header, file, context),
                installed: header.files ?? [],
            });
        }
        catch (error) {
            warnings.push(`rpm: skipped package ${recordNumber} in ${displayPath(file.path)}: ${(0,sbom_detail/* detailOf */.R)(error)}`);
        }
    }
    return components;
}
function componentOf(header, file, context) {
    const versionRelease = header.release ? `${header.version}-${header.release}` : header.version;
    const epoch = header.epoch !== undefined && header.epoch > 0 ? header.epoch : undefined;
    const licence = header.license ? (0,licences/* licenceOf */.v3)(header.license) : undefined;
    const source = header.sourceRpm ? rpmSourceOf(header.sourceRpm, epoch) : undefined;
    return {
        kind: 'library',
        ecosystem: 'rpm',
        name: header.name,
        version: epoch === undefined ? versionRelease : `${epoch}:${versionRelease}`,
        purl: (0,purl/* buildPurl */.Eq)({
            type: 'rpm',
            namespace: context.distro?.id,
            name: header.name,
            version: versionRelease,
            qualifiers: {
                arch: header.arch,
                epoch: epoch === undefined ? undefined : String(epoch),
                distro: (0,purl/* distroQualifier */.sE)(context.distro),
                upstream: header.sourceRpm,
            },
        }),
        licences: licence ? [licence] : [],
        location: displayPath(file.path),
        layerDigest: file.layerDigest,
        cataloger: 'rpm',
        properties: {
            ...(header.arch ? { 'imprint:rpm:arch': header.arch } : {}),
            ...(header.vendor ? { 'imprint:rpm:vendor': header.vendor } : {}),
            ...(source ? trivySourceProperties(source) : {}),
        },
    };
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/ruby.ts
/**
 * Ruby gems from installed specifications (`…/specifications/*.gemspec`, including the
 * `default/` gems that ship with Ruby). These files are Ruby code that RubyGems writes in a
 * fixed shape (`s.name = "rake".freeze`), so the few fields needed are read by pattern, never
 * evaluated.
 */



const GEMSPEC = /(?:^|\/)specifications\/(?:default\/)?[^/]+\.gemspec$/;
const STRING = String.raw `(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|%q[<({\[]([^>)}\]]*)[>)}\]])`;
/** Reads `<var>.name`, `<var>.version`, `<var>.license(s)` assignments from a gemspec. */
function parseGemspec(text) {
    const assigned = (attribute) => {
        const match = new RegExp(String.raw `^\s*\w+\.${attribute}\s*=\s*(?:Gem::Version\.new\()?${STRING}`, 'm').exec(text);
        return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
    };
    const licences = [];
    const list = /^\s*\w+\.licenses\s*=\s*\[([^\]]*)\]/m.exec(text);
    if (list) {
        for (const item of list[1].matchAll(new RegExp(STRING, 'g')))
            licences.push(item[1] ?? item[2] ?? item[3] ?? '');
    }
    const single = assigned('license');
    if (single)
        licences.push(single);
    const spec = { licences: licences.filter((licence) => licence !== '') };
    const name = assigned('name');
    const version = assigned('version');
    if (name)
        spec.name = name;
    if (version)
        spec.version = version;
    return spec;
}
const rubyCataloger = {
    name: 'ruby',
    wants: (path) => GEMSPEC.test(path),
    catalog(files) {
        const warnings = [];
        const components = [];
        for (const file of files) {
            const spec = parseGemspec(file.content.toString('utf8'));
            if (!spec.name || !spec.version) {
                warnings.push(`ruby: skipped ${displayPath(file.path)}: no name or version assignment found`);
                continue;
            }
            components.push({
                kind: 'library',
                ecosystem: 'gem',
                name: spec.name,
                version: spec.version,
                purl: (0,purl/* buildPurl */.Eq)({ type: 'gem', name: spec.name, version: spec.version }),
                licences: (0,licences/* uniqueLicences */.aN)(spec.licences
                    .map(licences/* licenceOf */.v3)
                    .filter((licence) => licence !== undefined)),
                location: displayPath(file.path),
                layerDigest: file.layerDigest,
                cataloger: 'ruby',
            });
        }
        return { components, warnings };
    },
};

;// CONCATENATED MODULE: ./src/sbom/catalogers/index.ts









const DEFAULT_CATALOGERS = [
    osReleaseCataloger,
    dpkgCataloger,
    apkCataloger,
    rpmCataloger,
    npmCataloger,
    pythonCataloger,
    goCataloger,
    javaCataloger,
    rubyCataloger,
];

// EXTERNAL MODULE: ./src/sbom/cyclonedx.ts
var cyclonedx = __webpack_require__(95660);
;// CONCATENATED MODULE: ./src/sbom/filesystem.ts

/** Linux gives up after 40 symbolic links in one lookup (ELOOP); so do we. */
const MAX_SYMLINK_HOPS = 40;
class SymlinkLoopError extends Error {
    path;
    constructor(path) {
        super(`following symbolic links from /${path} took more than ${MAX_SYMLINK_HOPS} steps (a link loop)`);
        this.name = 'SymlinkLoopError';
        this.path = path;
    }
}
class MergedFilesystem {
    root = { kind: 'directory', layerDigest: '', children: new Map() };
    /** filesFor's index, built on first use; a later `apply` drops it. */
    wanted;
    /** Merges the scans given bottom layer first. */
    static fromLayers(scans) {
        const filesystem = new MergedFilesystem();
        for (const scan of scans)
            filesystem.apply(scan);
        return filesystem;
    }
    apply(scan) {
        this.wanted = undefined;
        for (const path of scan.removed)
            this.remove(path);
        for (const dir of scan.opaqueDirs) {
            const node = this.nodeAt(segmentsOf(dir));
            if (node?.children)
                node.children.clear();
        }
        for (const entry of scan.entries.values())
            this.add(entry, scan.digest);
    }
    /** The wanted files a cataloger receives, sorted by path. */
    filesFor(catalogerName) {
        this.wanted ??= this.collectWanted();
        return [...(this.wanted.get(catalogerName) ?? [])];
    }
    /**
     * Every cataloger's wanted files from one walk of the tree. A walk per cataloger cost more
     * than the catalogers themselves on a Debian root (12 000 entries, nine catalogers).
     */
    collectWanted() {
        const wanted = new Map();
        for (const [path, node] of this.walk(this.root, '')) {
            const entry = node.entry;
            if (!entry?.wantedBy)
                continue;
            for (const name of entry.wantedBy) {
                const content = entry.reduced?.get(name) ?? entry.content;
                if (!content)
                    continue;
                const files = wanted.get(name) ?? [];
                if (files.length === 0)
                    wanted.set(name, files);
                files.push({ path, content, layerDigest: node.layerDigest });
            }
        }
        for (const files of wanted.values()) {
            files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
        }
        return wanted;
    }
    /**
     * Follows symbolic links (in every segment) to a file whose bytes were kept. Throws
     * SymlinkLoopError on a loop; returns undefined when the path is missing or unread.
     */
    lookup(path) {
        const resolved = this.resolve(path);
        if (!resolved?.node.entry?.content)
            return undefined;
        return {
            path: resolved.path,
            content: resolved.node.entry.content,
            layerDigest: resolved.node.layerDigest,
        };
    }
    /** The final kind of a path without following a link in its last segment. */
    kindAt(path) {
        return this.nodeAt(segmentsOf(path))?.kind;
    }
    resolve(path) {
        const pending = segmentsOf(path).reverse();
        const stack = [];
        let hops = 0;
        while (pending.length > 0) {
            const name = pending.pop();
            if (name === '.')
                continue;
            if (name === '..') {
                stack.pop();
                continue;
            }
            const parent = stack.length === 0 ? this.root : stack[stack.length - 1].node;
            const node = parent.children?.get(name);
            if (!node)
                return undefined;
            const link = node.entry?.linkTarget;
            if ((node.kind === 'symlink' || node.kind === 'hardlink') && link !== undefined) {
                if (++hops > MAX_SYMLINK_HOPS)
                    throw new SymlinkLoopError(path.replace(/^\/+/, ''));
                // A hard link's target and an absolute symlink start again from the root.
                if (node.kind === 'hardlink' || link.startsWith('/'))
                    stack.length = 0;
                pending.push(...segmentsOf(link).reverse());
                continue;
            }
            stack.push({ name, node });
        }
        const last = stack[stack.length - 1];
        if (!last)
            return undefined;
        return { path: stack.map((step) => step.name).join('/'), node: last.node };
    }
    resolveQuietly(path) {
        try {
            return this.resolve(path)?.node;
        }
        catch {
            return undefined;
        }
    }
    *walk(node, prefix) {
        if (!node.children)
            return;
        for (const [name, child] of node.children) {
            const path = prefix === '' ? name : `${prefix}/${name}`;
            yield [path, child];
            yield* this.walk(child, path);
        }
    }
    nodeAt(segments) {
        let node = this.root;
        for (const segment of segments) {
            node = node.children?.get(segment);
            if (!node)
                return undefined;
        }
        return node;
    }
    remove(path) {
        const segments = segmentsOf(path);
        const name = segments.pop();
        if (name === undefined)
            return;
        this.nodeAt(segments)?.children?.delete(name);
    }
    add(entry, layerDigest) {
        const segments = segmentsOf(entry.path);
        const name = segments.pop();
        if (name === undefined)
            return;
        const parent = this.directoryAt(segments, layerDigest);
        const existing = parent.children.get(name);
        if (entry.kind === 'directory' && existing?.kind === 'directory') {
            // A directory entry over a directory keeps what the lower layers put inside it.
            existing.entry = entry;
            existing.layerDigest = layerDigest;
            return;
        }
        const node = { entry, kind: entry.kind, layerDigest };
        if (entry.kind === 'directory')
            node.children = new Map();
        parent.children.set(name, node);
    }
    /**
     * The directory at `segments`, created where missing. A symlink to a directory is followed
     * (as extracting onto a real filesystem would); any other non-directory is replaced.
     */
    directoryAt(segments, layerDigest) {
        let node = this.root;
        for (const [index, segment] of segments.entries()) {
            let child = node.children.get(segment);
            if (child?.kind === 'symlink') {
                const target = this.resolveQuietly(segments.slice(0, index + 1).join('/'));
                if (target?.kind === 'directory') {
                    node = target;
                    continue;
                }
            }
            if (child?.kind !== 'directory') {
                child = { kind: 'directory', layerDigest, children: new Map() };
                node.children.set(segment, child);
            }
            node = child;
        }
        return node;
    }
}

// EXTERNAL MODULE: ./src/sbom/installed-by.ts
var installed_by = __webpack_require__(87185);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
;// CONCATENATED MODULE: ./src/sbom/layers.ts
/**
 * Where layer bytes come from, and how they become a tar stream. The registry client provides
 * `LayerSource`s (digest-verified blob streams); tests build them from local tar files.
 */



const COMPRESSION_BY_MEDIA_TYPE = {
    'application/vnd.oci.image.layer.v1.tar': 'none',
    'application/vnd.oci.image.layer.v1.tar+gzip': 'gzip',
    'application/vnd.oci.image.layer.v1.tar+zstd': 'zstd',
    'application/vnd.oci.image.layer.nondistributable.v1.tar': 'none',
    'application/vnd.oci.image.layer.nondistributable.v1.tar+gzip': 'gzip',
    'application/vnd.oci.image.layer.nondistributable.v1.tar+zstd': 'zstd',
    'application/vnd.docker.image.rootfs.diff.tar': 'none',
    'application/vnd.docker.image.rootfs.diff.tar.gzip': 'gzip',
    'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip': 'gzip',
};
function compressionOf(layer) {
    const compression = COMPRESSION_BY_MEDIA_TYPE[layer.mediaType];
    if (compression === undefined) {
        throw new errors/* ImprintError */.m0('LAYER_INVALID', `layer ${layer.digest} has media type "${layer.mediaType}", which is not a tar layer imprint can read`, {
            hint: "expected application/vnd.oci.image.layer.v1.tar, +gzip or +zstd (or the Docker rootfs.diff.tar.gzip types); only image manifests' layers can be catalogued",
        });
    }
    return compression;
}
/**
 * Output chunk of the decompressors. zlib's default (16 KiB) costs a thread-pool round trip
 * and a Buffer per 16 KiB: measured on a 303 MB Debian layer, 256 KiB inflates and untars
 * in about half the time (bench/sbom.ts), with less garbage for the collector; 1 MiB took
 * another 10% off the walk of that layer from the registry (1.10–1.18 s against 1.22–1.35 s).
 */
const DECOMPRESS_CHUNK_BYTES = 1024 * 1024;
/** A decompressor for the layer's media type, or undefined for a plain tar. */
function decompressorFor(compression) {
    switch (compression) {
        case 'gzip':
            return external_node_zlib_default().createGunzip({ chunkSize: DECOMPRESS_CHUNK_BYTES });
        case 'zstd':
            // Built into Node since 22.15 / 23.8, so no userland zstd is needed on Node 24.
            return external_node_zlib_default().createZstdDecompress({ chunkSize: DECOMPRESS_CHUNK_BYTES });
        case 'none':
            return undefined;
    }
}
/** A layer made from bytes in memory (tests, local tarballs read whole). */
function bufferLayer(digest, mediaType, bytes) {
    return {
        digest,
        mediaType,
        size: bytes.length,
        open: () => Promise.resolve(Readable.from([bytes])),
    };
}

;// CONCATENATED MODULE: ./src/sbom/walk-errors.ts
/**
 * Why a layer stream failed, in words: the walker records which stage broke first (reading
 * the blob, decompressing, untarring) and turns that into a typed error.
 */


function recordFirstFailure(stages) {
    const state = {};
    for (const [stage, stream] of stages) {
        stream.on('error', (error) => {
            state.first ??= { stage, error };
        });
    }
    return state;
}
function describeFailure(layer, compression, failure) {
    const { stage, error } = failure;
    if ((0,errors/* isImprintError */.cl)(error))
        return error;
    const detail = (0,sbom_detail/* detailOf */.R)(error);
    if (stage === 'read') {
        return new errors/* ImprintError */.m0('SBOM_FAILED', `could not read layer ${layer.digest}: ${detail}`, {
            cause: error,
        });
    }
    if (stage === 'decompress') {
        return new errors/* ImprintError */.m0('LAYER_INVALID', `layer ${layer.digest} is not valid ${compression} data (${detail})`, {
            cause: error,
            hint: `its media type ${layer.mediaType} promises ${compression}; the blob is corrupt, truncated or labelled wrongly`,
        });
    }
    if (detail === 'Unexpected end of data') {
        return new errors/* ImprintError */.m0('LAYER_INVALID', `layer ${layer.digest} ends in the middle of a tar entry: the archive is truncated`, { cause: error, hint: 'fetch the blob again; if it persists, rebuild and push the image' });
    }
    return new errors/* ImprintError */.m0('LAYER_INVALID', `layer ${layer.digest} is not a valid tar archive (${detail})`, {
        cause: error,
    });
}

;// CONCATENATED MODULE: ./src/sbom/walk-limits.ts
/**
 * Bounds on what an SBOM walk holds, so a hostile image (millions of tar entries, or
 * thousands of wanted files just under the per-file limit) is refused with a typed error
 * instead of exhausting the machine. Real images stay far below both: a large distribution
 * layer has ~100 000 entries, and the wanted files of a whole image (package databases,
 * manifests, reduced archives) are a few MiB to a few hundred MiB.
 */

/** Tar entries in one layer, whiteouts and skipped entries included. */
const DEFAULT_MAX_ENTRIES_PER_LAYER = 1_000_000;
/** Bytes of wanted files (and what catalogers reduced them to) kept across the whole walk. */
const DEFAULT_MAX_HELD_BYTES = 1024 * 1024 * 1024;
const HINT = 'the image is not one imprint can catalogue safely; if it is genuine, build the SBOM with another generator and attest it';
function tooManyEntries(layer, limit) {
    return new errors/* ImprintError */.m0('LAYER_INVALID', `layer ${layer} has more than ${limit} entries, the limit per layer (maxEntriesPerLayer): refused rather than walked`, { hint: HINT });
}
/** The running total of bytes the walk keeps, shared by the layers walked at the same time. */
class HeldBytes {
    limit;
    held = 0;
    constructor(limit = DEFAULT_MAX_HELD_BYTES) {
        this.limit = limit;
    }
    /** Counts bytes about to be kept for `path`; refuses them past the limit. */
    take(bytes, layer, path) {
        this.held += bytes;
        if (this.held <= this.limit)
            return;
        throw new errors/* ImprintError */.m0('LAYER_INVALID', `keeping /${path} of layer ${layer} would make the SBOM walk hold more than ${this.limit} bytes of wanted files, the limit (maxHeldBytes): refused rather than walked`, { hint: HINT });
    }
}

;// CONCATENATED MODULE: ./src/sbom/walk-layer.ts
/**
 * Walks one layer blob as a stream: decompress, untar, and keep only what the catalogers ask
 * for. The result lists the layer's entries (metadata for all, bytes for wanted files) and its
 * deletions; the merge into the final filesystem happens later, in layer order, so layers can
 * be walked in parallel.
 */








const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;
async function walkLayer(layer, options) {
    const compression = compressionOf(layer);
    const source = await openBlob(layer);
    const decompressor = decompressorFor(compression);
    const extract = tar_stream.extract();
    const stages = [
        ['read', source],
        ['untar', extract],
    ];
    if (decompressor)
        stages.splice(1, 0, ['decompress', decompressor]);
    const failure = recordFirstFailure(stages);
    const streams = decompressor ? [source, decompressor, extract] : [source, extract];
    // Errors are read from `failure` (the stage that broke first), not from this callback.
    (0,external_node_stream_.pipeline)(streams, () => undefined);
    const scan = {
        digest: layer.digest,
        entries: new Map(),
        removed: [],
        opaqueDirs: [],
        warnings: [],
    };
    const limits = {
        maxEntries: options.maxEntriesPerLayer ?? DEFAULT_MAX_ENTRIES_PER_LAYER,
        held: options.held ?? new HeldBytes(),
    };
    let count = 0;
    try {
        for await (const entry of extract) {
            count += 1;
            if (count > limits.maxEntries)
                throw tooManyEntries(layer.digest, limits.maxEntries);
            await readEntry(entry, scan, options, limits.held);
        }
    }
    catch (error) {
        extract.destroy();
        throw describeFailure(layer, compression, failure.first ?? { stage: 'untar', error });
    }
    if (failure.first)
        throw describeFailure(layer, compression, failure.first);
    return scan;
}
async function openBlob(layer) {
    try {
        return await layer.open();
    }
    catch (error) {
        if ((0,errors/* isImprintError */.cl)(error))
            throw error;
        throw new errors/* ImprintError */.m0('SBOM_FAILED', `could not open layer ${layer.digest}: ${(0,sbom_detail/* detailOf */.R)(error)}`, {
            cause: error,
        });
    }
}
async function readEntry(entry, scan, options, held) {
    const header = entry.header;
    const path = normaliseEntryPath(header.name);
    if (path === undefined) {
        scan.warnings.push(`layer ${scan.digest}: skipped entry "${header.name}" because its name climbs out of the image root`);
        return drain(entry);
    }
    if (path === '')
        return drain(entry);
    const whiteout = whiteoutOf(path);
    if (whiteout) {
        if (whiteout.kind === 'opaque')
            scan.opaqueDirs.push(whiteout.dir);
        else
            scan.removed.push(whiteout.path);
        return drain(entry);
    }
    const record = {
        path,
        kind: kindOf(header.type),
        size: header.size ?? 0,
        mode: (header.mode ?? 0) & 0o7777,
    };
    if (record.kind === 'symlink')
        record.linkTarget = header.linkname ?? '';
    if (record.kind === 'hardlink')
        return linkHard(entry, record, header.linkname ?? '', scan);
    scan.entries.set(path, record);
    if (record.kind !== 'file')
        return drain(entry);
    await readWantedBody(entry, record, scan, options, held);
}
function kindOf(type) {
    switch (type) {
        case 'file':
        case 'contiguous-file':
        case undefined:
        case null:
            return 'file';
        case 'directory':
            return 'directory';
        case 'symlink':
            return 'symlink';
        case 'link':
            return 'hardlink';
        default:
            return 'other';
    }
}
/** A hard link shares its target's bytes; targets always come earlier in the same archive. */
function linkHard(entry, record, linkName, scan) {
    const targetPath = normaliseEntryPath(linkName);
    const target = targetPath === undefined ? undefined : scan.entries.get(targetPath);
    if (target?.kind === 'file') {
        scan.entries.set(record.path, { ...target, path: record.path });
    }
    else if (targetPath !== undefined) {
        scan.entries.set(record.path, { ...record, linkTarget: targetPath });
    }
    return drain(entry);
}
async function readWantedBody(entry, record, scan, options, held) {
    const info = { size: record.size, mode: record.mode };
    const wanting = options.catalogers.filter((cataloger) => cataloger.wants(record.path, info));
    if (wanting.length === 0)
        return drain(entry);
    if (record.size <= options.maxFileBytes) {
        keepFor(wanting, record, await readBody(entry, record.size), scan);
        held.take(heldBy(record), scan.digest, record.path);
        return;
    }
    const streaming = wanting.filter((cataloger) => cataloger.scanOversized !== undefined);
    if (streaming.length < wanting.length) {
        scan.warnings.push(`layer ${scan.digest}: skipped /${record.path} (${record.size} bytes), over the per-file limit of ${options.maxFileBytes} bytes; raise maxFileBytes to catalogue it`);
    }
    if (streaming.length === 0)
        return drain(entry);
    await scanOversized(entry, record, streaming, info);
    held.take(heldBy(record), scan.digest, record.path);
}
/** The bytes a record keeps: the file itself, or what catalogers reduced it to. */
function heldBy(record) {
    let bytes = record.content?.length ?? 0;
    for (const kept of record.reduced?.values() ?? [])
        bytes += kept.length;
    return bytes;
}
/** Feeds an oversized file to the catalogers that can read it as a stream; nothing is held. */
async function scanOversized(entry, record, streaming, info) {
    const scanners = streaming.map((cataloger) => ({
        name: cataloger.name,
        scanner: cataloger.scanOversized(record.path, info),
    }));
    for await (const chunk of entry) {
        for (const { scanner } of scanners)
            scanner.write(chunk);
    }
    for (const { name, scanner } of scanners) {
        const kept = scanner.end();
        if (kept === undefined)
            continue;
        (record.reduced ??= new Map()).set(name, kept);
        (record.wantedBy ??= []).push(name);
    }
}
function keepFor(wanting, record, content, scan) {
    const wantedBy = [];
    for (const cataloger of wanting) {
        if (!cataloger.reduce) {
            record.content = content;
            wantedBy.push(cataloger.name);
            continue;
        }
        try {
            const kept = cataloger.reduce(record.path, content);
            if (kept === undefined)
                continue;
            (record.reduced ??= new Map()).set(cataloger.name, kept);
            wantedBy.push(cataloger.name);
        }
        catch (error) {
            scan.warnings.push(`${cataloger.name}: skipped /${record.path} in layer ${scan.digest}: ${(0,sbom_detail/* detailOf */.R)(error)}`);
        }
    }
    if (wantedBy.length > 0)
        record.wantedBy = wantedBy;
}
async function readBody(entry, size) {
    const body = Buffer.allocUnsafe(size);
    let offset = 0;
    for await (const chunk of entry) {
        chunk.copy(body, offset);
        offset += chunk.length;
    }
    return offset === size ? body : body.subarray(0, offset);
}
/** Skips an entry's body without holding it: the bytes flow through and are dropped. */
function drain(entry) {
    entry.resume();
    return Promise.resolve();
}

;// CONCATENATED MODULE: ./src/sbom/generate.ts
/**
 * The SBOM step: walk the image's layers (several at once), rebuild the final filesystem in
 * layer order, run each cataloger on the files it asked for, and write CycloneDX.
 * Optional extras fail as warnings: a damaged package database costs its own components, never
 * the SBOM. A layer that cannot be read fails the step (LAYER_INVALID / SBOM_FAILED).
 */












const DEFAULT_LAYER_CONCURRENCY = 3;
async function generateSbom(options) {
    if (options.layers.length === 0) {
        throw new errors/* ImprintError */.m0('SBOM_FAILED', `image ${options.image.name}@${options.image.digest} has no layers to catalogue`, {
            hint: 'pass the layers of a platform image manifest, not of an index',
        });
    }
    const catalogers = options.catalogers ?? DEFAULT_CATALOGERS;
    const walkOptions = {
        catalogers,
        maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
        held: new HeldBytes(options.maxHeldBytes),
    };
    if (options.maxEntriesPerLayer !== undefined)
        walkOptions.maxEntriesPerLayer = options.maxEntriesPerLayer;
    const scans = await mapLimited(options.layers, options.concurrency ?? DEFAULT_LAYER_CONCURRENCY, (layer) => walkLayer(layer, walkOptions));
    const warnings = scans.flatMap((scan) => scan.warnings);
    const filesystem = MergedFilesystem.fromLayers(scans);
    const components = await runCatalogers(catalogers, filesystem, warnings, options.tempRoot ?? (0,external_node_os_.tmpdir)());
    const createdAt = options.now ?? new Date();
    const bom = (0,cyclonedx/* buildBom */.rG)(components, { image: options.image, now: createdAt });
    return {
        image: options.image,
        createdAt,
        bom,
        components,
        warnings,
        stats: statsOf(components),
    };
}
async function runCatalogers(catalogers, filesystem, warnings, tempRoot) {
    const tempDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(tempRoot, 'imprint-sbom-'));
    let distro;
    const components = [];
    const installedFiles = new Map();
    try {
        for (const cataloger of catalogers) {
            const files = filesystem.filesFor(cataloger.name);
            if (files.length === 0)
                continue;
            const context = {
                tempDir,
                lookup: (path) => lookupQuietly(filesystem, path, warnings),
            };
            if (distro)
                context.distro = distro;
            try {
                const result = await cataloger.catalog(files, context);
                components.push(...result.components);
                warnings.push(...result.warnings);
                distro ??= result.distro;
                for (const [path, owner] of result.installedFiles ?? [])
                    installedFiles.set(path, owner);
            }
            catch (error) {
                warnings.push(`${cataloger.name}: cataloger failed, its components are missing: ${(0,sbom_detail/* detailOf */.R)(error)}`);
            }
        }
    }
    finally {
        await (0,promises_.rm)(tempDir, { recursive: true, force: true });
    }
    (0,installed_by/* markInstalledByOs */.n)(components, installedFiles);
    return components;
}
function lookupQuietly(filesystem, path, warnings) {
    try {
        return filesystem.lookup(path);
    }
    catch (error) {
        if (!(error instanceof SymlinkLoopError))
            throw error;
        warnings.push(`skipped a lookup: ${error.message}`);
        return undefined;
    }
}
function statsOf(components) {
    const stats = { perEcosystem: {}, licences: {}, withoutLicence: 0 };
    for (const component of components) {
        stats.perEcosystem[component.ecosystem] = (stats.perEcosystem[component.ecosystem] ?? 0) + 1;
        if (component.licences.length === 0 && component.kind !== 'operating-system')
            stats.withoutLicence += 1;
        for (const licence of component.licences) {
            const label = (0,licences/* licenceLabel */.Mq)(licence);
            stats.licences[label] = (stats.licences[label] ?? 0) + 1;
        }
    }
    return stats;
}
/** Runs `task` over `items` with at most `limit` in flight; results keep the input order. */
async function mapLimited(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    let failed = false;
    const worker = async () => {
        // After a failure no new item starts: the caller is about to see the error anyway.
        while (next < items.length && !failed) {
            const index = next++;
            try {
                results[index] = await task(items[index]);
            }
            catch (error) {
                failed = true;
                throw error;
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}

;// CONCATENATED MODULE: ./src/sbom/registry-source.ts
/**
 * SBOMs straight from a registry: each platform manifest's layers become LayerSources whose
 * bytes stream from the registry, digest-checked, without a Docker engine.
 */





/** The image manifests behind a digest: itself, or every platform of an index. */
async function platformManifests(client, repository, digest) {
    const fetched = await client.getManifest(repository, digest);
    const parsed = (0,manifest/* parseManifest */.Ng)(fetched.bytes, fetched.mediaType);
    if (parsed.kind === 'manifest')
        return [{ digest }];
    return (0,manifest/* platformsOf */.Wt)(parsed.index).map(({ platform, descriptor }) => ({
        digest: descriptor.digest,
        platform: (0,manifest/* formatPlatform */.Bq)(platform),
    }));
}
async function layerSources(client, repository, manifestDigest) {
    const fetched = await client.getManifest(repository, manifestDigest);
    const parsed = (0,manifest/* parseManifest */.Ng)(fetched.bytes, fetched.mediaType);
    if (parsed.kind !== 'manifest') {
        throw new errors/* ImprintError */.m0('SBOM_FAILED', `${manifestDigest} is an index, not an image manifest`, {
            hint: 'pick one platform',
        });
    }
    return parsed.manifest.layers.map((layer) => ({
        digest: layer.digest,
        mediaType: layer.mediaType,
        size: layer.size,
        open: () => client.getBlob(repository, layer.digest),
    }));
}
/** The same layers, each stream counted into `progress` as its bytes pass. */
function countingLayers(layers, progress) {
    return layers.map((layer) => ({
        ...layer,
        open: async () => {
            const counter = new external_node_stream_.Transform({
                transform(chunk, _encoding, callback) {
                    progress.advance(chunk.length);
                    callback(null, chunk);
                },
            });
            // pipeline carries a registry error on to the reader, and an early stop back to the socket.
            return (0,external_node_stream_.pipeline)(await layer.open(), counter, () => undefined);
        },
    }));
}
async function sbomForManifest(client, image, manifest, options = {}) {
    const name = (0,reference/* formatReference */.FH)({ registry: image.registry, repository: image.repository });
    let layers = await layerSources(client, image.repository, manifest.digest);
    const progress = options.progress?.({
        label: `SBOM ${manifest.platform ?? name}: layers`,
        total: layers.reduce((sum, layer) => sum + (layer.size ?? 0), 0),
        unit: 'bytes',
    });
    if (progress)
        layers = countingLayers(layers, progress);
    const result = await generateSbom({
        image: {
            name,
            digest: manifest.digest,
            ...(manifest.platform ? { platform: manifest.platform } : {}),
        },
        layers,
        ...(options.now ? { now: options.now } : {}),
        ...(options.tempRoot !== undefined && { tempRoot: options.tempRoot }),
    });
    progress?.done();
    return result;
}


/***/ }),

/***/ 16426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ buildSpdx)
/* harmony export */ });
/* unused harmony export licenceExpression */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79310);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(311);
/* harmony import */ var _cyclonedx_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95660);
/**
 * Components → an SPDX 2.3 JSON document: the same catalogue the CycloneDX writer renders, told
 * the SPDX way. The image is the package the document DESCRIBES and CONTAINS every package
 * found; dependencies a cataloger recorded become DEPENDS_ON. Facts SPDX asks for that a
 * filesystem cannot show (supplier, download location, concluded licence) are NOASSERTION, as
 * the specification says to write them. Pure: the caller passes the time and the namespace id.
 */




const NOASSERTION = 'NOASSERTION';
const DOCUMENT_ID = 'SPDXRef-DOCUMENT';
const IMAGE_ID = 'SPDXRef-Image';
/** Where our document namespaces live; a URI only, never fetched (SPDX 2.3 §6.5). */
const NAMESPACE_BASE = 'https://imprint.dev/spdx';
const PURPOSE = {
    library: 'LIBRARY',
    application: 'APPLICATION',
    'operating-system': 'OPERATING_SYSTEM',
};
function buildSpdx(components, options) {
    const reference = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseReference */ .F2)(options.image.name);
    const imageName = `${reference.registry}/${reference.repository}`;
    const ids = assignSpdxIds(components);
    const extracted = new Map();
    const packages = [
        imagePackage(options.image, imageName),
        ...components.map((component, index) => packageOf(component, ids[index], extracted)),
    ];
    const relationships = [
        relationship(DOCUMENT_ID, 'DESCRIBES', IMAGE_ID),
        ...ids.map((id) => relationship(IMAGE_ID, 'CONTAINS', id)),
        ...dependencies(components, ids),
    ];
    const document = {
        spdxVersion: 'SPDX-2.3',
        dataLicense: 'CC0-1.0',
        SPDXID: DOCUMENT_ID,
        name: `${imageName}@${options.image.digest}`,
        documentNamespace: `${NAMESPACE_BASE}/${imageName}/${options.image.digest.replace(':', '-')}-${options.uuid ?? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`,
        creationInfo: {
            creators: [`Tool: imprint-${_version_js__WEBPACK_IMPORTED_MODULE_3__/* .VERSION */ .x}`],
            // The schema's date pattern has whole seconds only.
            created: options.now.toISOString().replace(/\.\d+Z$/, 'Z'),
        },
        packages,
        relationships,
    };
    if (extracted.size > 0) {
        document.hasExtractedLicensingInfos = [...extracted].map(([licenseId, name]) => ({
            licenseId,
            name,
            extractedText: name,
        }));
    }
    return document;
}
function imagePackage(image, name) {
    const [algorithm, hex] = image.digest.split(':');
    const pkg = {
        SPDXID: IMAGE_ID,
        name,
        versionInfo: image.digest,
        supplier: NOASSERTION,
        downloadLocation: NOASSERTION,
        filesAnalyzed: false,
        licenseConcluded: NOASSERTION,
        licenseDeclared: NOASSERTION,
        copyrightText: NOASSERTION,
        primaryPackagePurpose: 'CONTAINER',
        externalRefs: [purlRef((0,_cyclonedx_js__WEBPACK_IMPORTED_MODULE_2__/* .imagePurl */ .X6)(image))],
    };
    if (algorithm === 'sha256' && hex)
        pkg.checksums = [{ algorithm: 'SHA256', checksumValue: hex }];
    if (image.platform)
        pkg.comment = `platform ${image.platform}`;
    return pkg;
}
function packageOf(component, id, extracted) {
    const pkg = {
        SPDXID: id,
        name: component.name,
        ...(component.version ? { versionInfo: component.version } : {}),
        supplier: NOASSERTION,
        downloadLocation: NOASSERTION,
        filesAnalyzed: false,
        licenseConcluded: NOASSERTION,
        licenseDeclared: licenceExpression(component.licences, extracted),
        copyrightText: NOASSERTION,
        primaryPackagePurpose: PURPOSE[component.kind],
        sourceInfo: `found by the ${component.cataloger} cataloger in ${component.location} (layer ${component.layerDigest})`,
    };
    if (component.purl)
        pkg.externalRefs = [purlRef(component.purl)];
    return pkg;
}
function purlRef(purl) {
    return { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: purl };
}
function relationship(from, type, to) {
    return { spdxElementId: from, relationshipType: type, relatedSpdxElement: to };
}
/**
 * One licence expression for the package: SPDX ids and expressions as they are, other names as
 * `LicenseRef-…` (listed in hasExtractedLicensingInfos), several joined with AND as the
 * CycloneDX writer does. None known: NOASSERTION.
 */
function licenceExpression(licences, extracted) {
    const parts = licences.map((licence) => {
        if ('spdxId' in licence)
            return licence.spdxId;
        if ('expression' in licence)
            return licences.length > 1 ? `(${licence.expression})` : licence.expression;
        const id = `LicenseRef-${licence.name.replace(/[^A-Za-z0-9.-]+/g, '-')}`;
        if (!extracted.has(id))
            extracted.set(id, licence.name);
        return id;
    });
    return parts.length === 0 ? NOASSERTION : [...new Set(parts)].join(' AND ');
}
/**
 * `SPDXRef-Package-<ecosystem>-<name>-<n>`: readable, unique in the document, and only the
 * characters the schema allows (letters, digits, `.` and `-`).
 */
function assignSpdxIds(components) {
    return components.map((component, index) => {
        const label = `${component.ecosystem}-${component.name}`.replace(/[^A-Za-z0-9.-]+/g, '-');
        return `SPDXRef-Package-${label}-${index + 1}`;
    });
}
function dependencies(components, ids) {
    const idByPurl = new Map();
    components.forEach((component, index) => {
        if (component.purl && !idByPurl.has(component.purl))
            idByPurl.set(component.purl, ids[index]);
    });
    const edges = [];
    components.forEach((component, index) => {
        for (const purl of component.dependsOn ?? []) {
            const target = idByPurl.get(purl);
            if (target && target !== ids[index])
                edges.push(relationship(ids[index], 'DEPENDS_ON', target));
        }
    });
    return edges;
}


/***/ })

};
