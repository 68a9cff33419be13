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
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ImprintError, messageOf } from '../errors.js';
import { sha256Digest } from '../registry/digest.js';
import { parseBundle } from '../sigstore/verify/index.js';
import { MAX_BUNDLE_BYTES } from '../attest/storage/oci.js';
import { displayPath, globFiles, isGlobPattern } from '../util/file-patterns.js';

/** What publish writes into bundle-path: bundles, and the image manifest they are about. */
const BUNDLE_FILE_SUFFIX = '.sigstore.json';
const MANIFEST_FILE_SUFFIX = '.manifest.json';

export interface BundleFile {
  /** As the user would write it: relative to the working directory when inside it. */
  path: string;
  bytes: Buffer;
  /** sha256 digests the DSSE statement names, unverified: which images to try it on. */
  claimedSubjects: string[];
  /** The statement's predicate type, unverified: only to file a failure under the right check. */
  claimedPredicateType?: string;
  /** Why it can never count for an image from the file alone, or undefined. */
  unusable?: string;
}

export interface BundleFileSet {
  bundles: BundleFile[];
  /** Image manifests by the sha256 digest of their bytes. */
  manifests: Map<string, Buffer>;
}

export async function loadBundleFiles(
  patterns: readonly string[],
  cwd: string,
): Promise<BundleFileSet> {
  const paths = new Set<string>();
  for (const pattern of patterns) {
    const matched = await expand(pattern, cwd);
    if (matched.length === 0) {
      throw new ImprintError(
        'INPUT_INVALID',
        `bundles: "${pattern}" names no bundle file (no *${BUNDLE_FILE_SUFFIX} or *.json there)`,
        { hint: `give bundle files, or the folder publish wrote them to (its bundle-path output)` },
      );
    }
    for (const path of matched) paths.add(path);
  }
  const set: BundleFileSet = { bundles: [], manifests: new Map() };
  for (const path of [...paths].sort()) {
    const shown = displayPath(path, cwd);
    const bytes = await readBounded(path, shown);
    if (path.endsWith(MANIFEST_FILE_SUFFIX)) set.manifests.set(sha256Digest(bytes), bytes);
    else set.bundles.push(bundleFile(shown, bytes));
  }
  return set;
}

async function expand(pattern: string, cwd: string): Promise<string[]> {
  if (isGlobPattern(pattern)) return globFiles(pattern, cwd);
  const path = resolve(cwd, pattern);
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw unreadable(displayPath(path, cwd), error);
  }
  if (!info.isDirectory()) return [path];
  // A folder: the files publish writes there (bundles and manifests), nothing else in it.
  const names = await readdir(path);
  return names.filter((name) => name.endsWith('.json')).map((name) => join(path, name));
}

async function readBounded(path: string, shown: string): Promise<Buffer> {
  try {
    const info = await stat(path);
    if (info.size > MAX_BUNDLE_BYTES) {
      throw new ImprintError(
        'INPUT_INVALID',
        `bundle file ${shown} is ${info.size} bytes, more than any Sigstore bundle (limit ${MAX_BUNDLE_BYTES})`,
        { hint: 'give the bundle files publish wrote (its bundle-path), not other files' },
      );
    }
    return await readFile(path);
  } catch (error) {
    if (error instanceof ImprintError) throw error;
    throw unreadable(shown, error);
  }
}

function bundleFile(path: string, bytes: Buffer): BundleFile {
  let bundle;
  try {
    bundle = parseBundle(bytes);
  } catch (error) {
    throw new ImprintError(
      'INPUT_INVALID',
      `bundle file ${path} is not a Sigstore bundle: ${messageOf(error).split('\n')[0]}`,
      {
        cause: error,
        hint: 'give the *.sigstore.json files publish wrote (its bundle-path), or remove this file from the list',
      },
    );
  }
  if (bundle.content.$case !== 'dsseEnvelope') {
    // The payload a message signature signs (a cosign simple-signing document, stored as a
    // registry layer) is not in the bundle, so nothing ties the file to an image.
    return {
      path,
      bytes,
      claimedSubjects: [],
      unusable:
        'a message signature whose signed payload is not in the file (a cosign classic .sig): it cannot be checked from the file alone',
    };
  }
  return { path, bytes, ...claims(bundle.content.dsseEnvelope.payload) };
}

/** What the statement says of itself, before anything is verified; unreadable claims nothing. */
function claims(payload: Buffer): Pick<BundleFile, 'claimedSubjects' | 'claimedPredicateType'> {
  let statement: { subject?: unknown; predicateType?: unknown };
  try {
    statement = JSON.parse(payload.toString('utf8')) as typeof statement;
  } catch {
    return { claimedSubjects: [] };
  }
  const subjects = Array.isArray(statement.subject) ? (statement.subject as unknown[]) : [];
  const claimedSubjects = subjects.flatMap((subject) => {
    const hex = (subject as { digest?: { sha256?: unknown } } | null)?.digest?.sha256;
    return typeof hex === 'string' ? [`sha256:${hex.toLowerCase()}`] : [];
  });
  const type = statement.predicateType;
  return { claimedSubjects, ...(typeof type === 'string' && { claimedPredicateType: type }) };
}

function unreadable(path: string, error: unknown): ImprintError {
  return new ImprintError(
    'INPUT_INVALID',
    `bundle file ${path} cannot be read: ${(error as { code?: unknown }).code === 'ENOENT' ? 'there is no such file or folder' : messageOf(error)}`,
    {
      cause: error,
      hint: 'check the path (relative to the working directory); publish writes its bundles to the folder in its bundle-path output',
    },
  );
}
