export const id = 7914;
export const ids = [7914,153,2534];
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

/***/ 59757:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EXPORT_TARGETS: () => (/* binding */ EXPORT_TARGETS),
  exportPolicy: () => (/* binding */ exportPolicy)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/sigstore/instances.ts
var instances = __webpack_require__(75310);
// EXTERNAL MODULE: ./src/policy/match.ts
var match = __webpack_require__(6563);
// EXTERNAL MODULE: ./src/policy/conditions/condition-schema.ts
var condition_schema = __webpack_require__(19014);
;// CONCATENATED MODULE: ./src/policy/export/re2.ts
/**
 * imprint verify matches identity regexes as JavaScript (`new RegExp(source, 'u')`); Kyverno,
 * policy-controller and CEL match them with Go's RE2. The same text can mean something else
 * there, or fail to compile, and a cluster that reads a regex differently enforces a different
 * policy. Every regex an exporter writes goes through `toRe2`, which rewrites what has an exact
 * RE2 spelling and refuses, naming the construct, what has none.
 *
 * Rewritten (same meaning): `.` outside a class (JavaScript's stops at \n, \r, U+2028 and
 * U+2029, RE2's only at \n); `\s` (Unicode whitespace in JavaScript, ASCII in RE2) as the
 * explicit list, and `\S` outside a class as its negation; `\uXXXX` and `\u{X}` (RE2 writes
 * `\x{X}`).
 * Refused: lookarounds and backreferences (RE2 has none), `\S` inside a class, `\p{…}`
 * (different property sets), `\c`, `\0`, `[:name:]` inside a class (a POSIX class in RE2,
 * literal characters in JavaScript), `[\b]`, and the empty classes `[]` / `[^]`.
 */

const JS_DOT_IN_RE2 = '[^\\n\\r\\x{2028}\\x{2029}]';
/** ECMAScript WhiteSpace and LineTerminator: what `\s` means in JavaScript. */
const JS_SPACES = '\\t\\n\\x{b}\\f\\r \\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}';
const REFUSED_GROUPS = {
    '(?=': 'a lookahead (?=…)',
    '(?!': 'a negative lookahead (?!…)',
    '(?<=': 'a lookbehind (?<=…)',
    '(?<!': 'a negative lookbehind (?<!…)',
};
const REFUSED_ESCAPES = {
    p: '\\p{…} (Unicode property sets differ): list the characters',
    P: '\\P{…} (Unicode property sets differ): list the characters',
    c: '\\c control escapes (RE2 has none): write \\x{…}',
    k: 'a named backreference \\k<…> (RE2 has none)',
    '0': '\\0 (RE2 reads it as an octal escape): write \\x{0}',
};
/** The RE2 source that matches exactly what `new RegExp(source, 'u')` matches; throws when none. */
function toRe2(source, where) {
    const refuse = (what) => {
        throw new errors/* ImprintError */.m0('POLICY_INVALID', `${where}: the regex /${source}/ uses ${what}, which Go's RE2 (Kyverno, policy-controller, CEL) reads differently from imprint verify, so the cluster would enforce another rule.`, { hint: 'write the regex with constructs both read the same way, or use a glob' });
    };
    let out = '';
    let inClass = false;
    for (let i = 0; i < source.length; i++) {
        const char = source[i];
        if (char === '\\') {
            const escape = escapeToRe2(source, i, inClass, refuse);
            out += escape.text;
            i += escape.length - 1;
        }
        else if (inClass) {
            if (char === '[' && source[i + 1] === ':')
                refuse('[: inside a class (a POSIX class in RE2)');
            inClass = char !== ']';
            out += char;
        }
        else if (char === '[') {
            if (source.startsWith('[]', i) || source.startsWith('[^]', i))
                refuse('an empty class [] or [^] (an error in RE2)');
            inClass = true;
            out += char;
        }
        else {
            if (char === '(')
                refuseGroup(source, i, refuse);
            out += char === '.' ? JS_DOT_IN_RE2 : char;
        }
    }
    return out;
}
function refuseGroup(source, at, refuse) {
    const group = Object.keys(REFUSED_GROUPS).find((open) => source.startsWith(open, at));
    if (group !== undefined)
        refuse(REFUSED_GROUPS[group]);
}
/** The escape starting at `at` (a backslash) in RE2, and how many characters it took. */
function escapeToRe2(source, at, inClass, refuse) {
    const next = source[at + 1] ?? '';
    if (/[1-9]/.test(next))
        refuse(`a backreference \\${next} (RE2 has none)`);
    if (REFUSED_ESCAPES[next] !== undefined)
        refuse(REFUSED_ESCAPES[next]);
    if (next === 'b' && inClass)
        refuse('[\\b] (a backspace in JavaScript, an error in RE2)');
    if (next === 'S' && inClass)
        refuse('\\S inside a class (Unicode whitespace in JavaScript, ASCII in RE2)');
    if (next === 's')
        return { text: inClass ? JS_SPACES : `[${JS_SPACES}]`, length: 2 };
    if (next === 'S')
        return { text: `[^${JS_SPACES}]`, length: 2 };
    const unicode = /^\\u\{([0-9a-fA-F]+)\}/.exec(source.slice(at)) ??
        /^\\u([0-9a-fA-F]{4})/.exec(source.slice(at));
    if (unicode)
        return { text: `\\x{${unicode[1]}}`, length: unicode[0].length };
    return { text: `\\${next}`, length: 2 };
}

;// CONCATENATED MODULE: ./src/policy/export/identity.ts
/**
 * Carrying the meaning of identities and image globs into each target's syntax.
 *
 * - Kyverno matches image references (and JMESPath `Equals` values) with its wildcard
 *   package: `*` matches anything *including* `/`, `?` one character, no escaping.
 * - Certificate identities go through sigstore-go or cosign in every target (Kyverno's
 *   SigstoreBundle rules and ImageValidatingPolicy, policy-controller): `subject` compares
 *   exactly and `subjectRegExp` is an unanchored RE2 regex, so globs and regexes become
 *   anchored RE2 regexes (re2.ts).
 */


/** Our glob or exact value in Kyverno wildcard syntax, for fields that take no regex. */
function kyvernoWildcard(pattern) {
    const value = pattern.value;
    if (pattern.kind === 'exact')
        return { wildcard: value, broadened: /[*?]/.test(value) };
    const singleStar = /(^|[^*])\*(?!\*)/.test(value);
    return { wildcard: value.replace(/\*\*/g, '*'), broadened: singleStar || value.includes('?') };
}
/**
 * Exact values stay exact; globs and regexes become anchored RE2 regexes. For sigstore-go
 * (policy-controller, Kyverno's SigstoreBundle and ImageValidatingPolicy), which compares
 * `subject` exactly and `subjectRegExp` unanchored.
 */
function exactOrRe2Identity(pattern, where) {
    return pattern.kind === 'exact'
        ? { value: pattern.value, regexp: false }
        : { value: toRe2((0,match/* anchoredRegExpSource */.vB)(pattern), where), regexp: true };
}
/** Kyverno image references for one of our image globs (they match name:tag and name@digest). */
function kyvernoImageReferences(glob) {
    const parsed = (0,match/* parseImageGlob */.zw)(glob);
    const name = kyvernoWildcard({ kind: 'glob', value: parsed.name });
    const tag = parsed.tag !== undefined ? kyvernoWildcard({ kind: 'glob', value: parsed.tag }) : undefined;
    const broadened = name.broadened || (tag?.broadened ?? false);
    if (parsed.tag !== undefined || parsed.digest !== undefined) {
        const text = `${name.wildcard}${tag ? `:${tag.wildcard}` : ''}${parsed.digest ? `@${parsed.digest}` : ''}`;
        return [{ wildcard: text, broadened }];
    }
    if (name.wildcard.endsWith('*'))
        return [{ wildcard: name.wildcard, broadened }];
    // Any tag or digest of exactly this repository, and not of repositories that share its prefix.
    return [
        { wildcard: `${name.wildcard}:*`, broadened },
        { wildcard: `${name.wildcard}@*`, broadened },
    ];
}
const POLICY_CONTROLLER_GLOB = /^[a-zA-Z0-9-_:/*.]+$/;
/**
 * policy-controller matches `index.docker.io/…` names with tag or digest attached, `*`
 * within a segment and `**` across; `@` cannot appear in its globs.
 */
function policyControllerImageGlob(glob) {
    const parsed = (0,match/* parseImageGlob */.zw)(glob);
    const name = parsed.name.replace(/^docker\.io\//, 'index.docker.io/');
    let result;
    let note;
    if (parsed.digest !== undefined) {
        result = `${name}${parsed.tag ? `:${parsed.tag}` : ''}*`;
        note = `policy-controller globs cannot hold a digest: ${glob} is exported as ${result}`;
    }
    else if (parsed.tag !== undefined) {
        result = `${name}:${parsed.tag}`;
    }
    else if (name.endsWith('*')) {
        result = name;
    }
    else {
        result = `${name}*`;
        note = `policy-controller globs cannot say "any tag or digest of exactly ${name}": ${result} also covers repositories whose name starts so (the policy applies to more images, not fewer)`;
    }
    if (!POLICY_CONTROLLER_GLOB.test(result)) {
        return { note: `${glob} holds characters policy-controller globs do not accept: not exported` };
    }
    return note === undefined ? { glob: result } : { glob: result, note };
}
/** A keyless signer's subject and issuer in the form both cluster engines take (exact or RE2). */
function keylessIdentity(signer, index) {
    return {
        subject: exactOrRe2Identity((0,match/* identityPattern */.L2)(signer.subject, signer.subjectRegExp), `signers[${index}].subject`),
        issuer: exactOrRe2Identity((0,match/* identityPattern */.L2)(signer.issuer, signer.issuerRegExp), `signers[${index}].issuer`),
    };
}

;// CONCATENATED MODULE: ./src/policy/export/jmespath.ts
/**
 * Kyverno attestation `conditions` (JMESPath over the predicate), one template per rule
 * kind. They mirror evaluation (src/policy/rules/*) as closely as JMESPath allows; what
 * it cannot say is returned as a warning, never silently dropped.
 */


/** Top-level components and one level of nested ones (JMESPath cannot recurse). */
const COMPONENTS = '[components[], components[].components[]][]';
function quote(text) {
    return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
const variable = (expression) => `{{ ${expression} }}`;
/** `field` equals the purl, or the purl followed by a version, qualifiers or subpath. */
function purlMatchExpression(field, purl) {
    const value = `(${field} || '')`;
    return [
        `${value} == ${quote(purl)}`,
        ...['@', '?', '#'].map((next) => `starts_with(${value}, ${quote(purl + next)})`),
    ].join(' || ');
}
function vulnerabilityFilter(rules) {
    const breach = [];
    if (rules.blockingSeverities.length > 0)
        breach.push(rules.blockingSeverities.map((s) => `Severity == ${quote(s)}`).join(' || '));
    if (rules.maxCvss !== undefined) {
        // The best v3 score any source gives, else the best v2 (src/scan/trivy-report.ts bestCvss).
        breach.push(`(max(CVSS.*.V3Score || \`[]\`) || max(CVSS.*.V2Score || \`[]\`)) > \`${rules.maxCvss}\``);
    }
    let filter = `(${breach.join(' || ') || 'false'})`;
    if (rules.ignoreUnfixed)
        filter += ' && FixedVersion';
    for (const ignore of rules.ignores) {
        const purls = ignore.purls
            .map((purl) => purlMatchExpression('PkgIdentifier.PURL', purl))
            .join(' || ');
        filter += ` && !(VulnerabilityID == ${quote(ignore.id)}${purls ? ` && (${purls})` : ''})`;
    }
    return filter;
}
function jmespathConditions(model, warnings) {
    const conditions = [];
    if (model.maxAgeSeconds !== undefined && model.timePath) {
        conditions.push({
            key: variable(`time_since('', '${variable(model.timePath.join('.'))}', '')`),
            operator: 'DurationLessThanOrEquals',
            value: model.maxAge,
            message: `the ${model.type} attestation is older than ${model.maxAge}`,
        });
    }
    if (model.vulnerabilities)
        conditions.push(...vulnerabilityConditions(model.vulnerabilities));
    if (model.sbom)
        conditions.push(...sbomConditions(model.sbom, warnings));
    if (model.builderId !== undefined) {
        const pattern = kyvernoWildcard({
            kind: model.builderId.includes('*') ? 'glob' : 'exact',
            value: model.builderId,
        });
        if (pattern.broadened)
            warnings.push(`provenance.builderId ${model.builderId}: Kyverno's * also matches "/", so the exported condition is broader`);
        conditions.push({
            key: variable('runDetails.builder.id || builder.id'),
            operator: 'Equals',
            value: pattern.wildcard,
            message: `the image was not built by ${model.builderId}`,
        });
    }
    return conditions;
}
/**
 * Kyverno's `conditions` for the rule: what imprint derives from the rule plus the policy's own
 * plain conditions in one `all` block, then each of the policy's any/all groups as a block of
 * its own, as Kyverno evaluates them (every block must hold).
 */
function kyvernoConditionBlocks(model, warnings) {
    const own = model.conditions ?? [];
    const plain = [...jmespathConditions(model, warnings), ...ownPlainConditions(model, own)];
    const blocks = plain.length > 0 ? [{ all: plain }] : [];
    own.forEach((entry, index) => {
        if (!(0,condition_schema/* isConditionGroup */.n)(entry))
            return;
        const block = {};
        if (entry.all)
            block.all = entry.all.map((member) => exported(model, member, index));
        if (entry.any)
            block.any = entry.any.map((member) => exported(model, member, index));
        blocks.push(block);
    });
    return blocks;
}
/**
 * The policy's own conditions are Kyverno's already: exported as written. The default message
 * never repeats the key: Kyverno substitutes `{{ }}` in messages too, and would fail on it.
 */
function ownPlainConditions(model, entries) {
    return entries.flatMap((entry, index) => (0,condition_schema/* isConditionGroup */.n)(entry) ? [] : [exported(model, entry, index)]);
}
function exported(model, condition, index) {
    return {
        key: condition.key,
        operator: condition.operator,
        value: condition.value,
        message: condition.message ??
            `the ${model.type} attestation does not meet its condition ${index + 1} (${condition.operator} ${JSON.stringify(condition.value)})`,
    };
}
/**
 * Every finding of the report: those Trivy listed, and those its --vex suppressed (kept aside by
 * --show-suppressed), which no VEX signer the cluster could check has resolved. Each side falls
 * back to an empty list: a null must never reach a filter whose negations it would satisfy.
 */
const EVERY_VULNERABILITY = "[scanner.result.Results[].Vulnerabilities[] || `[]`, (scanner.result.Results[].ExperimentalModifiedFindings[] | [?Type=='vulnerability'].Finding) || `[]`][]";
function vulnerabilityConditions(rules) {
    return [
        {
            key: variable('scanner.result.SchemaVersion || `0`'),
            operator: 'Equals',
            value: 2,
            message: 'the vulnerability attestation carries no Trivy JSON report (scanner.result)',
        },
        {
            key: variable(`length((${EVERY_VULNERABILITY} | [?${vulnerabilityFilter(rules)}]) || \`[]\`)`),
            operator: 'Equals',
            value: 0,
            message: 'the image has vulnerabilities the policy does not allow',
        },
    ];
}
function sbomConditions(rules, warnings) {
    const conditions = [];
    for (const deny of rules.deniedPackages) {
        if (deny.versions !== undefined) {
            warnings.push(`denyPackages ${deny.purl} ${deny.versions}: JMESPath cannot compare versions, so the Kyverno condition denies every version of it`);
        }
        conditions.push({
            key: variable(`length((${COMPONENTS} | [?${purlMatchExpression('purl', deny.purl)}]) || \`[]\`)`),
            operator: 'Equals',
            value: 0,
            message: `the SBOM lists the denied package ${deny.purl}`,
        });
    }
    if (rules.deniedLicenses.length > 0) {
        const denied = rules.deniedLicenses;
        conditions.push({
            key: variable(`${COMPONENTS} | [].licenses[].license.id`),
            operator: 'AllNotIn',
            value: denied,
            message: 'a component has a denied licence',
        }, {
            key: variable(`${COMPONENTS} | [].licenses[].license.name`),
            operator: 'AllNotIn',
            value: denied,
            message: 'a component has a denied licence',
        }, {
            key: variable(`length((${COMPONENTS} | [].licenses[].expression | [?${denied.map((id) => `contains(@, ${quote(id)})`).join(' || ')}]) || \`[]\`)`),
            operator: 'Equals',
            value: 0,
            message: 'a component has a licence expression naming a denied licence',
        });
        warnings.push('denyLicenses in Kyverno: ids compare case-sensitively, and expressions by substring (GPL-3.0-only also matches LGPL-3.0-only)');
    }
    return conditions;
}

;// CONCATENATED MODULE: ./src/policy/export/trusted-root.ts
/**
 * A Sigstore trusted_root.json (protobuf JSON, DER in base64) as the PEM material cluster
 * policies want: Kyverno's `roots` / `rekor.pubkey` / `ctlog.pubkey`, policy-controller's
 * TrustRoot `sigstoreKeys`.
 */

function readTrustedRoot(value) {
    const root = value;
    if (root === null ||
        typeof root !== 'object' ||
        !String(root.mediaType ?? '').startsWith('application/vnd.dev.sigstore.trustedroot')) {
        throw new errors/* ImprintError */.m0('TRUSTED_ROOT_INVALID', 'The trusted root is not a Sigstore trusted_root.json (mediaType application/vnd.dev.sigstore.trustedroot+json).', {
            hint: 'give the trusted_root.json your Sigstore instance publishes (e.g. from its TUF repository)',
        });
    }
    return {
        json: JSON.stringify(value),
        certificateAuthorities: (root.certificateAuthorities ?? []).map(authority),
        tlogs: (root.tlogs ?? []).map(logKey),
        ctlogs: (root.ctlogs ?? []).map(logKey),
        timestampAuthorities: (root.timestampAuthorities ?? []).map(authority),
    };
}
/** The entry in force (no end date), else the last one listed. */
function current(entries) {
    return entries.find((entry) => entry.current) ?? entries[entries.length - 1];
}
function logKey(log) {
    const key = log.publicKey ?? {};
    const label = (key.keyDetails ?? '').startsWith('PKCS1_') ? 'RSA PUBLIC KEY' : 'PUBLIC KEY';
    return {
        baseUrl: log.baseUrl ?? '',
        hashAlgorithm: (log.hashAlgorithm ?? 'SHA2_256') === 'SHA2_256'
            ? 'sha-256'
            : (log.hashAlgorithm ?? '').toLowerCase(),
        pem: pem(label, key.rawBytes ?? ''),
        current: key.validFor?.end === undefined,
    };
}
function authority(entry) {
    return {
        uri: entry.uri ?? '',
        organization: entry.subject?.organization ?? '',
        commonName: entry.subject?.commonName ?? '',
        chainPem: (entry.certChain?.certificates ?? [])
            .map((cert) => pem('CERTIFICATE', cert.rawBytes ?? ''))
            .join(''),
        current: entry.validFor?.end === undefined,
    };
}
function pem(label, base64Der) {
    const body = base64Der.replace(/\s+/g, '').match(/.{1,64}/g) ?? [];
    return `-----BEGIN ${label}-----\n${body.join('\n')}\n-----END ${label}-----\n`;
}

;// CONCATENATED MODULE: ./src/policy/export/kyverno.ts
/**
 * Kyverno ClusterPolicy (`kyverno.io/v1`) with one `verifyImages` rule of type SigstoreBundle:
 * the policy's signers as attestors, each attestation type with its JMESPath `conditions`.
 *
 * Kyverno verifies SigstoreBundle with sigstore-go (pkg/image/verifiers/cpol/cosign/sigstore.go,
 * read at v1.19.1), which differs from its classic Cosign path: `subject`/`issuer` compare
 * exactly and the `…RegExp` fields are unanchored regexes (so globs become anchored RE2),
 * `additionalExtensions`, `roots`, `rekor.pubkey` and `ctlog.pubkey` are not read (the trusted
 * root comes from the TUF repository Kyverno is started with), and `keys.publicKeys` works only
 * from v1.19.0 (kyverno#14233, #16267).
 */





function kyvernoClusterPolicy(model, materials, name, warnings) {
    const { policy } = model;
    const enforce = policy.mode === 'enforce';
    const entries = policy.signers.map((signer, index) => attestorEntry(signer, index, model, materials, warnings));
    trustNote(materials, warnings);
    const verifyImages = {
        imageReferences: imageReferences(policy.images.allow.length > 0 ? policy.images.allow : ['**'], 'images.allow', warnings),
    };
    const skipped = [...policy.images.exclude, ...model.activeExceptions.map((e) => e.image)];
    if (skipped.length > 0) {
        verifyImages.skipImageReferences = imageReferences(skipped, 'images.exclude / exceptions', warnings);
        for (const glob of skipped.filter(tagWildcardWithoutDigest)) {
            warnings.push(`images.exclude / exceptions ${glob}: Kyverno's * also matches "@", so the exported skip also covers ${glob}@sha256:… (imprint's verify does not: a tag exempts no pinned digest)`);
        }
    }
    Object.assign(verifyImages, {
        type: 'SigstoreBundle',
        mutateDigest: policy.images.requireDigest && enforce,
        verifyDigest: policy.images.requireDigest,
        required: true,
        attestors: [{ count: policy.count, entries }],
    });
    if (model.attestations.length > 0) {
        verifyImages.attestations = model.attestations.map((attestation) => {
            const blocks = kyvernoConditionBlocks(attestation, warnings);
            const entry = {
                type: attestation.type,
                attestors: [{ count: 1, entries }],
            };
            if (blocks.length > 0)
                entry.conditions = blocks.map((block) => ({
                    ...(block.any && { any: block.any.map(conditionYaml) }),
                    ...(block.all && { all: block.all.map(conditionYaml) }),
                }));
            return entry;
        });
    }
    if (policy.images.allow.length > 0) {
        warnings.push('Kyverno verifies only images matching images.allow; it does not reject other images (imprint verify does): add a policy restricting registries');
    }
    return {
        apiVersion: 'kyverno.io/v1',
        kind: 'ClusterPolicy',
        metadata: { name, annotations: { 'policies.kyverno.io/title': `imprint policy ${name}` } },
        spec: {
            validationFailureAction: enforce ? 'Enforce' : 'Audit',
            background: false,
            webhookTimeoutSeconds: 30,
            failurePolicy: 'Fail',
            rules: [
                {
                    name: 'imprint-verify-images',
                    match: { any: [{ resources: { kinds: ['Pod'] } }] },
                    verifyImages: [verifyImages],
                },
            ],
        },
    };
}
function conditionYaml(condition) {
    return {
        key: condition.key,
        operator: condition.operator,
        value: condition.value,
        message: condition.message,
    };
}
/** A glob whose tag part has a wildcard and which names no digest (`repo:*`, `repo:v1.*`). */
function tagWildcardWithoutDigest(glob) {
    const parsed = (0,match/* parseImageGlob */.zw)(glob);
    return parsed.tag?.includes('*') === true && parsed.digest === undefined;
}
function imageReferences(globs, field, warnings) {
    const references = globs.flatMap((glob) => {
        const converted = kyvernoImageReferences(glob);
        if (converted.some((c) => c.broadened)) {
            warnings.push(`${field} ${glob}: Kyverno's * also matches "/", so it covers deeper repositories too`);
        }
        return converted.map((c) => c.wildcard);
    });
    return [...new Set(references)];
}
function attestorEntry(signer, index, model, materials, warnings) {
    const { trust } = model.policy;
    const rekor = rekorSettings(trust.requireTlog, materials);
    if (signer.key !== undefined) {
        warnings.push(`signers[${index}] (key ${signer.key}): Kyverno verifies keys.publicKeys in SigstoreBundle rules from v1.19.0 on; older releases ignore or refuse the key (kyverno#14233, #16267), so run 1.19 or newer`);
        const keys = { publicKeys: materials.keys.get(signer.key), rekor };
        // Without a log entry the key alone is the trusted material, and only with the SCT check
        // off does Kyverno verify without an observed time (sigstore-go WithNoObserverTimestamps).
        if (!trust.requireTlog)
            keys.ctlog = { ignoreSCT: true };
        return { keys };
    }
    const keyless = {};
    const subject = exactOrRe2Identity((0,match/* identityPattern */.L2)(signer.subject, signer.subjectRegExp), `signers[${index}].subject`);
    keyless[subject.regexp ? 'subjectRegExp' : 'subject'] = subject.value;
    const issuer = exactOrRe2Identity((0,match/* identityPattern */.L2)(signer.issuer, signer.issuerRegExp), `signers[${index}].issuer`);
    keyless[issuer.regexp ? 'issuerRegExp' : 'issuer'] = issuer.value;
    for (const [claim, value] of Object.entries(signer.claims ?? {})) {
        warnings.push(`signers[${index}].claims.${claim} (${value}) is not checked by Kyverno: its SigstoreBundle verification ignores additionalExtensions`);
    }
    keyless.rekor = rekor;
    const ctlog = ctlogSettings(trust.requireTimestamp, materials, warnings);
    if (ctlog)
        keyless.ctlog = ctlog;
    if (materials.trustedRoot) {
        keyless.roots = materials.trustedRoot.certificateAuthorities.map((ca) => ca.chainPem).join('');
    }
    return { keyless };
}
function trustNote(materials, warnings) {
    if (materials.trustedRoot) {
        warnings.push("trust.trustedRoot: Kyverno's SigstoreBundle verification reads the trusted root only from the TUF repository Kyverno runs with (--tufMirror, --tufRoot), not from the policy's roots/pubkey fields: serve this trusted_root.json there");
    }
}
function rekorSettings(requireTlog, materials) {
    if (!requireTlog)
        return { ignoreTlog: true };
    const tlog = materials.trustedRoot ? current(materials.trustedRoot.tlogs) : undefined;
    return tlog ? { url: tlog.baseUrl, pubkey: tlog.pem } : { url: instances/* PUBLIC_GOOD_URLS */.v.rekor };
}
function ctlogSettings(requireTimestamp, materials, warnings) {
    const root = materials.trustedRoot;
    const settings = {};
    const ctlog = root ? current(root.ctlogs) : undefined;
    if (ctlog)
        settings.pubkey = ctlog.pem;
    if (requireTimestamp) {
        warnings.push('trust.requireTimestamp is not enforced by Kyverno: its SigstoreBundle verification accepts a transparency-log time where imprint verify wants an RFC 3161 timestamp');
    }
    return Object.keys(settings).length > 0 ? settings : undefined;
}

;// CONCATENATED MODULE: ./src/policy/export/cel.ts
/**
 * CEL for Kyverno ImageValidatingPolicy validations over an in-toto payload
 * (`extractPayload(image, attestations.x).predicate`), one template per rule kind.
 * CEL cannot be run here: these are checked by golden files.
 */


/** A CEL string literal. */
function celString(text) {
    return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
const celDouble = (n) => (Number.isInteger(n) ? `${n}.0` : String(n));
function purlMatches(field, purl) {
    return [
        `${field} == ${celString(purl)}`,
        ...['@', '?', '#'].map((next) => `${field}.startsWith(${celString(purl + next)})`),
    ].join(' || ');
}
/** Expressions over `p` (the predicate) that must all be true. */
function celConditions(model, warnings) {
    const conditions = [];
    if (model.maxAge !== undefined) {
        warnings.push(`maxAge of ${model.type}: an ImageValidatingPolicy has no clock in CEL, so it is not exported there`);
    }
    if (model.vulnerabilities) {
        conditions.push({
            expression: vulnerabilities(model.vulnerabilities),
            message: 'the image has vulnerabilities the policy does not allow',
        });
    }
    if (model.sbom)
        conditions.push(...sbom(model.sbom, warnings));
    if (model.builderId !== undefined) {
        const pattern = celString(toRe2((0,match/* anchoredRegExpSource */.vB)((0,match/* identityPattern */.L2)(model.builderId)), 'provenance.builderId'));
        conditions.push({
            expression: `(has(p.runDetails) ? p.runDetails.builder.id : p.builder.id).matches(${pattern})`,
            message: `the image was not built by ${model.builderId}`,
        });
    }
    return conditions;
}
function vulnerabilities(rules) {
    const breach = [];
    if (rules.blockingSeverities.length > 0)
        breach.push(`v.Severity in [${rules.blockingSeverities.map(celString).join(', ')}]`);
    if (rules.maxCvss !== undefined) {
        const over = (version) => `v.CVSS.exists(s, has(v.CVSS[s].${version}) && v.CVSS[s].${version} > ${celDouble(rules.maxCvss)})`;
        breach.push(`(has(v.CVSS) && (v.CVSS.exists(s, has(v.CVSS[s].V3Score)) ? ${over('V3Score')} : ${over('V2Score')}))`);
    }
    let blocking = `(${breach.join(' || ')})`;
    if (rules.ignoreUnfixed)
        blocking += ` && has(v.FixedVersion) && v.FixedVersion != ''`;
    for (const ignore of rules.ignores) {
        const purls = ignore.purls
            .map((purl) => purlMatches('v.PkgIdentifier.PURL', purl))
            .join(' || ');
        const purlTest = purls
            ? ` && has(v.PkgIdentifier) && has(v.PkgIdentifier.PURL) && (${purls})`
            : '';
        blocking += ` && !(v.VulnerabilityID == ${celString(ignore.id)}${purlTest})`;
    }
    // What Trivy's --vex suppressed counts too: `[m.Finding].all(v, …)` judges it as `v`.
    const suppressed = `(!has(r.ExperimentalModifiedFindings) || r.ExperimentalModifiedFindings.all(m, m.Type != 'vulnerability' || [m.Finding].all(v, !(${blocking}))))`;
    return `p.scanner.result.SchemaVersion == 2 && (!has(p.scanner.result.Results) || p.scanner.result.Results.all(r, (!has(r.Vulnerabilities) || r.Vulnerabilities.all(v, !(${blocking}))) && ${suppressed}))`;
}
/** A rule over component `c`, applied to top-level components and one nested level. */
function everyComponent(rule) {
    return `(!has(p.components) || p.components.all(c, (${rule}) && (!has(c.components) || c.components.all(c, ${rule}))))`;
}
function sbom(rules, warnings) {
    const conditions = [];
    for (const deny of rules.deniedPackages) {
        if (deny.versions !== undefined) {
            warnings.push(`denyPackages ${deny.purl} ${deny.versions}: the CEL rule denies every version of it (no version comparison there)`);
        }
        conditions.push({
            expression: everyComponent(`!has(c.purl) || !(${purlMatches('c.purl', deny.purl)})`),
            message: `the SBOM lists the denied package ${deny.purl}`,
        });
    }
    if (rules.deniedLicenses.length > 0) {
        const ids = `[${rules.deniedLicenses.map((id) => celString(id.toLowerCase())).join(', ')}]`;
        const token = toRe2(`(?i)(^|[\\s(])(${rules.deniedLicenses.map(match/* escapeRegExp */.Nt).join('|')})($|[\\s)])`, 'sbom.denyLicenses');
        const licence = [
            `!(has(l.license) && has(l.license.id) && l.license.id.lowerAscii() in ${ids})`,
            `!(has(l.license) && has(l.license.name) && l.license.name.lowerAscii() in ${ids})`,
            `!(has(l.expression) && l.expression.matches(${celString(token)}))`,
        ].join(' && ');
        conditions.push({
            expression: everyComponent(`!has(c.licenses) || c.licenses.all(l, ${licence})`),
            message: 'a component has a denied licence',
        });
    }
    return conditions;
}

// EXTERNAL MODULE: ./src/attest/predicate-types.ts
var predicate_types = __webpack_require__(64136);
// EXTERNAL MODULE: ./src/scan/gate.ts
var gate = __webpack_require__(16534);
// EXTERNAL MODULE: ./src/scan/model.ts
var model = __webpack_require__(40764);
// EXTERNAL MODULE: ./src/policy/dates.ts
var dates = __webpack_require__(86931);
// EXTERNAL MODULE: ./src/policy/duration.ts
var duration = __webpack_require__(75432);
;// CONCATENATED MODULE: ./src/policy/export/model.ts
/**
 * The policy, settled at export time: expiries decided against `now` (a cluster policy
 * cannot know today's date), thresholds turned into the lists a template needs. Every
 * exporter renders from this one model, so the three targets agree with each other.
 */





const PREDICATE_TIME_PATHS = {
    [predicate_types/* PREDICATE_VULN */.k9]: ['metadata', 'scanFinishedOn'],
    [predicate_types/* PREDICATE_CYCLONEDX */.Ok]: ['metadata', 'timestamp'],
    [predicate_types/* PREDICATE_CYCLONEDX_SCHEMA */.GT]: ['metadata', 'timestamp'],
    [predicate_types/* PREDICATE_SLSA_V1 */.Ke]: ['runDetails', 'metadata', 'finishedOn'],
    [predicate_types/* PREDICATE_SLSA_V02 */.Vf]: ['metadata', 'buildFinishedOn'],
};
function buildExportModel(policy, now) {
    const notes = [];
    const warnings = [];
    const today = now.toISOString().slice(0, 10);
    const activeExceptions = [];
    for (const exception of policy.exceptions) {
        if ((0,dates/* isExpired */._d)(exception.expires, now)) {
            notes.push(`exception for ${exception.image} expired on ${exception.expires} (${exception.reason}): dropped`);
        }
        else {
            activeExceptions.push(exception);
            notes.push(`exception for ${exception.image} until ${exception.expires} (${exception.reason}): export again after that date to drop it`);
            warnings.push(`the exported policy keeps the exception for ${exception.image} past ${exception.expires}: a cluster policy cannot know the date, so export again then`);
        }
    }
    const attestations = policy.attestations.map((rule) => attestationModel(rule, now, notes, warnings));
    if (notes.length > 0)
        notes.unshift(`Decided when exporting on ${today}:`);
    return { policy, attestations, activeExceptions, notes, warnings };
}
function attestationModel(rule, now, notes, warnings) {
    const model = { type: rule.type };
    if (rule.maxAge !== undefined)
        addMaxAge(model, rule.maxAge, notes, warnings);
    if ((0,predicate_types/* describesPlatformImage */.Dg)(rule.type)) {
        warnings.push(`attestation ${rule.type} on a multi-platform index: imprint verify judges each platform's own attestation, a cluster only the digest the pod names, so it denies an index that carries none itself (stricter, never looser)`);
    }
    if (rule.vulnerabilities)
        model.vulnerabilities = vulnerabilitiesModel(rule.vulnerabilities, now, notes, warnings);
    if (rule.sbom) {
        const sbom = sbomModel(rule.type, rule.sbom, warnings);
        if (sbom)
            model.sbom = sbom;
    }
    if (rule.provenance)
        model.builderId = rule.provenance.builderId;
    return withConditions(model, rule);
}
function withConditions(model, rule) {
    return rule.conditions?.length ? { ...model, conditions: rule.conditions } : model;
}
/**
 * The warning for a target that cannot run JMESPath (CEL, Rego): the conditions are left out,
 * so the exported policy only requires the attestation, and says so.
 */
function conditionsNotExported(model, target, warnings) {
    if (!model.conditions?.length)
        return;
    warnings.push(`conditions on ${model.type} are not exported to ${target}: it cannot evaluate JMESPath, so the exported policy requires the attestation without judging its predicate (imprint verify and the Kyverno ClusterPolicy judge them)`);
}
/** maxAge reads a time field of the predicate; a type without one is left out, with a warning. */
function addMaxAge(model, maxAge, notes, warnings) {
    model.maxAge = maxAge;
    model.maxAgeSeconds = Math.round((0,duration/* parseDuration */.E9)(maxAge) / 1000);
    const path = PREDICATE_TIME_PATHS[model.type];
    if (path) {
        model.timePath = path;
        notes.push(`maxAge of ${model.type} reads the predicate's ${path.join('.')} (imprint verify uses the signing time)`);
    }
    else {
        warnings.push(`maxAge of ${model.type} is not exported: the predicate has no known time field a cluster policy could read`);
    }
}
/** Severities that block, and the ignore entries still in force on the export date. */
function vulnerabilitiesModel(rules, now, notes, warnings) {
    const threshold = rules.maxSeverity !== undefined ? (0,gate/* thresholdFromMaxSeverity */.Zq)(rules.maxSeverity) : 'NONE';
    if (rules.vex !== undefined) {
        warnings.push('vulnerabilities.vex is not exported: a cluster policy cannot weigh one attestation (VEX) against another (the scan), so no VEX resolves a finding there, and a finding the scanner suppressed by VEX (Trivy --vex) counts as any other (stricter than imprint verify, which judges VEX by its signers)');
    }
    const ignores = [];
    for (const entry of rules.ignore) {
        if (entry.expires !== undefined && (0,dates/* isExpired */._d)(entry.expires, now)) {
            notes.push(`ignore entry ${entry.id} expired on ${entry.expires}: dropped`);
            continue;
        }
        ignores.push({ id: entry.id, purls: entry.purls ?? [] });
        if (entry.expires !== undefined) {
            notes.push(`ignore entry ${entry.id} until ${entry.expires}: export again after that date to drop it`);
            warnings.push(`the exported policy keeps ignoring ${entry.id} past ${entry.expires}: export again then`);
        }
    }
    return {
        blockingSeverities: threshold === 'NONE'
            ? []
            : model/* SEVERITIES */.oC.filter((s) => (0,model/* severityRank */.qs)(s) >= (0,model/* severityRank */.qs)(threshold)),
        ...(rules.maxCvss !== undefined ? { maxCvss: rules.maxCvss } : {}),
        ignoreUnfixed: rules.ignoreUnfixed,
        ignores,
    };
}
/**
 * The exported checks read CycloneDX `components`; on an SPDX document they would find none
 * and pass, so SBOM rules on other types are left out (with a warning) rather than exported hollow.
 */
function sbomModel(type, rules, warnings) {
    if (type !== predicate_types/* PREDICATE_CYCLONEDX */.Ok && type !== predicate_types/* PREDICATE_CYCLONEDX_SCHEMA */.GT) {
        warnings.push(`sbom rules on ${type} are not exported: cluster policies read CycloneDX components only (imprint verify judges them)`);
        return undefined;
    }
    return {
        deniedPackages: rules.denyPackages.map((deny) => deny.versions !== undefined
            ? { purl: deny.purl, versions: deny.versions }
            : { purl: deny.purl }),
        deniedLicenses: rules.denyLicenses,
    };
}
/** A Kubernetes object name (RFC 1123 label) from a file name or a given name. */
function resourceName(source, fallback = 'imprint-policy') {
    const base = (source ?? '').replace(/^.*[\\/]/, '').replace(/\.(ya?ml|json)$/i, '');
    const name = base
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 63);
    return name === '' ? fallback : name;
}

;// CONCATENATED MODULE: ./src/policy/export/kyverno-ivp.ts
/**
 * Kyverno ImageValidatingPolicy (`policies.kyverno.io/v1`): attestors and attestations
 * declared once, CEL validations that count verified signers (so `count` carries over
 * exactly) and read each attestation's predicate.
 */







function kyvernoImageValidatingPolicy(model, materials, name, warnings) {
    const { policy } = model;
    const attestors = policy.signers.map((signer, index) => attestor(signer, index, model, materials, warnings));
    const attestorList = `[${attestors.map((a) => `attestors.${a.name}`).join(', ')}]`;
    const images = coveredImages([
        ...policy.images.exclude,
        ...model.activeExceptions.map((e) => e.image),
    ]);
    const validations = [
        {
            expression: `${images}.all(image, verifyImageSignatures(image, ${attestorList}) >= ${policy.count})`,
            message: policy.count > 1
                ? `the image is not signed by ${policy.count} of the policy's signers`
                : "the image is not signed by the policy's signer",
        },
    ];
    const attestations = model.attestations.map((attestation, index) => {
        const key = `attestation${index}`;
        validations.push({
            expression: `${images}.all(image, verifyAttestationSignatures(image, attestations.${key}, ${attestorList}) > 0)`,
            message: `the image has no ${attestation.type} attestation signed by the policy's signers`,
        });
        conditionsNotExported(attestation, 'the ImageValidatingPolicy (CEL)', warnings);
        for (const condition of celConditions(attestation, warnings)) {
            validations.push({
                expression: `${images}.all(image, [extractPayload(image, attestations.${key}).predicate].all(p, ${condition.expression}))`,
                message: condition.message,
            });
        }
        return { name: key, intoto: { type: attestation.type } };
    });
    const spec = {
        validationActions: policy.mode === 'enforce' ? ['Deny'] : ['Audit', 'Warn'],
        failurePolicy: 'Fail',
        matchConstraints: {
            resourceRules: [
                {
                    apiGroups: [''],
                    apiVersions: ['v1'],
                    operations: ['CREATE', 'UPDATE'],
                    resources: ['pods'],
                },
            ],
        },
        matchImageReferences: matchImageReferences(policy.images.allow.length > 0 ? policy.images.allow : ['**']),
        validationConfigurations: {
            mutateDigest: policy.images.requireDigest && policy.mode === 'enforce',
            verifyDigest: policy.images.requireDigest,
            required: true,
        },
        attestors: attestors.map((a) => a.value),
    };
    if (attestations.length > 0)
        spec.attestations = attestations;
    spec.validations = validations;
    return {
        apiVersion: 'policies.kyverno.io/v1',
        kind: 'ImageValidatingPolicy',
        metadata: { name },
        spec,
    };
}
/** Globs whose `*` must stop at `/` go in as anchored CEL regexes: gobwas globs cross it. */
function matchImageReferences(globs) {
    return globs.map((glob) => ({
        expression: `ref.matches(${celString(toRe2(imageRegExp(glob), `images.allow ${glob}`))})`,
    }));
}
/** Our image glob as an anchored regex over name[:tag][@digest]. */
/**
 * The image references a glob covers, as an anchored regular expression. For an exemption
 * (`exempt`), a glob naming a tag and no digest covers no digest-pinned reference, as in
 * imprint's own verify: the tag of `name:tag@sha256:…` decides nothing.
 */
function imageRegExp(glob, exempt = false) {
    const parsed = (0,match/* parseImageGlob */.zw)(glob);
    // A tag holds no `@` or `/`: its wildcards stop before the digest.
    const tag = parsed.tag !== undefined
        ? `:${parsed.tag.split('*').map(match/* escapeRegExp */.Nt).join('[^@/]*')}`
        : '(:[^@/]+)?';
    const digest = parsed.digest !== undefined
        ? `@${(0,match/* globToRegExpSource */.oY)(parsed.digest)}`
        : exempt && parsed.tag !== undefined
            ? ''
            : '(@[^/]+)?';
    return `^${(0,match/* globToRegExpSource */.oY)(parsed.name)}${tag}${digest}$`;
}
function coveredImages(skipped) {
    const all = '(images.containers + images.?initContainers.orValue([]) + images.?ephemeralContainers.orValue([]))';
    if (skipped.length === 0)
        return all;
    const tests = skipped
        .map((glob) => `image.matches(${celString(toRe2(imageRegExp(glob, true), `images.exclude ${glob}`))})`)
        .join(' || ');
    return `${all}.filter(image, !(${tests}))`;
}
function attestor(signer, index, model, materials, warnings) {
    const { trust } = model.policy;
    const cosign = {};
    if (signer.key !== undefined) {
        cosign.key = { data: materials.keys.get(signer.key), hashAlgorithm: 'sha256' };
    }
    else {
        // cosign.Identity (pkg/image/verifiers/ivpol/cosign/opts.go): subject exact, regex unanchored.
        const { subject, issuer } = keylessIdentity(signer, index);
        cosign.keyless = {
            identities: [
                {
                    [issuer.regexp ? 'issuerRegExp' : 'issuer']: issuer.value,
                    [subject.regexp ? 'subjectRegExp' : 'subject']: subject.value,
                },
            ],
        };
        for (const claim of Object.keys(signer.claims ?? {})) {
            warnings.push(`signers[${index}].claims.${claim} is not checked by the ImageValidatingPolicy: its identities carry issuer and subject only`);
        }
    }
    const tlog = materials.trustedRoot ? current(materials.trustedRoot.tlogs) : undefined;
    cosign.ctlog = trust.requireTlog
        ? tlog
            ? { url: tlog.baseUrl, rekorPubKey: tlog.pem }
            : { url: instances/* PUBLIC_GOOD_URLS */.v.rekor }
        : { insecureIgnoreTlog: true };
    if (materials.trustedRoot)
        cosign.trustedRoot = { value: materials.trustedRoot.json };
    if (trust.requireTimestamp) {
        warnings.push('trust.requireTimestamp: the ImageValidatingPolicy accepts a timestamp but cannot require one');
    }
    return { name: `signer${index}`, value: { name: `signer${index}`, cosign } };
}

;// CONCATENATED MODULE: ./src/policy/export/materials.ts
/**
 * What an exporter needs besides the policy: the contents of the files it names (public
 * keys, the trusted root), read by the caller so exporting stays pure.
 */


function gatherMaterials(policy, options) {
    const keys = new Map();
    for (const signer of policy.signers) {
        if (signer.key === undefined)
            continue;
        const content = options.publicKeys?.[signer.key];
        if (content === undefined || !content.includes('-----BEGIN PUBLIC KEY-----')) {
            throw new errors/* ImprintError */.m0('INPUT_INVALID', `The policy names the key ${signer.key}, but its PEM content was not given to the exporter.`, {
                hint: `make ${signer.key} readable from the current directory (a PEM "PUBLIC KEY", as cosign.pub)`,
            });
        }
        keys.set(signer.key, content.endsWith('\n') ? content : `${content}\n`);
    }
    if (policy.trust.trustedRoot === undefined)
        return { keys };
    if (options.trustedRoot === undefined) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', `The policy names the trusted root ${policy.trust.trustedRoot}, but its content was not given to the exporter.`, {
            hint: `make ${policy.trust.trustedRoot} readable, or remove trust.trustedRoot to use the Sigstore public-good instance`,
        });
    }
    return { keys, trustedRoot: readTrustedRoot(options.trustedRoot) };
}

// EXTERNAL MODULE: ./src/policy/versions.ts
var versions = __webpack_require__(5705);
;// CONCATENATED MODULE: ./src/policy/export/rego.ts
/**
 * Rego for policy-controller attestation policies (`package sigstore`, `isCompliant`),
 * one template per rule kind, composed per attestation. The input is the in-toto
 * statement; rules read `input.predicate`.
 *
 * Written in Rego v1 syntax under `import rego.v1`: policy-controller (through cosign) parses
 * policies as Rego v0, where that import switches the module to v1, and OPA 1.x parses v1
 * natively, so one text reads the same in both. The peers tests run `opa check --strict` in
 * both modes and `opa eval` against real predicates (test/peers/policy-matrix).
 */



const NS_PER_SECOND = 1000000000n;
const str = (text) => JSON.stringify(text);
function regoPolicy(model, warnings) {
    const parts = [];
    if (model.maxAgeSeconds !== undefined && model.timePath)
        parts.push(freshness(model.timePath, model.maxAgeSeconds));
    if (model.vulnerabilities)
        parts.push(rego_vulnerabilities(model.vulnerabilities));
    if (model.sbom)
        parts.push(rego_sbom(model.sbom, warnings));
    if (model.builderId !== undefined)
        parts.push(builder(model.builderId));
    if (parts.length === 0)
        return undefined;
    const purlHelpers = model.vulnerabilities?.ignores.length || model.sbom?.deniedPackages.length ? PURL_MATCHES : [];
    return [
        'package sigstore',
        '',
        'import rego.v1',
        '',
        'default isCompliant := false',
        '',
        'isCompliant if {',
        ...parts.map((part) => `  ${part.goal}`),
        '}',
        '',
        ...parts.flatMap((part) => [...part.rules, '']),
        ...purlHelpers,
    ]
        .join('\n')
        .trimEnd()
        .concat('\n');
}
const PURL_MATCHES = [
    '# A purl names every version of the package, never a name prefix.',
    'purl_matches(purl, wanted) if purl == wanted',
    'purl_matches(purl, wanted) if startswith(purl, concat("", [wanted, "@"]))',
    'purl_matches(purl, wanted) if startswith(purl, concat("", [wanted, "?"]))',
    'purl_matches(purl, wanted) if startswith(purl, concat("", [wanted, "#"]))',
];
function freshness(path, maxAgeSeconds) {
    const field = ['input', 'predicate', ...path].join('.');
    return {
        goal: 'fresh',
        rules: [
            'fresh if {',
            `  made := time.parse_rfc3339_ns(${field})`,
            `  time.now_ns() - made <= ${BigInt(maxAgeSeconds) * NS_PER_SECOND}`,
            '}',
        ],
    };
}
function rego_vulnerabilities(rules) {
    // maxSeverity CRITICAL without maxCvss: nothing blocks, and a `breaches` function with no
    // definition would not compile. The report must still be there.
    if (rules.blockingSeverities.length === 0 && rules.maxCvss === undefined) {
        return {
            goal: 'has_report',
            rules: ['has_report if input.predicate.scanner.result.SchemaVersion == 2'],
        };
    }
    const lines = [
        'has_report if input.predicate.scanner.result.SchemaVersion == 2',
        '',
        'blocking contains v.VulnerabilityID if {',
        '  some result in object.get(input.predicate.scanner.result, "Results", [])',
        '  some v in findings(result)',
        '  breaches(v)',
        ...(rules.ignoreUnfixed ? ['  object.get(v, "FixedVersion", "") != ""'] : []),
        ...(rules.ignores.length > 0 ? ['  not ignored(v)'] : []),
        '}',
        '',
        "# Trivy's findings, and those its --vex suppressed (--show-suppressed): no VEX signer resolved them here.",
        'findings(result) := array.concat(object.get(result, "Vulnerabilities", []), [m.Finding | some m in object.get(result, "ExperimentalModifiedFindings", []); m.Type == "vulnerability"])',
        '',
        ...rules.blockingSeverities.map((severity) => `breaches(v) if v.Severity == ${str(severity)}`),
    ];
    if (rules.maxCvss !== undefined) {
        lines.push(`breaches(v) if best_cvss(v) > ${rules.maxCvss}`, '', '# The best v3 score any source gives, else the best v2.', 'best_cvss(v) := score if {', '  v3 := [s | s := v.CVSS[_].V3Score]', '  count(v3) > 0', '  score := max(v3)', '}', 'best_cvss(v) := score if {', '  count([s | s := v.CVSS[_].V3Score]) == 0', '  v2 := [s | s := v.CVSS[_].V2Score]', '  count(v2) > 0', '  score := max(v2)', '}');
    }
    lines.push('');
    for (const ignore of rules.ignores) {
        if (ignore.purls.length === 0)
            lines.push(`ignored(v) if v.VulnerabilityID == ${str(ignore.id)}`);
        for (const purl of ignore.purls) {
            lines.push(`ignored(v) if { v.VulnerabilityID == ${str(ignore.id)}; purl_matches(object.get(v, ["PkgIdentifier", "PURL"], ""), ${str(purl)}) }`);
        }
    }
    return { goal: 'has_report\n  count(blocking) == 0', rules: lines };
}
function rego_sbom(rules, warnings) {
    const lines = [
        'is_bom if input.predicate.bomFormat == "CycloneDX"',
        'is_bom if is_array(input.predicate.components)',
        '',
        '# Every component at any depth: paths alternate an index and "components".',
        'components contains c if {',
        '  walk(object.get(input.predicate, "components", []), [path, c])',
        '  count(path) % 2 == 1',
        '  every i, segment in path { component_step(i, segment) }',
        '}',
        'component_step(i, segment) if { i % 2 == 0; is_number(segment) }',
        'component_step(i, segment) if { i % 2 == 1; segment == "components" }',
        '',
    ];
    const goals = ['is_bom'];
    if (rules.deniedPackages.length > 0) {
        goals.push('count(denied_packages) == 0');
        for (const deny of rules.deniedPackages) {
            lines.push('denied_packages contains c.purl if {', '  some c in components', `  purl_matches(c.purl, ${str(deny.purl)})`);
            if (deny.versions !== undefined) {
                warnings.push(`denyPackages ${deny.purl} ${deny.versions}: Rego compares versions with semver.compare, so a version that is not full SemVer is denied`);
                lines.push(`  version_denied(component_version(c), ${str((0,versions/* formatRange */.Lu)(deny.versions))})`);
            }
            lines.push('}');
        }
        if (rules.deniedPackages.some((deny) => deny.versions !== undefined))
            lines.push(...VERSION_RULES);
        lines.push('');
    }
    if (rules.deniedLicenses.length > 0) {
        goals.push('count(denied_licenses) == 0');
        const ids = `{${rules.deniedLicenses.map((id) => str(id.toLowerCase())).join(', ')}}`;
        lines.push(`denied_ids := ${ids}`, '# A licence entry names its id, else its name (as imprint verify reads it).', 'denied_licenses contains id if {', '  some c in components', '  some l in object.get(c, "licenses", [])', '  id := lower(object.get(l.license, "id", object.get(l.license, "name", "")))', '  denied_ids[id]', '}');
        for (const id of rules.deniedLicenses) {
            const pattern = toRe2(`(?i)(^|[\\s(])${(0,match/* escapeRegExp */.Nt)(id)}($|[\\s)])`, 'sbom.denyLicenses');
            lines.push(`denied_licenses contains ${str(id)} if { some c in components; some l in object.get(c, "licenses", []); regex.match(${str(pattern)}, l.expression) }`);
        }
    }
    return { goal: goals.join('\n  '), rules: lines };
}
const VERSION_RULES = [
    '',
    "# The purl's version (in its last segment), else the component's version field.",
    'component_version(c) := version if {',
    '  segments := split(c.purl, "/")',
    '  found := regex.find_all_string_submatch_n("^[^@]*@([^?#]+)", segments[count(segments) - 1], 1)',
    '  version := urlquery.decode(found[0][1])',
    '}',
    'component_version(c) := object.get(c, "version", "") if {',
    '  segments := split(c.purl, "/")',
    '  not regex.match("^[^@]*@[^?#]", segments[count(segments) - 1])',
    '}',
    '',
    '# Each alternative (||) holds when all its comparators do; non-SemVer versions are denied.',
    'version_denied(version, _) if not semver.is_valid(version)',
    'version_denied(version, range) if {',
    '  semver.is_valid(version)',
    '  alternative := split(range, "||")[_]',
    '  comparators := [c | c := split(trim_space(alternative), " ")[_]; c != ""]',
    '  count([c | c := comparators[_]; not holds(version, c)]) == 0',
    '}',
    'holds(v, c) if { startswith(c, "<="); semver.compare(v, trim_prefix(c, "<=")) <= 0 }',
    'holds(v, c) if { startswith(c, ">="); semver.compare(v, trim_prefix(c, ">=")) >= 0 }',
    'holds(v, c) if { startswith(c, "<"); not startswith(c, "<="); semver.compare(v, trim_prefix(c, "<")) < 0 }',
    'holds(v, c) if { startswith(c, ">"); not startswith(c, ">="); semver.compare(v, trim_prefix(c, ">")) > 0 }',
    'holds(v, c) if { startswith(c, "="); semver.compare(v, trim_prefix(c, "=")) == 0 }',
    'holds(_, c) if c == "*"',
];
function builder(builderId) {
    const pattern = toRe2((0,match/* anchoredRegExpSource */.vB)((0,match/* identityPattern */.L2)(builderId)), 'provenance.builderId');
    return {
        goal: 'built_by_trusted_builder',
        rules: [
            'built_by_trusted_builder if {',
            '  id := object.get(input.predicate, ["runDetails", "builder", "id"], object.get(input.predicate, ["builder", "id"], ""))',
            `  regex.match(${str(pattern)}, id)`,
            '}',
        ],
    };
}

;// CONCATENATED MODULE: ./src/policy/export/policy-controller.ts
/**
 * sigstore policy-controller: one ClusterImagePolicy per `images.allow` glob, one
 * authority per signer (any of them may satisfy it), each carrying the attestations with
 * their Rego; plus a TrustRoot when the policy names a trusted root.
 */





const API_VERSION = 'policy.sigstore.dev/v1beta1';
function policyControllerResources(model, materials, name, warnings) {
    const { policy } = model;
    const trustRootName = materials.trustedRoot ? `${name}-trust-root` : undefined;
    const globs = globsFor(policy.images.allow.length > 0 ? policy.images.allow : ['**'], warnings);
    if (policy.images.exclude.length > 0 || model.activeExceptions.length > 0) {
        warnings.push('policy-controller cannot skip images: images.exclude and exceptions are not exported, so those images are checked too');
    }
    // Authorities in one policy are any-of; policies are all-of. count == number of signers
    // (every signer required) is therefore one policy per signer.
    const everySigner = policy.count > 1 && policy.count === policy.signers.length;
    if (policy.count > 1 && !everySigner) {
        warnings.push(`count: ${policy.count} of ${policy.signers.length} signers cannot be said in policy-controller: any one signer satisfies the exported policy`);
    }
    const groups = everySigner
        ? policy.signers.map((signer, index) => [{ signer, index }])
        : [policy.signers.map((signer, index) => ({ signer, index }))];
    const attestations = model.attestations.map((attestation, index) => {
        const entry = {
            name: `attestation-${index}`,
            predicateType: attestation.type,
        };
        conditionsNotExported(attestation, 'policy-controller (Rego)', warnings);
        const rego = regoPolicy(attestation, warnings);
        if (rego)
            entry.policy = { type: 'rego', data: rego };
        return entry;
    });
    const resources = [];
    globs.forEach((glob, globIndex) => {
        groups.forEach((group, groupIndex) => {
            const suffix = `${globs.length > 1 ? `-${globIndex}` : ''}${groups.length > 1 ? `-signer-${groupIndex}` : ''}`;
            resources.push({
                apiVersion: API_VERSION,
                kind: 'ClusterImagePolicy',
                metadata: { name: `${name}${suffix}` },
                spec: {
                    mode: policy.mode === 'warn' ? 'warn' : 'enforce',
                    images: [{ glob }],
                    authorities: group.map(({ signer, index }) => policy_controller_authority(signer, index, model, materials, trustRootName, attestations, warnings)),
                },
            });
        });
    });
    if (materials.trustedRoot && trustRootName) {
        resources.push(trustRoot(trustRootName, materials.trustedRoot));
        if (policy.signers.some((signer) => signer.key === undefined))
            warnings.push('trust.trustedRoot: policy-controller v0.13.1 keeps the log IDs of a TrustRoot hex-encoded, so no transparency-log entry of a private Sigstore verifies in the bundle format and keyless images are denied (fails closed); check your release');
    }
    for (const [index, signer] of policy.signers.entries()) {
        for (const claim of Object.keys(signer.claims ?? {})) {
            warnings.push(`signers[${index}].claims.${claim} is not checked by policy-controller: its identities carry issuer and subject only`);
        }
    }
    return resources;
}
function globsFor(globs, warnings) {
    const result = [];
    for (const glob of globs) {
        const converted = policyControllerImageGlob(glob);
        if (converted.note)
            warnings.push(converted.note);
        if (converted.glob && !result.includes(converted.glob))
            result.push(converted.glob);
    }
    return result;
}
function policy_controller_authority(signer, index, model, materials, trustRootName, attestations, warnings) {
    const { trust } = model.policy;
    const result = { name: `signer-${index}` };
    if (signer.key !== undefined) {
        result.key = { data: materials.keys.get(signer.key), hashAlgorithm: 'sha256' };
    }
    else {
        const { subject, issuer } = keylessIdentity(signer, index);
        const keyless = { url: instances/* PUBLIC_GOOD_URLS */.v.fulcio };
        if (trustRootName)
            keyless.trustRootRef = trustRootName;
        keyless.identities = [
            {
                [issuer.regexp ? 'issuerRegExp' : 'issuer']: issuer.value,
                [subject.regexp ? 'subjectRegExp' : 'subject']: subject.value,
            },
        ];
        result.keyless = keyless;
    }
    // ctlog makes the controller require a Rekor entry (for keys too); without it none is checked.
    if (trust.requireTlog)
        result.ctlog = trustRootName
            ? { url: instances/* PUBLIC_GOOD_URLS */.v.rekor, trustRootRef: trustRootName }
            : { url: instances/* PUBLIC_GOOD_URLS */.v.rekor };
    if (trust.requireTimestamp)
        result.rfc3161timestamp = trustRootName ? { trustRootRef: trustRootName } : {};
    if (signer.key !== undefined) {
        // policy-controller refuses the bundle format for key authorities ("the authority must
        // be keyless"): it reads the cosign classic .sig/.att tags there.
        warnings.push(`signers[${index}] (key ${signer.key}): policy-controller verifies key signers only in cosign's classic format (.sig/.att tags), so publish those images with attestation-format: both; with attestation rules it checks the attestations, not the image signature`);
        if (attestations.length > 0)
            result.attestations = attestations;
        return result;
    }
    result.signatureFormat = 'bundle';
    // It does not verify bundle-format image signatures ("not yet implemented"), and with
    // attestations listed it checks only those: the signature, a DSSE statement of the cosign
    // sign predicate in the bundle format, is required as an attestation.
    result.attestations = [
        { name: 'signature', predicateType: predicate_types/* PREDICATE_COSIGN_SIGN */.M7 },
        ...attestations,
    ];
    return result;
}
function trustRoot(name, root) {
    const base64 = (text) => Buffer.from(text, 'utf8').toString('base64');
    const authority = (entry) => ({
        subject: { organization: entry.organization, commonName: entry.commonName },
        uri: entry.uri,
        certChain: base64(entry.chainPem),
    });
    const log = (entry) => ({
        baseURL: entry.baseUrl,
        hashAlgorithm: entry.hashAlgorithm,
        publicKey: base64(entry.pem),
    });
    return {
        apiVersion: 'policy.sigstore.dev/v1alpha1',
        kind: 'TrustRoot',
        metadata: { name },
        spec: {
            sigstoreKeys: {
                certificateAuthorities: root.certificateAuthorities.map(authority),
                tLogs: root.tlogs.map(log),
                ctLogs: root.ctlogs.map(log),
                timestampAuthorities: root.timestampAuthorities.map(authority),
            },
        },
    };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/policy/export/render.ts
/**
 * Deterministic YAML for exported resources: objects are built in a fixed key order,
 * stringified with fixed options, and headed by a comment saying where they came from
 * and what could not be carried over.
 */

const STRINGIFY_OPTIONS = { lineWidth: 0, minContentWidth: 0, indent: 2, indentSeq: true };
function headerLines(header) {
    const lines = [
        `Generated by imprint from ${header.source}: do not edit, change the policy and export again.`,
        `Target: ${header.target}.`,
    ];
    if (header.notes.length > 0)
        lines.push(...header.notes.map((note, i) => (i === 0 ? note : `  - ${note}`)));
    if (header.warnings.length > 0) {
        lines.push('Not carried over exactly (imprint verify still checks these):');
        lines.push(...header.warnings.map((warning) => `  - ${warning}`));
    }
    return lines;
}
function renderYaml(resources, header) {
    const rendered = resources.map((resource, index) => {
        // No anchors/aliases for shared objects: every resource reads on its own.
        const doc = new dist/* Document */.yo(resource, { aliasDuplicateObjects: false });
        if (index === 0)
            doc.commentBefore = headerLines(header)
                .map((line) => ` ${line}`)
                .join('\n');
        return doc.toString(STRINGIFY_OPTIONS);
    });
    return rendered.join('---\n');
}

;// CONCATENATED MODULE: ./src/policy/export/index.ts
/**
 * `exportPolicy`: one policy → the YAML a cluster enforces, for Kyverno (ClusterPolicy or
 * ImageValidatingPolicy) or sigstore policy-controller, plus warnings for everything the
 * target cannot say exactly (also written into the YAML's header comment).
 */







const EXPORT_TARGETS = ['kyverno', 'kyverno-ivp', 'policy-controller'];
const TARGET_NAMES = {
    kyverno: 'Kyverno ClusterPolicy (kyverno.io/v1) verifyImages, type SigstoreBundle (what imprint publish writes)',
    'kyverno-ivp': 'Kyverno ImageValidatingPolicy (policies.kyverno.io/v1)',
    'policy-controller': 'sigstore policy-controller ClusterImagePolicy (policy.sigstore.dev/v1beta1), signatureFormat bundle',
};
function exportPolicy(policy, target, options) {
    if (!EXPORT_TARGETS.includes(target)) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', `Unknown export target "${String(target)}".`, {
            hint: `use one of: ${EXPORT_TARGETS.join(', ')}`,
        });
    }
    const materials = gatherMaterials(policy, options);
    const model = buildExportModel(policy, options.now);
    const warnings = [...model.warnings];
    const name = options.name ?? resourceName(options.source);
    let resources;
    switch (target) {
        case 'kyverno':
            resources = [kyvernoClusterPolicy(model, materials, name, warnings)];
            break;
        case 'kyverno-ivp':
            resources = [kyvernoImageValidatingPolicy(model, materials, name, warnings)];
            break;
        default:
            resources = policyControllerResources(model, materials, name, warnings);
    }
    const unique = [...new Set(warnings)];
    const yaml = renderYaml(resources, {
        source: options.source ?? 'a policy given on the command line',
        target: TARGET_NAMES[target],
        notes: model.notes,
        warnings: unique,
    });
    return { yaml, warnings: unique };
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


/***/ })

};
