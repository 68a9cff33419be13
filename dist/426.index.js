export const id = 426;
export const ids = [426];
export const modules = {

/***/ 95660:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X6: () => (/* binding */ imagePurl),
/* harmony export */   rG: () => (/* binding */ buildBom)
/* harmony export */ });
/* unused harmony exports LAYER_DIGEST_PROPERTY, CATALOGER_PROPERTY, licenceChoice */
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

/***/ 16426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildSpdx: () => (/* binding */ buildSpdx),
/* harmony export */   vX: () => (/* binding */ SPDX_PREDICATE_TYPE)
/* harmony export */ });
/* unused harmony exports NOASSERTION, licenceExpression */
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




const SPDX_PREDICATE_TYPE = 'https://spdx.dev/Document';
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
