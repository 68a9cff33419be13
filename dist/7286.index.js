export const id = 7286;
export const ids = [7286];
export const modules = {

/***/ 67286:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  conformanceCommand: () => (/* binding */ conformanceCommand)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/doors/exit-codes.ts
var exit_codes = __webpack_require__(28654);
;// CONCATENATED MODULE: ./src/doors/cli/command.ts
function wantsHelp(argv) {
    return argv.includes('--help') || argv.includes('-h');
}

;// CONCATENATED MODULE: ./src/doors/cli/conformance.ts
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
        if (wantsHelp(argv)) {
            io.stdout(USAGE);
            return exit_codes/* EXIT_OK */.Ij;
        }
        const [verb, ...rest] = argv;
        if (verb !== 'verify-bundle') {
            throw new errors/* ImprintError */.m0('INPUT_INVALID', `unknown conformance verb "${verb ?? ''}"`, {
                hint: 'the only verb is verify-bundle',
            });
        }
        const { conformanceVerifyBundle } = await Promise.all(/* import() */[__webpack_require__.e(5128), __webpack_require__.e(4242), __webpack_require__.e(2997), __webpack_require__.e(2534)]).then(__webpack_require__.bind(__webpack_require__, 92997));
        const result = await conformanceVerifyBundle(rest);
        io.stdout(`${result.message}\n`);
        return result.ok ? exit_codes/* EXIT_OK */.Ij : exit_codes/* EXIT_FAILED */.hj;
    },
};


/***/ })

};
