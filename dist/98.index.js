export const id = 98;
export const ids = [98];
export const modules = {

/***/ 39098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PlainLogger: () => (/* binding */ PlainLogger),
/* harmony export */   a: () => (/* binding */ GitLabLogger)
/* harmony export */ });
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62727);
/**
 * Logging behind one interface, so every step groups its output the same way on GitHub
 * (`::group::`), GitLab (collapsible sections) and a terminal.
 */

const stderrWrite = (text) => process.stderr.write(text);
/** Plain terminal output, on stderr so stdout stays free for results. */
class PlainLogger {
    write;
    verbose;
    redactor = new _redact_js__WEBPACK_IMPORTED_MODULE_0__/* .Redactor */ .p();
    depth = 0;
    constructor(write = stderrWrite, verbose = false) {
        this.write = write;
        this.verbose = verbose;
    }
    info(message) {
        this.line(message);
    }
    warning(message, where) {
        this.line(`warning: ${locate(where)}${message}`);
    }
    error(message, where) {
        this.line(`error: ${locate(where)}${message}`);
    }
    debug(message) {
        if (this.verbose)
            this.line(`debug: ${message}`);
    }
    startGroup(title) {
        this.line(`▸ ${title}`);
        this.depth += 1;
    }
    endGroup() {
        this.depth = Math.max(0, this.depth - 1);
    }
    addSecret(secret) {
        this.redactor.add(secret);
    }
    line(message) {
        const indent = '  '.repeat(this.depth);
        const text = this.redactor.redact(message);
        this.write(text
            .split('\n')
            .map((part) => indent + part)
            .join('\n') + '\n');
    }
}
function locate(where) {
    if (!where)
        return '';
    return where.line === undefined ? `${where.file}: ` : `${where.file}:${where.line}: `;
}
/** GitLab CI: each group is a collapsible section (FORMATS.md §5). */
class GitLabLogger extends PlainLogger {
    clock;
    open = [];
    counter = 0;
    constructor(write = stderrWrite, clock = () => Math.floor(Date.now() / 1000)) {
        super(write);
        this.clock = clock;
    }
    startGroup(title) {
        this.counter += 1;
        const name = `imprint_${this.counter}_${title
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '_')
            .slice(0, 40)}`;
        this.open.push(name);
        this.write(`\u001b[0Ksection_start:${this.clock()}:${name}[collapsed=true]\r\u001b[0K${this.redactor.redact(title)}\n`);
    }
    endGroup() {
        const name = this.open.pop();
        if (name)
            this.write(`\u001b[0Ksection_end:${this.clock()}:${name}\r\u001b[0K\n`);
    }
}


/***/ }),

/***/ 62727:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ Redactor)
/* harmony export */ });
/**
 * Secrets never reach a log: every line any logger prints goes through the redactor, and
 * every secret (passwords, tokens, key passwords) is registered with it as soon as it is read.
 */
const MIN_SECRET_LENGTH = 4;
class Redactor {
    secrets = new Set();
    add(secret) {
        if (secret === undefined)
            return;
        const trimmed = secret.trim();
        if (trimmed.length < MIN_SECRET_LENGTH)
            return;
        this.secrets.add(trimmed);
        // base64 forms leak through Basic auth headers and docker config files.
        this.secrets.add(Buffer.from(trimmed).toString('base64'));
    }
    redact(text) {
        let result = text;
        for (const secret of this.secrets)
            result = result.split(secret).join('***');
        return result;
    }
    get size() {
        return this.secrets.size;
    }
}


/***/ })

};
