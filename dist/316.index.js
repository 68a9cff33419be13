export const id = 316;
export const ids = [316];
export const modules = {

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


/***/ })

};
