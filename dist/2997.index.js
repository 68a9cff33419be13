export const id = 2997;
export const ids = [2997];
export const modules = {

/***/ 19645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $C: () => (/* binding */ ANNOTATION_BUNDLE_CONTENT),
/* harmony export */   BZ: () => (/* binding */ ANNOTATION_ATT_PREDICATE_TYPE),
/* harmony export */   H: () => (/* binding */ ANNOTATION_CREATED),
/* harmony export */   HC: () => (/* binding */ ANNOTATION_SIGNER),
/* harmony export */   HK: () => (/* binding */ ANNOTATION_TIMESTAMP),
/* harmony export */   LR: () => (/* binding */ ANNOTATION_SIGNATURE),
/* harmony export */   M6: () => (/* binding */ ANNOTATION_CHAIN),
/* harmony export */   MF: () => (/* binding */ ANNOTATION_CERTIFICATE),
/* harmony export */   R9: () => (/* binding */ ANNOTATION_PREDICATE_DIGEST),
/* harmony export */   bL: () => (/* binding */ ANNOTATION_REKOR_BUNDLE),
/* harmony export */   hg: () => (/* binding */ ANNOTATION_TITLE),
/* harmony export */   nM: () => (/* binding */ ANNOTATION_PREDICATE_TYPE),
/* harmony export */   nR: () => (/* binding */ ANNOTATION_INTOTO_PREDICATE_TYPE),
/* harmony export */   pB: () => (/* binding */ ANNOTATION_STABLE_DIGEST)
/* harmony export */ });
/**
 * The one table of annotation keys on what imprint stores and reads in a registry: the Sigstore
 * bundle referrer's (cosign BUNDLE_SPEC.md), the cosign classic layer's (FORMATS.md §2) and
 * imprint's own, which let a re-run recognise its work without downloading bundles. Writers,
 * the verify engine and the cosign-layer verifier all spell a key from here, so a key cannot
 * drift between what is written and what is read.
 */
/** On a bundle referrer manifest: what the bundle holds (`dsse-envelope`, `message-signature`). */
const ANNOTATION_BUNDLE_CONTENT = 'dev.sigstore.bundle.content';
/** On a bundle referrer manifest: the in-toto statement's predicate type. */
const ANNOTATION_PREDICATE_TYPE = 'dev.sigstore.bundle.predicateType';
const ANNOTATION_CREATED = 'org.opencontainers.image.created';
const ANNOTATION_TITLE = 'org.opencontainers.image.title';
/** On a cosign classic layer: the base64 signature (empty on an `.att` layer). */
const ANNOTATION_SIGNATURE = 'dev.cosignproject.cosign/signature';
const ANNOTATION_CERTIFICATE = 'dev.sigstore.cosign/certificate';
const ANNOTATION_CHAIN = 'dev.sigstore.cosign/chain';
/** cosign's "bundle": the Rekor signed entry timestamp and the entry it signs. */
const ANNOTATION_REKOR_BUNDLE = 'dev.sigstore.cosign/bundle';
const ANNOTATION_TIMESTAMP = 'dev.sigstore.cosign/rfc3161timestamp';
/** On a cosign `.att` layer: the statement's predicate type (cosign spells it bare). */
const ANNOTATION_ATT_PREDICATE_TYPE = 'predicateType';
/** On a BuildKit attestation manifest's layer: the in-toto statement's predicate type. */
const ANNOTATION_INTOTO_PREDICATE_TYPE = 'in-toto.io/predicate-type';
/** imprint's own, on every referrer manifest and cosign layer it writes. */
const ANNOTATION_PREDICATE_DIGEST = 'dev.imprint.predicate.digest';
/** The predicate's digest without its volatile fields (AttestationJob.stableDigest). */
const ANNOTATION_STABLE_DIGEST = 'dev.imprint.predicate.stable-digest';
const ANNOTATION_SIGNER = 'dev.imprint.signer';


/***/ }),

/***/ 92997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  iO: () => (/* reexport */ certificateSubject),
  conformanceVerifyBundle: () => (/* reexport */ conformanceVerifyBundle),
  Zg: () => (/* reexport */ createTrust),
  Yq: () => (/* reexport */ decodeClaims),
  IY: () => (/* reexport */ loadGitHubRoot),
  Vc: () => (/* reexport */ loadTrust),
  QN: () => (/* reexport */ parseBundle),
  ee: () => (/* reexport */ parsePublicKey),
  IF: () => (/* reexport */ verifyBundle),
  YZ: () => (/* reexport */ verifyCosignAttestations),
  of: () => (/* reexport */ verifyCosignSignatures),
  pG: () => (/* reexport */ verifyParsedBundle)
});

// UNUSED EXPORTS: embeddedTrustedRoot, publicGoodTrust

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
;// CONCATENATED MODULE: ./src/sigstore/verify/failure.ts
/**
 * Turns what sigstore-js throws into one VERIFY_FAILED that names the check that failed
 * (chain, SCT, inclusion proof, checkpoint, SET, signature, …) and how to act on it.
 */



const ROOT_HINT = 'make sure the trusted root belongs to the Sigstore instance that signed (public-good, GitHub, or your own)';
const AREAS = {
    CERTIFICATE_ERROR: { what: 'certificate chain', hint: ROOT_HINT },
    SCT: { what: 'certificate transparency (SCT)', hint: ROOT_HINT },
    CHECKPOINT: { what: 'transparency log checkpoint', hint: ROOT_HINT },
    TLOG_INCLUSION_PROOF_ERROR: { what: 'transparency log inclusion proof', hint: ROOT_HINT },
    TLOG_INCLUSION_PROMISE_ERROR: {
        what: 'transparency log signed entry timestamp (SET)',
        hint: ROOT_HINT,
    },
    TLOG_MISSING_INCLUSION_ERROR: {
        what: 'transparency log inclusion',
        hint: 'the bundle carries neither an inclusion proof nor a signed entry timestamp',
    },
    TLOG_BODY_ERROR: {
        what: 'transparency log entry',
        hint: 'the log entry does not describe this signature; the bundle was altered or mixed up',
    },
    TLOG_ERROR: { what: 'transparency log', hint: 'sign with Rekor enabled, or relax requireTlog' },
    TIMESTAMP_ERROR: {
        what: 'timestamp',
        hint: 'a keyless signature needs a Rekor integrated time or an RFC 3161 timestamp from a trusted TSA',
    },
    SIGNATURE_ERROR: {
        what: 'signature',
        hint: 'the signature does not match the artifact: check that you verify the artifact that was signed',
    },
    PUBLIC_KEY_ERROR: {
        what: 'public key',
        hint: 'pass the public key the material was signed with (--key)',
    },
    UNTRUSTED_SIGNER_ERROR: { what: 'identity', hint: 'the signer identity differs from the policy' },
};
/** Library messages that read poorly after their area name. */
const DETAILS = {
    'signature verification failed': 'it does not verify with the signing key or certificate (wrong key, or the signed content differs)',
};
/** Wraps any failure thrown while verifying; ImprintErrors pass through unchanged. */
function verifyFailure(error) {
    if (error instanceof errors/* ImprintError */.m0)
        return error;
    if (error instanceof dist.ValidationError) {
        const fields = error.fields?.length ? ` (missing or invalid: ${error.fields.join(', ')})` : '';
        return new errors/* ImprintError */.m0('VERIFY_FAILED', `malformed bundle: ${error.message}${fields}`, {
            cause: error,
            hint: 'the file is not a valid Sigstore bundle (v0.1–v0.3); fetch it again from its source',
        });
    }
    if (error instanceof verify_dist/* VerificationError */.mk || error instanceof verify_dist/* PolicyError */.pn) {
        const area = areaOf(error.code, error.message);
        const detail = DETAILS[error.message] ?? error.message;
        const cause = error.cause === undefined ? '' : ` (${(0,errors/* messageOf */.bD)(error.cause)})`;
        return new errors/* ImprintError */.m0('VERIFY_FAILED', `${area.what}: ${detail}${cause}`, {
            cause: error,
            hint: area.hint,
        });
    }
    return new errors/* ImprintError */.m0('VERIFY_FAILED', `malformed bundle: ${(0,errors/* messageOf */.bD)(error)}`, {
        cause: error,
        hint: 'the file is not a valid Sigstore bundle; fetch it again from its source',
    });
}
function areaOf(code, message) {
    if (code === 'CERTIFICATE_ERROR' && /\bSCT/.test(message))
        return AREAS.SCT;
    if (code === 'TLOG_INCLUSION_PROOF_ERROR' && /checkpoint/i.test(message))
        return AREAS.CHECKPOINT;
    return AREAS[code] ?? { what: 'verification', hint: ROOT_HINT };
}

// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var core_dist = __webpack_require__(83917);
// EXTERNAL MODULE: ./src/attest/predicate-types.ts
var predicate_types = __webpack_require__(64136);
;// CONCATENATED MODULE: ./src/sigstore/verify/claims.ts
/**
 * Fulcio certificate claims (extensions under OID 1.3.6.1.4.1.57264.1), decoded and named.
 * Extensions .8 and above hold a DER UTF8String; the legacy .1–.6 hold the raw string bytes.
 * Comparing raw extension bytes (as @sigstore/verify's `oids` policy does) would compare DER
 * headers too, so every comparison in imprint goes through these decoded values.
 */

const FULCIO_OID_PREFIX = '1.3.6.1.4.1.57264.1.';
/** Legacy extensions (.1–.6): the value is the string itself. */
const LEGACY_CLAIMS = {
    1: 'issuerV1',
    2: 'githubWorkflowTrigger',
    3: 'githubWorkflowSha',
    4: 'githubWorkflowName',
    5: 'githubWorkflowRepository',
    6: 'githubWorkflowRef',
};
/** Current extensions (.8 and up): the value is a DER UTF8String. */
const DER_CLAIMS = {
    8: 'issuer',
    9: 'buildSignerURI',
    10: 'buildSignerDigest',
    11: 'runnerEnvironment',
    12: 'sourceRepositoryURI',
    13: 'sourceRepositoryDigest',
    14: 'sourceRepositoryRef',
    15: 'sourceRepositoryIdentifier',
    16: 'sourceRepositoryOwnerURI',
    17: 'sourceRepositoryOwnerIdentifier',
    18: 'buildConfigURI',
    19: 'buildConfigDigest',
    20: 'buildTrigger',
    21: 'runInvocationURI',
    22: 'sourceRepositoryVisibilityAtSigning',
    23: 'deploymentEnvironment',
};
const UTF8_STRING_TAG = 0x0c;
const FIRST_DER_ARC = 8;
/** The name a Fulcio extension OID carries in `FulcioClaims`, if it is one. */
function claimName(oid) {
    const arc = fulcioArc(oid);
    if (arc === undefined)
        return undefined;
    return LEGACY_CLAIMS[arc] ?? DER_CLAIMS[arc] ?? (arc >= FIRST_DER_ARC ? oid : undefined);
}
/** Decodes every Fulcio extension of a certificate. */
function decodeClaims(certificate) {
    const claims = {};
    for (const extension of certificate.extensions) {
        const oid = extension.subs[0]?.toOID();
        const name = oid === undefined ? undefined : claimName(oid);
        const raw = extension.subs[extension.subs.length - 1]?.value;
        if (oid === undefined || name === undefined || raw === undefined)
            continue;
        const value = decodeClaimValue(oid, raw);
        if (value !== undefined)
            claims[name] = value;
    }
    // Old certificates carry only the legacy issuer: expose it under the one name callers use.
    if (claims.issuer === undefined && claims.issuerV1 !== undefined)
        claims.issuer = claims.issuerV1;
    return claims;
}
/** Decodes one extension value; undefined when a .8+ value is not a DER UTF8String. */
function decodeClaimValue(oid, raw) {
    const arc = fulcioArc(oid);
    if (arc === undefined)
        return undefined;
    if (arc < FIRST_DER_ARC)
        return raw.toString('utf8');
    try {
        const obj = core_dist.ASN1Obj.parseBuffer(Buffer.from(raw));
        return obj.tag.number === UTF8_STRING_TAG && obj.tag.isUniversal()
            ? obj.value.toString('utf8')
            : undefined;
    }
    catch {
        return undefined;
    }
}
function fulcioArc(oid) {
    if (!oid.startsWith(FULCIO_OID_PREFIX))
        return undefined;
    const rest = oid.slice(FULCIO_OID_PREFIX.length);
    return /^\d+$/.test(rest) ? Number(rest) : undefined;
}
const OID_FULCIO_USERNAME = '1.3.6.1.4.1.57264.1.7';
/** The signer's identity as Fulcio wrote it into the SAN: URI, e-mail, or username otherName. */
function certificateSubject(certificate) {
    const san = certificate.extSubjectAltName;
    if (san === undefined)
        return undefined;
    return san.uri ?? san.rfc822Name ?? san.otherName(OID_FULCIO_USERNAME);
}

// EXTERNAL MODULE: ./src/util/regexp-safety.ts
var regexp_safety = __webpack_require__(2122);
;// CONCATENATED MODULE: ./src/sigstore/verify/identity.ts
/**
 * Keyless identity matching: an exact issuer plus an exact subject (certificate SAN) or an
 * anchored regular expression. @sigstore/verify reads a SAN policy as an unanchored regex, so
 * imprint never hands it one: it matches here, after the cryptography has passed. Globs belong
 * to the policy layer, which matches on the returned issuer, subject and claims.
 */


/** `pattern` compiled so that it must match the whole string. */
function anchoredRegExp(pattern) {
    const nested = (0,regexp_safety/* findNestedQuantifier */.p)(pattern);
    if (nested !== undefined) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', `subjectRegExp ${JSON.stringify(pattern)} repeats something that itself repeats (${nested.group}): against a crafted certificate SAN it can take exponential time`, { hint: 'write it without a quantifier inside a quantified group' });
    }
    try {
        return new RegExp(`^(?:${pattern})$`, 'u');
    }
    catch (error) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', `subjectRegExp ${JSON.stringify(pattern)} is not a valid regular expression`, {
            cause: error,
            hint: 'escape regex characters such as . and ? or use an exact subject instead',
        });
    }
}
/** Throws INPUT_* when the policy itself is unusable (both or neither subject forms). */
function validateIdentityPolicy(policy) {
    if (!policy.issuer) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', 'an identity needs an issuer', {
            hint: 'e.g. https://token.actions.githubusercontent.com or https://gitlab.com',
        });
    }
    const forms = [policy.subject, policy.subjectRegExp].filter((value) => value !== undefined);
    if (forms.length !== 1) {
        throw new errors/* ImprintError */.m0('INPUT_CONFLICT', 'an identity needs exactly one of subject or subjectRegExp', {
            hint: 'subject is compared exactly; subjectRegExp is an anchored regular expression',
        });
    }
    if (policy.subjectRegExp !== undefined)
        anchoredRegExp(policy.subjectRegExp);
}
/** True when the found identity satisfies the policy. */
function identityMatches(policy, found) {
    return issuerMatches(policy, found) && subjectMatches(policy, found);
}
/** Throws VERIFY_FAILED naming what was expected and what was found. */
function assertIdentity(policy, found) {
    validateIdentityPolicy(policy);
    if (!issuerMatches(policy, found)) {
        throw new errors/* ImprintError */.m0('VERIFY_FAILED', `expected issuer ${policy.issuer}, found ${found.issuer ?? '(none: the certificate has no issuer extension)'}`, {
            hint: 'the signature was made by a different OIDC provider; check the issuer in the policy',
        });
    }
    if (!subjectMatches(policy, found)) {
        const expected = policy.subject !== undefined
            ? policy.subject
            : `an identity matching ^(?:${policy.subjectRegExp})$`;
        throw new errors/* ImprintError */.m0('VERIFY_FAILED', `expected identity ${expected}, found ${found.subject ?? '(none)'}`, {
            hint: 'the signing workflow or account differs from the policy; fix the policy or sign from the expected identity',
        });
    }
}
function issuerMatches(policy, found) {
    return found.issuer === policy.issuer;
}
function subjectMatches(policy, found) {
    if (found.subject === undefined)
        return false;
    if (policy.subject !== undefined)
        return found.subject === policy.subject;
    if (policy.subjectRegExp !== undefined)
        return anchoredRegExp(policy.subjectRegExp).test(found.subject);
    return false;
}

;// CONCATENATED MODULE: ./src/sigstore/verify/leaf-certificate.ts

const OID_EXTENDED_KEY_USAGE = '2.5.29.37';
const OID_CODE_SIGNING = '1.3.6.1.5.5.7.3.3';
const OID_ANY_EXTENDED_KEY_USAGE = '2.5.29.37.0';
/** Throws VERIFY_FAILED naming what the leaf lacks; returns quietly for a code-signing leaf. */
function assertCodeSigningLeaf(certificate) {
    const usages = extendedKeyUsages(certificate);
    if (usages === undefined || !usages.includes(OID_CODE_SIGNING)) {
        const found = usages === undefined
            ? 'no extended key usage'
            : `extended key usage ${usages.map(describeUsage).join(', ') || '(empty)'}`;
        refuse(`it has ${found}, not codeSigning (${OID_CODE_SIGNING})`);
    }
    const keyUsage = certificate.extKeyUsage;
    if (keyUsage === undefined || !keyUsage.digitalSignature) {
        refuse(keyUsage === undefined
            ? 'it has no key usage extension (digitalSignature is required)'
            : 'its key usage lacks digitalSignature');
    }
    if (certificate.extBasicConstraints?.isCA) {
        refuse('it is a CA certificate (basicConstraints cA=true), not a signing leaf');
    }
}
/** The extended key usage OIDs, or undefined when the extension is absent. */
function extendedKeyUsages(certificate) {
    const extension = certificate.extension(OID_EXTENDED_KEY_USAGE);
    if (extension === undefined)
        return undefined;
    try {
        // extnValue is an OCTET STRING wrapping SEQUENCE OF KeyPurposeId (RFC 5280 4.2.1.12).
        const sequence = extension.valueObj.subs[0];
        return (sequence?.subs ?? []).map((purpose) => purpose.toOID());
    }
    catch {
        refuse('its extended key usage extension does not parse');
    }
}
const USAGE_NAMES = {
    '1.3.6.1.5.5.7.3.1': 'serverAuth',
    '1.3.6.1.5.5.7.3.2': 'clientAuth',
    [OID_CODE_SIGNING]: 'codeSigning',
    '1.3.6.1.5.5.7.3.4': 'emailProtection',
    '1.3.6.1.5.5.7.3.8': 'timeStamping',
    [OID_ANY_EXTENDED_KEY_USAGE]: 'anyExtendedKeyUsage',
};
function describeUsage(oid) {
    return USAGE_NAMES[oid] ?? oid;
}
function refuse(why) {
    throw new errors/* ImprintError */.m0('VERIFY_FAILED', `certificate: the signing certificate is not a code-signing certificate: ${why}`, {
        hint: 'Sigstore signing certificates come from Fulcio; a certificate made for another purpose (a TLS server, a CA) never signs images',
    });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(19654);
;// CONCATENATED MODULE: ./src/sigstore/verify/prehashed.ts
/**
 * Signature checks over a digest when the artifact itself is not at hand (`sha256:<hex>` in the
 * conformance protocol). node:crypto always hashes its input, so for ECDSA the verification
 * equation is evaluated here over the NIST curves with BigInt; RSA PKCS#1 v1.5 is checked by
 * recovering the DigestInfo. This is verification only: no secret ever passes through it.
 */



// All three are short Weierstrass curves with a = -3.
const CURVES = {
    'P-256': {
        ecdhName: 'prime256v1',
        p: 2n ** 256n - 2n ** 224n + 2n ** 192n + 2n ** 96n - 1n,
        n: 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n,
    },
    'P-384': {
        ecdhName: 'secp384r1',
        p: 2n ** 384n - 2n ** 128n - 2n ** 96n + 2n ** 32n - 1n,
        n: 0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973n,
    },
};
// DER prefix of DigestInfo { sha256 } in a PKCS#1 v1.5 signature.
const SHA256_DIGEST_INFO = Buffer.from('3031300d060960864801650304020105000420', 'hex');
/** Verifies `signature` (DER ECDSA or RSA PKCS#1 v1.5) over an already computed sha256 digest. */
function verifyPrehashed(key, digest, signature) {
    switch (key.asymmetricKeyType) {
        case 'ec':
            return verifyEcdsa(key, digest, signature);
        case 'rsa':
            return verifyRsaPkcs1(key, digest, signature);
        default:
            throw new errors/* ImprintError */.m0('VERIFY_FAILED', `${key.asymmetricKeyType ?? 'unknown'} signatures cannot be checked against a digest alone`, { hint: 'pass the artifact file instead of sha256:<digest>' });
    }
}
function verifyEcdsa(key, digest, signature) {
    const jwk = key.export({ format: 'jwk' });
    const curve = jwk.crv === undefined ? undefined : CURVES[jwk.crv];
    if (curve === undefined || jwk.x === undefined || jwk.y === undefined) {
        throw new errors/* ImprintError */.m0('VERIFY_FAILED', `ECDSA curve ${jwk.crv ?? '?'} is not supported for digest-only checks`, {
            hint: 'pass the artifact file instead of sha256:<digest>',
        });
    }
    const rs = parseDerSignature(signature);
    if (rs === undefined)
        return false;
    const { r, s } = rs;
    const { n, p } = curve;
    if (r <= 0n || r >= n || s <= 0n || s >= n)
        return false;
    const w = modPow(s, n - 2n, n);
    const e = digestToInteger(digest, n);
    const u1 = mod(e * w, n);
    const u2 = mod(r * w, n);
    const q = { x: fromBase64Url(jwk.x), y: fromBase64Url(jwk.y), z: 1n };
    const sum = add(multiply(generator(curve), u1, p), multiply(q, u2, p), p);
    if (sum === null)
        return false;
    const zInverse = modPow(sum.z, p - 2n, p);
    return mod(sum.x * zInverse * zInverse, p) % n === r;
}
function verifyRsaPkcs1(key, digest, signature) {
    try {
        const recovered = (0,external_node_crypto_.publicDecrypt)({ key, padding: external_node_crypto_.constants.RSA_PKCS1_PADDING }, signature);
        return recovered.equals(Buffer.concat([SHA256_DIGEST_INFO, digest]));
    }
    catch {
        return false;
    }
}
function parseDerSignature(signature) {
    try {
        const [r, s] = core_dist.ASN1Obj.parseBuffer(Buffer.from(signature)).subs;
        return r && s ? { r: r.toInteger(), s: s.toInteger() } : undefined;
    }
    catch {
        return undefined;
    }
}
/** FIPS 186-4: use the leftmost bits of the digest when it is longer than the group order. */
function digestToInteger(digest, n) {
    const value = digest.length === 0 ? 0n : BigInt(`0x${digest.toString('hex')}`);
    const excess = digest.length * 8 - n.toString(2).length;
    return excess > 0 ? value >> BigInt(excess) : value;
}
/** The generator, taken from OpenSSL (the public key of private key 1) rather than typed in. */
function generator(curve) {
    const ecdh = (0,external_node_crypto_.createECDH)(curve.ecdhName);
    const size = Math.ceil(curve.p.toString(2).length / 8);
    const one = Buffer.alloc(size);
    one[size - 1] = 1;
    ecdh.setPrivateKey(one);
    const point = ecdh.getPublicKey();
    return {
        x: BigInt(`0x${point.subarray(1, 1 + size).toString('hex')}`),
        y: BigInt(`0x${point.subarray(1 + size).toString('hex')}`),
        z: 1n,
    };
}
function multiply(point, scalar, p) {
    let result = null;
    for (const bit of scalar.toString(2)) {
        result = prehashed_double(result, p);
        if (bit === '1')
            result = add(result, point, p);
    }
    return result;
}
// Jacobian coordinates: x = X/Z², y = Y/Z³; a = -3.
function prehashed_double(point, p) {
    if (point === null || point.y === 0n)
        return null;
    const { x, y, z } = point;
    const delta = mod(z * z, p);
    const gamma = mod(y * y, p);
    const beta = mod(x * gamma, p);
    const alpha = mod(3n * (x - delta) * (x + delta), p);
    const x3 = mod(alpha * alpha - 8n * beta, p);
    const z3 = mod((y + z) * (y + z) - gamma - delta, p);
    const y3 = mod(alpha * (4n * beta - x3) - 8n * gamma * gamma, p);
    return { x: x3, y: y3, z: z3 };
}
function add(a, b, p) {
    if (a === null)
        return b;
    if (b === null)
        return a;
    const z1z1 = mod(a.z * a.z, p);
    const z2z2 = mod(b.z * b.z, p);
    const u1 = mod(a.x * z2z2, p);
    const u2 = mod(b.x * z1z1, p);
    const s1 = mod(a.y * b.z * z2z2, p);
    const s2 = mod(b.y * a.z * z1z1, p);
    if (u1 === u2)
        return s1 === s2 ? prehashed_double(a, p) : null;
    const h = mod(u2 - u1, p);
    const r = mod(s2 - s1, p);
    const hh = mod(h * h, p);
    const hhh = mod(h * hh, p);
    const x3 = mod(r * r - hhh - 2n * u1 * hh, p);
    const y3 = mod(r * (u1 * hh - x3) - s1 * hhh, p);
    const z3 = mod(h * a.z * b.z, p);
    return { x: x3, y: y3, z: z3 };
}
function mod(value, m) {
    const result = value % m;
    return result < 0n ? result + m : result;
}
function modPow(base, exponent, m) {
    let result = 1n;
    let b = mod(base, m);
    let e = exponent;
    while (e > 0n) {
        if (e & 1n)
            result = (result * b) % m;
        b = (b * b) % m;
        e >>= 1n;
    }
    return result;
}
function fromBase64Url(value) {
    return BigInt(`0x${Buffer.from(value, 'base64url').toString('hex')}`);
}

;// CONCATENATED MODULE: ./src/sigstore/verify/signed-entity.ts
/**
 * What the signature is checked against: the artifact bytes, or only their sha256 digest. Adapts
 * @sigstore/verify's signed entity where it falls short (digest-only input, Ed25519 keys).
 */






const SHA256_HEX = /^(sha256:)?([0-9a-f]{64})$/i;
/** The sha256 (hex, lower case) an artifact input stands for. */
function artifactDigest(artifact) {
    if (Buffer.isBuffer(artifact))
        return (0,external_node_crypto_.createHash)('sha256').update(artifact).digest('hex');
    const match = SHA256_HEX.exec(artifact.digest.trim());
    if (!match?.[2]) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', `artifact digest ${JSON.stringify(artifact.digest)} is not a sha256 digest`, {
            hint: 'give sha256:<64 hex characters>',
        });
    }
    return match[2].toLowerCase();
}
/** The entity @sigstore/verify checks; message signatures need the artifact or its digest. */
function signedEntityFor(bundle, artifact) {
    const content = bundle.content;
    if (content.$case === 'dsseEnvelope')
        return (0,verify_dist/* toSignedEntity */.DC)(bundle);
    if (artifact === undefined) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', 'a message-signature bundle needs the artifact (or its sha256 digest) to verify', {
            hint: 'pass the signed file or sha256:<digest>',
        });
    }
    const digest = Buffer.from(artifactDigest(artifact), 'hex');
    assertMessageDigest(content.messageSignature, digest);
    if (Buffer.isBuffer(artifact)) {
        const entity = (0,verify_dist/* toSignedEntity */.DC)(bundle, artifact);
        return { ...entity, signature: withEd25519(entity.signature, artifact) };
    }
    return {
        ...(0,verify_dist/* toSignedEntity */.DC)(bundle),
        signature: digestOnlyContent(content.messageSignature, digest),
    };
}
/** The bundle's digest is only a hint, but a mismatch means the wrong artifact: say so plainly. */
function assertMessageDigest(message, digest) {
    const recorded = message.messageDigest;
    if (recorded === undefined || recorded.algorithm !== protobuf_specs_dist.HashAlgorithm.SHA2_256)
        return;
    if (!Buffer.from(recorded.digest).equals(digest)) {
        throw new errors/* ImprintError */.m0('VERIFY_FAILED', `signature: the bundle signs sha256:${Buffer.from(recorded.digest).toString('hex')}, the artifact is sha256:${digest.toString('hex')}`, {
            hint: 'verify the artifact that was signed, or fetch the bundle that belongs to this artifact',
        });
    }
}
/**
 * @sigstore/verify checks a message signature with the bundle's digest algorithm, which
 * Ed25519 keys (accepted by cosign) refuse: those are checked over the artifact as they are.
 */
function withEd25519(content, artifact) {
    return {
        signature: content.signature,
        compareSignature: (other) => content.compareSignature(other),
        compareDigest: (other) => content.compareDigest(other),
        compareSignedDigest: (other) => content.compareSignedDigest(other),
        verifySignature: (key) => key.asymmetricKeyType === 'ed25519'
            ? core_dist.crypto.verify(artifact, key, content.signature)
            : content.verifySignature(key),
    };
}
function digestOnlyContent(message, digest) {
    const signature = Buffer.from(message.signature);
    return {
        signature,
        compareSignature: (other) => core_dist.crypto.bufferEqual(other, signature),
        compareDigest: (other) => core_dist.crypto.bufferEqual(other, digest),
        compareSignedDigest: (other) => core_dist.crypto.bufferEqual(other, digest),
        verifySignature: (key) => verifyPrehashed(key, digest, signature),
    };
}

;// CONCATENATED MODULE: ./src/sigstore/verify/statement.ts
/**
 * in-toto statements inside DSSE envelopes: parsing, and the rule that an attestation counts
 * only for the artifact its subject names (POLICY.md, "Rules of evaluation").
 */

/** Parses a DSSE payload of type application/vnd.in-toto+json. */
function parseStatement(payload) {
    let json;
    try {
        json = JSON.parse(payload.toString('utf8'));
    }
    catch (error) {
        throw new errors/* ImprintError */.m0('VERIFY_FAILED', 'the DSSE payload is not JSON, so it is not an in-toto statement', {
            cause: error,
        });
    }
    const statement = json;
    if (typeof statement !== 'object' ||
        statement === null ||
        typeof statement._type !== 'string' ||
        typeof statement.predicateType !== 'string' ||
        !Array.isArray(statement.subject) ||
        !statement.subject.every(isSubject)) {
        throw new errors/* ImprintError */.m0('VERIFY_FAILED', 'the DSSE payload is not an in-toto statement (it needs _type, predicateType and subject[].digest)');
    }
    return statement;
}
/** Throws VERIFY_FAILED unless some subject carries `sha256Hex`. */
function assertSubjectDigest(statement, sha256Hex) {
    const wanted = sha256Hex.toLowerCase();
    if (statement.subject.some((subject) => subject.digest.sha256?.toLowerCase() === wanted))
        return;
    const found = statement.subject.map((subject) => describeSubject(subject)).join(', ') || '(no subjects)';
    throw new errors/* ImprintError */.m0('VERIFY_FAILED', `attestation subject does not match: expected sha256:${wanted}, found ${found}`, { hint: 'the attestation was made for a different artifact or image digest' });
}
function describeSubject(subject) {
    const digest = subject.digest.sha256 === undefined
        ? JSON.stringify(subject.digest)
        : `sha256:${subject.digest.sha256}`;
    return subject.name ? `${subject.name}@${digest}` : digest;
}
function isSubject(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const digest = value.digest;
    return (typeof digest === 'object' &&
        digest !== null &&
        Object.values(digest).every((item) => typeof item === 'string'));
}

;// CONCATENATED MODULE: ./src/sigstore/verify/tlog-binding.ts
/**
 * Binds each transparency-log entry to the signer. @sigstore/verify checks that an entry's body
 * records the bundle's signature and digest, but not that it records the same certificate or
 * key; cosign does, and so does imprint: an entry logged by someone else's key proves nothing.
 */


/** Throws VERIFY_FAILED when an entry records a certificate or key other than the signer's. */
function assertTlogBinding(entries, signer) {
    entries.forEach((entry, index) => {
        const recorded = recordedVerifiers(parseBody(entry.canonicalizedBody));
        // An entry kind we do not know records nothing we can compare; its body was checked already.
        if (recorded.length === 0)
            return;
        if (!recorded.some((item) => sameSigner(item, signer))) {
            const what = 'certificate' in signer ? 'signing certificate' : 'public key';
            throw new errors/* ImprintError */.m0('VERIFY_FAILED', `transparency log entry ${index} (log index ${entry.logIndex}) records a different ${what} than the one that signed`, { hint: 'the log entry belongs to another signature; re-sign to get a matching entry' });
        }
    });
}
function parseBody(body) {
    try {
        return JSON.parse(body.toString('utf8'));
    }
    catch {
        return undefined;
    }
}
/** The verifier material an entry body records, by kind and version. */
function recordedVerifiers(body) {
    const kind = field(body, 'kind');
    const version = field(body, 'apiVersion');
    const spec = field(body, 'spec');
    if (version === '0.0.2' && (kind === 'hashedrekord' || kind === 'dsse'))
        return rekorV2Verifiers(spec);
    if (kind === 'hashedrekord')
        return pem(field(spec, 'signature', 'publicKey', 'content'));
    if (kind === 'dsse')
        return list(field(spec, 'signatures')).flatMap((sig) => pem(field(sig, 'verifier')));
    if (kind === 'intoto' && version === '0.0.2') {
        return list(field(spec, 'content', 'envelope', 'signatures')).flatMap((sig) => pem(field(sig, 'publicKey')));
    }
    if (kind === 'intoto')
        return pem(field(spec, 'publicKey'));
    return [];
}
function rekorV2Verifiers(spec) {
    const hashed = field(spec, 'hashedRekordV002', 'signature', 'verifier');
    const dsse = list(field(spec, 'dsseV002', 'signatures')).map((sig) => field(sig, 'verifier'));
    return [hashed, ...dsse].flatMap((verifier) => {
        const certificate = field(verifier, 'x509Certificate', 'rawBytes');
        if (typeof certificate === 'string')
            return [{ kind: 'certificate-der', der: Buffer.from(certificate, 'base64') }];
        const key = field(verifier, 'publicKey', 'rawBytes');
        if (typeof key === 'string')
            return [{ kind: 'key-der', der: Buffer.from(key, 'base64') }];
        return [];
    });
}
function sameSigner(recorded, signer) {
    switch (recorded.kind) {
        case 'certificate-der':
            return 'certificate' in signer && recorded.der.equals(signer.certificate);
        case 'key-der':
            return 'publicKey' in signer && spkiEquals(recorded.der, signer.publicKey);
        case 'pem':
            return samePem(recorded.text, signer);
    }
}
function samePem(text, signer) {
    const match = /-----BEGIN ([A-Z ]+)-----([\s\S]*?)-----END \1-----/.exec(text);
    if (!match?.[1] || match[2] === undefined)
        return false;
    const der = Buffer.from(match[2].replace(/\s+/g, ''), 'base64');
    if (match[1] === 'CERTIFICATE')
        return 'certificate' in signer && der.equals(signer.certificate);
    if (match[1] === 'PUBLIC KEY')
        return 'publicKey' in signer && spkiEquals(der, signer.publicKey);
    return false;
}
/** Each signer key's own SPKI encoding, made once: most entries record exactly these bytes. */
const spkiOf = new WeakMap();
function spkiEquals(der, key) {
    let own = spkiOf.get(key);
    if (own === undefined) {
        own = key.export({ format: 'der', type: 'spki' });
        spkiOf.set(key, own);
    }
    if (der.equals(own))
        return true;
    // Other bytes may still encode the same key (a compressed point, say): compare as keys.
    try {
        const recorded = (0,external_node_crypto_.createPublicKey)({ key: der, format: 'der', type: 'spki' });
        return recorded.equals(key);
    }
    catch {
        return false;
    }
}
/** base64(PEM) as Rekor v1 stores keys and certificates. */
function pem(value) {
    return typeof value === 'string'
        ? [{ kind: 'pem', text: Buffer.from(value, 'base64').toString('utf8') }]
        : [];
}
function field(value, ...path) {
    let current = value;
    for (const key of path) {
        if (typeof current !== 'object' || current === null)
            return undefined;
        current = current[key];
    }
    return current;
}
function list(value) {
    return Array.isArray(value) ? value : [];
}

;// CONCATENATED MODULE: ./src/sigstore/verify/verifier.ts











/** Verifies a parsed bundle; every failure is VERIFY_FAILED (or INPUT_* for unusable options). */
function verifyParsedBundle(bundle, options) {
    try {
        return verifyOrThrow(bundle, options);
    }
    catch (error) {
        // Parsers inside sigstore-js (certificates, RFC 3161 tokens) throw plain errors on bad input.
        throw verifyFailure(error);
    }
}
function verifyOrThrow(bundle, options) {
    const signing = signingMaterialOf(bundle, options.trust);
    const entity = signedEntityFor(bundle, options.artifact);
    const requireTlog = options.requireTlog ?? true;
    const requireTimestamp = options.requireTimestamp ?? false;
    const verifier = new verify_dist/* Verifier */.BL(options.trust.material, {
        tlogThreshold: requireTlog ? 1 : 0,
        ctlogThreshold: 1,
        // A certificate is only valid at some verified time; a bare key needs none.
        timestampThreshold: 'certificate' in signing || requireTimestamp ? 1 : 0,
    });
    verifier.verify(entity);
    if ('certificate' in signing)
        assertCodeSigningLeaf(core_dist.X509Certificate.parse(Buffer.from(signing.certificate)));
    assertTlogBinding(bundle.verificationMaterial.tlogEntries, signing);
    const tsaTimes = entity.timestamps.flatMap((t) => t.$case === 'timestamp-authority' ? [t.timestamp.signingTime] : []);
    if (requireTimestamp && tsaTimes.length === 0) {
        throw new errors/* ImprintError */.m0('VERIFY_FAILED', 'timestamp: no RFC 3161 timestamp in the bundle, and the policy requires one', {
            hint: 'sign with a timestamp authority (tsa-url), or set requireTimestamp: false',
        });
    }
    const result = describeSigner(signing, options);
    const integratedTime = promisedIntegratedTime(bundle);
    const signedTime = earliest([...tsaTimes, ...(integratedTime ? [integratedTime] : [])]);
    return {
        ...result,
        tlog: bundle.verificationMaterial.tlogEntries.length > 0,
        timestamp: tsaTimes.length > 0,
        ...(integratedTime && { integratedTime }),
        ...(signedTime && { signedTime }),
        ...dsseContent(bundle, options.artifact),
    };
}
function signingMaterialOf(bundle, trust) {
    const content = bundle.verificationMaterial.content;
    switch (content.$case) {
        case 'publicKey':
            if (trust.publicKey === undefined) {
                throw new errors/* ImprintError */.m0('VERIFY_FAILED', 'public key: the bundle is signed with a key, but no public key was given', {
                    hint: 'pass the signer public key (--key cosign.pub), or use a keyless signature',
                });
            }
            return { publicKey: trust.publicKey.key };
        case 'x509CertificateChain':
            assertNoRootInChain(content.x509CertificateChain.certificates.map((c) => c.rawBytes));
            return { certificate: leafOf(content.x509CertificateChain.certificates[0]?.rawBytes) };
        case 'certificate':
            return { certificate: leafOf(content.certificate.rawBytes) };
    }
}
function leafOf(rawBytes) {
    if (rawBytes === undefined || rawBytes.length === 0) {
        throw new errors/* ImprintError */.m0('VERIFY_FAILED', 'malformed bundle: the certificate is empty');
    }
    return Buffer.from(rawBytes);
}
/**
 * Roots come from the trusted root, never from the bundle (sigstore-conformance
 * bundle-with-root-cert): a self-signed certificate in the bundle's chain is refused outright.
 */
function assertNoRootInChain(certificates) {
    certificates.forEach((raw, index) => {
        let cert;
        try {
            cert = core_dist.X509Certificate.parse(Buffer.from(raw));
        }
        catch {
            throw new errors/* ImprintError */.m0('VERIFY_FAILED', `malformed bundle: certificate ${index} of the chain does not parse`);
        }
        if (cert.issuer.equals(cert.subject) && cert.verify()) {
            throw new errors/* ImprintError */.m0('VERIFY_FAILED', `certificate chain: the bundle carries a self-signed root certificate (position ${index}); roots must come from the trusted root`, { hint: 'the bundle was altered or written by a non-conforming signer' });
        }
    });
}
function describeSigner(signing, options) {
    if ('publicKey' in signing) {
        if (options.identity !== undefined) {
            throw new errors/* ImprintError */.m0('VERIFY_FAILED', `expected a keyless signature by ${options.identity.subject ?? options.identity.subjectRegExp ?? '?'}, found a key-signed one`, { hint: 'key-signed material is matched by key, not by identity' });
        }
        const keyId = options.trust.publicKey?.keyId;
        return { kind: 'key', claims: {}, ...(keyId && { keyId }) };
    }
    const certificate = core_dist.X509Certificate.parse(Buffer.from(signing.certificate));
    const claims = decodeClaims(certificate);
    const subject = certificateSubject(certificate);
    const issuer = claims.issuer;
    if (options.identity !== undefined)
        assertIdentity(options.identity, { issuer, subject });
    return { kind: 'keyless', claims, ...(issuer && { issuer }), ...(subject && { subject }) };
}
/**
 * The earliest integrated time among entries that carry an inclusion promise. The Verifier
 * has checked every entry's SET against the log's key by now, so these times are signed by
 * the log; an entry with only an inclusion proof gives no time at all (anyone holding the
 * bundle may rewrite its `integratedTime`).
 */
function promisedIntegratedTime(bundle) {
    const times = bundle.verificationMaterial.tlogEntries.flatMap((entry) => entry.inclusionPromise !== undefined && entry.integratedTime && entry.integratedTime !== '0'
        ? [new Date(Number(entry.integratedTime) * 1000)]
        : []);
    return earliest(times);
}
function earliest(times) {
    const valid = times.filter((time) => !Number.isNaN(time.getTime()));
    return valid.length > 0 ? new Date(Math.min(...valid.map((t) => t.getTime()))) : undefined;
}
function dsseContent(bundle, artifact) {
    if (bundle.content.$case !== 'dsseEnvelope')
        return {};
    const { payloadType, payload } = bundle.content.dsseEnvelope;
    if (payloadType !== predicate_types/* IN_TOTO_PAYLOAD_TYPE */.T4) {
        if (artifact !== undefined) {
            throw new errors/* ImprintError */.m0('VERIFY_FAILED', `the DSSE payload type is ${payloadType}, not ${predicate_types/* IN_TOTO_PAYLOAD_TYPE */.T4}: nothing ties it to the expected artifact`);
        }
        return { payloadType, payload: Buffer.from(payload) };
    }
    const statement = parseStatement(Buffer.from(payload));
    if (artifact !== undefined)
        assertSubjectDigest(statement, artifactDigest(artifact));
    return { payloadType, payload: Buffer.from(payload), statement };
}

;// CONCATENATED MODULE: ./src/sigstore/verify/bundle.ts
/**
 * Sigstore bundles (v0.1–v0.3, message signature or DSSE) as written by cosign v3, sigstore-js,
 * actions/attest and imprint itself: parse, normalise, verify.
 */




/**
 * Verifies a bundle given as JSON text, bytes or an already parsed object.
 * Throws VERIFY_FAILED naming the check that failed.
 */
function verifyBundle(bundleJson, options) {
    return verifyParsedBundle(parseBundle(bundleJson), options);
}
/** Parses and structurally validates a bundle; VERIFY_FAILED ("malformed bundle: …") if it is not one. */
function parseBundle(bundleJson) {
    let json = bundleJson;
    if (typeof bundleJson === 'string' || Buffer.isBuffer(bundleJson)) {
        try {
            json = JSON.parse(bundleJson.toString());
        }
        catch (error) {
            throw new errors/* ImprintError */.m0('VERIFY_FAILED', `malformed bundle: it is not JSON (${(0,errors/* messageOf */.bD)(error)})`, {
                cause: error,
                hint: 'the bundle file is truncated or not a Sigstore bundle; fetch it again',
            });
        }
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
        throw new errors/* ImprintError */.m0('VERIFY_FAILED', 'malformed bundle: it is not a JSON object');
    }
    let bundle;
    try {
        bundle = (0,dist.bundleFromJSON)(json);
    }
    catch (error) {
        throw verifyFailure(error);
    }
    return dropUncheckpointedProofs(bundle);
}
/**
 * v0.1 bundles predate checkpoints: their inclusion proofs carry no signed tree head and so
 * prove nothing on their own. The signed entry timestamp, which v0.1 requires, proves inclusion;
 * the bare proof is dropped rather than handed to a verifier that cannot check it.
 */
function dropUncheckpointedProofs(bundle) {
    if (bundle.mediaType !== dist.BUNDLE_V01_MEDIA_TYPE)
        return bundle;
    const entries = bundle.verificationMaterial.tlogEntries;
    const tlogEntries = entries.map((entry) => {
        if (entry.inclusionProof === undefined || entry.inclusionProof.checkpoint !== undefined)
            return entry;
        return { ...entry, inclusionProof: undefined };
    });
    return { ...bundle, verificationMaterial: { ...bundle.verificationMaterial, tlogEntries } };
}

// EXTERNAL MODULE: ./src/attest/storage/annotations.ts
var storage_annotations = __webpack_require__(19645);
;// CONCATENATED MODULE: ./src/sigstore/verify/cosign-layer.ts
/**
 * One cosign classic layer (FORMATS.md §2) restated as a Sigstore bundle, so that it takes the
 * same verification path as every other signature: the signature annotation, the certificate
 * annotation (keyless) or the user's key, the Rekor bundle annotation as a log entry with its
 * signed entry timestamp, and the RFC 3161 timestamp annotation.
 */





/** A simple-signing payload and its layer's annotations → a message-signature bundle. */
function messageLayerToBundle(payload, annotations) {
    const signature = annotations[storage_annotations/* ANNOTATION_SIGNATURE */.LR];
    if (!signature) {
        throw new errors/* ImprintError */.m0('VERIFY_FAILED', `signature: the layer has no ${storage_annotations/* ANNOTATION_SIGNATURE */.LR} annotation`);
    }
    return {
        mediaType: dist.BUNDLE_V01_MEDIA_TYPE,
        verificationMaterial: verificationMaterial(annotations),
        content: {
            $case: 'messageSignature',
            messageSignature: {
                messageDigest: {
                    algorithm: protobuf_specs_dist.HashAlgorithm.SHA2_256,
                    digest: core_dist.crypto.digest('sha256', payload),
                },
                signature: Buffer.from(signature, 'base64'),
            },
        },
    };
}
/** A DSSE envelope blob (cosign .att layer) and its annotations → a DSSE bundle. */
function dsseLayerToBundle(envelopeBlob, annotations) {
    let envelope;
    try {
        envelope = (0,dist.envelopeFromJSON)(JSON.parse(envelopeBlob.toString('utf8')));
    }
    catch (error) {
        throw new errors/* ImprintError */.m0('VERIFY_FAILED', `the attestation layer is not a DSSE envelope: ${(0,errors/* messageOf */.bD)(error)}`, {
            cause: error,
        });
    }
    if (envelope.signatures.length !== 1) {
        throw new errors/* ImprintError */.m0('VERIFY_FAILED', `signature: the DSSE envelope has ${envelope.signatures.length} signatures, expected 1`);
    }
    return {
        mediaType: dist.BUNDLE_V01_MEDIA_TYPE,
        verificationMaterial: verificationMaterial(annotations),
        content: { $case: 'dsseEnvelope', dsseEnvelope: envelope },
    };
}
function verificationMaterial(annotations) {
    const certificate = annotations[storage_annotations/* ANNOTATION_CERTIFICATE */.MF];
    const timestamp = annotations[storage_annotations/* ANNOTATION_TIMESTAMP */.HK];
    return {
        // The chain annotation is not used: intermediates and roots come from the trusted root.
        content: certificate
            ? { $case: 'certificate', certificate: { rawBytes: certificateDer(certificate) } }
            : { $case: 'publicKey', publicKey: { hint: '' } },
        tlogEntries: annotations[storage_annotations/* ANNOTATION_REKOR_BUNDLE */.bL]
            ? [rekorBundleToEntry(annotations[storage_annotations/* ANNOTATION_REKOR_BUNDLE */.bL])]
            : [],
        timestampVerificationData: timestamp ? { rfc3161Timestamps: [rfc3161(timestamp)] } : undefined,
    };
}
function certificateDer(text) {
    try {
        if (!text.includes('-----BEGIN CERTIFICATE-----'))
            throw new Error('no PEM certificate block');
        const der = core_dist.pem.toDER(text);
        core_dist.X509Certificate.parse(der);
        return der;
    }
    catch (error) {
        throw new errors/* ImprintError */.m0('VERIFY_FAILED', `certificate chain: the ${storage_annotations/* ANNOTATION_CERTIFICATE */.MF} annotation is not a PEM certificate`, {
            cause: error,
        });
    }
}
/** cosign's `{SignedEntryTimestamp, Payload:{body, integratedTime, logIndex, logID}}` → a log entry. */
function rekorBundleToEntry(text) {
    const fail = (why) => new errors/* ImprintError */.m0('VERIFY_FAILED', `transparency log: the ${storage_annotations/* ANNOTATION_REKOR_BUNDLE */.bL} annotation is malformed: ${why}`);
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw fail((0,errors/* messageOf */.bD)(error));
    }
    const { SignedEntryTimestamp: set, Payload: payload } = parsed;
    if (typeof set !== 'string' || payload === undefined)
        throw fail('SignedEntryTimestamp or Payload is missing');
    const { body, integratedTime, logIndex, logID } = payload;
    if (typeof body !== 'string' ||
        typeof logID !== 'string' ||
        !Number.isSafeInteger(integratedTime) ||
        !Number.isSafeInteger(logIndex)) {
        throw fail('Payload needs body, integratedTime, logIndex and logID');
    }
    const canonicalizedBody = Buffer.from(body, 'base64');
    const kindVersion = entryKind(canonicalizedBody);
    if (kindVersion === undefined)
        throw fail('the Rekor entry body has no kind and apiVersion');
    return {
        logIndex: String(logIndex),
        logId: { keyId: Buffer.from(logID, 'hex') },
        kindVersion,
        integratedTime: String(integratedTime),
        inclusionPromise: { signedEntryTimestamp: Buffer.from(set, 'base64') },
        inclusionProof: undefined,
        canonicalizedBody,
    };
}
function entryKind(body) {
    try {
        const parsed = JSON.parse(body.toString('utf8'));
        return typeof parsed.kind === 'string' && typeof parsed.apiVersion === 'string'
            ? { kind: parsed.kind, version: parsed.apiVersion }
            : undefined;
    }
    catch {
        return undefined;
    }
}
function rfc3161(text) {
    try {
        const parsed = JSON.parse(text);
        if (typeof parsed.SignedRFC3161Timestamp === 'string') {
            return { signedTimestamp: Buffer.from(parsed.SignedRFC3161Timestamp, 'base64') };
        }
    }
    catch {
        // reported below
    }
    throw new errors/* ImprintError */.m0('VERIFY_FAILED', `timestamp: the ${storage_annotations/* ANNOTATION_TIMESTAMP */.HK} annotation is malformed`);
}

;// CONCATENATED MODULE: ./src/sigstore/verify/cosign-classic.ts
/**
 * cosign classic `sha256-<hex>.sig` and `.att` manifests (FORMATS.md §2). Each layer is one
 * signature; each is verified on its own and reported, so a manifest with three signers yields
 * three results and the policy layer counts the ones that match. Blobs come from a fetch
 * function, so the fixtures folder and the registry client plug in alike.
 */






const SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
const DSSE_MEDIA_TYPE = 'application/vnd.dsse.envelope.v1+json';
const COSIGN_SIGNATURE_TYPE = 'cosign container image signature';
/** Verifies every layer of a `.sig` manifest. */
async function verifyCosignSignatures(manifest, fetchBlob, options) {
    return verifyLayers(manifest, SIMPLE_SIGNING_MEDIA_TYPE, fetchBlob, options, verifySignatureLayer);
}
/** Verifies every layer of an `.att` manifest; results carry the in-toto statements. */
async function verifyCosignAttestations(manifest, fetchBlob, options) {
    return verifyLayers(manifest, DSSE_MEDIA_TYPE, fetchBlob, options, verifyAttestationLayer);
}
async function verifyLayers(manifest, mediaType, fetchBlob, options, verifyLayer) {
    artifactDigest({ digest: options.expectedDigest }); // an unusable digest is the caller's error, not a layer's
    const layers = layersOf(manifest, mediaType);
    const result = { verified: [], failures: [] };
    for (const { index, layer } of layers) {
        try {
            const blob = await fetchChecked(fetchBlob, layer.digest);
            result.verified.push({ layer: index, ...verifyLayer(blob, layer, options) });
        }
        catch (error) {
            result.failures.push({ layer: index, error: verifyFailure(error) });
        }
    }
    return result;
}
function verifySignatureLayer(blob, layer, options) {
    const bundle = messageLayerToBundle(blob, layer.annotations ?? {});
    const verified = verifyParsedBundle(bundle, { ...options, artifact: blob });
    const payload = parseSimpleSigning(blob);
    const expected = `sha256:${artifactDigest({ digest: options.expectedDigest })}`;
    if (payload.critical.type !== COSIGN_SIGNATURE_TYPE) {
        throw new errors/* ImprintError */.m0('VERIFY_FAILED', `simple-signing payload: critical.type is ${JSON.stringify(payload.critical.type)}, expected "${COSIGN_SIGNATURE_TYPE}"`);
    }
    const signed = payload.critical.image['docker-manifest-digest'];
    if (signed !== expected) {
        throw new errors/* ImprintError */.m0('VERIFY_FAILED', `signature is for ${String(signed)}, expected ${expected}`, {
            hint: 'the signature belongs to another image digest (a tag was moved, or the .sig tag was copied)',
        });
    }
    return {
        ...verified,
        payload: blob,
        simpleSigningDigest: expected,
        ...(payload.critical.identity?.['docker-reference'] && {
            dockerReference: payload.critical.identity['docker-reference'],
        }),
        ...(payload.optional && { annotations: payload.optional }),
    };
}
function verifyAttestationLayer(blob, layer, options) {
    const bundle = dsseLayerToBundle(blob, layer.annotations ?? {});
    return verifyParsedBundle(bundle, { ...options, artifact: { digest: options.expectedDigest } });
}
function parseSimpleSigning(blob) {
    let parsed;
    try {
        parsed = JSON.parse(blob.toString('utf8'));
    }
    catch (error) {
        throw new errors/* ImprintError */.m0('VERIFY_FAILED', `simple-signing payload is not JSON: ${(0,errors/* messageOf */.bD)(error)}`, { cause: error });
    }
    const critical = parsed?.critical;
    if (typeof critical !== 'object' ||
        critical === null ||
        typeof critical.image !== 'object' ||
        critical.image === null) {
        throw new errors/* ImprintError */.m0('VERIFY_FAILED', 'simple-signing payload has no critical.image section');
    }
    return parsed;
}
/** The layers of the wanted media type, with their position in the manifest. */
function layersOf(manifest, mediaType) {
    const layers = manifest?.layers;
    if (!Array.isArray(layers) || !layers.every(isLayer)) {
        throw new errors/* ImprintError */.m0('MANIFEST_INVALID', 'a cosign signature manifest needs a layers array of {mediaType, digest}', {
            hint: 'fetch the sha256-<hex>.sig / .att tag as an OCI image manifest',
        });
    }
    const matching = layers
        .map((layer, index) => ({ index, layer }))
        .filter(({ layer }) => layer.mediaType === mediaType);
    if (matching.length === 0) {
        const found = [...new Set(layers.map((layer) => layer.mediaType))].join(', ') || 'no layers';
        throw new errors/* ImprintError */.m0('VERIFY_FAILED', `the manifest has no ${mediaType} layer (found ${found})`);
    }
    return matching;
}
function isLayer(value) {
    const layer = value;
    return (typeof layer === 'object' &&
        layer !== null &&
        typeof layer.mediaType === 'string' &&
        typeof layer.digest === 'string');
}
async function fetchChecked(fetchBlob, digest) {
    let blob;
    try {
        blob = await fetchBlob(digest);
    }
    catch (error) {
        if (error instanceof errors/* ImprintError */.m0)
            throw error;
        throw new errors/* ImprintError */.m0('VERIFY_FAILED', `cannot fetch blob ${digest}: ${(0,errors/* messageOf */.bD)(error)}`, {
            cause: error,
        });
    }
    const actual = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(blob).digest('hex')}`;
    if (actual !== digest) {
        throw new errors/* ImprintError */.m0('DIGEST_MISMATCH', `blob ${digest} has digest ${actual}`, {
            hint: 'the registry or cache returned different content than the manifest names',
        });
    }
    return blob;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./node_modules/@sigstore/tuf/seeds.json
var seeds = __webpack_require__(8032);
// EXTERNAL MODULE: ./src/sigstore/instances.ts
var instances = __webpack_require__(75310);
;// CONCATENATED MODULE: ./src/sigstore/verify/trusted-root.ts
/**
 * Sigstore trusted roots: the public-good root embedded in @sigstore/tuf, a trusted_root.json
 * file, or (on request only) a fresh copy through TUF. Every root is validated before use, so a
 * broken file fails here with TRUSTED_ROOT_INVALID instead of deep inside a verification.
 */


// @sigstore/tuf ships the public-good TUF root and a copy of its trusted_root.json target here.



const trusted_root_EMBEDDED_ROOT_SOURCE = 'the embedded Sigstore public-good trusted root';
const TRUSTED_ROOT_MEDIA_TYPE = /^application\/vnd\.dev\.sigstore\.trustedroot(\.v\d+\.\d+)?\+json/;
const TRUSTED_ROOT_TARGET = 'trusted_root.json';
/** The public-good root as shipped inside @sigstore/tuf: no file system, no network. */
function trusted_root_embeddedTrustedRoot() {
    const target = seeds[instances/* PUBLIC_GOOD_URLS */.v.tufMirror]?.targets?.[TRUSTED_ROOT_TARGET];
    if (target === undefined) {
        throw new errors/* ImprintError */.m0('TRUSTED_ROOT_INVALID', `@sigstore/tuf carries no embedded ${TRUSTED_ROOT_TARGET} for ${instances/* PUBLIC_GOOD_URLS */.v.tufMirror}`, { hint: 'reinstall dependencies, or pass a trusted_root.json file' });
    }
    return parseTrustedRoot(Buffer.from(target, 'base64').toString('utf8'), trusted_root_EMBEDDED_ROOT_SOURCE);
}
/** Reads and validates a trusted_root.json file. */
async function readTrustedRoot(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* ImprintError */.m0('TRUSTED_ROOT_INVALID', `cannot read trusted root ${path}: ${(0,errors/* messageOf */.bD)(error)}`, {
            cause: error,
            hint: 'pass the path of a Sigstore trusted_root.json file',
        });
    }
    return parseTrustedRoot(text, path);
}
/**
 * Refreshes the public-good root through TUF (network). Only used when a caller opts out of
 * offline mode; the TUF metadata is still anchored in the root embedded in @sigstore/tuf.
 */
async function fetchPublicGoodRoot(cachePath) {
    try {
        // Loaded here so offline verification never even loads the TUF client.
        const { getTrustedRoot } = await Promise.all(/* import() */[__webpack_require__.e(2830), __webpack_require__.e(3694)]).then(__webpack_require__.bind(__webpack_require__, 84423));
        const root = await getTrustedRoot(cachePath === undefined ? {} : { cachePath });
        return validateTrustedRoot(root, `the Sigstore public-good root from ${instances/* PUBLIC_GOOD_URLS */.v.tufMirror}`);
    }
    catch (error) {
        if (error instanceof errors/* ImprintError */.m0)
            throw error;
        throw new errors/* ImprintError */.m0('TRUSTED_ROOT_INVALID', `TUF refresh of the public-good root failed: ${(0,errors/* messageOf */.bD)(error)}`, {
            cause: error,
            hint: 'verify offline against the embedded root, or pass a trusted_root.json file',
        });
    }
}
/** Parses trusted_root.json text; `source` names it in error messages. */
function parseTrustedRoot(text, source) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw invalid(source, `it is not JSON (${(0,errors/* messageOf */.bD)(error)})`);
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
        throw invalid(source, 'it is not a JSON object');
    }
    const mediaType = json.mediaType;
    if (typeof mediaType !== 'string' || !TRUSTED_ROOT_MEDIA_TYPE.test(mediaType)) {
        throw invalid(source, `mediaType is ${JSON.stringify(mediaType)}, expected application/vnd.dev.sigstore.trustedroot…+json`);
    }
    let root;
    try {
        root = protobuf_specs_dist.TrustedRoot.fromJSON(json);
    }
    catch (error) {
        throw invalid(source, (0,errors/* messageOf */.bD)(error));
    }
    return validateTrustedRoot(root, source);
}
/**
 * The checks protobuf decoding does not make. A missing `validFor.start` must not be read as
 * "valid since forever" (sigstore-conformance trust-root-tlog-missing-validity-start).
 */
function validateTrustedRoot(root, source) {
    if (root.certificateAuthorities.length === 0 && root.tlogs.length === 0) {
        throw invalid(source, 'it lists no certificate authority and no transparency log');
    }
    root.tlogs.forEach((log, i) => requireKeyStart(log.publicKey?.validFor?.start, source, `tlogs[${i}]`));
    root.ctlogs.forEach((log, i) => requireKeyStart(log.publicKey?.validFor?.start, source, `ctlogs[${i}]`));
    root.certificateAuthorities.forEach((ca, i) => {
        requireStart(ca.validFor?.start, source, `certificateAuthorities[${i}].validFor.start`);
        if (!ca.certChain || ca.certChain.certificates.length === 0) {
            throw invalid(source, `certificateAuthorities[${i}] has no certificates`);
        }
    });
    root.timestampAuthorities.forEach((ca, i) => requireStart(ca.validFor?.start, source, `timestampAuthorities[${i}].validFor.start`));
    return root;
}
function requireKeyStart(start, source, where) {
    requireStart(start, source, `${where}.publicKey.validFor.start`);
}
function requireStart(start, source, field) {
    if (start === undefined)
        throw invalid(source, `${field} is missing (a key or CA must say since when it is trusted)`);
}
function invalid(source, why) {
    return new errors/* ImprintError */.m0('TRUSTED_ROOT_INVALID', `trusted root ${source} is invalid: ${why}`, {
        hint: 'use a trusted_root.json as published by the Sigstore instance (e.g. `cosign trusted-root create` or its TUF repository)',
    });
}

;// CONCATENATED MODULE: ./src/sigstore/verify/trust.ts
/**
 * Trust material for verification: a Sigstore trusted root (Fulcio CAs, Rekor and CT log keys,
 * TSAs) and, for key-signed material, a PEM public key (cosign.pub). Offline is the default:
 * the embedded public-good root needs neither the network nor the file system.
 */





/** Loads the trusted root and optional public key the options name. */
async function loadTrust(options = {}) {
    const { root, source } = await loadRoot(options);
    const publicKey = await loadPublicKey(options);
    return createTrust(root, source, publicKey);
}
/** Assembles trust from parts already in memory (no I/O). */
function createTrust(trustedRoot, rootSource, publicKey) {
    let material;
    try {
        material = (0,verify_dist/* toTrustMaterial */.jO)(trustedRoot, keyFinder(publicKey));
    }
    catch (error) {
        throw new errors/* ImprintError */.m0('TRUSTED_ROOT_INVALID', `trusted root ${rootSource} is invalid: ${(0,errors/* messageOf */.bD)(error)}`, {
            cause: error,
            hint: 'a key or certificate in it does not parse; fetch the trusted root again from its source',
        });
    }
    return publicKey === undefined
        ? { trustedRoot, rootSource, material }
        : { trustedRoot, rootSource, publicKey, material };
}
/** The embedded public-good root, optionally with a public key: synchronous and offline. */
function publicGoodTrust(publicKey) {
    return createTrust(embeddedTrustedRoot(), EMBEDDED_ROOT_SOURCE, publicKey);
}
/** Parses a PEM public key (ECDSA, RSA or Ed25519, as cosign writes them). */
function parsePublicKey(pem, source) {
    if (!pem.includes('-----BEGIN PUBLIC KEY-----')) {
        throw new errors/* ImprintError */.m0('KEY_INVALID', `${source} is not a PEM public key (no "-----BEGIN PUBLIC KEY-----" line)`, {
            hint: 'pass the public half, e.g. cosign.pub written by `cosign generate-key-pair`',
        });
    }
    let key;
    try {
        key = (0,external_node_crypto_.createPublicKey)(pem);
    }
    catch (error) {
        throw new errors/* ImprintError */.m0('KEY_INVALID', `${source} is not a valid public key: ${(0,errors/* messageOf */.bD)(error)}`, { cause: error });
    }
    const der = key.export({ format: 'der', type: 'spki' });
    return { key, source, keyId: (0,external_node_crypto_.createHash)('sha256').update(der).digest('hex') };
}
async function loadRoot(options) {
    if (options.trustedRootPath !== undefined) {
        return {
            root: await readTrustedRoot(options.trustedRootPath),
            source: options.trustedRootPath,
        };
    }
    if (options.offline === false) {
        return {
            root: await fetchPublicGoodRoot(options.tufCachePath),
            source: 'the Sigstore public-good root (TUF)',
        };
    }
    return { root: trusted_root_embeddedTrustedRoot(), source: trusted_root_EMBEDDED_ROOT_SOURCE };
}
async function loadPublicKey(options) {
    if (options.publicKeyPem !== undefined)
        return parsePublicKey(options.publicKeyPem, 'the given public key');
    if (options.publicKeyPath === undefined)
        return undefined;
    let pem;
    try {
        pem = await (0,promises_.readFile)(options.publicKeyPath, 'utf8');
    }
    catch (error) {
        throw new errors/* ImprintError */.m0('KEY_INVALID', `cannot read public key ${options.publicKeyPath}: ${(0,errors/* messageOf */.bD)(error)}`, {
            cause: error,
        });
    }
    return parsePublicKey(pem, options.publicKeyPath);
}
/**
 * cosign semantics: the key the user names verifies every key-signed signature, whatever
 * key hint the bundle carries (hints are unauthenticated).
 */
function keyFinder(publicKey) {
    return (hint) => {
        if (publicKey === undefined) {
            throw new verify_dist/* VerificationError */.mk({
                code: 'PUBLIC_KEY_ERROR',
                message: `signed with a public key${hint ? ` (hint ${hint})` : ''} but no public key was given to verify it with`,
            });
        }
        return { publicKey: publicKey.key, validFor: () => true };
    };
}

;// CONCATENATED MODULE: ./src/sigstore/verify/conformance.ts
/**
 * The sigstore-conformance client protocol for bundle verification:
 *   verify-bundle --bundle FILE
 *     (--certificate-identity I --certificate-oidc-issuer U | --key K)
 *     [--trusted-root R] FILE_OR_sha256:DIGEST
 * The CLI door exposes it as `imprint conformance verify-bundle …` and exits 0 only when `ok`.
 */





const USAGE = 'usage: verify-bundle --bundle FILE (--certificate-identity I --certificate-oidc-issuer U | --key K) [--trusted-root R] FILE_OR_sha256:DIGEST';
/** Runs one verification; never throws: the outcome and its reason are in the result. */
async function conformanceVerifyBundle(args) {
    try {
        const parsed = parseVerifyBundleArgs(args);
        const trust = await loadTrust({
            ...(parsed.trustedRootPath !== undefined && { trustedRootPath: parsed.trustedRootPath }),
            ...(parsed.keyPath !== undefined && { publicKeyPath: parsed.keyPath }),
            offline: true,
        });
        const bundle = await readInput(parsed.bundlePath, 'bundle');
        const artifact = await artifactInput(parsed.artifact);
        const identity = parsed.identity;
        const result = verifyBundle(bundle, { trust, artifact, ...(identity && { identity }) });
        if (parsed.keyPath !== undefined && result.kind !== 'key') {
            return {
                ok: false,
                message: 'verification failed: --key was given but the bundle is signed keylessly',
            };
        }
        const signer = result.kind === 'key'
            ? `key sha256:${result.keyId ?? '?'}`
            : `${result.subject} (${result.issuer})`;
        return { ok: true, message: `verified: signed by ${signer}` };
    }
    catch (error) {
        return { ok: false, message: `verification failed: ${(0,errors/* messageOf */.bD)(error)}` };
    }
}
/** Parses the protocol's arguments (a leading `verify-bundle` is accepted and skipped). */
function parseVerifyBundleArgs(args) {
    const argv = args[0] === 'verify-bundle' ? args.slice(1) : args;
    let values;
    let positionals;
    try {
        ({ values, positionals } = (0,external_node_util_.parseArgs)({
            args: argv,
            allowPositionals: true,
            strict: true,
            options: {
                bundle: { type: 'string' },
                'certificate-identity': { type: 'string' },
                'certificate-oidc-issuer': { type: 'string' },
                key: { type: 'string' },
                'trusted-root': { type: 'string' },
            },
        }));
    }
    catch (error) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', `${(0,errors/* messageOf */.bD)(error)}; ${USAGE}`, { cause: error });
    }
    const bundlePath = values.bundle;
    const [artifact, ...extra] = positionals;
    if (bundlePath === undefined || artifact === undefined || extra.length > 0) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', `expected --bundle and exactly one artifact; ${USAGE}`);
    }
    return {
        bundlePath,
        artifact,
        ...identityArgs(values),
        ...optional('trustedRootPath', values['trusted-root']),
    };
}
function identityArgs(values) {
    const subject = values['certificate-identity'];
    const issuer = values['certificate-oidc-issuer'];
    const key = values.key;
    if (key !== undefined) {
        if (subject !== undefined || issuer !== undefined) {
            throw new errors/* ImprintError */.m0('INPUT_CONFLICT', `--key cannot be combined with --certificate-identity/--certificate-oidc-issuer; ${USAGE}`);
        }
        return { keyPath: key };
    }
    if (subject === undefined || issuer === undefined) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', `give both --certificate-identity and --certificate-oidc-issuer, or --key; ${USAGE}`);
    }
    return { identity: { subject, issuer } };
}
function optional(key, value) {
    return value === undefined ? {} : { [key]: value };
}
async function artifactInput(artifact) {
    if (artifact.startsWith('sha256:'))
        return { digest: artifact };
    return readInput(artifact, 'artifact');
}
async function readInput(path, what) {
    try {
        return await (0,promises_.readFile)(path);
    }
    catch (error) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', `cannot read ${what} ${path}: ${(0,errors/* messageOf */.bD)(error)}`, {
            cause: error,
        });
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/sigstore/verify/github/root.json
const root_namespaceObject = /*#__PURE__*/JSON.parse('{"signatures":[{"keyid":"54809115b40137aac01af4b7ac2408c77ea0d58fa4dad48fc3196497d2a26f44","sig":""},{"keyid":"8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12","sig":"3046022100b7e9b7174cbad8871520d60bb8cc6e479f250be022e31f3bcdd3ceec55c1553c022100da3bcc0f2391490549f0ea45f1ca4af5aeb5ab10c846f7a7eac883c4a62edea1"},{"keyid":"56db9f7d64bef1feab6190760336643b20196af4875ee8be915e78f239863aae","sig":"30450221008bdaa1a37e031404c0e9323c518bc6bf032f25bf81f9b7f750df19b74287885f0220730cb8b50a80b9ca5d4ec74358e0b35066a5ef9bb7da684b642e7d903740eee0"},{"keyid":"d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c","sig":"3045022100937376a35c200a86ef7338d357ca18c7feeff2ccfb538a44a612545a8fdfb1f602200a72ad82e69cae2a764c014269a07e583cc15964de525a3c8ade0661e42fe53e"},{"keyid":"a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf","sig":"3045022036c8a2b135f71dfd421fa3124d7ab77c730daf5e5a3b70b67925a22c7f91c003022100bde6399c5b2ee41060395a3167a7458b4a25b9679f584822adefedb93e0c27eb"},{"keyid":"1b8fa2a77525b38ef24804d3d907ca96f76d178a49520333626ba36d319c5790","sig":"304502210081e87da79a0afbcbd28ab54d3d16c245f58c4105c4c043cb41e69dfe4cd37f0b0220434e17ef1d60f222f825c0647f2013dcde1e144aafe067f4c22a99737ba4f061"},{"keyid":"88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3","sig":"304502210085ccbbad39f5e9dff06b57646bf7173d24875b151390a43fc335a85263372be502206032d70fc60630387b9bd3b88a52c07674541f53e100914ea51e6b950f7f0f88"}],"signed":{"_type":"root","consistent_snapshot":true,"expires":"2027-01-28T20:18:53Z","keys":{"1b8fa2a77525b38ef24804d3d907ca96f76d178a49520333626ba36d319c5790":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEZcUP5fUpUgUiGMusabv7lmn+6nVI\\nManyvT8Qr7IJ88pbCdDQdh5rdfjvk+AjQja4l+xOh7V9GtRUcM3gbJSD+w==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@aaroncathcart"},"54809115b40137aac01af4b7ac2408c77ea0d58fa4dad48fc3196497d2a26f44":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEimKcdST+ORD+g0aGEFDOVZDAaIYg\\nIgesNKiIe2L7MUsYx5UHhzQ08quvew13eYSCNJnfwooFZu7cdTu8AwqFjQ==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@alexiswales"},"56db9f7d64bef1feab6190760336643b20196af4875ee8be915e78f239863aae":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEwnBUd4d18zbFzkdjQMwqQUcOA6S6\\nYpNvdQNckHtjwiGlJyvqjzrRYeObBLMKA/TnqeFAipDfiqsDoqDVwL2cVQ==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@tquinn86"},"88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEBagkskNOpOTbetTX5CdnvMy+LiWn\\nonRrNrqAHL4WgiebH7Uig7GLhC3bkeA/qgb926/vr9qhOPG9Buj2HatrPw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@gregose"},"8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE7IEoVNwrprchXGhT5sAhSax7SOd3\\n8duuISghCzfmHdKJWSbV2wJRamRiUVRtmA83K/qm5cT20WXMCT5QeM/D3A==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@trevrosen"},"a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEC2wJ3xscyXxBLybJ9FVjwkyQMe53\\nRHUz77AjMO8MzVaT8xw6ZvJqdNZiytYtigWULlINxw6frNsWJKb/f7lC8A==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@kommendorkapten"},"d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEDdORwcruW3gqAgaLjH/nNdGMB4kQ\\nAvA+wD6DyO4P/wR8ee2ce83NZHq1ZADKhve0rlYKaKy3CqyQ5SmlZ36Zhw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@krukow"},"eb9799b483affac9da87ef4c9ea467928415c961349e607e5e6e485679b07f8f":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAENKNcNcX+d73lS1TRFb9Vnp8JvOoh\\nzYQ+in43iGenbG8RGo9L/6FJ2hoRbVU6xskvyuErcdPbCdI4GxrQ5i8hkw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-online-uri":"azurekms://production-tuf-root.vault.azure.net/keys/Online-Key/aaf375fd8ed24acb949a5cc173700b05"}},"roles":{"root":{"keyids":["a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf","88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3","d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c","8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12","54809115b40137aac01af4b7ac2408c77ea0d58fa4dad48fc3196497d2a26f44","56db9f7d64bef1feab6190760336643b20196af4875ee8be915e78f239863aae","1b8fa2a77525b38ef24804d3d907ca96f76d178a49520333626ba36d319c5790"],"threshold":3},"snapshot":{"keyids":["eb9799b483affac9da87ef4c9ea467928415c961349e607e5e6e485679b07f8f"],"threshold":1,"x-tuf-on-ci-expiry-period":21,"x-tuf-on-ci-signing-period":7},"targets":{"keyids":["a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf","88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3","d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c","8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12","54809115b40137aac01af4b7ac2408c77ea0d58fa4dad48fc3196497d2a26f44","56db9f7d64bef1feab6190760336643b20196af4875ee8be915e78f239863aae","1b8fa2a77525b38ef24804d3d907ca96f76d178a49520333626ba36d319c5790"],"threshold":3},"timestamp":{"keyids":["eb9799b483affac9da87ef4c9ea467928415c961349e607e5e6e485679b07f8f"],"threshold":1,"x-tuf-on-ci-expiry-period":7,"x-tuf-on-ci-signing-period":6}},"spec_version":"1.0.31","version":9,"x-tuf-on-ci-expiry-period":240,"x-tuf-on-ci-signing-period":60}}');
;// CONCATENATED MODULE: ./src/sigstore/verify/github/trusted_root.json
const github_trusted_root_namespaceObject = /*#__PURE__*/JSON.parse('{"mediaType":"application/vnd.dev.sigstore.trustedroot+json;version=0.1","certificateAuthorities":[{"subject":{"organization":"GitHub, Inc.","commonName":"Internal Services Root"},"uri":"fulcio.githubapp.com","certChain":{"certificates":[{"rawBytes":"MIICKjCCAbCgAwIBAgIUW3TJVeOvr+NSvJXdOw8nEEn7HhQwCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwxMB4XDTIzMDkxMjE0MDY1NFoXDTI0MDkxMTE0MDY1NFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwyMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEsosodObhuHG6Pr5vp5y+pmnKawS1h2hwv3r3hBwqh3ZHJAw64mhDnDs9fw4jKkZEBYRSVyOHyZppz4day8hgpTIDwdj44Oan4RDb+wmj04jfhVLjLsQ4Q/X4K/ynRgNXo3sweTAOBgNVHQ8BAf8EBAMCAQYwEwYDVR0lBAwwCgYIKwYBBQUHAwMwEgYDVR0TAQH/BAgwBgEB/wIBADAdBgNVHQ4EFgQUm0vkDkQZ29hutYdayJobIRmf/iMwHwYDVR0jBBgwFoAUwOG4UqRLTz7eejgRBs9JjqFFmzMwCgYIKoZIzj0EAwMDaAAwZQIwIBl93E7vkWTvdeIm1WSIM4qNsj0ApE8LCj3k1vrY5x6/7yhAZs7QlO3/FBCoEeaZAjEAlJcNr37uZq9BYHODHBeO/gP+6EfbzsNaLV22ASBlhF/a9y83ESLuqCNN7IxGxmWT"},{"rawBytes":"MIICFTCCAZugAwIBAgIUD3Jlqt4qhrcZI4UnGfPGrEq/pjQwCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDkxMTEyMDAwMFoXDTI4MDkwOTEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwxMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE7X7nK0wC7uEmDjW+on0sXIX3FacL3hhcrhneA+M/kl1OtvQiPmFrH9lbUQqOj/AfspJ8uGY3jaq8WuSg6ghatzYfuuzLAJIK4nGpCBafncF8EynOssPq64/Dz+JUWXqlo2YwZDAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBATAdBgNVHQ4EFgQUwOG4UqRLTz7eejgRBs9JjqFFmzMwHwYDVR0jBBgwFoAUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaAAwZQIxAI8HWLrke7uzhOpwlD1cNixPmoX9XFKe7bEPozo0D+vKi0Gt6VlC7xPedFIw4/AypAIwQP+FGRWvfx0IAH5/n0aRiN7/LVpyFA5RkJASZOVOib2Y8pNuhXa9V3ZbWO6v6kW/"},{"rawBytes":"MIIB9TCCAXqgAwIBAgIUNFryA06EHDIcd5EIbe8swbl9OY4wCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDgwNzEyMDAwMFoXDTMzMDgwNDEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEXYaXx4H0oNuVP/2cfydA3oaafvvkkkgb5hbL8/j/BO25S7uTmDOCA5e4QLLWCKFuc+xp2j14tCH4WmHzMUDvf2tXtInVliY5wZgQMM9L6klo/IwA9x4omdcjnT+kKJAjo0UwQzAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBAjAdBgNVHQ4EFgQUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaQAwZgIxAPzXsV+eokrqOHSQZH/XhhHE1slOscKy3DQpYpYJ1AWmJ2lJu/XOmubBX5s7apllUwIxALw2Ts8CDACiK42UymC8fk6sbNfoXUAWqdyKTVt2Lst+wNdkRniGvx7jT65BKTkcsQ=="}]},"validFor":{"start":"2023-10-27T16:30:00Z","end":"2024-05-25T00:00:00Z"}},{"subject":{"organization":"GitHub, Inc.","commonName":"Internal Services Root"},"uri":"fulcio.githubapp.com","certChain":{"certificates":[{"rawBytes":"MIICKzCCAbCgAwIBAgIUOpyw2HaZefsj/4SPXutGof8E2CkwCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwxMB4XDTI0MDUxMzAwMDAwMFoXDTI1MDUxMzAwMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwyMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEJNJWvW8fckfk/oQmh+qCeIlFXl9YLEkKSjZCgcVB92Fi1HQnvmpCiyqpvP91SmT1/G6QbrmTGV7MmIQlDnBWHNUT+jwZ3elGu/yfr/v8U0uhZTIli/BMj5Y4ICHK/j4do3sweTAOBgNVHQ8BAf8EBAMCAQYwEwYDVR0lBAwwCgYIKwYBBQUHAwMwEgYDVR0TAQH/BAgwBgEB/wIBADAdBgNVHQ4EFgQUD0fF3cs+ldPyiWohHJ3JmO91V7gwHwYDVR0jBBgwFoAUwOG4UqRLTz7eejgRBs9JjqFFmzMwCgYIKoZIzj0EAwMDaQAwZgIxAO7BRC9i7oGUHjjlcHU/bfqk2NLy7t6wm3K5W+jBLFbAj6sVjYcY+rrYhop/OjclbQIxALafBKLPIPjoCI29BUHwLBFP6e92ZlyaoFtoqccceXAevRaDjXFvb5+M7wnD6AuAJw=="},{"rawBytes":"MIICFTCCAZugAwIBAgIUD3Jlqt4qhrcZI4UnGfPGrEq/pjQwCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDkxMTEyMDAwMFoXDTI4MDkwOTEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwxMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE7X7nK0wC7uEmDjW+on0sXIX3FacL3hhcrhneA+M/kl1OtvQiPmFrH9lbUQqOj/AfspJ8uGY3jaq8WuSg6ghatzYfuuzLAJIK4nGpCBafncF8EynOssPq64/Dz+JUWXqlo2YwZDAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBATAdBgNVHQ4EFgQUwOG4UqRLTz7eejgRBs9JjqFFmzMwHwYDVR0jBBgwFoAUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaAAwZQIxAI8HWLrke7uzhOpwlD1cNixPmoX9XFKe7bEPozo0D+vKi0Gt6VlC7xPedFIw4/AypAIwQP+FGRWvfx0IAH5/n0aRiN7/LVpyFA5RkJASZOVOib2Y8pNuhXa9V3ZbWO6v6kW/"},{"rawBytes":"MIIB9TCCAXqgAwIBAgIUNFryA06EHDIcd5EIbe8swbl9OY4wCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDgwNzEyMDAwMFoXDTMzMDgwNDEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEXYaXx4H0oNuVP/2cfydA3oaafvvkkkgb5hbL8/j/BO25S7uTmDOCA5e4QLLWCKFuc+xp2j14tCH4WmHzMUDvf2tXtInVliY5wZgQMM9L6klo/IwA9x4omdcjnT+kKJAjo0UwQzAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBAjAdBgNVHQ4EFgQUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaQAwZgIxAPzXsV+eokrqOHSQZH/XhhHE1slOscKy3DQpYpYJ1AWmJ2lJu/XOmubBX5s7apllUwIxALw2Ts8CDACiK42UymC8fk6sbNfoXUAWqdyKTVt2Lst+wNdkRniGvx7jT65BKTkcsQ=="}]},"validFor":{"start":"2024-05-13T00:00:00Z","end":"2024-10-25T00:00:00Z"}},{"subject":{"organization":"GitHub, Inc.","commonName":"Internal Services Root"},"uri":"fulcio.githubapp.com","certChain":{"certificates":[{"rawBytes":"MIICKzCCAbCgAwIBAgIUQeyd9UH06yZ63pDuqjgUZ58CnpMwCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwxMB4XDTI0MTAwMzEyMDAwMFoXDTI1MTAwMzEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwyMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEwvbET2w+j9j9j50iTInH1gb9GSXkpsCvWz5orX1zgme+/Qh/5gMkpfmgfOSLV2ZRgT1hzujYmnKQvP2mCxYnbwQELAkAf+VhEY/7Uw3zZvguGQSdF1cxzRHiMTOha5eFo3sweTAOBgNVHQ8BAf8EBAMCAQYwEwYDVR0lBAwwCgYIKwYBBQUHAwMwEgYDVR0TAQH/BAgwBgEB/wIBADAdBgNVHQ4EFgQUMib9z4ZYBcQANTVvVCa3KoTGbBUwHwYDVR0jBBgwFoAUwOG4UqRLTz7eejgRBs9JjqFFmzMwCgYIKoZIzj0EAwMDaQAwZgIxAPIU/zlJiJrxn6oTWNdEAD/YBSnhyxcvpq1D2DzFy8E8hbkEfMZPErYL7HyoL/BkdwIxAN9KDEKyktEUBrfHehfcLAzI2kERJx+8DSslXswOIbLaeqYfWsmrQAt5C0X/nOWxXA=="},{"rawBytes":"MIICFTCCAZugAwIBAgIUD3Jlqt4qhrcZI4UnGfPGrEq/pjQwCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDkxMTEyMDAwMFoXDTI4MDkwOTEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwxMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE7X7nK0wC7uEmDjW+on0sXIX3FacL3hhcrhneA+M/kl1OtvQiPmFrH9lbUQqOj/AfspJ8uGY3jaq8WuSg6ghatzYfuuzLAJIK4nGpCBafncF8EynOssPq64/Dz+JUWXqlo2YwZDAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBATAdBgNVHQ4EFgQUwOG4UqRLTz7eejgRBs9JjqFFmzMwHwYDVR0jBBgwFoAUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaAAwZQIxAI8HWLrke7uzhOpwlD1cNixPmoX9XFKe7bEPozo0D+vKi0Gt6VlC7xPedFIw4/AypAIwQP+FGRWvfx0IAH5/n0aRiN7/LVpyFA5RkJASZOVOib2Y8pNuhXa9V3ZbWO6v6kW/"},{"rawBytes":"MIIB9TCCAXqgAwIBAgIUNFryA06EHDIcd5EIbe8swbl9OY4wCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDgwNzEyMDAwMFoXDTMzMDgwNDEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEXYaXx4H0oNuVP/2cfydA3oaafvvkkkgb5hbL8/j/BO25S7uTmDOCA5e4QLLWCKFuc+xp2j14tCH4WmHzMUDvf2tXtInVliY5wZgQMM9L6klo/IwA9x4omdcjnT+kKJAjo0UwQzAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBAjAdBgNVHQ4EFgQUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaQAwZgIxAPzXsV+eokrqOHSQZH/XhhHE1slOscKy3DQpYpYJ1AWmJ2lJu/XOmubBX5s7apllUwIxALw2Ts8CDACiK42UymC8fk6sbNfoXUAWqdyKTVt2Lst+wNdkRniGvx7jT65BKTkcsQ=="}]},"validFor":{"start":"2024-10-07T00:00:00Z","end":"2025-06-19T00:00:00Z"}},{"subject":{"organization":"GitHub, Inc.","commonName":"Internal Services Root"},"uri":"fulcio.githubapp.com","certChain":{"certificates":[{"rawBytes":"MIICKTCCAbCgAwIBAgIUU7Y2PESb8FK88XCRQvI2rKDB5skwCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwxMB4XDTI1MDUyNzAwMDAwMFoXDTI2MDUyNzAwMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwyMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEevMuOTGccTTXLu65xinRJP4gxkOemyAPCmUXEvhXKtLd+aDgN87PI0QxutOmPuQD2dLZVfxQmt5lvwJpUDIVYkKpH3mDxYbF6MJPMbq+A/EhkMaOS2+mcJRJdY2uam0Vo3sweTAOBgNVHQ8BAf8EBAMCAQYwEwYDVR0lBAwwCgYIKwYBBQUHAwMwEgYDVR0TAQH/BAgwBgEB/wIBADAdBgNVHQ4EFgQU8tE1L3b7FV3qJKzSqy1w97vPt6AwHwYDVR0jBBgwFoAUwOG4UqRLTz7eejgRBs9JjqFFmzMwCgYIKoZIzj0EAwMDZwAwZAIwSIsnfcDIvp+9SGBe9Es4xLDgZ6/B3wtODu+jtNUznQFPw1/WHa3iBMp3vYPkIqZDAjBBD4AKu166Hg7tDd5E8ckSCNNDkXD0Q7Xdl4yujgqv0goVMeOgRA1pKDGszhunjAQ="},{"rawBytes":"MIICFTCCAZugAwIBAgIUD3Jlqt4qhrcZI4UnGfPGrEq/pjQwCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDkxMTEyMDAwMFoXDTI4MDkwOTEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwxMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE7X7nK0wC7uEmDjW+on0sXIX3FacL3hhcrhneA+M/kl1OtvQiPmFrH9lbUQqOj/AfspJ8uGY3jaq8WuSg6ghatzYfuuzLAJIK4nGpCBafncF8EynOssPq64/Dz+JUWXqlo2YwZDAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBATAdBgNVHQ4EFgQUwOG4UqRLTz7eejgRBs9JjqFFmzMwHwYDVR0jBBgwFoAUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaAAwZQIxAI8HWLrke7uzhOpwlD1cNixPmoX9XFKe7bEPozo0D+vKi0Gt6VlC7xPedFIw4/AypAIwQP+FGRWvfx0IAH5/n0aRiN7/LVpyFA5RkJASZOVOib2Y8pNuhXa9V3ZbWO6v6kW/"},{"rawBytes":"MIIB9TCCAXqgAwIBAgIUNFryA06EHDIcd5EIbe8swbl9OY4wCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDgwNzEyMDAwMFoXDTMzMDgwNDEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEXYaXx4H0oNuVP/2cfydA3oaafvvkkkgb5hbL8/j/BO25S7uTmDOCA5e4QLLWCKFuc+xp2j14tCH4WmHzMUDvf2tXtInVliY5wZgQMM9L6klo/IwA9x4omdcjnT+kKJAjo0UwQzAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBAjAdBgNVHQ4EFgQUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaQAwZgIxAPzXsV+eokrqOHSQZH/XhhHE1slOscKy3DQpYpYJ1AWmJ2lJu/XOmubBX5s7apllUwIxALw2Ts8CDACiK42UymC8fk6sbNfoXUAWqdyKTVt2Lst+wNdkRniGvx7jT65BKTkcsQ=="}]},"validFor":{"start":"2025-05-27T00:00:00Z","end":"2025-12-09T00:00:00Z"}},{"subject":{"organization":"GitHub, Inc.","commonName":"Internal Services Root"},"uri":"fulcio.githubapp.com","certChain":{"certificates":[{"rawBytes":"MIICKjCCAbCgAwIBAgIUNansGfOzaol+jXgh/wsz0X36zTMwCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwxMB4XDTI1MTExMzAwMDAwMFoXDTI2MTExMzAwMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwyMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE24Un0srydTqXkWtrVrNdgPRNa1cCZqBRpFImYqItuVs/mszkn+RSlwcMzg/LwphU84qwA8Xv2z8ZaIETHspoQgMO4dP5zhJ5W8M+9crL1kR4Co2vS3TJZF9Qpsg+HiTro3sweTAOBgNVHQ8BAf8EBAMCAQYwEwYDVR0lBAwwCgYIKwYBBQUHAwMwEgYDVR0TAQH/BAgwBgEB/wIBADAdBgNVHQ4EFgQUGO6KtZB8c9gbXS2uNF3tXCtFNhEwHwYDVR0jBBgwFoAUwOG4UqRLTz7eejgRBs9JjqFFmzMwCgYIKoZIzj0EAwMDaAAwZQIxALmOdTRy/SiOc+QSf+eAPz24xWGhMryvNpyNvBZDeyqthC9KaMKmX+kHwJ0A6/bTXQIwE1mPbkH6tBXuWxlR/2Bj7UZ3MADlHSYGQUjpHMdQqJk17UVBywad5U6uA/f0pFdU"},{"rawBytes":"MIICFTCCAZugAwIBAgIUD3Jlqt4qhrcZI4UnGfPGrEq/pjQwCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDkxMTEyMDAwMFoXDTI4MDkwOTEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwxMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE7X7nK0wC7uEmDjW+on0sXIX3FacL3hhcrhneA+M/kl1OtvQiPmFrH9lbUQqOj/AfspJ8uGY3jaq8WuSg6ghatzYfuuzLAJIK4nGpCBafncF8EynOssPq64/Dz+JUWXqlo2YwZDAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBATAdBgNVHQ4EFgQUwOG4UqRLTz7eejgRBs9JjqFFmzMwHwYDVR0jBBgwFoAUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaAAwZQIxAI8HWLrke7uzhOpwlD1cNixPmoX9XFKe7bEPozo0D+vKi0Gt6VlC7xPedFIw4/AypAIwQP+FGRWvfx0IAH5/n0aRiN7/LVpyFA5RkJASZOVOib2Y8pNuhXa9V3ZbWO6v6kW/"},{"rawBytes":"MIIB9TCCAXqgAwIBAgIUNFryA06EHDIcd5EIbe8swbl9OY4wCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDgwNzEyMDAwMFoXDTMzMDgwNDEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEXYaXx4H0oNuVP/2cfydA3oaafvvkkkgb5hbL8/j/BO25S7uTmDOCA5e4QLLWCKFuc+xp2j14tCH4WmHzMUDvf2tXtInVliY5wZgQMM9L6klo/IwA9x4omdcjnT+kKJAjo0UwQzAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBAjAdBgNVHQ4EFgQUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaQAwZgIxAPzXsV+eokrqOHSQZH/XhhHE1slOscKy3DQpYpYJ1AWmJ2lJu/XOmubBX5s7apllUwIxALw2Ts8CDACiK42UymC8fk6sbNfoXUAWqdyKTVt2Lst+wNdkRniGvx7jT65BKTkcsQ=="}]},"validFor":{"start":"2025-11-13T00:00:00Z","end":"2026-07-13T00:00:00Z"}},{"subject":{"organization":"GitHub, Inc.","commonName":"Internal Services Root"},"uri":"fulcio.githubapp.com","certChain":{"certificates":[{"rawBytes":"MIICKjCCAbCgAwIBAgIUCZdc6761A2K2ny11d+8tvDIlBuAwCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwxMB4XDTI2MDYxMjAwMDAwMFoXDTI3MDYxMjAwMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwyMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE8K+awztD1Q48OQsI2PzffEwHJxdHoKneYSSRgnG6VCk0RlZWeVHM7EwpsDMgMMz98IrRqVBAjxSt7fs39rz6NUKG3T26Khv0gmzuJ1xG0j0BmK0j0kkfRvzYpQKv108to3sweTAOBgNVHQ8BAf8EBAMCAQYwEwYDVR0lBAwwCgYIKwYBBQUHAwMwEgYDVR0TAQH/BAgwBgEB/wIBADAdBgNVHQ4EFgQUgeNOwb9e7ggupu+PZL6nr0Wgm88wHwYDVR0jBBgwFoAUwOG4UqRLTz7eejgRBs9JjqFFmzMwCgYIKoZIzj0EAwMDaAAwZQIweEGv0C3qXaA2+oPahLsBzRA2C5+oWNE5Jq1Qpqrn0QeDCSY5eCKzwFjVa5eICks5AjEAsifahLxtAiHc0I2SWHYX3s3sfOLPArgK6oBM0hKbIMCOokEUhss67N06KOuV2rqQ"},{"rawBytes":"MIICFTCCAZugAwIBAgIUD3Jlqt4qhrcZI4UnGfPGrEq/pjQwCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDkxMTEyMDAwMFoXDTI4MDkwOTEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwxMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE7X7nK0wC7uEmDjW+on0sXIX3FacL3hhcrhneA+M/kl1OtvQiPmFrH9lbUQqOj/AfspJ8uGY3jaq8WuSg6ghatzYfuuzLAJIK4nGpCBafncF8EynOssPq64/Dz+JUWXqlo2YwZDAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBATAdBgNVHQ4EFgQUwOG4UqRLTz7eejgRBs9JjqFFmzMwHwYDVR0jBBgwFoAUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaAAwZQIxAI8HWLrke7uzhOpwlD1cNixPmoX9XFKe7bEPozo0D+vKi0Gt6VlC7xPedFIw4/AypAIwQP+FGRWvfx0IAH5/n0aRiN7/LVpyFA5RkJASZOVOib2Y8pNuhXa9V3ZbWO6v6kW/"},{"rawBytes":"MIIB9TCCAXqgAwIBAgIUNFryA06EHDIcd5EIbe8swbl9OY4wCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDgwNzEyMDAwMFoXDTMzMDgwNDEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEXYaXx4H0oNuVP/2cfydA3oaafvvkkkgb5hbL8/j/BO25S7uTmDOCA5e4QLLWCKFuc+xp2j14tCH4WmHzMUDvf2tXtInVliY5wZgQMM9L6klo/IwA9x4omdcjnT+kKJAjo0UwQzAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBAjAdBgNVHQ4EFgQUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaQAwZgIxAPzXsV+eokrqOHSQZH/XhhHE1slOscKy3DQpYpYJ1AWmJ2lJu/XOmubBX5s7apllUwIxALw2Ts8CDACiK42UymC8fk6sbNfoXUAWqdyKTVt2Lst+wNdkRniGvx7jT65BKTkcsQ=="}]},"validFor":{"start":"2026-06-12T00:00:00Z"}}],"timestampAuthorities":[{"subject":{"organization":"GitHub, Inc.","commonName":"Internal Services Root"},"uri":"timestamp.githubapp.com","certChain":{"certificates":[{"rawBytes":"MIICHDCCAaGgAwIBAgIUNDVlmtZuvoujn4KwiC/oxIr8hxAwCgYIKoZIzj0EAwMwMjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMRkwFwYDVQQDExBUU0EgaW50ZXJtZWRpYXRlMB4XDTIzMDgzMTEyMDAwMFoXDTI0MDgzMDEyMDAwMFowMjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMRkwFwYDVQQDExBUU0EgVGltZXN0YW1waW5nMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEV/zJhNTdu0Fa9hGCUih/JvqEoE81tEWrAVwUXXhdRgIY9hIFErLhNo6sSOpV9d7Zuy0KWMHhcimCUr41a1732ByVRy3f+Z4QhqpsgFMh5b5J90HJLK7HOyUZjehAnvSno3gwdjAOBgNVHQ8BAf8EBAMCB4AwDAYDVR0TAQH/BAIwADAdBgNVHQ4EFgQUGwE6T5ZIh6lY9wP6vt42UHyVMewwHwYDVR0jBBgwFoAUdh+GTP65aetHLVLs9hdhGgDIKIwwFgYDVR0lAQH/BAwwCgYIKwYBBQUHAwgwCgYIKoZIzj0EAwMDaQAwZgIxAJo48LtrSsn0UmLtqGiUKg2EUvso+aDN5EyjpvMmobZ/Oq9zjnR7Of369hoABW4/1gIxANg5ZW4FqijhsXnA3md6jM9yLrLCI9QL+KnuZnXq6WgAcNQaAN7PNNjVDKV3iJEklw=="},{"rawBytes":"MIICJDCCAaqgAwIBAgIUckXVHpiw7iJY1V/jY8LYLj5TgqAwCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDgwNzEyMDAwMFoXDTI4MDgwNTEyMDAwMFowMjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMRkwFwYDVQQDExBUU0EgaW50ZXJtZWRpYXRlMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEISv96hTQ58QroEzzu4K+o9p8YkwDCBia2U7Y+VBNbOG/w1mLRibve9hSeUE1FSyLBMkiFSSm6MexcsbjyqOoNtRxuMinyYt6DSEox+/It2s/bTPyNAN0QP0DCQQOpnTZo3sweTAOBgNVHQ8BAf8EBAMCAQYwEwYDVR0lBAwwCgYIKwYBBQUHAwgwEgYDVR0TAQH/BAgwBgEB/wIBADAdBgNVHQ4EFgQUdh+GTP65aetHLVLs9hdhGgDIKIwwHwYDVR0jBBgwFoAUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaAAwZQIxAIhf+2E5W2yOb/fCDAjhL/G/jerf74M0tG/zyo32U2keawxkzZosDdwnPaHaGLynAQIwa8nr3en4fZz1AdOZm6nK5hr1qK2F94nifgnAJ/WeT0fZnK/oHan0R28x363qYuYH"},{"rawBytes":"MIIB9TCCAXqgAwIBAgIUNFryA06EHDIcd5EIbe8swbl9OY4wCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDgwNzEyMDAwMFoXDTMzMDgwNDEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEXYaXx4H0oNuVP/2cfydA3oaafvvkkkgb5hbL8/j/BO25S7uTmDOCA5e4QLLWCKFuc+xp2j14tCH4WmHzMUDvf2tXtInVliY5wZgQMM9L6klo/IwA9x4omdcjnT+kKJAjo0UwQzAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBAjAdBgNVHQ4EFgQUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaQAwZgIxAPzXsV+eokrqOHSQZH/XhhHE1slOscKy3DQpYpYJ1AWmJ2lJu/XOmubBX5s7apllUwIxALw2Ts8CDACiK42UymC8fk6sbNfoXUAWqdyKTVt2Lst+wNdkRniGvx7jT65BKTkcsQ=="}]},"validFor":{"start":"2023-10-27T16:30:00Z","end":"2024-05-25T00:00:00Z"}},{"subject":{"organization":"GitHub, Inc.","commonName":"Internal Services Root"},"uri":"timestamp.githubapp.com","certChain":{"certificates":[{"rawBytes":"MIICGzCCAaGgAwIBAgIUPPgn6ner1PU/75CQ+62fdBuazaAwCgYIKoZIzj0EAwMwMjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMRkwFwYDVQQDExBUU0EgaW50ZXJtZWRpYXRlMB4XDTI0MDUxMzAwMDAwMFoXDTI1MDUxMzAwMDAwMFowMjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMRkwFwYDVQQDExBUU0EgVGltZXN0YW1waW5nMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEA0pG1mAC4qafk1JJuOoIvhnMME9XmBDxjGFreDLnyzaexIzRw+UHUFy8C2gE6Me+0tIGQt4Ftbu66NGmfvBkR6boPMYQSU2O5X5ykZBm/9LR/Aqz0lgmBy/OlXvTJjglo3gwdjAOBgNVHQ8BAf8EBAMCB4AwDAYDVR0TAQH/BAIwADAdBgNVHQ4EFgQUDa4GVhd97Z2V8kiVl9DB0kC53CMwHwYDVR0jBBgwFoAUdh+GTP65aetHLVLs9hdhGgDIKIwwFgYDVR0lAQH/BAwwCgYIKwYBBQUHAwgwCgYIKoZIzj0EAwMDaAAwZQIwEQHd++b7IBAAuqT2/1i/wXf1WM2XrkFF6qd1c3kFcBVvdLQyJ5KoyNUHnfCCVJROAjEA+FoASOEcARlU6RqVcif9JthHwzh6nNwz0AfAHvO8xantN/7HjiLmFrFEGR/g0kN/"},{"rawBytes":"MIICJDCCAaqgAwIBAgIUckXVHpiw7iJY1V/jY8LYLj5TgqAwCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDgwNzEyMDAwMFoXDTI4MDgwNTEyMDAwMFowMjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMRkwFwYDVQQDExBUU0EgaW50ZXJtZWRpYXRlMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEISv96hTQ58QroEzzu4K+o9p8YkwDCBia2U7Y+VBNbOG/w1mLRibve9hSeUE1FSyLBMkiFSSm6MexcsbjyqOoNtRxuMinyYt6DSEox+/It2s/bTPyNAN0QP0DCQQOpnTZo3sweTAOBgNVHQ8BAf8EBAMCAQYwEwYDVR0lBAwwCgYIKwYBBQUHAwgwEgYDVR0TAQH/BAgwBgEB/wIBADAdBgNVHQ4EFgQUdh+GTP65aetHLVLs9hdhGgDIKIwwHwYDVR0jBBgwFoAUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaAAwZQIxAIhf+2E5W2yOb/fCDAjhL/G/jerf74M0tG/zyo32U2keawxkzZosDdwnPaHaGLynAQIwa8nr3en4fZz1AdOZm6nK5hr1qK2F94nifgnAJ/WeT0fZnK/oHan0R28x363qYuYH"},{"rawBytes":"MIIB9TCCAXqgAwIBAgIUNFryA06EHDIcd5EIbe8swbl9OY4wCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDgwNzEyMDAwMFoXDTMzMDgwNDEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEXYaXx4H0oNuVP/2cfydA3oaafvvkkkgb5hbL8/j/BO25S7uTmDOCA5e4QLLWCKFuc+xp2j14tCH4WmHzMUDvf2tXtInVliY5wZgQMM9L6klo/IwA9x4omdcjnT+kKJAjo0UwQzAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBAjAdBgNVHQ4EFgQUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaQAwZgIxAPzXsV+eokrqOHSQZH/XhhHE1slOscKy3DQpYpYJ1AWmJ2lJu/XOmubBX5s7apllUwIxALw2Ts8CDACiK42UymC8fk6sbNfoXUAWqdyKTVt2Lst+wNdkRniGvx7jT65BKTkcsQ=="}]},"validFor":{"start":"2024-05-13T00:00:00Z","end":"2024-10-25T00:00:00Z"}},{"subject":{"organization":"GitHub, Inc.","commonName":"Internal Services Root"},"uri":"timestamp.githubapp.com","certChain":{"certificates":[{"rawBytes":"MIICGzCCAaGgAwIBAgIUH7swiMTn+svhcDh80OeZccDTj7AwCgYIKoZIzj0EAwMwMjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMRkwFwYDVQQDExBUU0EgaW50ZXJtZWRpYXRlMB4XDTI0MTAwNDEyMDAwMFoXDTI1MTAwNDEyMDAwMFowMjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMRkwFwYDVQQDExBUU0EgVGltZXN0YW1waW5nMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEM7jdYNBTeD6hjym2/y73b50u2AFQsf8305Sr1NleOqamH9aWt6obhJQH3NoNUw9iFzHcDvafYWQFMu7SmOxS5n3aqwwfR8oJxKnEl36uCmGB+8TXS3B76SVTHEhG5rzOo3gwdjAOBgNVHQ8BAf8EBAMCB4AwDAYDVR0TAQH/BAIwADAdBgNVHQ4EFgQUQvz9YbWX3S6a+jruBkhRBiE2RCkwHwYDVR0jBBgwFoAUdh+GTP65aetHLVLs9hdhGgDIKIwwFgYDVR0lAQH/BAwwCgYIKwYBBQUHAwgwCgYIKoZIzj0EAwMDaAAwZQIxAI4dhu5iyx/g+z1vKAAWvHtebl1ZwsC+Vwgjm6Ttlq5yLNHHvYEnJ/h15Qv2IuXvdgIwZ8H/iy4lXsFJdFYSsB1/zavl24EgxSzxK/pCpihXMetYYDA/lX3xMyquisMx45rN"},{"rawBytes":"MIICJDCCAaqgAwIBAgIUckXVHpiw7iJY1V/jY8LYLj5TgqAwCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDgwNzEyMDAwMFoXDTI4MDgwNTEyMDAwMFowMjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMRkwFwYDVQQDExBUU0EgaW50ZXJtZWRpYXRlMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEISv96hTQ58QroEzzu4K+o9p8YkwDCBia2U7Y+VBNbOG/w1mLRibve9hSeUE1FSyLBMkiFSSm6MexcsbjyqOoNtRxuMinyYt6DSEox+/It2s/bTPyNAN0QP0DCQQOpnTZo3sweTAOBgNVHQ8BAf8EBAMCAQYwEwYDVR0lBAwwCgYIKwYBBQUHAwgwEgYDVR0TAQH/BAgwBgEB/wIBADAdBgNVHQ4EFgQUdh+GTP65aetHLVLs9hdhGgDIKIwwHwYDVR0jBBgwFoAUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaAAwZQIxAIhf+2E5W2yOb/fCDAjhL/G/jerf74M0tG/zyo32U2keawxkzZosDdwnPaHaGLynAQIwa8nr3en4fZz1AdOZm6nK5hr1qK2F94nifgnAJ/WeT0fZnK/oHan0R28x363qYuYH"},{"rawBytes":"MIIB9TCCAXqgAwIBAgIUNFryA06EHDIcd5EIbe8swbl9OY4wCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDgwNzEyMDAwMFoXDTMzMDgwNDEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEXYaXx4H0oNuVP/2cfydA3oaafvvkkkgb5hbL8/j/BO25S7uTmDOCA5e4QLLWCKFuc+xp2j14tCH4WmHzMUDvf2tXtInVliY5wZgQMM9L6klo/IwA9x4omdcjnT+kKJAjo0UwQzAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBAjAdBgNVHQ4EFgQUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaQAwZgIxAPzXsV+eokrqOHSQZH/XhhHE1slOscKy3DQpYpYJ1AWmJ2lJu/XOmubBX5s7apllUwIxALw2Ts8CDACiK42UymC8fk6sbNfoXUAWqdyKTVt2Lst+wNdkRniGvx7jT65BKTkcsQ=="}]},"validFor":{"start":"2024-10-07T00:00:00Z","end":"2025-06-19T00:00:00Z"}},{"subject":{"organization":"GitHub, Inc.","commonName":"Internal Services Root"},"uri":"timestamp.githubapp.com","certChain":{"certificates":[{"rawBytes":"MIICGzCCAaGgAwIBAgIUaaAaeAO3NzYXR/muq5YMnGY34IUwCgYIKoZIzj0EAwMwMjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMRkwFwYDVQQDExBUU0EgaW50ZXJtZWRpYXRlMB4XDTI1MDUyNzAwMDAwMFoXDTI2MDUyNzAwMDAwMFowMjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMRkwFwYDVQQDExBUU0EgVGltZXN0YW1waW5nMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEAjyAb+jWITMjkgbjWC02N05Zf5/kPs73ICf5/8lHSyHnoqqItP2z3fkMpWiRpelX8eIjzCjZ0Zht+DpGxtJUNh5jMa+fFv2qoDLGbnQ17DXKXCr9nWHF4vCMflHZK5JHo3gwdjAOBgNVHQ8BAf8EBAMCB4AwDAYDVR0TAQH/BAIwADAdBgNVHQ4EFgQUyvAcv8s1s37A/IWZAwdEptzjfWIwHwYDVR0jBBgwFoAUdh+GTP65aetHLVLs9hdhGgDIKIwwFgYDVR0lAQH/BAwwCgYIKwYBBQUHAwgwCgYIKoZIzj0EAwMDaAAwZQIwMnoHA4qDtR3eRohUIhvHGG70xT9XMfEnuj0kRvi9wu9VumL4pXqz1ktJgTBm6DrYAjEA5SYnRfUm2yAYmGEkJr9RvSCV9O7X+fL8KqfM4TOPrXJLMERQjhRXbWZ4DjxvifnF"},{"rawBytes":"MIICJDCCAaqgAwIBAgIUckXVHpiw7iJY1V/jY8LYLj5TgqAwCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDgwNzEyMDAwMFoXDTI4MDgwNTEyMDAwMFowMjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMRkwFwYDVQQDExBUU0EgaW50ZXJtZWRpYXRlMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEISv96hTQ58QroEzzu4K+o9p8YkwDCBia2U7Y+VBNbOG/w1mLRibve9hSeUE1FSyLBMkiFSSm6MexcsbjyqOoNtRxuMinyYt6DSEox+/It2s/bTPyNAN0QP0DCQQOpnTZo3sweTAOBgNVHQ8BAf8EBAMCAQYwEwYDVR0lBAwwCgYIKwYBBQUHAwgwEgYDVR0TAQH/BAgwBgEB/wIBADAdBgNVHQ4EFgQUdh+GTP65aetHLVLs9hdhGgDIKIwwHwYDVR0jBBgwFoAUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaAAwZQIxAIhf+2E5W2yOb/fCDAjhL/G/jerf74M0tG/zyo32U2keawxkzZosDdwnPaHaGLynAQIwa8nr3en4fZz1AdOZm6nK5hr1qK2F94nifgnAJ/WeT0fZnK/oHan0R28x363qYuYH"},{"rawBytes":"MIIB9TCCAXqgAwIBAgIUNFryA06EHDIcd5EIbe8swbl9OY4wCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDgwNzEyMDAwMFoXDTMzMDgwNDEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEXYaXx4H0oNuVP/2cfydA3oaafvvkkkgb5hbL8/j/BO25S7uTmDOCA5e4QLLWCKFuc+xp2j14tCH4WmHzMUDvf2tXtInVliY5wZgQMM9L6klo/IwA9x4omdcjnT+kKJAjo0UwQzAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBAjAdBgNVHQ4EFgQUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaQAwZgIxAPzXsV+eokrqOHSQZH/XhhHE1slOscKy3DQpYpYJ1AWmJ2lJu/XOmubBX5s7apllUwIxALw2Ts8CDACiK42UymC8fk6sbNfoXUAWqdyKTVt2Lst+wNdkRniGvx7jT65BKTkcsQ=="}]},"validFor":{"start":"2025-05-27T00:00:00Z","end":"2025-12-09T00:00:00Z"}},{"subject":{"organization":"GitHub, Inc.","commonName":"Internal Services Root"},"uri":"timestamp.githubapp.com","certChain":{"certificates":[{"rawBytes":"MIICGzCCAaGgAwIBAgIUHiljSG9Nx/Qf/gPpl7V1kyRh/jYwCgYIKoZIzj0EAwMwMjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMRkwFwYDVQQDExBUU0EgaW50ZXJtZWRpYXRlMB4XDTI1MTExMzAwMDAwMFoXDTI2MTExMzAwMDAwMFowMjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMRkwFwYDVQQDExBUU0EgVGltZXN0YW1waW5nMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEG1ZUJgbtNpInC7jR9hi4OMWK5yF5VeRpmCs6ADS5lx23MEHo3ek32O123e3YwH+J3F9Vbpd7ePQHnpdc6tsBcQ/y/NPw2Vf+VwMI/E35C5/3Y9A5kRXq9CFXC1bU6Fj6o3gwdjAOBgNVHQ8BAf8EBAMCB4AwDAYDVR0TAQH/BAIwADAdBgNVHQ4EFgQUXa9JaNrcN+1Je5aHEemVnH2XXtMwHwYDVR0jBBgwFoAUdh+GTP65aetHLVLs9hdhGgDIKIwwFgYDVR0lAQH/BAwwCgYIKwYBBQUHAwgwCgYIKoZIzj0EAwMDaAAwZQIwJyVOay8lriDg4Up0VFWc/o19mzuQeoEItzM2dG50eXF4KbPo9zfdviS3D6StPFRGAjEA5IHCXJ8qP8CsAsQmT3IPimUTAvDNJZI4GFIxs+od/R/EUHGu4NxuwPX3A1ZnJP7z"},{"rawBytes":"MIICJDCCAaqgAwIBAgIUckXVHpiw7iJY1V/jY8LYLj5TgqAwCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDgwNzEyMDAwMFoXDTI4MDgwNTEyMDAwMFowMjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMRkwFwYDVQQDExBUU0EgaW50ZXJtZWRpYXRlMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEISv96hTQ58QroEzzu4K+o9p8YkwDCBia2U7Y+VBNbOG/w1mLRibve9hSeUE1FSyLBMkiFSSm6MexcsbjyqOoNtRxuMinyYt6DSEox+/It2s/bTPyNAN0QP0DCQQOpnTZo3sweTAOBgNVHQ8BAf8EBAMCAQYwEwYDVR0lBAwwCgYIKwYBBQUHAwgwEgYDVR0TAQH/BAgwBgEB/wIBADAdBgNVHQ4EFgQUdh+GTP65aetHLVLs9hdhGgDIKIwwHwYDVR0jBBgwFoAUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaAAwZQIxAIhf+2E5W2yOb/fCDAjhL/G/jerf74M0tG/zyo32U2keawxkzZosDdwnPaHaGLynAQIwa8nr3en4fZz1AdOZm6nK5hr1qK2F94nifgnAJ/WeT0fZnK/oHan0R28x363qYuYH"},{"rawBytes":"MIIB9TCCAXqgAwIBAgIUNFryA06EHDIcd5EIbe8swbl9OY4wCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDgwNzEyMDAwMFoXDTMzMDgwNDEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEXYaXx4H0oNuVP/2cfydA3oaafvvkkkgb5hbL8/j/BO25S7uTmDOCA5e4QLLWCKFuc+xp2j14tCH4WmHzMUDvf2tXtInVliY5wZgQMM9L6klo/IwA9x4omdcjnT+kKJAjo0UwQzAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBAjAdBgNVHQ4EFgQUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaQAwZgIxAPzXsV+eokrqOHSQZH/XhhHE1slOscKy3DQpYpYJ1AWmJ2lJu/XOmubBX5s7apllUwIxALw2Ts8CDACiK42UymC8fk6sbNfoXUAWqdyKTVt2Lst+wNdkRniGvx7jT65BKTkcsQ=="}]},"validFor":{"start":"2025-11-13T00:00:00Z","end":"2026-07-13T00:00:00Z"}},{"subject":{"organization":"GitHub, Inc.","commonName":"Internal Services Root"},"uri":"timestamp.githubapp.com","certChain":{"certificates":[{"rawBytes":"MIICGzCCAaGgAwIBAgIUFzPb1un+DvofqFPzAXiB5slHM1IwCgYIKoZIzj0EAwMwMjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMRkwFwYDVQQDExBUU0EgaW50ZXJtZWRpYXRlMB4XDTI2MDYxMjAwMDAwMFoXDTI3MDYxMjAwMDAwMFowMjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMRkwFwYDVQQDExBUU0EgVGltZXN0YW1waW5nMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAETpok7Tndv57l0YnFjKL+VpcusM8A2xgbTdV353wW8IynvsLTGAjF1BNS4x80TDKHbXxN3jSoSId1u1c3sCWpuEqHB1bbBqCfrlslNn6hyWzhwtiqRLE4LM0T+RPclKQCo3gwdjAOBgNVHQ8BAf8EBAMCB4AwDAYDVR0TAQH/BAIwADAdBgNVHQ4EFgQUu/GnSzNLJ4IjG9elW5L5a/W61JMwHwYDVR0jBBgwFoAUdh+GTP65aetHLVLs9hdhGgDIKIwwFgYDVR0lAQH/BAwwCgYIKwYBBQUHAwgwCgYIKoZIzj0EAwMDaAAwZQIxANGz5WZBgyZqGnuhr0gDhUW2s4ZXkJ1CMUaFzynjsQ0/8WZghN7Jh04vmT4Vl8y9zgIwJeBHIZNDZtjzDQB0UC+7im4snua3zsBrRbsEtWnqQhDzyT580H/uF4EVQN2kUUtZ"},{"rawBytes":"MIICJDCCAaqgAwIBAgIUckXVHpiw7iJY1V/jY8LYLj5TgqAwCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDgwNzEyMDAwMFoXDTI4MDgwNTEyMDAwMFowMjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMRkwFwYDVQQDExBUU0EgaW50ZXJtZWRpYXRlMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEISv96hTQ58QroEzzu4K+o9p8YkwDCBia2U7Y+VBNbOG/w1mLRibve9hSeUE1FSyLBMkiFSSm6MexcsbjyqOoNtRxuMinyYt6DSEox+/It2s/bTPyNAN0QP0DCQQOpnTZo3sweTAOBgNVHQ8BAf8EBAMCAQYwEwYDVR0lBAwwCgYIKwYBBQUHAwgwEgYDVR0TAQH/BAgwBgEB/wIBADAdBgNVHQ4EFgQUdh+GTP65aetHLVLs9hdhGgDIKIwwHwYDVR0jBBgwFoAUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaAAwZQIxAIhf+2E5W2yOb/fCDAjhL/G/jerf74M0tG/zyo32U2keawxkzZosDdwnPaHaGLynAQIwa8nr3en4fZz1AdOZm6nK5hr1qK2F94nifgnAJ/WeT0fZnK/oHan0R28x363qYuYH"},{"rawBytes":"MIIB9TCCAXqgAwIBAgIUNFryA06EHDIcd5EIbe8swbl9OY4wCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDgwNzEyMDAwMFoXDTMzMDgwNDEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEXYaXx4H0oNuVP/2cfydA3oaafvvkkkgb5hbL8/j/BO25S7uTmDOCA5e4QLLWCKFuc+xp2j14tCH4WmHzMUDvf2tXtInVliY5wZgQMM9L6klo/IwA9x4omdcjnT+kKJAjo0UwQzAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBAjAdBgNVHQ4EFgQUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaQAwZgIxAPzXsV+eokrqOHSQZH/XhhHE1slOscKy3DQpYpYJ1AWmJ2lJu/XOmubBX5s7apllUwIxALw2Ts8CDACiK42UymC8fk6sbNfoXUAWqdyKTVt2Lst+wNdkRniGvx7jT65BKTkcsQ=="}]},"validFor":{"start":"2026-06-12T00:00:00Z"}}]}');
;// CONCATENATED MODULE: ./src/sigstore/verify/github-root.ts
/**
 * GitHub's Sigstore trusted root (its Fulcio and timestamp authority, no log): refreshed over
 * TUF from GitHub's repository when the network may be used, the embedded copy otherwise. The
 * embedded files and their source are described in github/README.md.
 *
 * The refresh fails soft on purpose: it only ever replaces one root signed by GitHub with a
 * newer one, and the embedded root still verifies what GitHub's current CAs issued; a warning
 * says which was used.
 */







const EMBEDDED_GITHUB_ROOT_SOURCE = "the embedded trusted root of GitHub's Sigstore instance";
const GITHUB_ROOT_SOURCE = {
    mirrorURL: instances/* GITHUB_URLS */.z.tufMirror,
    tufRootJson: JSON.stringify(root_namespaceObject),
    embeddedTrustedRootJson: JSON.stringify(github_trusted_root_namespaceObject),
};
async function loadGitHubRoot(options) {
    const source = options.source ?? GITHUB_ROOT_SOURCE;
    const embedded = () => parseTrustedRoot(source.embeddedTrustedRootJson, EMBEDDED_GITHUB_ROOT_SOURCE);
    if (options.offline)
        return { root: embedded(), source: EMBEDDED_GITHUB_ROOT_SOURCE };
    try {
        const root = await refreshOverTuf(source, options.cachePath);
        return {
            root,
            source: `the trusted root of GitHub's Sigstore instance (TUF, ${source.mirrorURL})`,
        };
    }
    catch (error) {
        return {
            root: embedded(),
            source: EMBEDDED_GITHUB_ROOT_SOURCE,
            warning: `GitHub's trusted root could not be refreshed from ${source.mirrorURL} (${(0,errors/* messageOf */.bD)(error)}); using ${EMBEDDED_GITHUB_ROOT_SOURCE} (see src/sigstore/verify/github/README.md for its date)`,
        };
    }
}
async function refreshOverTuf(source, cachePath) {
    // @sigstore/tuf seeds its cache from a root.json file; the embedded one is written next to it.
    (0,external_node_fs_.mkdirSync)(cachePath, { recursive: true });
    const rootPath = (0,external_node_path_.join)(cachePath, 'github-tuf-root.json');
    (0,external_node_fs_.writeFileSync)(rootPath, source.tufRootJson);
    const { getTrustedRoot } = await Promise.all(/* import() */[__webpack_require__.e(2830), __webpack_require__.e(3694)]).then(__webpack_require__.bind(__webpack_require__, 84423));
    const root = await getTrustedRoot({
        mirrorURL: source.mirrorURL,
        rootPath,
        cachePath,
        retry: 1,
        timeout: 10_000,
    });
    return validateTrustedRoot(root, `GitHub's trusted root from ${source.mirrorURL}`);
}

;// CONCATENATED MODULE: ./src/sigstore/verify/index.ts
/** Sigstore verification: bundles, cosign classic signatures, trust material, conformance. */










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
