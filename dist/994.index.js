export const id = 994;
export const ids = [994];
export const modules = {

/***/ 63613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyCommand: () => (/* binding */ verifyCommand)
/* harmony export */ });
const HELP_SUMMARY = 'Verify images against a policy: signatures, attestations, vulnerabilities.';
const verifyCommand = {
    summary: HELP_SUMMARY,
    help: () => `imprint verify: ${HELP_SUMMARY}\n\nRun 'imprint verify --help' for its flags.\n`,
    async run(argv, io) {
        const { runVerifyCommand } = await Promise.all(/* import() */[__webpack_require__.e(19), __webpack_require__.e(752), __webpack_require__.e(128), __webpack_require__.e(242), __webpack_require__.e(838), __webpack_require__.e(761), __webpack_require__.e(613), __webpack_require__.e(467), __webpack_require__.e(672), __webpack_require__.e(675), __webpack_require__.e(209)]).then(__webpack_require__.bind(__webpack_require__, 85590));
        return runVerifyCommand(argv, io);
    },
};


/***/ })

};
