export const id = 8928;
export const ids = [8928];
export const modules = {

/***/ 78928:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publicKeyFromStore: () => (/* binding */ publicKeyFromStore)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _pkcs11_uri_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28201);
/**
 * The public key of a key a verifier names (`--key`, policy `signers[].key`), read from its
 * store. Such a reference is printed in reports, logs and exported policies, so one carrying a
 * PIN (pin-value) is refused: a PIN belongs in a pin-source file, and a public key object is
 * read without one.
 */


async function publicKeyFromStore(reference, written, open) {
    if (reference.kind === 'pkcs11' && reference.pin !== undefined && 'value' in reference.pin) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('KEY_REFERENCE_INVALID', `The key ${(0,_pkcs11_uri_js__WEBPACK_IMPORTED_MODULE_1__/* .redactPkcs11Uri */ .Re)(written)} carries its PIN (pin-value): the reference is printed in verify reports and logs, so the PIN would be too.`, {
            hint: 'drop pin-value (a public key object is readable without logging in), or use pin-source=FILE',
        });
    }
    return (await open(reference)).publicKeyPem();
}


/***/ })

};
