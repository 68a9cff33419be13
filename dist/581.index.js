export const id = 581;
export const ids = [581];
export const modules = {

/***/ 581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCliDoor: () => (/* binding */ runCliDoor)
/* harmony export */ });
async function runCliDoor(argv) {
    console.log('imprint', argv.join(' '));
}


/***/ })

};
