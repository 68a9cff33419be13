/**
 * PKCS#11 URIs (RFC 7512) in cosign's use: `pkcs11:token=…;object=…?module-path=…&pin-source=…`.
 * The path names the token (`token` label or `slot-id`) and the key (`object` label and/or
 * `id`); the query names the module to load and where the PIN comes from. Strict: an unknown or
 * repeated attribute, an empty value or a bad percent-escape is an error, never ignored, so a
 * typo cannot select another key. Pure: the PIN file is read by the backend, not here.
 */
import { isAbsolute } from 'node:path';
import { invalidReference } from './invalid.js';

export const PKCS11_SCHEME = 'pkcs11:';
const SYNTAX =
  'pkcs11:token=LABEL;object=KEY?module-path=/path/to/module.so&pin-source=/path/to/pin';
/** RFC 7512 path attributes imprint knows; the token/library ones narrow the match. */
const PATH_ATTRIBUTES = new Set([
  'token',
  'object',
  'id',
  'slot-id',
  'type',
  'manufacturer',
  'model',
  'serial',
  'slot-description',
  'slot-manufacturer',
  'library-manufacturer',
  'library-description',
  'library-version',
]);
const QUERY_ATTRIBUTES = new Set(['module-path', 'module-name', 'pin-value', 'pin-source']);

export type Pkcs11Pin = { value: string } | { sourceFile: string };

export interface Pkcs11Reference {
  kind: 'pkcs11';
  /** Absolute path of the PKCS#11 module (the .so) to load. */
  modulePath: string;
  /** Token label or slot id: at least one. */
  token?: string;
  slotId?: number;
  /** Key label (CKA_LABEL) and/or id (CKA_ID): at least one. */
  object?: string;
  id?: Buffer;
  /** The user PIN; none: the token's objects are read without logging in. */
  pin?: Pkcs11Pin;
}

export function parsePkcs11Uri(uri: string): Pkcs11Reference {
  if (!uri.startsWith(PKCS11_SCHEME))
    throw fail(`"${redactPkcs11Uri(uri)}" does not start with pkcs11:`);
  const rest = uri.slice(PKCS11_SCHEME.length);
  const queryAt = rest.indexOf('?');
  const path = attributes(
    queryAt < 0 ? rest : rest.slice(0, queryAt),
    ';',
    PATH_ATTRIBUTES,
    'path',
  );
  const query = attributes(
    queryAt < 0 ? '' : rest.slice(queryAt + 1),
    '&',
    QUERY_ATTRIBUTES,
    'query',
  );
  return {
    kind: 'pkcs11',
    modulePath: modulePath(query),
    ...tokenOf(path),
    ...objectOf(path),
    ...pinOf(query),
  };
}

/** The URI with any pin-value replaced, for log lines and messages. */
export function redactPkcs11Uri(uri: string): string {
  return uri.replace(/([?&]pin-value=)[^&]*/g, '$1***');
}

function attributes(
  text: string,
  separator: string,
  known: ReadonlySet<string>,
  part: string,
): Map<string, string> {
  const found = new Map<string, string>();
  if (text === '') return found;
  for (const pair of text.split(separator)) {
    const equals = pair.indexOf('=');
    const name = equals < 0 ? pair : pair.slice(0, equals);
    if (!known.has(name)) {
      throw fail(`has an unknown ${part} attribute "${name}" (known: ${[...known].join(', ')})`);
    }
    if (found.has(name)) throw fail(`gives "${name}" twice`);
    const bytes = equals < 0 ? Buffer.alloc(0) : percentDecoded(name, pair.slice(equals + 1));
    if (bytes.length === 0) throw fail(`gives "${name}" no value`);
    found.set(name, name === 'id' ? bytes.toString('hex') : bytes.toString('utf8'));
  }
  return found;
}

/** RFC 3986 percent-decoding to bytes (an `id` is binary: %F4 is one byte, not UTF-8). */
function percentDecoded(name: string, value: string): Buffer {
  if (/%(?![0-9a-fA-F]{2})/.test(value)) throw fail(`has a malformed percent-escape in "${name}"`);
  const parts = value.split(/(%[0-9a-fA-F]{2})/).filter((part) => part !== '');
  return Buffer.concat(
    parts.map((part) =>
      part.startsWith('%') ? Buffer.from([parseInt(part.slice(1), 16)]) : Buffer.from(part, 'utf8'),
    ),
  );
}

function modulePath(query: Map<string, string>): string {
  const path = query.get('module-path');
  if (path === undefined) {
    throw fail(
      'names no module-path (the PKCS#11 library to load, e.g. /usr/lib/softhsm/libsofthsm2.so)',
    );
  }
  if (!isAbsolute(path)) throw fail(`has a relative module-path "${path}": give the absolute path`);
  return path;
}

function tokenOf(path: Map<string, string>): Pick<Pkcs11Reference, 'token' | 'slotId'> {
  const token = path.get('token');
  const slot = path.get('slot-id');
  if (token === undefined && slot === undefined)
    throw fail('names no token (token=LABEL or slot-id=N)');
  if (slot !== undefined && !/^\d+$/.test(slot))
    throw fail(`has slot-id "${slot}", not a decimal number`);
  return {
    ...(token !== undefined && { token }),
    ...(slot !== undefined && { slotId: Number(slot) }),
  };
}

function objectOf(path: Map<string, string>): Pick<Pkcs11Reference, 'object' | 'id'> {
  const object = path.get('object');
  const id = path.get('id');
  if (object === undefined && id === undefined)
    throw fail('names no key (object=LABEL or id=%XX…)');
  const type = path.get('type');
  if (type !== undefined && type !== 'private' && type !== 'public') {
    throw fail(`has type "${type}": a signing key reference is type=private or type=public`);
  }
  return {
    ...(object !== undefined && { object }),
    ...(id !== undefined && { id: Buffer.from(id, 'hex') }),
  };
}

function pinOf(query: Map<string, string>): Pick<Pkcs11Reference, 'pin'> {
  const value = query.get('pin-value');
  const source = query.get('pin-source');
  if (value !== undefined && source !== undefined)
    throw fail('gives both pin-value and pin-source');
  if (value !== undefined) return { pin: { value } };
  if (source === undefined) return {};
  const file = source.startsWith('file:') ? source.slice('file:'.length) : source;
  if (!isAbsolute(file)) {
    throw fail(`has pin-source "${source}": give an absolute file path (file:/path or /path)`);
  }
  return { pin: { sourceFile: file } };
}

function fail(problem: string) {
  return invalidReference('PKCS#11', problem, SYNTAX);
}
