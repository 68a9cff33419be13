export const id = 131;
export const ids = [131];
export const modules = {

/***/ 94131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   conformanceCommand: () => (/* binding */ conformanceCommand)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53155);
/**
 * `imprint conformance verify-bundle …`: the verify half of the sigstore-conformance CLI
 * protocol, so the conformance suite can drive imprint's verifier as it drives cosign.
 */


const USAGE = [
    'imprint conformance verify-bundle: verify a Sigstore bundle (sigstore-conformance protocol).',
    '',
    'Usage: imprint conformance verify-bundle --bundle FILE',
    '         (--certificate-identity I --certificate-oidc-issuer U | --key K)',
    '         [--trusted-root R] FILE_OR_sha256:DIGEST',
    '',
    'Exit code 0 when the bundle verifies, 1 when it does not.',
    '',
].join('\n');
const conformanceCommand = {
    summary: 'Conformance-suite door: verify-bundle.',
    help: () => USAGE,
    async run(argv, io) {
        if ((0,_command_js__WEBPACK_IMPORTED_MODULE_1__/* .wantsHelp */ .lx)(argv)) {
            io.stdout(USAGE);
            return _command_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_OK */ .Ij;
        }
        const [verb, ...rest] = argv;
        if (verb !== 'verify-bundle') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ImprintError */ .m0('INPUT_INVALID', `unknown conformance verb "${verb ?? ''}"`, {
                hint: 'the only verb is verify-bundle',
            });
        }
        const { conformanceVerifyBundle } = await Promise.all(/* import() */[__webpack_require__.e(128), __webpack_require__.e(242), __webpack_require__.e(467), __webpack_require__.e(122)]).then(__webpack_require__.bind(__webpack_require__, 5467));
        const result = await conformanceVerifyBundle(rest);
        io.stdout(`${result.message}\n`);
        return result.ok ? _command_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_OK */ .Ij : _command_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_FAILED */ .hj;
    },
};


/***/ })

};
