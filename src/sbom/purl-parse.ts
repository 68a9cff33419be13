/**
 * Reading package URLs the way the purl spec says to ("How to parse a purl string"), and
 * normalising them per type (PURL-TYPES), so two spellings of one package compare equal:
 * `pkg:npm/@babel/traverse` and `pkg:npm/%40babel/traverse`, `pkg:PyPI/Django_Rest` and
 * `pkg:pypi/django-rest`. Pure; building the canonical string is purl.ts's job.
 *
 * A small spec parser rather than a dependency: `packageurl-js` would replace it.
 */
import { buildPurl, type PurlParts } from './purl.js';

export class PurlError extends Error {
  constructor(
    readonly purl: string,
    reason: string,
  ) {
    super(`${purl} is not a valid package URL: ${reason}`);
    this.name = 'PurlError';
  }
}

export interface ParsedPurl {
  type: string;
  namespace?: string;
  name: string;
  version?: string;
  qualifiers: Record<string, string>;
  subpath?: string;
}

const TYPE = /^[a-z.+-][a-z0-9.+-]*$/;
const QUALIFIER_KEY = /^[a-z.\-_][a-z0-9.\-_]*$/;

/** Types whose namespace is case-insensitive (PURL-TYPES), so it is lowercased. */
const LOWER_NAMESPACE = new Set([
  'alpm',
  'apk',
  'bitbucket',
  'composer',
  'deb',
  'github',
  'gitlab',
  'hex',
  'npm',
  'qpkg',
  'rpm',
]);
/** Types whose name is case-insensitive, so it is lowercased. */
const LOWER_NAME = new Set([
  'alpm',
  'apk',
  'bitbucket',
  'bitnami',
  'composer',
  'deb',
  'github',
  'gitlab',
  'hex',
  'npm',
  'oci',
  'pub',
  'pypi',
]);

export function parsePurl(text: string): ParsedPurl {
  const fail = (reason: string): never => {
    throw new PurlError(text, reason);
  };
  const colon = text.indexOf(':');
  if (colon < 0 || text.slice(0, colon).toLowerCase() !== 'pkg') {
    fail('it must start with "pkg:"');
  }
  let rest = text.slice(colon + 1);
  let subpath: string | undefined;
  const hash = rest.indexOf('#');
  if (hash >= 0) {
    subpath = segments(rest.slice(hash + 1), fail, true).join('/') || undefined;
    rest = rest.slice(0, hash);
  }
  let qualifiers: Record<string, string> = {};
  const question = rest.indexOf('?');
  if (question >= 0) {
    qualifiers = parseQualifiers(rest.slice(question + 1), fail);
    rest = rest.slice(0, question);
  }
  // `pkg://type/...` is tolerated by the spec: slashes after the scheme mean nothing.
  rest = rest.replace(/^\/+/, '').replace(/\/+$/, '');
  const slash = rest.indexOf('/');
  if (slash < 0) fail('it needs a type and a name (pkg:type/name)');
  const type = rest.slice(0, slash).toLowerCase();
  if (!TYPE.test(type)) fail(`"${type}" is not a valid type`);
  rest = rest.slice(slash + 1);
  // The version `@` is the last one after the last `/`: an npm scope's `@` may be unencoded.
  let version: string | undefined;
  const at = rest.lastIndexOf('@');
  if (at > rest.lastIndexOf('/')) {
    version = decode(rest.slice(at + 1), fail) || undefined;
    rest = rest.slice(0, at);
  }
  const parts = segments(rest, fail, false);
  const name = parts.pop();
  if (!name) fail('it has no name');
  const parsed: ParsedPurl = { type, name: name!, qualifiers };
  if (parts.length > 0) parsed.namespace = parts.join('/');
  if (version !== undefined) parsed.version = version;
  if (subpath !== undefined) parsed.subpath = subpath;
  return normaliseForType(parsed);
}

/** The canonical string of a purl (spec encoding, type rules applied). */
export function canonicalPurl(text: string): string {
  const parsed = parsePurl(text);
  const parts: PurlParts = { type: parsed.type, name: parsed.name, qualifiers: parsed.qualifiers };
  if (parsed.namespace !== undefined) parts.namespace = parsed.namespace;
  if (parsed.version !== undefined) parts.version = parsed.version;
  if (parsed.subpath !== undefined) parts.subpath = parsed.subpath;
  return buildPurl(parts);
}

/**
 * PURL-TYPES' normalisations. PyPI goes as far as PEP 503 (runs of `-`, `_`, `.` become one
 * `-`), the registry's own notion of one name; npm names are lowercased, as the registry
 * requires of every name since 2017. Go module paths keep their case: they are case-sensitive.
 */
function normaliseForType(purl: ParsedPurl): ParsedPurl {
  if (purl.namespace !== undefined && LOWER_NAMESPACE.has(purl.type)) {
    purl.namespace = purl.namespace.toLowerCase();
  }
  if (LOWER_NAME.has(purl.type)) purl.name = purl.name.toLowerCase();
  if (purl.type === 'pypi') purl.name = purl.name.replace(/[-_.]+/g, '-');
  if (purl.type === 'pub') purl.name = purl.name.replace(/-/g, '_');
  if ((purl.type === 'huggingface' || purl.type === 'luarocks') && purl.version !== undefined) {
    purl.version = purl.version.toLowerCase();
  }
  return purl;
}

function parseQualifiers(text: string, fail: (reason: string) => never): Record<string, string> {
  const qualifiers: Record<string, string> = {};
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const equals = pair.indexOf('=');
    if (equals <= 0) fail(`qualifier "${pair}" is not key=value`);
    const key = pair.slice(0, equals).toLowerCase();
    if (!QUALIFIER_KEY.test(key)) fail(`"${key}" is not a valid qualifier key`);
    if (key in qualifiers) fail(`qualifier "${key}" is given twice`);
    const value = decode(pair.slice(equals + 1), fail);
    if (value !== '') qualifiers[key] = value;
  }
  return qualifiers;
}

/** `/`-separated segments, each percent-decoded; empty ones dropped (and `.`/`..` in subpaths). */
function segments(text: string, fail: (reason: string) => never, subpath: boolean): string[] {
  return text
    .split('/')
    .filter((segment) => segment !== '' && !(subpath && (segment === '.' || segment === '..')))
    .map((segment) => decode(segment, fail));
}

function decode(text: string, fail: (reason: string) => never): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return fail(`"${text}" is not valid percent-encoded UTF-8`);
  }
}
