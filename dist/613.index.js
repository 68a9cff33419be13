export const id = 613;
export const ids = [613];
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
        const { runVerifyCommand } = await Promise.all(/* import() */[__webpack_require__.e(396), __webpack_require__.e(752), __webpack_require__.e(128), __webpack_require__.e(242), __webpack_require__.e(838), __webpack_require__.e(142), __webpack_require__.e(268), __webpack_require__.e(467), __webpack_require__.e(525), __webpack_require__.e(675), __webpack_require__.e(580)]).then(__webpack_require__.bind(__webpack_require__, 79580));
        return runVerifyCommand(argv, io);
    },
};


/***/ })

};
