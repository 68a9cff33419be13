export const id = 1490;
export const ids = [1490];
export const modules = {

/***/ 78801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* binding */ createContext)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/ci/redact.ts
var redact = __webpack_require__(62727);
;// CONCATENATED MODULE: ./src/ci/github-logger.ts
/** GitHub Actions logging through @actions/core: groups, annotations and masks. */


class GitHubLogger {
    redactor = new redact/* Redactor */.p();
    info(message) {
        core/* info */.pq(this.redactor.redact(message));
    }
    warning(message, where) {
        core/* warning */.$e(this.redactor.redact(message), annotation(where));
    }
    error(message, where) {
        core/* error */.z3(this.redactor.redact(message), annotation(where));
    }
    debug(message) {
        core/* debug */.Yz(this.redactor.redact(message));
    }
    startGroup(title) {
        core/* startGroup */.Oh(title);
    }
    endGroup() {
        core/* endGroup */.N4();
    }
    addSecret(secret) {
        if (secret === undefined || secret === '')
            return;
        core/* setSecret */.Pq(secret);
        this.redactor.add(secret);
    }
}
function annotation(where) {
    if (!where)
        return undefined;
    return where.line === undefined
        ? { file: where.file }
        : { file: where.file, startLine: where.line };
}

// EXTERNAL MODULE: ./src/ci/log.ts
var log = __webpack_require__(39098);
;// CONCATENATED MODULE: ./src/ci/dotenv.ts
/**
 * GitLab `artifacts:reports:dotenv`: KEY=value lines, keys [A-Za-z0-9_], no multi-line
 * values, at most 5 KB in all (FORMATS.md §5). Later jobs receive the digest through it.
 */
const DOTENV_MAX_BYTES = 5 * 1024;
const PREFIX = 'IMPRINT_';
function dotenvKey(outputName) {
    return PREFIX + outputName.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
}
/**
 * Outputs in the order given. Newline-separated lists (`tags`) become comma-separated, as
 * dotenv has no multi-line values; a value that would pass the budget is dropped, not cut.
 */
function toDotenv(outputs) {
    const lines = [];
    const dropped = [];
    let size = 0;
    for (const [name, raw] of Object.entries(outputs)) {
        const value = raw
            .split(/\r?\n/)
            .filter((part) => part !== '')
            .join(',');
        const line = `${dotenvKey(name)}=${value}`;
        const bytes = Buffer.byteLength(line) + 1;
        if (size + bytes > DOTENV_MAX_BYTES) {
            dropped.push(name);
            continue;
        }
        lines.push(line);
        size += bytes;
    }
    return { text: lines.map((line) => line + '\n').join(''), dropped };
}

// EXTERNAL MODULE: ./src/ci/choose-platform.ts + 4 modules
var choose_platform = __webpack_require__(96583);
;// CONCATENATED MODULE: ./src/ci/context.ts
/**
 * Where logs, outputs and the summary go, on the CI platform the job runs on (platform.ts has
 * the platform's facts). One implementation of every step runs on GitHub, GitLab and a
 * terminal alike.
 */






class CollectingContext {
    platform;
    log;
    summaryFile;
    values = {};
    summaryWritten = false;
    constructor(platform, log, summaryFile) {
        this.platform = platform;
        this.log = log;
        this.summaryFile = summaryFile;
    }
    setOutput(name, value) {
        this.values[name] = value;
    }
    outputs() {
        return { ...this.values };
    }
    writeSummary(markdown) {
        if (this.summaryFile) {
            // The first section of this run replaces an old file; later sections (a policy gate) follow it.
            if (this.summaryWritten)
                (0,external_node_fs_.appendFileSync)(this.summaryFile, `\n${markdown}`);
            else
                (0,external_node_fs_.writeFileSync)(this.summaryFile, markdown);
            this.summaryWritten = true;
            this.log.info(`Summary written to ${this.summaryFile}`);
        }
        else {
            this.log.startGroup('Summary');
            this.log.info(markdown);
            this.log.endGroup();
        }
        return Promise.resolve();
    }
}
/** GitHub Actions: outputs to $GITHUB_OUTPUT, summary to $GITHUB_STEP_SUMMARY. */
class GitHubContext extends CollectingContext {
    constructor(platform) {
        super(platform, new GitHubLogger());
    }
    setOutput(name, value) {
        super.setOutput(name, value);
        core/* setOutput */.uH(name, value);
    }
    async writeSummary(markdown) {
        try {
            await core/* summary */.z.addRaw(markdown, true).write({ overwrite: false });
        }
        catch (error) {
            // GitHub Enterprise Server without job summaries: the step still succeeds.
            this.log.warning(`The job summary could not be written (${String(error)}); the step goes on.`);
        }
    }
}
/** GitLab CI: outputs also go to a dotenv report so later jobs get the digest. */
class GitLabContext extends CollectingContext {
    dotenvPath;
    constructor(platform, dotenvPath, summaryFile) {
        super(platform, new log/* GitLabLogger */.a(), summaryFile);
        this.dotenvPath = dotenvPath;
    }
    setOutput(name, value) {
        super.setOutput(name, value);
        if (!this.dotenvPath)
            return;
        const { text, dropped } = toDotenv(this.outputs());
        (0,external_node_fs_.writeFileSync)(this.dotenvPath, text);
        if (dropped.includes(name)) {
            this.log.warning(`Output ${name} is not in the dotenv report (it would pass GitLab's 5 KB limit).`);
        }
    }
}
function createContext(options) {
    const platform = (0,choose_platform/* detectPlatform */.l)(options.env);
    if (platform.name === 'github')
        return new GitHubContext(platform);
    if (platform.name === 'gitlab') {
        const dotenv = options.dotenvPath ?? platform.dotenvDefault;
        return new GitLabContext(platform, dotenv, options.summaryFile);
    }
    return new CollectingContext(platform, options.logger ?? new log/* PlainLogger */.T(), options.summaryFile);
}


/***/ }),

/***/ 75901:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L7: () => (/* binding */ progressFor)
/* harmony export */ });
/* unused harmony exports createProgress, formatBytes */
const DEFAULT_INTERVAL_MS = 5000;
/** About ten redraws a second: smooth to the eye, negligible to the terminal. */
const REDRAW_MS = 100;
const BAR_WIDTH = 20;
const BINARY_UNITS = ['KiB', 'MiB', 'GiB', 'TiB'];
const ERASE_TO_END = '\u001b[K';
function createProgress(options) {
    const now = options.now ?? Date.now;
    const interval = options.intervalMs ?? DEFAULT_INTERVAL_MS;
    const total = options.total && options.total > 0 ? options.total : undefined;
    const started = now();
    let amount = 0;
    let lastOutput = options.interactive ? -Infinity : started;
    let finished = false;
    const snapshot = (at) => ({
        label: options.label,
        unit: options.unit,
        amount,
        total,
        elapsedMs: at - started,
    });
    // The bar is redrawn over itself; the final line replaces it and stays.
    const redraw = (text, end = '') => options.write(`\r${text}${ERASE_TO_END}${end}`);
    return {
        advance(n) {
            if (finished)
                return;
            amount += n;
            const at = now();
            if (at - lastOutput < (options.interactive ? REDRAW_MS : interval))
                return;
            lastOutput = at;
            if (options.interactive)
                redraw(renderBar(snapshot(at)));
            else
                options.write(renderLine(snapshot(at)));
        },
        done() {
            if (finished)
                return;
            finished = true;
            const at = now();
            const final = renderFinal(snapshot(at));
            if (options.interactive)
                redraw(final, '\n');
            else
                options.write(final);
        },
    };
}
/**
 * Progress for a run: a bar on stderr when a person watches a local terminal, otherwise
 * lines through the run's logger (so they are grouped, indented and redacted like the rest).
 */
function progressFor(context, terminal = process.stderr) {
    const interactive = context.platform.name === 'local' && terminal.isTTY === true;
    return (work) => createProgress({
        ...work,
        interactive,
        write: interactive ? (text) => terminal.write(text) : (line) => context.log.info(line),
    });
}
/** `label [#####-----] 42% 12.3 MiB/30 MiB 4.1 MiB/s` */
function renderBar(s) {
    const parts = [s.label];
    if (s.total !== undefined) {
        const filled = Math.round(fraction(s) * BAR_WIDTH);
        parts.push(`[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}]`, `${percent(s)}%`);
        parts.push(`${formatAmount(s.amount, s.unit)}/${formatAmount(s.total, s.unit)}`);
    }
    else {
        parts.push(formatAmount(s.amount, s.unit));
    }
    const rate = formatRate(s);
    if (rate)
        parts.push(rate);
    return parts.join(' ');
}
/** `label: 12.3 MiB of 30 MiB (41%), 4.1 MiB/s` */
function renderLine(s) {
    const done = formatAmount(s.amount, s.unit);
    const progress = s.total === undefined ? done : `${done} of ${formatAmount(s.total, s.unit)} (${percent(s)}%)`;
    const rate = formatRate(s);
    return `${s.label}: ${progress}${rate ? `, ${rate}` : ''}`;
}
/** `label: 30 MiB in 7.2 s, 4.2 MiB/s` */
function renderFinal(s) {
    const rate = formatRate(s);
    const seconds = (s.elapsedMs / 1000).toFixed(1);
    return `${s.label}: ${formatAmount(s.amount, s.unit)} in ${seconds} s${rate ? `, ${rate}` : ''}`;
}
/** Binary units, one decimal where it says something: `512 B`, `1.5 KiB`, `30 MiB`. */
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${Math.round(bytes)} B`;
    let value = bytes;
    let unit = BINARY_UNITS[0];
    for (const candidate of BINARY_UNITS) {
        value /= 1024;
        unit = candidate;
        if (value < 1024)
            break;
    }
    return `${trimDecimal(value)} ${unit}`;
}
function formatAmount(amount, unit) {
    if (unit === 'bytes')
        return formatBytes(amount);
    return `${amount} ${amount === 1 ? 'item' : 'items'}`;
}
/** Average since the start; none before any time has passed (it would be infinite). */
function formatRate(s) {
    if (s.elapsedMs <= 0)
        return undefined;
    const perSecond = (s.amount * 1000) / s.elapsedMs;
    return s.unit === 'bytes' ? `${formatBytes(perSecond)}/s` : `${trimDecimal(perSecond)} items/s`;
}
function fraction(s) {
    return s.total === undefined ? 0 : Math.min(1, s.amount / s.total);
}
function percent(s) {
    return Math.floor(fraction(s) * 100);
}
function trimDecimal(value) {
    return value.toFixed(1).replace(/\.0$/, '');
}


/***/ }),

/***/ 51554:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* binding */ runVerifyStep)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/report/verify-json.ts

const VERIFY_REPORT_SCHEMA = 'imprint/verify-report/v1';
function verifyReportJson(report, meta) {
    const outcomes = report.images.map((image) => image.verdict.outcome);
    return {
        schema: VERIFY_REPORT_SCHEMA,
        tool: { name: 'imprint', version: version/* VERSION */.x },
        startedAt: report.startedAt,
        durationMs: report.durationMs,
        policy: { source: meta.policySource, mode: report.mode },
        offline: meta.offline,
        verified: report.verified,
        violations: report.violations,
        counts: {
            images: report.images.length,
            pass: outcomes.filter((o) => o === 'pass').length,
            warn: outcomes.filter((o) => o === 'warn').length,
            fail: outcomes.filter((o) => o === 'fail').length,
        },
        images: report.images.map(imageJson),
    };
}
function renderVerifyReportJson(report, meta) {
    return `${JSON.stringify(verifyReportJson(report, meta), null, 2)}\n`;
}
/** image reference → resolved digest, for the `digests` output (unresolved images left out). */
function digestsOf(report) {
    const digests = {};
    for (const image of report.images) {
        if (image.verdict.digest !== undefined)
            digests[image.reference] = image.verdict.digest;
    }
    return digests;
}
function imageJson(image) {
    const { verdict } = image;
    const json = {
        reference: image.reference,
        outcome: verdict.outcome,
        violations: image.violations,
        locations: image.locations,
        checks: verdict.checks,
        platforms: (verdict.platforms ?? []).map(platformJson),
    };
    if (verdict.digest !== undefined)
        json.digest = verdict.digest;
    if (image.evidence !== undefined)
        json.evidence = image.evidence;
    return json;
}
function platformJson(verdict) {
    const json = { outcome: verdict.outcome, checks: verdict.checks };
    if (verdict.platform !== undefined)
        json.platform = verdict.platform;
    if (verdict.digest !== undefined)
        json.digest = verdict.digest;
    return json;
}

// EXTERNAL MODULE: ./src/report/verify-junit.ts
var verify_junit = __webpack_require__(78064);
// EXTERNAL MODULE: ./src/report/verify-summary.ts
var verify_summary = __webpack_require__(86252);
// EXTERNAL MODULE: ./src/ci/progress.ts
var progress = __webpack_require__(75901);
// EXTERNAL MODULE: ./src/registry/ca-file.ts
var ca_file = __webpack_require__(31838);
// EXTERNAL MODULE: ./src/registry/reference.ts
var registry_reference = __webpack_require__(79310);
;// CONCATENATED MODULE: ./src/manifests/dedupe.ts

/** Docker's normal form, so spellings of one image collapse; unparsable text is its own key. */
function imageKey(reference) {
    try {
        return (0,registry_reference/* formatImage */.vy)((0,registry_reference/* normaliseImage */.WF)(reference));
    }
    catch {
        return reference;
    }
}
function dedupeImages(images) {
    const byKey = new Map();
    for (const image of images) {
        // An unmodelled field is its own finding even when a container names the same image.
        const key = `${image.unmodelled !== undefined ? 'unmodelled ' : ''}${imageKey(image.reference)}`;
        const seen = byKey.get(key);
        if (!seen) {
            byKey.set(key, { ...image, locations: [...image.locations] });
            continue;
        }
        for (const location of image.locations) {
            if (!seen.locations.some((l) => l.file === location.file && l.line === location.line)) {
                seen.locations.push(location);
            }
        }
    }
    return [...byKey.values()];
}

;// CONCATENATED MODULE: ./src/util/file-patterns.ts
/**
 * File patterns as people give them to verify (`manifests`, `bundles`): a literal path or a glob
 * (Node's fs.glob: `*`, `**`, `?`, `[…]`, `{a,b}`) against a working directory, and paths shown
 * back the way the person would write them. What a directory stands for, and what a pattern
 * that matches nothing means, is the caller's.
 */


const GLOB_CHARACTERS = /[*?[\]{}]/;
function isGlobPattern(pattern) {
    return GLOB_CHARACTERS.test(pattern);
}
/** The regular files a glob matches, as absolute paths (directories and dangling links left out). */
async function globFiles(pattern, cwd) {
    const found = [];
    for await (const entry of (0,promises_.glob)(pattern, { cwd })) {
        const path = (0,external_node_path_.isAbsolute)(entry) ? entry : (0,external_node_path_.resolve)(cwd, entry);
        if ((await (0,promises_.stat)(path).catch(() => undefined))?.isFile())
            found.push(path);
    }
    return found;
}
/** Relative to the working directory (with `/`) when inside it, else the absolute path. */
function displayPath(path, cwd) {
    const shown = (0,external_node_path_.relative)(cwd, path);
    if (shown === '' || shown.startsWith('..') || (0,external_node_path_.isAbsolute)(shown))
        return path;
    return shown.split(external_node_path_.sep).join('/');
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/manifests/yaml-nodes.ts
/**
 * Reading parsed YAML as nodes rather than plain data, so every value keeps the line it was
 * written on: the verify report and the CI annotations point at that line.
 */

/** Follows an alias (`*name`) to the node it stands for. */
function deref(node, source) {
    return (0,dist/* isAlias */.Vj)(node) ? node.resolve(source.doc) : node;
}
function asMap(node, source) {
    const target = deref(node, source);
    return (0,dist/* isMap */.jh)(target) ? target : undefined;
}
function asSeq(node, source) {
    const target = deref(node, source);
    return (0,dist/* isSeq */.oP)(target) ? target : undefined;
}
/** Merge keys nest (a merged map may merge others); deeper than this is a mistake. */
const MAX_MERGE_DEPTH = 16;
/**
 * The node under `key` of a map node (not its plain value). A key the map does not hold
 * itself is looked up in what it merges (`<<: *base`, `<<: [*a, *b]`, first source wins):
 * kubectl and docker compose read YAML merge keys, so a container's `image` may come from one.
 */
function child(map, key, source) {
    return lookup(map, key, source, 0);
}
function lookup(map, key, source, depth) {
    if (!map)
        return undefined;
    const own = map.get(key, true);
    if (own !== undefined || depth >= MAX_MERGE_DEPTH)
        return own;
    for (const merged of mergeSources(map, source)) {
        const found = lookup(merged, key, source, depth + 1);
        if (found !== undefined)
            return found;
    }
    return undefined;
}
/** The maps a `<<` key merges into this one, in priority order. */
function mergeSources(map, source) {
    const sources = [];
    for (const pair of map.items) {
        if (!(0,dist/* isScalar */.jn)(pair.key) || pair.key.value !== '<<')
            continue;
        const value = deref(pair.value, source);
        const items = (0,dist/* isSeq */.oP)(value) ? value.items : [value];
        for (const item of items) {
            const target = deref(item, source);
            if ((0,dist/* isMap */.jh)(target))
                sources.push(target);
        }
    }
    return sources;
}
/**
 * A scalar's text as written: `newTag: 1.20` stays "1.20" (its value would be the number 1.2).
 * Undefined for anything that is not a string or number scalar.
 */
function scalarText(node, source) {
    const target = deref(node, source);
    if (!(0,dist/* isScalar */.jn)(target))
        return undefined;
    if (typeof target.value === 'string')
        return target.value;
    if (typeof target.value === 'number')
        return typeof target.source === 'string' ? target.source : String(target.value);
    return undefined;
}
/** 1-based line where a node starts (1 when the parser kept no position). */
function lineOf(node, source) {
    const range = node?.range;
    return range ? source.lines.linePos(range[0]).line : 1;
}

;// CONCATENATED MODULE: ./src/manifests/kustomize.ts


const KUSTOMIZATION_FILE_NAMES = [
    'kustomization.yaml',
    'kustomization.yml',
    'Kustomization',
];
/** Where resources come from; all are read the same way. */
const RESOURCE_KEYS = ['resources', 'bases', 'components'];
/**
 * Kustomization keys that cannot change an image: names, labels, namespaces, replica counts,
 * generated ConfigMaps and Secrets, schema hints. Every other key (patches in all three forms,
 * `replacements`, `vars`, `transformers`, `generators`, `helmCharts`, `configurations`, …, and
 * keys kustomize does not know, which it rejects too) may change what deploys and is not
 * applied here, so the kustomization is refused rather than read as if the key were absent.
 */
const IMAGE_NEUTRAL_KEYS = new Set([
    'apiVersion',
    'kind',
    'metadata',
    ...RESOURCE_KEYS,
    'images',
    'namespace',
    'namePrefix',
    'nameSuffix',
    'commonLabels',
    'labels',
    'commonAnnotations',
    'configMapGenerator',
    'secretGenerator',
    'generatorOptions',
    'replicas',
    'buildMetadata',
    'sortOptions',
    'openapi',
    'crds',
]);
const RENDER_HINT = 'run `kustomize build <dir> > rendered.yaml` (or `kubectl kustomize <dir>`) in the pipeline and pass rendered.yaml as `manifests`';
/** A kustomization feature verify does not apply: refused, because what deploys is unknown. */
function notModelled(where, what) {
    return new errors/* ImprintError */.m0('MANIFEST_FILE_INVALID', `${where}: ${what} can change the images that deploy, and imprint does not apply it: render with \`kustomize build\` and pass the output`, { hint: RENDER_HINT });
}
function isKustomization(root, source, fileName) {
    if (KUSTOMIZATION_FILE_NAMES.includes(fileName))
        return true;
    // Flux's `Kustomization` (kustomize.toolkit.fluxcd.io) is a Kubernetes object, not a kustomization.
    const apiVersion = scalarText(child(root, 'apiVersion', source), source);
    return (scalarText(child(root, 'kind', source), source) === 'Kustomization' &&
        (apiVersion === undefined || apiVersion.startsWith('kustomize.config.k8s.io/')));
}
function readKustomization(root, source, file) {
    for (const pair of root.items) {
        const key = scalarText(pair.key, source);
        if (key !== undefined && IMAGE_NEUTRAL_KEYS.has(key))
            continue;
        throw notModelled(`${file}:${lineOf(pair.key, source)}`, `\`${key ?? '(a non-text key)'}\``);
    }
    const resources = [];
    for (const key of RESOURCE_KEYS) {
        for (const item of asSeq(child(root, key, source), source)?.items ?? []) {
            const path = scalarText(item, source);
            if (path)
                resources.push({ path, line: lineOf(item, source) });
        }
    }
    const overrides = (asSeq(child(root, 'images', source), source)?.items ?? []).map((item) => readOverride(item, source, file));
    return { resources, overrides };
}
function readOverride(item, source, file) {
    const line = lineOf(item, source);
    const entry = asMap(item, source);
    const field = (key) => scalarText(child(entry, key, source), source)?.trim() || undefined;
    const name = field('name');
    if (!entry || name === undefined) {
        throw new errors/* ImprintError */.m0('MANIFEST_FILE_INVALID', `${file}:${line}: an images: entry needs a name (the image it overrides)`, { hint: 'write e.g. "- name: ghcr.io/acme/app\\n  newTag: 1.2.3", as kustomize expects' });
    }
    const override = { name, line };
    const newName = field('newName');
    const newTag = field('newTag');
    const digest = field('digest');
    if (newName !== undefined)
        override.newName = newName;
    if (newTag !== undefined)
        override.newTag = newTag;
    if (digest !== undefined)
        override.digest = digest;
    return override;
}
/** kustomize's image.Split: the tag colon is looked for after the first `/` (so ports stay). */
function splitImage(reference) {
    const slash = reference.indexOf('/');
    const offset = slash > 0 ? slash : 0;
    const rest = reference.slice(offset);
    const at = rest.indexOf('@');
    const colon = rest.indexOf(':');
    const name = reference.slice(0, offset);
    if (at < 0 && colon < 0)
        return { name: reference };
    if (at >= 0 && (colon < 0 || at < colon)) {
        return { name: name + rest.slice(0, at), digest: rest.slice(at + 1) };
    }
    if (at >= 0) {
        return {
            name: name + rest.slice(0, colon),
            tag: rest.slice(colon + 1, at),
            digest: rest.slice(at + 1),
        };
    }
    return { name: name + rest.slice(0, colon), tag: rest.slice(colon + 1) };
}
/** The first override whose name matches the image, and the image it turns it into. */
function applyOverrides(reference, overrides) {
    const image = splitImage(reference);
    const override = overrides.find((candidate) => candidate.name === image.name);
    return override ? { reference: rewrite(image, override), override } : { reference };
}
/** The image an override names on its own (when no resource image matched it). */
function overrideImage(override) {
    return rewrite({ name: override.name }, override);
}
function rewrite(image, override) {
    let { tag, digest } = image;
    const name = override.newName ?? image.name;
    if (override.newTag !== undefined && override.digest !== undefined) {
        tag = override.newTag;
        digest = override.digest;
    }
    else if (override.newTag !== undefined) {
        tag = override.newTag;
        digest = undefined;
    }
    else if (override.digest !== undefined) {
        digest = override.digest;
        tag = undefined;
    }
    return `${name}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
}
/** Resources kustomize fetches itself (git, http): not read here. */
function isRemoteResource(path) {
    return (/^[a-z][a-z0-9+.-]*:\/\//i.test(path) ||
        /^(github\.com|gitlab\.com|bitbucket\.org)\//.test(path) ||
        path.startsWith('git@'));
}

;// CONCATENATED MODULE: ./src/manifests/compose.ts

/** A Compose file is a map with a `services` map and no Kubernetes `kind`. */
function isComposeFile(root, source) {
    return (asMap(child(root, 'services', source), source) !== undefined &&
        child(root, 'kind', source) === undefined);
}
function composeImages(root, source) {
    const found = { images: [], problems: [] };
    const services = asMap(child(root, 'services', source), source);
    for (const pair of services?.items ?? []) {
        const name = scalarText(pair.key, source) ?? '(unnamed)';
        const service = asMap(pair.value, source);
        if (!service)
            continue;
        const imageNode = child(service, 'image', source);
        const image = scalarText(imageNode, source)?.trim();
        if (image) {
            found.images.push({ reference: image, line: lineOf(imageNode, source) });
        }
        else {
            // `build:` without `image:` runs a local build: nothing in a registry to verify.
            found.problems.push({
                line: lineOf(pair.key, source),
                message: `service ${name} has no image (built locally?), so it is not verified`,
            });
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/manifests/kubernetes.ts
/**
 * Images a Kubernetes object runs. Pod specs sit at different depths per kind (Pod: `spec`;
 * Deployment, StatefulSet, DaemonSet, ReplicaSet, Job: `spec.template.spec`; CronJob:
 * `spec.jobTemplate.spec.template.spec`; a `List` holds whole objects under `items`), and
 * custom resources embed them too (Argo Rollouts, Knative, Tekton, Argo Workflows). So the
 * object is walked, and every image-bearing field found in it yields its image — one rule per
 * field, not per kind, so it covers kinds not named here:
 *
 * - items of `containers`, `initContainers`, `ephemeralContainers`, and of Tekton's and Argo
 *   Workflows' `steps` / `sidecars` lists: their `image`;
 * - the maps under `container`, `script` (Argo Workflows templates) and `stepTemplate`
 *   (Tekton): their `image`;
 * - items of `volumes`: `image.reference` (image volumes).
 *
 * The backstop: any other `image:` scalar or `image.reference` in the object is reported as
 * unmodelled, so an image in a field this walker does not know fails the verification
 * instead of passing unseen. Pure.
 */


/** Lists of containers: an item without an image is worth a note. */
const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'];
/** Lists whose items may carry an image (Tekton steps/sidecars, Argo Workflows sidecars). */
const STEP_LISTS = ['steps', 'sidecars'];
/** Maps that may carry an image (Argo Workflows `container`/`script`, Tekton `stepTemplate`). */
const IMAGE_MAPS = ['container', 'script', 'stepTemplate'];
/** The only fields kustomize's `images:` rewrites (its legacy image filter). */
const KUSTOMIZE_REWRITES = ['containers', 'initContainers'];
/** Deeper than any real object; a guard against pathological input. */
const MAX_DEPTH = 64;
function isKubernetesObject(root, source) {
    return (scalarText(child(root, 'kind', source), source) !== undefined &&
        scalarText(child(root, 'apiVersion', source), source) !== undefined);
}
function kubernetesImages(root, source) {
    const state = {
        source,
        found: { images: [], problems: [] },
        covered: new Set(),
        candidates: [],
    };
    walk(root, [], state);
    const seen = new Set();
    for (const { node, path } of state.candidates) {
        if (state.covered.has(node) || seen.has(node))
            continue;
        seen.add(node);
        const reference = scalarText(node, source)?.trim();
        if (!reference)
            continue;
        state.found.images.push({ reference, line: lineOf(node, source), unmodelled: path });
    }
    return state.found;
}
function walk(node, path, state) {
    // Aliases are not followed while walking: a cycle of anchors cannot loop, and the node an
    // alias stands for is walked where it is defined.
    if (path.length > MAX_DEPTH)
        return;
    if ((0,dist/* isSeq */.oP)(node)) {
        node.items.forEach((item, index) => walk(item, [...path, `[${index}]`], state));
        return;
    }
    if (!(0,dist/* isMap */.jh)(node))
        return;
    for (const pair of node.items) {
        const key = scalarText(pair.key, state.source);
        if (key === undefined)
            continue;
        const value = deref(pair.value, state.source);
        const here = [...path, key];
        if ((0,dist/* isSeq */.oP)(value))
            readList(key, value.items, state);
        else if (IMAGE_MAPS.includes(key) && (0,dist/* isMap */.jh)(value))
            readImageOf(value, key, state);
        if (key === 'image') {
            if ((0,dist/* isScalar */.jn)(value))
                state.candidates.push({ node: value, path: dotted(here) });
            else if ((0,dist/* isMap */.jh)(value)) {
                const reference = value.get('reference', true);
                if ((0,dist/* isScalar */.jn)(reference)) {
                    state.candidates.push({ node: reference, path: dotted([...here, 'reference']) });
                }
            }
        }
        walk(pair.value, here, state);
    }
}
function readList(key, items, state) {
    const containers = CONTAINER_LISTS.includes(key);
    if (!containers && !STEP_LISTS.includes(key) && key !== 'volumes')
        return;
    for (const item of items) {
        const map = asMap(item, state.source);
        if (!map)
            continue;
        if (key === 'volumes') {
            readVolumeImage(map, state);
            continue;
        }
        const found = readImageOf(map, key, state);
        if (!found && containers) {
            const name = scalarText(child(map, 'name', state.source), state.source) ?? '(unnamed)';
            state.found.problems.push({
                line: lineOf(map, state.source),
                message: `container ${name} names no image`,
            });
        }
    }
}
/** The `image` of a container-like map (its own, or one it merges); false when it has none. */
function readImageOf(map, field, state) {
    const imageNode = deref(child(map, 'image', state.source), state.source);
    const image = scalarText(imageNode, state.source)?.trim();
    if (!image)
        return false;
    state.covered.add(imageNode);
    const found = { reference: image, line: lineOf(imageNode, state.source) };
    if (!KUSTOMIZE_REWRITES.includes(field))
        found.outsideContainers = true;
    state.found.images.push(found);
    return true;
}
/** An image volume (`volumes[].image.reference`, Kubernetes 1.31+). */
function readVolumeImage(volume, state) {
    const image = asMap(child(volume, 'image', state.source), state.source);
    const referenceNode = deref(child(image, 'reference', state.source), state.source);
    const reference = scalarText(referenceNode, state.source)?.trim();
    if (!reference)
        return;
    state.covered.add(referenceNode);
    state.found.images.push({
        reference,
        line: lineOf(referenceNode, state.source),
        outsideContainers: true,
    });
}
function dotted(path) {
    return path.join('.').replace(/\.\[/g, '[');
}

;// CONCATENATED MODULE: ./src/manifests/parse.ts
/**
 * One manifest file's text → the images it deploys, each with its line. A file may hold many
 * YAML documents (`---`); each is a Kubernetes object (a `List` included), a Compose file, a
 * kustomization, or something else (ignored). Pure.
 */






const YAML_HINT = 'fix the YAML at that line (kubectl and docker compose would reject it too)';
/** `file` names the file in messages; `fileName` (its base name) spots `kustomization.yaml`. */
function parseManifestText(text, file, fileName) {
    const lines = new dist/* LineCounter */.HN();
    const docs = (0,dist/* parseAllDocuments */.hR)(text, { lineCounter: lines, prettyErrors: true });
    const result = { images: [], problems: [] };
    for (const doc of docs) {
        const error = doc.errors[0];
        if (error) {
            const position = error.linePos?.[0];
            const where = position ? `${file}:${position.line}:${position.col}` : file;
            const reason = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
            throw new errors/* ImprintError */.m0('MANIFEST_FILE_INVALID', `${where}: invalid YAML: ${reason}`, {
                hint: YAML_HINT,
            });
        }
        const source = { doc, lines };
        const root = asMap(doc.contents, source);
        if (!root)
            continue;
        if (isKustomization(root, source, fileName)) {
            const kustomization = readKustomization(root, source, file);
            result.kustomization = result.kustomization
                ? {
                    resources: [...result.kustomization.resources, ...kustomization.resources],
                    overrides: [...result.kustomization.overrides, ...kustomization.overrides],
                }
                : kustomization;
            continue;
        }
        const found = isKubernetesObject(root, source)
            ? kubernetesImages(root, source)
            : isComposeFile(root, source)
                ? composeImages(root, source)
                : undefined;
        if (!found)
            continue;
        result.images.push(...found.images);
        result.problems.push(...found.problems);
    }
    return result;
}

;// CONCATENATED MODULE: ./src/manifests/files.ts
/** Finding and reading manifest files: glob patterns → files → parsed manifests (I/O). */






/** The files a directory stands for. */
const MANIFEST_EXTENSIONS = ['yaml', 'yml', 'json'];
/** A manifest larger than this is not a manifest; refusing it keeps memory bounded. */
const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;
/**
 * Expands each pattern (Node's fs.glob: `*`, `**`, `?`, `[…]`, `{a,b}`) against `cwd`. A
 * directory stands for the YAML and JSON files under it (refused when it holds Jsonnet). A
 * pattern that matches nothing is an error: a typo must not turn into "no images, nothing to
 * verify".
 */
async function expandPatterns(patterns, cwd) {
    const files = new Set();
    for (const pattern of patterns) {
        const matched = isGlobPattern(pattern)
            ? await globFiles(pattern, cwd)
            : await literalPath(pattern, cwd);
        if (matched.length === 0) {
            throw new errors/* ImprintError */.m0('INPUT_INVALID', `manifests pattern "${pattern}" matched no file`, {
                hint: `check the pattern against the checked-out files (relative to ${cwd}), e.g. deploy/**/*.yaml`,
            });
        }
        for (const file of matched)
            files.add(file);
    }
    return [...files].sort();
}
async function literalPath(pattern, cwd) {
    const path = (0,external_node_path_.resolve)(cwd, pattern);
    let info;
    try {
        info = await (0,promises_.stat)(path);
    }
    catch (error) {
        throw unreadable(displayPath(path, cwd), error);
    }
    if (!info.isDirectory())
        return [path];
    const templated = await globFiles((0,external_node_path_.join)(path, '**', '*.jsonnet'), cwd);
    if (templated.length > 0) {
        // Argo CD evaluates .jsonnet in a directory app; its output is not in the repository.
        throw new errors/* ImprintError */.m0('MANIFEST_FILE_INVALID', `${displayPath(templated[0], cwd)}: Jsonnet in ${pattern} is rendered at deploy time, and imprint does not evaluate it, so its images would go unverified`, {
            hint: 'render it (jsonnet -y file.jsonnet > rendered.yaml) and pass the output as `manifests`',
        });
    }
    // What `kubectl apply -f <dir>` and Argo CD directory apps read: YAML and JSON.
    return globFiles((0,external_node_path_.join)(path, '**', `*.{${MANIFEST_EXTENSIONS.join(',')}}`), cwd);
}
/** Reads and parses files once each, however many kustomizations name them. */
class ManifestReader {
    cwd;
    cache = new Map();
    constructor(cwd) {
        this.cwd = cwd;
    }
    read(path) {
        let parsed = this.cache.get(path);
        if (!parsed) {
            parsed = this.load(path);
            this.cache.set(path, parsed);
        }
        return parsed;
    }
    display(path) {
        return displayPath(path, this.cwd);
    }
    async load(path) {
        const file = this.display(path);
        let text;
        try {
            const info = await (0,promises_.stat)(path);
            if (info.size > MAX_MANIFEST_BYTES) {
                throw new errors/* ImprintError */.m0('MANIFEST_FILE_INVALID', `${file}: ${info.size} bytes is larger than the ${MAX_MANIFEST_BYTES}-byte limit for a manifest`, { hint: 'point `manifests` at the deployment YAML, not at generated or binary files' });
            }
            text = await (0,promises_.readFile)(path, 'utf8');
        }
        catch (error) {
            if (error instanceof errors/* ImprintError */.m0)
                throw error;
            throw unreadable(file, error);
        }
        return parseManifestText(text, file, (0,external_node_path_.basename)(path));
    }
}
/** The kustomization file inside a directory, if it has one. */
async function kustomizationIn(directory) {
    for (const name of KUSTOMIZATION_FILE_NAMES) {
        const candidate = (0,external_node_path_.join)(directory, name);
        if ((await (0,promises_.stat)(candidate).catch(() => undefined))?.isFile())
            return candidate;
    }
    return undefined;
}
/** Paths as the repository shows them (and as CI annotations want them): relative, with `/`. */
function unreadable(file, error) {
    const code = error.code;
    const reason = code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES'
            ? 'permission denied'
            : code === 'EISDIR'
                ? 'it is a directory'
                : (0,errors/* messageOf */.bD)(error);
    return new errors/* ImprintError */.m0('MANIFEST_FILE_INVALID', `${file}: cannot read the manifest: ${reason}`, {
        cause: error,
        hint: 'check the path in `manifests` (relative to the repository root) and that the file is checked out',
    });
}

;// CONCATENATED MODULE: ./src/manifests/index.ts
/**
 * What a GitOps repository deploys: the images of the Kubernetes, Compose and Kustomize files
 * the `manifests` patterns match, each with the files and lines that reference it, each once.
 *
 * A kustomization's resources are read through it (its `images:` overrides applied, nested
 * kustomizations first), and a file one of the matched kustomizations consumes is not also
 * read on its own: the base's placeholder tag is not what deploys.
 */







/** Kustomizations nest; deeper than this is a cycle or a mistake. */
const MAX_KUSTOMIZE_DEPTH = 16;
async function imagesFromManifests(patterns, options = {}) {
    const cwd = options.cwd ?? process.cwd();
    const files = await expandPatterns(patterns, cwd);
    const reader = new ManifestReader(cwd);
    const notes = [];
    const kustomized = new Map();
    for (const file of files) {
        if ((await reader.read(file)).kustomization) {
            kustomized.set(file, await renderKustomization(file, reader, notes, []));
        }
    }
    const consumed = new Set([...kustomized.values()].flatMap((r) => [...r.consumed]));
    const images = [];
    for (const file of files) {
        if (consumed.has(file))
            continue;
        const rendered = kustomized.get(file);
        const found = rendered ? rendered.images : await plainImages(file, reader, notes);
        images.push(...found.map(({ outsideContainers: _, ...image }) => image));
    }
    return { images: dedupeImages(images), files: files.map((f) => reader.display(f)), notes };
}
async function plainImages(file, reader, notes) {
    const parsed = await reader.read(file);
    const shown = reader.display(file);
    for (const problem of parsed.problems)
        notes.push(`${shown}:${problem.line}: ${problem.message}`);
    return parsed.images.map(({ reference, line, outsideContainers, unmodelled }) => ({
        reference,
        locations: [{ file: shown, line }],
        ...(outsideContainers && { outsideContainers }),
        ...(unmodelled !== undefined && { unmodelled }),
    }));
}
async function renderKustomization(file, reader, notes, chain) {
    const shown = reader.display(file);
    if (chain.includes(file) || chain.length >= MAX_KUSTOMIZE_DEPTH) {
        throw new errors/* ImprintError */.m0('MANIFEST_FILE_INVALID', `${shown}: kustomizations include each other in a cycle (${[...chain, file].map((f) => reader.display(f)).join(' → ')})`, { hint: 'remove the resource that points back at an including kustomization' });
    }
    const kustomization = (await reader.read(file)).kustomization;
    const rendered = { images: [], consumed: new Set() };
    for (const resource of kustomization.resources) {
        if (isRemoteResource(resource.path)) {
            throw notModelled(`${shown}:${resource.line}`, `remote resource ${resource.path}`);
        }
        const target = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(file), resource.path);
        const info = await (0,promises_.stat)(target).catch(() => undefined);
        if (!info) {
            throw new errors/* ImprintError */.m0('MANIFEST_FILE_INVALID', `${shown}:${resource.line}: resource ${resource.path} does not exist`, { hint: 'fix the path (relative to the kustomization), as `kustomize build` would need' });
        }
        const nested = info.isDirectory() ? await kustomizationIn(target) : target;
        if (nested === undefined) {
            // kustomize refuses such a resource too; skipping it would hide what the directory holds.
            throw new errors/* ImprintError */.m0('MANIFEST_FILE_INVALID', `${shown}:${resource.line}: directory ${resource.path} has no kustomization file`, {
                hint: 'add a kustomization.yaml to it or name its files, as `kustomize build` would need',
            });
        }
        rendered.consumed.add(nested);
        const inner = (await reader.read(nested)).kustomization
            ? await renderKustomization(nested, reader, notes, [...chain, file])
            : { images: await plainImages(nested, reader, notes), consumed: new Set() };
        for (const path of inner.consumed)
            rendered.consumed.add(path);
        rendered.images.push(...inner.images);
    }
    rendered.images = applyAll(rendered.images, kustomization.overrides, shown);
    return rendered;
}
/**
 * Applies the overrides; an override no resource image matched still names an image. An
 * image kustomize may leave as written (outside containers) is verified both ways; an
 * unmodelled one is reported as written.
 */
function applyAll(images, overrides, shown) {
    const used = new Set();
    const result = images.flatMap((image) => {
        if (image.unmodelled !== undefined)
            return [image];
        const { reference, override } = applyOverrides(image.reference, overrides);
        if (!override)
            return [image];
        used.add(override);
        const rewritten = {
            ...image,
            reference,
            locations: [{ file: shown, line: override.line }, ...image.locations],
        };
        return image.outsideContainers ? [image, rewritten] : [rewritten];
    });
    for (const override of overrides) {
        if (used.has(override))
            continue;
        result.push({
            reference: overrideImage(override),
            locations: [{ file: shown, line: override.line }],
        });
    }
    return result;
}

// EXTERNAL MODULE: ./src/policy/load.ts
var load = __webpack_require__(58164);
// EXTERNAL MODULE: ./src/policy/from-flags.ts
var from_flags = __webpack_require__(20326);
// EXTERNAL MODULE: ./src/policy/glob-lint.ts
var glob_lint = __webpack_require__(79022);
// EXTERNAL MODULE: ./src/policy/signer-overlap.ts
var signer_overlap = __webpack_require__(16680);
// EXTERNAL MODULE: ./src/verify/engine.ts + 10 modules
var engine = __webpack_require__(7706);
// EXTERNAL MODULE: ./src/attest/predicate-types.ts
var predicate_types = __webpack_require__(64136);
// EXTERNAL MODULE: ./src/registry/manifest.ts
var registry_manifest = __webpack_require__(10506);
// EXTERNAL MODULE: ./src/verify/bundles.ts
var bundles = __webpack_require__(33300);
// EXTERNAL MODULE: ./src/verify/collected.ts
var verify_collected = __webpack_require__(33510);
// EXTERNAL MODULE: ./src/verify/classify.ts
var classify = __webpack_require__(96727);
// EXTERNAL MODULE: ./src/verify/evidence.ts + 4 modules
var verify_evidence = __webpack_require__(23865);
;// CONCATENATED MODULE: ./src/verify/bundle-file-evidence.ts
/**
 * Evidence from bundle files instead of the registry (`gh attestation verify --bundle`): for
 * air-gapped promotion, where the signatures travel as files beside the image.
 *
 * The registry is asked for one thing only, the image's manifest (its digest, and for an index
 * its platforms), and only when the files cannot answer it: a reference pinned by digest whose
 * manifest publish saved beside the bundles (`<hex>.manifest.json`, checked against the digest)
 * needs no registry at all. Signatures and attestations come from the files alone; each is
 * verified and classified exactly as a registry referrer is, so a bundle made for another
 * digest never counts. An index is verified with each of its platforms, as from the registry.
 */







class BundleFileEvidence {
    files;
    pool;
    trusts;
    used = new Set();
    constructor(files, pool, trusts) {
        this.files = files;
        this.pool = pool;
        this.trusts = trusts;
    }
    async gather(reference, parsed) {
        const evidence = (0,verify_evidence/* baseEvidence */.br)(reference, parsed);
        const what = `${parsed.registry}/${parsed.repository}${parsed.digest ? `@${parsed.digest}` : `:${parsed.tag ?? registry_reference/* DEFAULT_TAG */.fL}`}`;
        let resolved;
        try {
            resolved = await this.resolve(parsed);
        }
        catch (error) {
            const notFound = error.code === 'REGISTRY_NOT_FOUND';
            evidence.problems.push((0,verify_collected/* registryProblem */.T7)(`reading ${what}`, error, notFound ? 'image' : 'registry'));
            return evidence;
        }
        evidence.digest = resolved.digest;
        let manifest;
        try {
            manifest = (0,registry_manifest/* parseManifest */.Ng)(resolved.bytes, resolved.mediaType);
        }
        catch (error) {
            evidence.problems.push({
                subject: 'image',
                reason: `${what} (manifest from the ${resolved.from}): ${(0,verify_collected/* oneLine */.TN)(error)}`,
                fatal: true,
            });
            return evidence;
        }
        (0,verify_collected/* merge */.h1)(evidence, this.subjectEvidence(resolved.digest));
        if (manifest.kind === 'index') {
            const platforms = (0,registry_manifest/* platformsOf */.Wt)(manifest.index);
            // The same bound as from the registry: an index is verified whole or refused.
            if (platforms.length > verify_evidence/* MAX_PLATFORMS */.S1) {
                evidence.problems.push((0,verify_evidence/* tooManyPlatforms */.yP)(what, platforms.length));
                return evidence;
            }
            evidence.platforms = platforms.map(({ platform, descriptor }) => {
                const forPlatform = (0,verify_evidence/* baseEvidence */.br)(reference, parsed);
                forPlatform.digest = descriptor.digest;
                forPlatform.platform = (0,registry_manifest/* formatPlatform */.Bq)(platform);
                (0,verify_collected/* merge */.h1)(forPlatform, this.subjectEvidence(descriptor.digest));
                return forPlatform;
            });
        }
        return evidence;
    }
    /** Why each bundle file counted for none of the images verified, one line per file. */
    notes() {
        return this.files.bundles
            .filter((file) => !this.used.has(file))
            .map((file) => file.unusable
            ? `bundle file ${file.path} ignored: ${file.unusable}`
            : `bundle file ${file.path} ignored: it is about ${file.claimedSubjects.join(', ') || 'no sha256 digest'}, none of the images verified (or their platforms)`);
    }
    async resolve(parsed) {
        const saved = parsed.digest ? this.files.manifests.get(parsed.digest) : undefined;
        if (parsed.digest && saved)
            return { digest: parsed.digest, bytes: saved, from: 'bundle files' };
        // The registry names the digest of a tag, and whether a digest is an index; nothing more.
        const client = await this.pool.client(parsed.registry);
        const fetched = await client.getManifest(parsed.repository, parsed.digest ?? parsed.tag ?? registry_reference/* DEFAULT_TAG */.fL);
        return {
            digest: fetched.digest,
            bytes: fetched.bytes,
            mediaType: fetched.mediaType,
            from: 'registry',
        };
    }
    subjectEvidence(digest) {
        const collected = (0,verify_collected/* emptyCollected */.xs)();
        for (const file of this.files.bundles) {
            if (!file.claimedSubjects.includes(digest))
                continue;
            this.used.add(file);
            const found = { subjectDigest: digest, source: 'bundle-file', location: file.path };
            try {
                (0,verify_collected/* add */.WQ)(collected, (0,classify/* classify */.L8)((0,bundles/* verifyBundleBytes */.Pk)(file.bytes, digest, this.trusts), found));
            }
            catch (error) {
                // Reported under the check its statement claims to serve; never counted.
                const type = file.claimedPredicateType;
                if (type === predicate_types/* PREDICATE_COSIGN_SIGN */.M7)
                    (0,verify_collected/* add */.WQ)(collected, (0,classify/* problem */.CC)('signature', undefined, found, (0,verify_collected/* oneLine */.TN)(error)));
                else
                    (0,verify_collected/* add */.WQ)(collected, (0,classify/* problem */.CC)('attestation', type, found, (0,verify_collected/* oneLine */.TN)(error)));
            }
        }
        return collected;
    }
}

// EXTERNAL MODULE: ./src/registry/digest.ts
var digest = __webpack_require__(35035);
// EXTERNAL MODULE: ./src/sigstore/verify/index.ts + 18 modules
var verify = __webpack_require__(92997);
// EXTERNAL MODULE: ./src/attest/storage/oci.ts
var oci = __webpack_require__(54906);
;// CONCATENATED MODULE: ./src/verify/bundle-files.ts
/**
 * Sigstore bundle files given to verify (`--bundle`, the `bundles` input): files, folders (the
 * `bundle-path` publish writes) and globs, read once and indexed by the digests their statements
 * name. Nothing here is trusted: the index only says which bundles to verify for a digest; the
 * verification and the subject check happen in the gatherer. An image manifest saved beside the
 * bundles (`<hex>.manifest.json`) is kept by the digest of its bytes, so a digest-pinned image
 * can be verified with no registry at all.
 *
 * Fail closed: a pattern that matches nothing, a file that cannot be read, or one that is not a
 * Sigstore bundle is an error in what the user gave (INPUT_INVALID, exit 2), never skipped.
 */







/** What publish writes into bundle-path: bundles, and the image manifest they are about. */
const BUNDLE_FILE_SUFFIX = '.sigstore.json';
const MANIFEST_FILE_SUFFIX = '.manifest.json';
async function loadBundleFiles(patterns, cwd) {
    const paths = new Set();
    for (const pattern of patterns) {
        const matched = await expand(pattern, cwd);
        if (matched.length === 0) {
            throw new errors/* ImprintError */.m0('INPUT_INVALID', `bundles: "${pattern}" names no bundle file (no *${BUNDLE_FILE_SUFFIX} or *.json there)`, { hint: `give bundle files, or the folder publish wrote them to (its bundle-path output)` });
        }
        for (const path of matched)
            paths.add(path);
    }
    const set = { bundles: [], manifests: new Map() };
    for (const path of [...paths].sort()) {
        const shown = displayPath(path, cwd);
        const bytes = await readBounded(path, shown);
        if (path.endsWith(MANIFEST_FILE_SUFFIX))
            set.manifests.set((0,digest/* sha256Digest */.sI)(bytes), bytes);
        else
            set.bundles.push(bundleFile(shown, bytes));
    }
    return set;
}
async function expand(pattern, cwd) {
    if (isGlobPattern(pattern))
        return globFiles(pattern, cwd);
    const path = (0,external_node_path_.resolve)(cwd, pattern);
    let info;
    try {
        info = await (0,promises_.stat)(path);
    }
    catch (error) {
        throw bundle_files_unreadable(displayPath(path, cwd), error);
    }
    if (!info.isDirectory())
        return [path];
    // A folder: the files publish writes there (bundles and manifests), nothing else in it.
    const names = await (0,promises_.readdir)(path);
    return names.filter((name) => name.endsWith('.json')).map((name) => (0,external_node_path_.join)(path, name));
}
async function readBounded(path, shown) {
    try {
        const info = await (0,promises_.stat)(path);
        if (info.size > oci/* MAX_BUNDLE_BYTES */.Me) {
            throw new errors/* ImprintError */.m0('INPUT_INVALID', `bundle file ${shown} is ${info.size} bytes, more than any Sigstore bundle (limit ${oci/* MAX_BUNDLE_BYTES */.Me})`, { hint: 'give the bundle files publish wrote (its bundle-path), not other files' });
        }
        return await (0,promises_.readFile)(path);
    }
    catch (error) {
        if (error instanceof errors/* ImprintError */.m0)
            throw error;
        throw bundle_files_unreadable(shown, error);
    }
}
function bundleFile(path, bytes) {
    let bundle;
    try {
        bundle = (0,verify/* parseBundle */.QN)(bytes);
    }
    catch (error) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', `bundle file ${path} is not a Sigstore bundle: ${(0,errors/* messageOf */.bD)(error).split('\n')[0]}`, {
            cause: error,
            hint: 'give the *.sigstore.json files publish wrote (its bundle-path), or remove this file from the list',
        });
    }
    if (bundle.content.$case !== 'dsseEnvelope') {
        // The payload a message signature signs (a cosign simple-signing document, stored as a
        // registry layer) is not in the bundle, so nothing ties the file to an image.
        return {
            path,
            bytes,
            claimedSubjects: [],
            unusable: 'a message signature whose signed payload is not in the file (a cosign classic .sig): it cannot be checked from the file alone',
        };
    }
    return { path, bytes, ...claims(bundle.content.dsseEnvelope.payload) };
}
/** What the statement says of itself, before anything is verified; unreadable claims nothing. */
function claims(payload) {
    let statement;
    try {
        statement = JSON.parse(payload.toString('utf8'));
    }
    catch {
        return { claimedSubjects: [] };
    }
    const subjects = Array.isArray(statement.subject) ? statement.subject : [];
    const claimedSubjects = subjects.flatMap((subject) => {
        const hex = subject?.digest?.sha256;
        return typeof hex === 'string' ? [`sha256:${hex.toLowerCase()}`] : [];
    });
    const type = statement.predicateType;
    return { claimedSubjects, ...(typeof type === 'string' && { claimedPredicateType: type }) };
}
function bundle_files_unreadable(path, error) {
    return new errors/* ImprintError */.m0('INPUT_INVALID', `bundle file ${path} cannot be read: ${error.code === 'ENOENT' ? 'there is no such file or folder' : (0,errors/* messageOf */.bD)(error)}`, {
        cause: error,
        hint: 'check the path (relative to the working directory); publish writes its bundles to the folder in its bundle-path output',
    });
}

// EXTERNAL MODULE: ./src/registry/pool.ts + 7 modules
var registry_pool = __webpack_require__(62207);
// EXTERNAL MODULE: ./src/verify/trust.ts
var verify_trust = __webpack_require__(92751);
;// CONCATENATED MODULE: ./src/verify/run.ts
/**
 * One verify run, whatever door it came through: options → policy, images (given and found
 * in manifests), trust → the engine → the report. What the step leaves behind (report files,
 * annotations, outputs, summary) is the doors' (src/doors/verify-step.ts).
 */














/** Progress as timed lines, never a bar: the engine logs a line per image, which would land on a bar's line. */
const LINES_ONLY = { isTTY: false, write: () => true };
async function runVerify(options, context, environment) {
    const cwd = environment.cwd ?? process.cwd();
    const policy = await choosePolicy(options, cwd);
    for (const warning of [...(0,signer_overlap.signerOverlapWarnings)(policy), ...(0,glob_lint.imageGlobWarnings)(policy)]) {
        context.log.warning(`policy: ${warning}`);
    }
    const images = await collectImages(options, cwd, context);
    const trust = await (0,verify_trust/* loadTrustSet */.D)(policy, {
        ...(options.trustedRoot !== undefined && { trustedRootPath: options.trustedRoot }),
        offline: options.offline,
        cwd,
    });
    const caCertificates = options.registryCaFile
        ? [(0,ca_file/* readCaFile */.R)((0,external_node_path_.resolve)(cwd, options.registryCaFile))]
        : [];
    const registry = {
        ...environment.registry,
        insecureRegistries: options.insecureRegistries,
        caCertificates,
        env: environment.env,
    };
    const fromFiles = await bundleFileGatherer(options, cwd, registry, trust, context);
    context.log.startGroup(`Verifying ${images.length} image(s) (mode ${policy.mode})`);
    let report;
    try {
        report = await (0,engine/* verifyImages */.O)({
            images,
            policy,
            trust,
            now: environment.now ?? new Date(),
            offline: options.offline,
            registry,
            log: context.log,
            progress: (0,progress/* progressFor */.L7)(context, LINES_ONLY),
            ...(fromFiles && { gatherer: fromFiles.gatherer }),
        });
    }
    finally {
        context.log.endGroup();
        await fromFiles?.pool.close();
    }
    for (const note of fromFiles?.gatherer.notes() ?? [])
        context.log.warning(note);
    return report;
}
/** With `bundles`, evidence comes from those files; the registry is asked at most for manifests. */
async function bundleFileGatherer(options, cwd, registry, trust, context) {
    if (options.bundles.length === 0)
        return undefined;
    const files = await loadBundleFiles(options.bundles, cwd);
    context.log.info(`evidence from ${files.bundles.length} bundle file(s), not from the registry` +
        (files.manifests.size > 0 ? `; ${files.manifests.size} image manifest(s) beside them` : ''));
    const pool = new registry_pool/* RegistryPool */.y(registry, context.log);
    return { gatherer: new BundleFileEvidence(files, pool, trust), pool };
}
async function choosePolicy(options, cwd) {
    const policy = 'file' in options.policy
        ? // Relative to the working directory as given, so messages name the file as the user wrote it.
            await (0,load.loadPolicy)(cwd === process.cwd() ? options.policy.file : (0,external_node_path_.resolve)(cwd, options.policy.file))
        : (0,from_flags/* policyFromFlags */.a)(options.policy.flags);
    return options.mode === undefined ? policy : { ...policy, mode: options.mode };
}
async function collectImages(options, cwd, context) {
    const given = options.images.map((reference) => ({ reference, locations: [] }));
    if (options.manifests.length === 0)
        return dedupeImages(given);
    const scan = await imagesFromManifests(options.manifests, { cwd });
    context.log.info(`${scan.images.length} image(s) in ${scan.files.length} manifest file(s)`);
    for (const note of scan.notes)
        context.log.warning(note);
    if (scan.images.length === 0 && given.length === 0) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', `The manifests (${scan.files.join(', ')}) deploy no image, so there is nothing to verify.`, { hint: 'point `manifests` at Kubernetes workloads, Compose files or kustomizations' });
    }
    return dedupeImages([...given, ...scan.images]);
}

;// CONCATENATED MODULE: ./src/doors/verify-step.ts
/**
 * The verify step both verify doors (the Action and `imprint verify`) run: the engine's run,
 * then what the step leaves behind: the JSON report (and JUnit), annotations at the manifest
 * lines, the outputs and the summary. The door decides the exit; this returns the report.
 */







/** At most this many annotations: CI systems show a handful, and more only hides the log. */
const MAX_ANNOTATIONS = 50;
async function runVerifyStep(options, context, environment) {
    const report = await runVerify(options, context, environment);
    const cwd = environment.cwd ?? process.cwd();
    const policySource = 'file' in options.policy ? options.policy.file : 'flags';
    const reportPath = (0,external_node_path_.resolve)(cwd, options.reportPath);
    await writeReport(reportPath, renderVerifyReportJson(report, { policySource, offline: options.offline }));
    if (options.junitPath)
        await writeReport((0,external_node_path_.resolve)(cwd, options.junitPath), (0,verify_junit/* renderVerifyJunit */.wX)(report));
    annotate(report, context);
    context.setOutput('verified', String(report.verified));
    context.setOutput('violations', String(report.violations));
    context.setOutput('report-path', options.reportPath);
    context.setOutput('digests', JSON.stringify(digestsOf(report)));
    if (options.summary) {
        await context.writeSummary((0,verify_summary/* renderVerifySummary */.i2)(report, { policySource, reportPath: options.reportPath }));
    }
    return report;
}
/** One annotation per failing image and place that deploys it, at the manifest line. */
function annotate(report, context) {
    let count = 0;
    for (const image of report.images) {
        if (image.verdict.outcome === 'pass')
            continue;
        const failing = image.verdict.checks.filter((c) => c.outcome === 'fail' || c.outcome === 'warn');
        const platformCount = (image.verdict.platforms ?? []).filter((p) => p.outcome !== 'pass').length;
        const lines = failing.map((c) => `${c.check}: ${(0,verify_junit/* failureMessage */.oh)(c)}`);
        if (platformCount > 0)
            lines.push(`${platformCount} platform manifest(s) fail too: see the summary`);
        const message = `${image.reference} breaks the policy:\n${lines.join('\n')}`;
        const emit = (where) => {
            if (count >= MAX_ANNOTATIONS)
                return;
            count += 1;
            if (image.verdict.outcome === 'fail')
                context.log.error(message, where);
            else
                context.log.warning(message, where);
        };
        if (image.locations.length === 0)
            emit();
        for (const location of image.locations)
            emit(location);
    }
}
async function writeReport(path, text) {
    try {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
        await (0,promises_.writeFile)(path, text);
    }
    catch (error) {
        throw new errors/* ImprintError */.m0('INPUT_INVALID', `cannot write the report ${path}: ${(0,errors/* messageOf */.bD)(error)}`, {
            cause: error,
            hint: 'point report-path / junit-path at a writable location',
        });
    }
}


/***/ }),

/***/ 90034:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IP: () => (/* binding */ SCAN_INPUTS),
/* harmony export */   Sj: () => (/* binding */ DEFAULT_DB_REPOSITORIES),
/* harmony export */   VD: () => (/* binding */ FAIL_ON_SEVERITIES),
/* harmony export */   a6: () => (/* binding */ TRIVY_RELEASES_URL),
/* harmony export */   ss: () => (/* binding */ DEFAULT_TRIVY_VERSION)
/* harmony export */ });
/* unused harmony exports SCAN_MODES, SCAN_TARGETS */
/** auto: scan when Trivy can be had, else skip with a notice; true: require it; false: never. */
const SCAN_MODES = ['auto', 'true', 'false'];
const SCAN_TARGETS = ['image', 'sbom'];
const FAIL_ON_SEVERITIES = ['NONE', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
const DEFAULT_TRIVY_VERSION = '0.74.0';
/** Trivy's own default order (trivy.dev "Default Locations"): the mirror first, GHCR second. */
const DEFAULT_DB_REPOSITORIES = [
    'mirror.gcr.io/aquasec/trivy-db:2',
    'ghcr.io/aquasecurity/trivy-db:2',
];
/** Where Trivy's GitHub releases live: the default of trivy-download-url. */
const TRIVY_RELEASES_URL = 'https://github.com/aquasecurity/trivy/releases/download';
const SCAN_INPUTS = [
    {
        name: 'scan',
        kind: 'choice',
        default: 'auto',
        choices: SCAN_MODES,
        description: 'Scan the pushed image with Trivy and attest the result: auto (when Trivy can be had: downloaded on GitHub runners, on PATH elsewhere; skipped with a notice otherwise), true (require it) or false.',
    },
    {
        name: 'trivy-version',
        kind: 'string',
        default: DEFAULT_TRIVY_VERSION,
        description: 'Trivy release to use (downloaded and checksum-verified on GitHub runners).',
    },
    {
        name: 'scan-target',
        kind: 'choice',
        default: 'image',
        choices: SCAN_TARGETS,
        description: 'image: scan the pushed image by digest; sbom: scan the generated SBOM.',
    },
    {
        name: 'db-repository',
        kind: 'list',
        default: DEFAULT_DB_REPOSITORIES.join(','),
        description: 'Trivy DB repositories, tried in order when one rate-limits.',
    },
    {
        name: 'fail-on-severity',
        kind: 'choice',
        default: 'NONE',
        choices: FAIL_ON_SEVERITIES,
        description: 'Fail when a finding is at or above this severity (NONE: never); the image is then not signed.',
    },
    {
        name: 'ignore-unfixed',
        kind: 'boolean',
        default: 'false',
        description: 'Findings without a fixed version never fail the gate.',
    },
    {
        name: 'vuln-ignore',
        kind: 'string',
        description: 'YAML list of accepted findings: {id, purls, expires, reason}.',
    },
    {
        name: 'vuln-report-path',
        kind: 'string',
        default: 'vulnerability-report.json',
        description: 'Where to write the JSON vulnerability report.',
    },
    {
        name: 'sarif-path',
        kind: 'string',
        description: 'Write a SARIF 2.1.0 file here for GitHub code scanning (off by default).',
    },
    {
        name: 'gitlab-report-path',
        kind: 'string',
        description: 'Write a GitLab container_scanning report here.',
    },
    {
        name: 'trivy-cache-dir',
        kind: 'string',
        description: 'Trivy cache directory (default: TRIVY_CACHE_DIR, else ~/.cache/trivy). On GitHub the DB in it is kept in the Actions cache between runs (one entry per UTC day; a stale one is downloaded again).',
    },
    {
        name: 'trivy-download-url',
        kind: 'string',
        default: TRIVY_RELEASES_URL,
        description: 'Base URL of Trivy releases (a mirror for closed networks).',
    },
];


/***/ }),

/***/ 96342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ VERIFY_INPUTS)
/* harmony export */ });
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60746);

const VERIFY_INPUTS = [
    {
        name: 'images',
        kind: 'list',
        description: 'Images to verify, comma or newline separated, by digest (name@sha256:…); a tag alone fails unless requireDigest is false.',
    },
    {
        name: 'manifests',
        kind: 'list',
        description: 'Kubernetes, Compose or Kustomize YAML files (globs, comma or newline separated): every image they deploy is verified.',
    },
    {
        name: 'policy',
        kind: 'string',
        description: 'Policy file (see the README, "Policy file"). Without it, the certificate or key inputs form the policy.',
    },
    {
        name: 'certificate-identity',
        kind: 'string',
        description: 'Quick start: the exact signer identity (certificate SAN), e.g. https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.0.0.',
    },
    {
        name: 'certificate-identity-regexp',
        kind: 'string',
        description: 'Quick start: the signer identity as a regular expression (always anchored).',
    },
    {
        name: 'certificate-oidc-issuer',
        kind: 'string',
        description: 'Quick start: the OIDC issuer of the signer, e.g. https://token.actions.githubusercontent.com.',
    },
    {
        name: 'certificate-oidc-issuer-regexp',
        kind: 'string',
        description: 'Quick start: the OIDC issuer as a regular expression (always anchored).',
    },
    {
        name: 'key',
        kind: 'string',
        description: 'Quick start: public key for key-signed images, instead of the certificate inputs: a PEM file (cosign.pub), or the key in a PKCS#11 token or KMS (pkcs11:…, awskms://…, gcpkms://…, azurekms://…, hashivault://…).',
    },
    {
        name: 'require-attestations',
        kind: 'list',
        description: 'Quick start: attestations every image must carry: sbom, vuln, provenance (comma separated).',
    },
    {
        name: 'max-severity',
        kind: 'string',
        description: 'Quick start: highest vulnerability severity allowed in the signed scan (NONE, LOW, MEDIUM, HIGH, CRITICAL); implies a vuln attestation.',
    },
    {
        name: 'insecure-ignore-tlog',
        kind: 'boolean',
        default: 'false',
        description: "Quick start: accept signatures with no transparency-log entry (images published with tlog-upload: false); cosign's flag. Policy files say trust.requireTlog: false instead.",
    },
    {
        name: 'mode',
        kind: 'string',
        description: "enforce (a violation fails the step) or warn (report it and pass). Default: the policy's mode; enforce for the quick-start inputs.",
    },
    {
        name: 'trusted-root',
        kind: 'string',
        description: 'trusted_root.json of a private Sigstore instance (default: the Sigstore public-good root).',
    },
    {
        name: 'offline',
        kind: 'boolean',
        default: 'false',
        description: 'Use the embedded public-good root instead of refreshing it through TUF: no network call but to the registries.',
    },
    {
        name: 'bundles',
        kind: 'list',
        description: "Sigstore bundle files or folders of them (globs; publish's bundle-path): the evidence is read from these, not from the registry, which is asked at most for the image's manifest.",
    },
    {
        name: 'report-path',
        kind: 'string',
        default: 'imprint-verify-report.json',
        description: 'Where the JSON report (imprint/verify-report/v1) is written.',
    },
    {
        name: 'junit-path',
        kind: 'string',
        description: 'Also write a JUnit XML report here (one test case per image and check).',
    },
    _shared_js__WEBPACK_IMPORTED_MODULE_0__/* .INSECURE_REGISTRIES_INPUT */ .yG,
    _shared_js__WEBPACK_IMPORTED_MODULE_0__/* .REGISTRY_CA_FILE_INPUT */ .JQ,
    _shared_js__WEBPACK_IMPORTED_MODULE_0__/* .SUMMARY_INPUT */ .Kw,
];


/***/ }),

/***/ 79022:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   imageGlobWarnings: () => (/* binding */ imageGlobWarnings)
/* harmony export */ });
/* unused harmony export imageGlobProblem */
/* harmony import */ var _match_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6563);
/**
 * Image globs that can match no image. A glob that names nothing does not fail open in verify
 * (an allow glob then refuses the image, an exclude or exception glob waives nothing), but it
 * never does what its author meant, and an exported cluster policy keyed on it would skip the
 * image: policy lint and verify say so. Pure.
 */

// What a normalised image name, tag and digest can hold (distribution/reference grammar), with
// the glob's `*`: a character outside these never matches.
const NAME_CHARACTERS = /^[a-z0-9._\-/:*[\]]+$/;
const TAG_CHARACTERS = /^[\w.*-]+$/;
const DIGEST_FORM = /^[a-z0-9*]+:[a-f0-9*]+$/;
/** Why a glob can match no image, or undefined when some image can match it. */
function imageGlobProblem(glob) {
    const parsed = (0,_match_js__WEBPACK_IMPORTED_MODULE_0__/* .parseImageGlob */ .zw)(glob);
    return nameProblem(parsed) ?? tagProblem(parsed) ?? digestProblem(parsed);
}
function nameProblem({ name }) {
    if (!name.includes('/') && !name.includes('**')) {
        return 'every image name holds a registry and a path, and * stops at "/": write ** for every image, or registry/path';
    }
    if (name !== name.toLowerCase()) {
        return `repository paths are lowercase (OCI distribution spec), so ${name} names no image: write ${name.toLowerCase()}`;
    }
    if (name.startsWith('/') || name.endsWith('/') || name.includes('//')) {
        return 'it has an empty path component ("//" or a leading or trailing "/")';
    }
    if (!NAME_CHARACTERS.test(name)) {
        return 'image names hold only lowercase letters, digits, ".", "_", "-", "/" and a ":port"';
    }
    return undefined;
}
function tagProblem({ tag }) {
    if (tag === undefined)
        return undefined;
    if (tag === '' || !TAG_CHARACTERS.test(tag) || /^[.-]/.test(tag)) {
        return `no image has the tag "${tag}" (tags are letters, digits, "_", "." and "-", not starting with "." or "-")`;
    }
    return undefined;
}
function digestProblem({ digest }) {
    if (digest === undefined || DIGEST_FORM.test(digest))
        return undefined;
    return `no image has the digest "${digest}" (digests are algorithm:lowercase hex, e.g. sha256:…)`;
}
/** One warning per image glob of the policy that can match no image, naming where it is. */
function imageGlobWarnings(policy) {
    const globs = [
        ...policy.images.allow.map((glob) => ({ glob, where: 'images.allow' })),
        ...policy.images.exclude.map((glob) => ({ glob, where: 'images.exclude' })),
        ...policy.exceptions.map((exception) => ({ glob: exception.image, where: 'exceptions' })),
    ];
    return globs.flatMap(({ glob, where }) => {
        const problem = imageGlobProblem(glob);
        return problem === undefined ? [] : [`${where} ${glob} can match no image: ${problem}`];
    });
}


/***/ }),

/***/ 16680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   signerOverlapWarnings: () => (/* binding */ signerOverlapWarnings)
/* harmony export */ });
/* harmony import */ var _match_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6563);
/**
 * Policy signer entries that one party could fill twice. Since `count` matches one party to
 * one entry, overlap no longer lets one signature count twice; it is still worth a warning at
 * load: the entries do not mean "N different people" as their author likely thought. Whether
 * two regular expressions can match a common string is not decidable cheaply, so two
 * patterns are reported as overlapping unless their fixed beginnings already tell them apart
 * (a warning, never an error). Pure.
 */

function signerOverlapWarnings(policy) {
    if (policy.count < 2)
        return [];
    const warnings = [];
    policy.signers.forEach((a, i) => {
        policy.signers.forEach((b, j) => {
            if (j <= i)
                return;
            const why = overlap(a, b);
            if (why) {
                warnings.push(`signers[${i}] and signers[${j}] can be filled by the same signer (${why}): with count ${policy.count} each must be a different signer, so one signature fills only one of them`);
            }
        });
    });
    return warnings;
}
function overlap(a, b) {
    if (a.key !== undefined || b.key !== undefined) {
        return a.key !== undefined && a.key === b.key ? `key ${a.key} listed twice` : undefined;
    }
    const issuer = patternsOverlap((0,_match_js__WEBPACK_IMPORTED_MODULE_0__/* .identityPattern */ .L2)(a.issuer, a.issuerRegExp), (0,_match_js__WEBPACK_IMPORTED_MODULE_0__/* .identityPattern */ .L2)(b.issuer, b.issuerRegExp));
    const subject = patternsOverlap((0,_match_js__WEBPACK_IMPORTED_MODULE_0__/* .identityPattern */ .L2)(a.subject, a.subjectRegExp), (0,_match_js__WEBPACK_IMPORTED_MODULE_0__/* .identityPattern */ .L2)(b.subject, b.subjectRegExp));
    if (!issuer || !subject || claimsExclude(a, b))
        return undefined;
    return `subject ${(0,_match_js__WEBPACK_IMPORTED_MODULE_0__/* .describeIdentity */ .Cl)((0,_match_js__WEBPACK_IMPORTED_MODULE_0__/* .identityPattern */ .L2)(a.subject, a.subjectRegExp))} and ${(0,_match_js__WEBPACK_IMPORTED_MODULE_0__/* .describeIdentity */ .Cl)((0,_match_js__WEBPACK_IMPORTED_MODULE_0__/* .identityPattern */ .L2)(b.subject, b.subjectRegExp))}`;
}
function patternsOverlap(a, b) {
    if (a.kind === 'exact')
        return (0,_match_js__WEBPACK_IMPORTED_MODULE_0__/* .matchesIdentity */ .wD)(b, a.value);
    if (b.kind === 'exact')
        return (0,_match_js__WEBPACK_IMPORTED_MODULE_0__/* .matchesIdentity */ .wD)(a, b.value);
    const [pa, pb] = [literalPrefix(a), literalPrefix(b)];
    return pa.startsWith(pb) || pb.startsWith(pa);
}
/** Both entries demand the same claim with different exact values: no one certificate has both. */
function claimsExclude(a, b) {
    return Object.entries(a.claims ?? {}).some(([name, value]) => {
        const other = b.claims?.[name];
        return other !== undefined && !value.includes('*') && !other.includes('*') && value !== other;
    });
}
/** The characters every match must start with: up to the first wildcard or regex operator. */
function literalPrefix(pattern) {
    if (pattern.kind === 'glob')
        return pattern.value.slice(0, pattern.value.indexOf('*'));
    const source = pattern.value.startsWith('^') ? pattern.value.slice(1) : pattern.value;
    // An alternation anywhere may start with anything.
    if (/(^|[^\\])\|/.test(source))
        return '';
    let prefix = '';
    for (let i = 0; i < source.length; i += 1) {
        const c = source[i];
        if (c === '\\' && i + 1 < source.length && /[./\-:@?+*()[\]{}|^$]/.test(source[i + 1])) {
            prefix += source[i + 1];
            i += 1;
        }
        else if (/[.*+?()[\]{}|^$\\]/.test(c)) {
            // A quantifier makes the character before it optional: drop it from the prefix.
            return /[*?{]/.test(c) ? prefix.slice(0, -1) : prefix;
        }
        else
            prefix += c;
    }
    return prefix;
}


/***/ }),

/***/ 31838:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ readCaFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/** The `registry-ca-file` input: extra certificate authorities (PEM) for the registries. */


function readCaFile(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ImprintError */ .m0('INPUT_INVALID', `registry-ca-file ${path} cannot be read: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(error)}`, { cause: error, hint: 'give a PEM file of certificate authorities that this job can read' });
    }
}


/***/ }),

/***/ 86252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i2: () => (/* binding */ renderVerifySummary)
/* harmony export */ });
/* unused harmony exports SUMMARY_LIMIT_BYTES, text */
/* harmony import */ var _policy_rules_vulnerabilities_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);

const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** Room kept for the lines that say what was cut. */
const TRAILER_RESERVE_BYTES = 2048;
/** A found/expected text longer than this goes inside <details>. */
const LONG_TEXT = 240;
const MAX_LOCATIONS_SHOWN = 3;
const ICONS = { pass: '✅ pass', warn: '⚠️ warn', fail: '❌ fail' };
const RANK = { fail: 0, warn: 1, pass: 2 };
class Budget {
    limit;
    lines = [];
    used = 0;
    constructor(limit) {
        this.limit = limit;
    }
    /** Adds the lines if they all fit; false (and nothing added) when they do not. */
    add(...lines) {
        const size = lines.reduce((sum, line) => sum + Buffer.byteLength(line, 'utf8') + 1, 0);
        if (this.used + size > this.limit)
            return false;
        this.lines.push(...lines);
        this.used += size;
        return true;
    }
    text() {
        return this.lines.join('\n') + '\n';
    }
}
function renderVerifySummary(report, options) {
    const limit = (options.limitBytes ?? SUMMARY_LIMIT_BYTES) - TRAILER_RESERVE_BYTES;
    const budget = new Budget(limit);
    const images = [...report.images].sort((a, b) => RANK[a.verdict.outcome] - RANK[b.verdict.outcome]);
    budget.add(...header(report, options));
    budget.add('| Result | Image | Digest | Checks | Deployed by |', '|---|---|---|---|---|');
    let rows = 0;
    while (rows < images.length && budget.add(row(images[rows])))
        rows += 1;
    const notPassing = images.filter((image) => image.verdict.outcome !== 'pass');
    let detailed = 0;
    if (notPassing.length > 0 && budget.add('', '### What to fix', '')) {
        while (detailed < notPassing.length && budget.add(...details(notPassing[detailed])))
            detailed += 1;
    }
    budget.add(...vexLines(images));
    const trailer = cutNotice(images.length - rows, notPassing.length - detailed, options.reportPath);
    return budget.text() + (trailer.length > 0 ? `\n${trailer.join('\n')}\n` : '');
}
function header(report, options) {
    const count = (outcome) => report.images.filter((i) => i.verdict.outcome === outcome).length;
    const total = report.images.length;
    const title = report.verified
        ? `## ✅ imprint verify: ${plural(total, 'image')} verified`
        : report.mode === 'warn'
            ? `## ⚠️ imprint verify: ${plural(report.violations, 'violation')} (mode warn: reported, not enforced)`
            : `## ❌ imprint verify: ${count('fail')} of ${plural(total, 'image')} break${count('fail') === 1 ? 's' : ''} the policy`;
    return [
        title,
        '',
        `Policy ${text(options.policySource)} · mode ${report.mode} · ${count('pass')} passed · ${count('warn')} warned · ${count('fail')} failed · ${plural(report.violations, 'violation')}`,
        '',
    ];
}
function row(image) {
    const { verdict } = image;
    const checks = allChecks(verdict);
    const failed = checks.filter((c) => c.outcome === 'fail').length;
    const warned = checks.filter((c) => c.outcome === 'warn').length;
    const passed = checks.filter((c) => c.outcome === 'pass').length;
    const counts = [failed && `${failed} failed`, warned && `${warned} warned`, `${passed} passed`]
        .filter(Boolean)
        .join(', ');
    const platforms = verdict.platforms?.length
        ? ` (${plural(verdict.platforms.length, 'platform')})`
        : '';
    return `| ${ICONS[verdict.outcome]} | ${code(image.reference)} | ${verdict.digest ? code(shortDigest(verdict.digest)) : '—'}${platforms} | ${counts} | ${locations(image.locations)} |`;
}
function details(image) {
    const lines = [`#### ${ICONS[image.verdict.outcome]} ${code(image.reference)}`, ''];
    if (image.locations.length > 0)
        lines.push(`Deployed by ${locations(image.locations, Infinity)}.`, '');
    lines.push(...checkLines(image.verdict.checks));
    for (const platform of image.verdict.platforms ?? []) {
        const failing = platform.checks.filter((c) => c.outcome === 'fail' || c.outcome === 'warn');
        if (failing.length === 0)
            continue;
        lines.push('', `<details><summary>Platform ${text(platform.platform ?? '?')} ${platform.digest ? code(shortDigest(platform.digest)) : ''}: ${plural(failing.length, 'check')} to fix</summary>`, '');
        lines.push(...checkLines(platform.checks), '', '</details>');
    }
    lines.push('');
    return lines;
}
function checkLines(checks) {
    return checks
        .filter((c) => c.outcome === 'fail' || c.outcome === 'warn')
        .flatMap((c) => [
        `- ${c.outcome === 'fail' ? '❌' : '⚠️'} **${text(c.check)}**`,
        `  - expected: ${long(c.expected)}`,
        `  - found: ${long(c.found)}`,
        ...(c.hint ? [`  - fix: ${long(c.hint)}`] : []),
    ]);
}
/** Findings VEX resolved and the statement that did: passes, but ones a reviewer must see. */
function vexLines(images) {
    const rows = images.flatMap((image) => {
        const resolved = allChecks(image.verdict)
            .filter((c) => c.outcome === 'pass' && c.check.startsWith(_policy_rules_vulnerabilities_js__WEBPACK_IMPORTED_MODULE_0__/* .VEX_FINDING_CHECK */ .L))
            .map((c) => c.found);
        // The platforms of an index read the same VEX: each statement once per image.
        return [...new Set(resolved)].map((found) => `| ${code(image.reference)} | ${text(found)} |`);
    });
    if (rows.length === 0)
        return [];
    return [
        '',
        '### Findings resolved by VEX',
        '',
        '| Image | Finding: the VEX statement that resolved it |',
        '|---|---|',
        ...rows,
    ];
}
function cutNotice(rowsLeft, detailsLeft, reportPath) {
    if (rowsLeft === 0 && detailsLeft === 0)
        return [];
    const where = reportPath
        ? `the JSON report ${code(reportPath)}`
        : 'the JSON report (report-path)';
    const parts = [
        rowsLeft > 0 && `${plural(rowsLeft, 'image row')}`,
        detailsLeft > 0 && `the details of ${plural(detailsLeft, 'image')}`,
    ].filter(Boolean);
    return [
        `> **${parts.join(' and ')} left out** to keep this summary under GitHub's 1 MiB limit: every image is in ${where}.`,
    ];
}
function allChecks(verdict) {
    return [...verdict.checks, ...(verdict.platforms ?? []).flatMap((p) => allChecks(p))];
}
function locations(list, max = MAX_LOCATIONS_SHOWN) {
    if (list.length === 0)
        return '—';
    const shown = list
        .slice(0, max)
        .map((l) => code(l.line === undefined ? l.file : `${l.file}:${l.line}`));
    const more = list.length > max ? ` and ${list.length - max} more` : '';
    return shown.join(', ') + more;
}
function long(value) {
    if (value.length <= LONG_TEXT)
        return text(value);
    return `<details><summary>${text(value.slice(0, 80))}…</summary>${text(value)}</details>`;
}
function shortDigest(digest) {
    return digest.length > 19 ? `${digest.slice(0, 19)}…` : digest;
}
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
/**
 * Escapes HTML, and as entities the markdown characters that would turn text into markup or
 * split a table cell (entities work both in markdown and inside <details> HTML blocks). The
 * colon too: GFM turns a bare https:// into a link, and a link shows entities inside it raw
 * (…@refs/tags/v&#42; instead of …@refs/tags/v*).
 */
function text(value) {
    // One pass, so an entity written for one character is never escaped again.
    return value.replace(/\r?\n|[&<>|\\`*_[\]~#:]/g, (char) => ENTITIES[char] ?? `&#${char.charCodeAt(0)};`);
}
const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '\n': '<br>',
    '\r\n': '<br>',
};
/** Inline code that cannot be broken out of: <code> with escaped content, no backticks. */
function code(value) {
    return `<code>${value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '&#124;')}</code>`;
}


/***/ }),

/***/ 99318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ nearest)
/* harmony export */ });
/** The closest candidate to a misspelt word (Damerau–Levenshtein), for "did you mean" hints. */
function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i < rows; i += 1) {
        for (let j = 1; j < cols; j += 1) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            const row = d[i];
            const above = d[i - 1];
            row[j] = Math.min(above[j] + 1, row[j - 1] + 1, above[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                row[j] = Math.min(row[j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[a.length][b.length];
}
function nearest(word, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = editDistance(word, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    // Beyond a third of the word's length the suggestion is noise.
    return best !== undefined && bestDistance <= Math.max(2, Math.ceil(word.length / 3))
        ? best
        : undefined;
}


/***/ }),

/***/ 23659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ readVerifyOptions)
/* harmony export */ });
/* harmony import */ var _attest_predicate_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64136);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _inputs_reader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9066);
/* harmony import */ var _inputs_tables_scan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(90034);
/* harmony import */ var _inputs_tables_verify_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(96342);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(79310);
/* harmony import */ var _util_nearest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(99318);
/**
 * The verify inputs (declared in src/inputs/tables/verify.ts) → typed, validated options. Pure:
 * no I/O beyond the input source.
 */







const SEVERITY_CHOICES = _inputs_tables_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .FAIL_ON_SEVERITIES */ .VD;
const QUICK_START_INPUTS = [
    'certificate-identity',
    'certificate-identity-regexp',
    'certificate-oidc-issuer',
    'certificate-oidc-issuer-regexp',
    'key',
    'require-attestations',
    'max-severity',
];
/** `extraImages`: the CLI's positional arguments. */
function readVerifyOptions(source, extraImages = []) {
    const inputs = new _inputs_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .InputReader */ .i(source, _inputs_tables_verify_js__WEBPACK_IMPORTED_MODULE_4__/* .VERIFY_INPUTS */ .U);
    const images = [...inputs.list('images'), ...extraImages];
    const manifests = inputs.list('manifests');
    if (images.length === 0 && manifests.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ImprintError */ .m0('INPUT_INVALID', 'Nothing to verify: neither "images" nor "manifests" is given.', {
            hint: 'set images (e.g. ghcr.io/acme/app@sha256:…) or manifests (e.g. deploy/**/*.yaml)',
        });
    }
    for (const image of images)
        (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .parseReference */ .F2)(image); // REFERENCE_INVALID names the bad one
    const options = {
        images,
        manifests,
        policy: readPolicyChoice(inputs),
        offline: inputs.boolean('offline'),
        reportPath: inputs.withDefault('report-path'),
        insecureRegistries: inputs.list('insecure-registries'),
        bundles: inputs.list('bundles'),
        summary: inputs.boolean('summary'),
    };
    const mode = readMode(inputs);
    if (mode !== undefined)
        options.mode = mode;
    const optional = {
        trustedRoot: 'trusted-root',
        junitPath: 'junit-path',
        registryCaFile: 'registry-ca-file',
    };
    for (const [field, name] of Object.entries(optional)) {
        const value = inputs.string(name);
        if (value !== undefined)
            options[field] = value;
    }
    return options;
}
function readPolicyChoice(inputs) {
    const file = inputs.string('policy');
    const quickStart = QUICK_START_INPUTS.filter((name) => name === 'require-attestations'
        ? inputs.list(name).length > 0
        : inputs.string(name) !== undefined);
    const ignoreTlog = inputs.boolean('insecure-ignore-tlog');
    if (file !== undefined) {
        if (ignoreTlog) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ImprintError */ .m0('INPUT_CONFLICT', `insecure-ignore-tlog applies to the quick-start inputs; the policy file ${file} says whether a transparency log is required.`, { hint: 'set trust.requireTlog: false in the policy file, and drop insecure-ignore-tlog' });
        }
        if (quickStart.length > 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ImprintError */ .m0('INPUT_CONFLICT', `Give "policy" or the quick-start inputs (${quickStart.join(', ')}), not both.`, { hint: 'put the signer and attestation rules into the policy file, or drop "policy"' });
        }
        return { file };
    }
    if (quickStart.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ImprintError */ .m0('INPUT_INVALID', 'No policy: say who must have signed the images.', {
            hint: 'set policy (a policy file), or certificate-identity with certificate-oidc-issuer, or key',
        });
    }
    const flags = {};
    const assign = (field, value) => {
        if (value !== undefined)
            flags[field] = value;
    };
    assign('certificateIdentity', inputs.string('certificate-identity'));
    assign('certificateIdentityRegexp', inputs.string('certificate-identity-regexp'));
    assign('certificateOidcIssuer', inputs.string('certificate-oidc-issuer'));
    assign('certificateOidcIssuerRegexp', inputs.string('certificate-oidc-issuer-regexp'));
    assign('key', inputs.string('key'));
    const attestations = inputs.list('require-attestations').map(attestationKind);
    if (attestations.length > 0)
        flags.requireAttestations = attestations;
    assign('maxSeverity', severity(inputs.string('max-severity')));
    if (ignoreTlog)
        flags.ignoreTlog = true;
    return { flags };
}
function attestationKind(value) {
    const kind = value.toLowerCase();
    if (_attest_predicate_types_js__WEBPACK_IMPORTED_MODULE_0__/* .ATTESTATION_KINDS */ .r1.includes(kind))
        return kind;
    const suggestion = (0,_util_nearest_js__WEBPACK_IMPORTED_MODULE_6__/* .nearest */ .p)(kind, _attest_predicate_types_js__WEBPACK_IMPORTED_MODULE_0__/* .ATTESTATION_KINDS */ .r1);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ImprintError */ .m0('INPUT_INVALID', `input "require-attestations": "${value}" is not one of ${_attest_predicate_types_js__WEBPACK_IMPORTED_MODULE_0__/* .ATTESTATION_KINDS */ .r1.join(', ')}`, {
        hint: suggestion
            ? `did you mean ${suggestion}?`
            : 'e.g. require-attestations: sbom,vuln,provenance',
    });
}
function severity(value) {
    if (value === undefined)
        return undefined;
    const upper = value.toUpperCase();
    if (SEVERITY_CHOICES.includes(upper))
        return upper;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ImprintError */ .m0('INPUT_INVALID', `input "max-severity" must be one of ${SEVERITY_CHOICES.join(', ')}; got "${value}"`, { hint: 'e.g. max-severity: HIGH fails on CRITICAL findings only' });
}
function readMode(inputs) {
    const mode = inputs.string('mode');
    if (mode === undefined || mode === 'enforce' || mode === 'warn')
        return mode;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ImprintError */ .m0('INPUT_INVALID', `input "mode" must be enforce or warn; got "${mode}"`);
}


/***/ })

};
