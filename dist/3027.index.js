export const id = 3027;
export const ids = [3027,1785,153,2534];
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

/***/ 54906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $v: () => (/* binding */ EMPTY_CONFIG),
/* harmony export */   DE: () => (/* binding */ blobOf),
/* harmony export */   Me: () => (/* binding */ MAX_BUNDLE_BYTES),
/* harmony export */   d5: () => (/* binding */ READ_BUDGET_BYTES),
/* harmony export */   k_: () => (/* binding */ OCI_MANIFEST_MEDIA_TYPE),
/* harmony export */   nb: () => (/* binding */ descriptorOf),
/* harmony export */   rm: () => (/* binding */ OCI_CONFIG_MEDIA_TYPE),
/* harmony export */   sI: () => (/* reexport safe */ _registry_digest_js__WEBPACK_IMPORTED_MODULE_0__.sI),
/* harmony export */   w3: () => (/* binding */ OCI_EMPTY_MEDIA_TYPE)
/* harmony export */ });
/* harmony import */ var _registry_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35035);
/**
 * The few OCI image-spec pieces the storage builders share: media types, content-addressed
 * blobs and descriptors. Pure.
 */


const OCI_MANIFEST_MEDIA_TYPE = 'application/vnd.oci.image.manifest.v1+json';
const OCI_CONFIG_MEDIA_TYPE = 'application/vnd.oci.image.config.v1+json';
const OCI_EMPTY_MEDIA_TYPE = 'application/vnd.oci.empty.v1+json';
/**
 * The largest signature or attestation blob read back (a Sigstore bundle, a cosign layer), by
 * publish's read-back and by verify alike: attestations carry whole SBOMs, so far above any
 * real one, far below what hurts. One limit, so nothing stored fails its own read-back.
 */
const MAX_BUNDLE_BYTES = 64 * 1024 * 1024;
/**
 * Bytes of stored blobs a run reads and keeps at once, all reads together (util/byte-budget.ts):
 * four bundles at the limit, or thousands of real ones, so it never slows an honest registry,
 * and a hostile one serving hundreds of huge bundles at once cannot make verify hold gigabytes.
 */
const READ_BUDGET_BYTES = 256 * 1024 * 1024;
function blobOf(mediaType, bytes) {
    return { mediaType, digest: (0,_registry_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Digest */ .sI)(bytes), bytes };
}
/** The empty config (`{}`) artifacts use instead of an image config. */
const EMPTY_CONFIG = blobOf(OCI_EMPTY_MEDIA_TYPE, Buffer.from('{}'));
/** Field order as go-containerregistry writes a descriptor: mediaType, size, digest, annotations. */
function descriptorOf(blob, annotations) {
    const descriptor = {
        mediaType: blob.mediaType,
        size: blob.bytes.length,
        digest: blob.digest,
    };
    if (annotations && Object.keys(annotations).length > 0)
        descriptor.annotations = annotations;
    return descriptor;
}


/***/ }),

/***/ 35035:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Do: () => (/* binding */ DigestVerifier),
/* harmony export */   H3: () => (/* binding */ digestMismatch),
/* harmony export */   Hy: () => (/* binding */ algorithmOf),
/* harmony export */   ol: () => (/* binding */ digestOf),
/* harmony export */   sI: () => (/* binding */ sha256Digest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79310);
/**
 * Content digests: computing them, and checking bytes against them while they stream,
 * so nothing read from a registry is trusted before it matches its name.
 */




function sha256Digest(bytes) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
}
function digestOf(bytes, algorithm = 'sha256') {
    return `${algorithm}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(bytes).digest('hex')}`;
}
/** The algorithm of a valid digest; REFERENCE_INVALID for anything else. */
function algorithmOf(digest) {
    const problem = (0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .digestProblem */ .WQ)(digest);
    if (problem)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ImprintError */ .m0('REFERENCE_INVALID', `Invalid digest: ${problem}.`);
    return digest.slice(0, digest.indexOf(':'));
}
function digestMismatch(what, expected, actual) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ImprintError */ .m0('DIGEST_MISMATCH', `${what}: expected digest ${expected}, but the content hashes to ${actual}.`, {
        hint: 'The registry (or something between it and you) returned different bytes; do not use this content.',
    });
}
/**
 * A pass-through stream that hashes what flows through it and fails at the end when
 * the total does not match `expected`. Size limits are the reader's job (readCapped).
 */
class DigestVerifier extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform {
    expected;
    what;
    hash;
    constructor(expected, what) {
        super();
        this.expected = expected;
        this.what = what;
        this.hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithmOf(expected));
    }
    _transform(chunk, _encoding, callback) {
        this.hash.update(chunk);
        callback(null, chunk);
    }
    _flush(callback) {
        const actual = `${algorithmOf(this.expected)}:${this.hash.digest('hex')}`;
        callback(actual === this.expected ? null : digestMismatch(this.what, this.expected, actual));
    }
}


/***/ }),

/***/ 16534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DR: () => (/* binding */ evaluateGate),
/* harmony export */   EV: () => (/* binding */ ruleExpiry),
/* harmony export */   Zq: () => (/* binding */ thresholdFromMaxSeverity)
/* harmony export */ });
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

/***/ 20830:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ parseOpenVex)
/* harmony export */ });
/* harmony import */ var _attest_predicate_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64136);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74976);
/**
 * OpenVEX documents (spec v0.2.0, https://github.com/openvex/spec): parsed and checked against
 * the spec's MUSTs, pure. A statement that breaks one is refused with the path of the field
 * and the rule, never dropped: a VEX statement silently ignored would re-open findings the
 * author meant to close, and one read too kindly would close findings it does not name.
 * Each statement comes out complete, its timestamp inherited from the document when it has
 * none of its own (the spec's Inheritance Flow).
 */



const VEX_STATUSES = ['not_affected', 'affected', 'fixed', 'under_investigation'];
/** The VEX Working Group's justification labels (Status Justifications, June 2022). */
const VEX_JUSTIFICATIONS = [
    'component_not_present',
    'vulnerable_code_not_present',
    'vulnerable_code_not_in_execute_path',
    'vulnerable_code_cannot_be_controlled_by_adversary',
    'inline_mitigations_already_exist',
];
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
/**
 * The document in `value` (parsed JSON), checked; `source` names it in messages (a file, a
 * URL, an attestation). Throws VEX_INVALID naming the first field that breaks the spec.
 */
function parseOpenVex(value, source) {
    const refuse = (path, problem) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ImprintError */ .m0('VEX_INVALID', `${source} is not a valid OpenVEX document: ${path} ${problem}`, {
            hint: `write an OpenVEX v0.2.0 document (vexctl create writes one); see https://github.com/openvex/spec`,
        });
    };
    if (!(0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isJsonObject */ .O)(value))
        refuse('(top level)', 'must be a JSON object');
    const context = value['@context'];
    if (context !== _attest_predicate_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OPENVEX_CONTEXT_V020 */ .Js) {
        refuse('@context', `must be ${_attest_predicate_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OPENVEX_CONTEXT_V020 */ .Js}; found ${describe(context)}`);
    }
    const timestamp = time(value.timestamp, 'timestamp', refuse);
    const version = value.version;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
        refuse('version', `must be a whole number of at least 1; found ${describe(version)}`);
    }
    const statements = value.statements;
    if (!Array.isArray(statements) || statements.length === 0) {
        refuse('statements', 'must be a non-empty list of statements');
    }
    return {
        id: nonEmpty(value['@id'], '@id', refuse),
        author: nonEmpty(value.author, 'author', refuse),
        timestamp,
        version,
        statements: statements.map((entry, index) => parseStatement(entry, `statements[${index}]`, timestamp, refuse)),
    };
}
function parseStatement(value, path, documentTime, refuse) {
    if (!(0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isJsonObject */ .O)(value))
        refuse(path, 'must be an object');
    const status = value.status;
    if (typeof status !== 'string' || !VEX_STATUSES.includes(status)) {
        refuse(`${path}.status`, `must be one of ${VEX_STATUSES.join(', ')}; found ${describe(status)}`);
    }
    const products = value.products;
    if (!Array.isArray(products) || products.length === 0) {
        refuse(`${path}.products`, 'must list at least one product: a statement names what it is about');
    }
    const statement = {
        vulnerability: parseVulnerability(value.vulnerability, `${path}.vulnerability`, refuse),
        products: products.map((product, index) => parseProduct(product, `${path}.products[${index}]`, refuse)),
        status: status,
        timestamp: value.timestamp === undefined
            ? documentTime
            : time(value.timestamp, `${path}.timestamp`, refuse),
    };
    addStatusFields(statement, value, path, refuse);
    return statement;
}
/**
 * The spec's rules on what goes with each status: not_affected says why (a justification
 * label or an impact statement), affected says what to do (an action statement); the other
 * fields belong to those statuses alone.
 */
function addStatusFields(statement, value, path, refuse) {
    const justification = optionalText(value.justification, `${path}.justification`, refuse);
    const impact = optionalText(value.impact_statement, `${path}.impact_statement`, refuse);
    const action = optionalText(value.action_statement, `${path}.action_statement`, refuse);
    const { status } = statement;
    if (status === 'not_affected') {
        if (justification === undefined && impact === undefined) {
            refuse(path, 'has status not_affected but neither a justification nor an impact_statement saying why');
        }
        if (justification !== undefined &&
            !VEX_JUSTIFICATIONS.includes(justification)) {
            refuse(`${path}.justification`, `must be one of ${VEX_JUSTIFICATIONS.join(', ')}; found "${justification}"`);
        }
    }
    else {
        if (justification !== undefined)
            refuse(`${path}.justification`, `belongs to not_affected statements, not ${status}`);
        if (impact !== undefined)
            refuse(`${path}.impact_statement`, `belongs to not_affected statements, not ${status}`);
    }
    if (status === 'affected' && action === undefined) {
        refuse(path, 'has status affected but no action_statement saying how to remediate or mitigate');
    }
    if (status !== 'affected' && action !== undefined) {
        refuse(`${path}.action_statement`, `belongs to affected statements, not ${status}`);
    }
    if (justification !== undefined)
        statement.justification = justification;
    if (impact !== undefined)
        statement.impactStatement = impact;
    if (action !== undefined)
        statement.actionStatement = action;
}
function parseVulnerability(value, path, refuse) {
    if (!(0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isJsonObject */ .O)(value))
        refuse(path, 'must be an object with a name (e.g. {"name": "CVE-2023-12345"})');
    const aliases = value.aliases ?? [];
    if (!Array.isArray(aliases) ||
        !aliases.every((alias) => typeof alias === 'string' && alias !== '')) {
        refuse(`${path}.aliases`, 'must be a list of non-empty strings');
    }
    return { name: nonEmpty(value.name, `${path}.name`, refuse), aliases: aliases };
}
function parseProduct(value, path, refuse) {
    const component = parseComponent(value, path, refuse);
    const subcomponents = value.subcomponents ?? [];
    if (!Array.isArray(subcomponents))
        refuse(`${path}.subcomponents`, 'must be a list');
    return {
        ...component,
        subcomponents: subcomponents.map((entry, index) => parseComponent(entry, `${path}.subcomponents[${index}]`, refuse)),
    };
}
function parseComponent(value, path, refuse) {
    if (!(0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isJsonObject */ .O)(value))
        refuse(path, 'must be an object');
    const component = {
        identifiers: textMap(value.identifiers, `${path}.identifiers`, refuse),
        hashes: textMap(value.hashes, `${path}.hashes`, refuse),
    };
    const id = optionalText(value['@id'], `${path}.@id`, refuse);
    if (id !== undefined)
        component.id = id;
    if (id === undefined &&
        Object.keys(component.identifiers).length === 0 &&
        Object.keys(component.hashes).length === 0) {
        refuse(path, 'names nothing: give an @id, identifiers (purl, cpe22, cpe23) or hashes');
    }
    return component;
}
function textMap(value, path, refuse) {
    if (value === undefined)
        return {};
    if (!(0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isJsonObject */ .O)(value) ||
        !Object.values(value).every((entry) => typeof entry === 'string' && entry !== '')) {
        refuse(path, 'must be an object of non-empty strings');
    }
    return { ...value };
}
function time(value, path, refuse) {
    if (typeof value !== 'string' || !RFC3339.test(value) || Number.isNaN(Date.parse(value))) {
        refuse(path, `must be an RFC 3339 time such as 2023-01-08T18:02:03Z; found ${describe(value)}`);
    }
    return value;
}
function nonEmpty(value, path, refuse) {
    if (typeof value !== 'string' || value.trim() === '')
        refuse(path, `must be a non-empty string; found ${describe(value)}`);
    return value;
}
function optionalText(value, path, refuse) {
    return value === undefined ? undefined : nonEmpty(value, path, refuse);
}
function describe(value) {
    if (value === undefined)
        return 'nothing';
    const text = JSON.stringify(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
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
    /** GitHub's TUF repository: it serves the instance's trusted_root.json (what `gh` trusts). */
    tufMirror: 'https://tuf-repo.github.com',
};


/***/ }),

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


/***/ }),

/***/ 74976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ isJsonObject)
/* harmony export */ });
/** A parsed JSON value that is an object (not null, not an array). */
function isJsonObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ })

};
