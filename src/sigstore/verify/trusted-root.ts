/**
 * Sigstore trusted roots: the public-good root embedded in @sigstore/tuf, a trusted_root.json
 * file, or (on request only) a fresh copy through TUF. Every root is validated before use, so a
 * broken file fails here with TRUSTED_ROOT_INVALID instead of deep inside a verification.
 */
import { readFile } from 'node:fs/promises';
import { TrustedRoot } from '@sigstore/protobuf-specs';
// @sigstore/tuf ships the public-good TUF root and a copy of its trusted_root.json target here.
import seeds from '@sigstore/tuf/seeds.json' with { type: 'json' };
import { ImprintError, messageOf } from '../../errors.js';
import { PUBLIC_GOOD_URLS } from '../instances.js';

export const EMBEDDED_ROOT_SOURCE = 'the embedded Sigstore public-good trusted root';

const TRUSTED_ROOT_MEDIA_TYPE = /^application\/vnd\.dev\.sigstore\.trustedroot(\.v\d+\.\d+)?\+json/;
const TRUSTED_ROOT_TARGET = 'trusted_root.json';

type Seeds = Record<string, { targets?: Record<string, string> } | undefined>;

/** The public-good root as shipped inside @sigstore/tuf: no file system, no network. */
export function embeddedTrustedRoot(): TrustedRoot {
  const target = (seeds as Seeds)[PUBLIC_GOOD_URLS.tufMirror]?.targets?.[TRUSTED_ROOT_TARGET];
  if (target === undefined) {
    throw new ImprintError(
      'TRUSTED_ROOT_INVALID',
      `@sigstore/tuf carries no embedded ${TRUSTED_ROOT_TARGET} for ${PUBLIC_GOOD_URLS.tufMirror}`,
      { hint: 'reinstall dependencies, or pass a trusted_root.json file' },
    );
  }
  return parseTrustedRoot(Buffer.from(target, 'base64').toString('utf8'), EMBEDDED_ROOT_SOURCE);
}

/** Reads and validates a trusted_root.json file. */
export async function readTrustedRoot(path: string): Promise<TrustedRoot> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ImprintError(
      'TRUSTED_ROOT_INVALID',
      `cannot read trusted root ${path}: ${messageOf(error)}`,
      {
        cause: error,
        hint: 'pass the path of a Sigstore trusted_root.json file',
      },
    );
  }
  return parseTrustedRoot(text, path);
}

/**
 * Refreshes the public-good root through TUF (network). Only used when a caller opts out of
 * offline mode; the TUF metadata is still anchored in the root embedded in @sigstore/tuf.
 */
export async function fetchPublicGoodRoot(cachePath?: string): Promise<TrustedRoot> {
  try {
    // Loaded here so offline verification never even loads the TUF client.
    const { getTrustedRoot } = await import('@sigstore/tuf');
    const root = await getTrustedRoot(cachePath === undefined ? {} : { cachePath });
    return validateTrustedRoot(
      root,
      `the Sigstore public-good root from ${PUBLIC_GOOD_URLS.tufMirror}`,
    );
  } catch (error) {
    if (error instanceof ImprintError) throw error;
    throw new ImprintError(
      'TRUSTED_ROOT_INVALID',
      `TUF refresh of the public-good root failed: ${messageOf(error)}`,
      {
        cause: error,
        hint: 'verify offline against the embedded root, or pass a trusted_root.json file',
      },
    );
  }
}

/** Parses trusted_root.json text; `source` names it in error messages. */
export function parseTrustedRoot(text: string, source: string): TrustedRoot {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw invalid(source, `it is not JSON (${messageOf(error)})`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw invalid(source, 'it is not a JSON object');
  }
  const mediaType = (json as { mediaType?: unknown }).mediaType;
  if (typeof mediaType !== 'string' || !TRUSTED_ROOT_MEDIA_TYPE.test(mediaType)) {
    throw invalid(
      source,
      `mediaType is ${JSON.stringify(mediaType)}, expected application/vnd.dev.sigstore.trustedroot…+json`,
    );
  }
  let root: TrustedRoot;
  try {
    root = TrustedRoot.fromJSON(json);
  } catch (error) {
    throw invalid(source, messageOf(error));
  }
  return validateTrustedRoot(root, source);
}

/**
 * The checks protobuf decoding does not make. A missing `validFor.start` must not be read as
 * "valid since forever" (sigstore-conformance trust-root-tlog-missing-validity-start).
 */
export function validateTrustedRoot(root: TrustedRoot, source: string): TrustedRoot {
  if (root.certificateAuthorities.length === 0 && root.tlogs.length === 0) {
    throw invalid(source, 'it lists no certificate authority and no transparency log');
  }
  root.tlogs.forEach((log, i) =>
    requireKeyStart(log.publicKey?.validFor?.start, source, `tlogs[${i}]`),
  );
  root.ctlogs.forEach((log, i) =>
    requireKeyStart(log.publicKey?.validFor?.start, source, `ctlogs[${i}]`),
  );
  root.certificateAuthorities.forEach((ca, i) => {
    requireStart(ca.validFor?.start, source, `certificateAuthorities[${i}].validFor.start`);
    if (!ca.certChain || ca.certChain.certificates.length === 0) {
      throw invalid(source, `certificateAuthorities[${i}] has no certificates`);
    }
  });
  root.timestampAuthorities.forEach((ca, i) =>
    requireStart(ca.validFor?.start, source, `timestampAuthorities[${i}].validFor.start`),
  );
  return root;
}

function requireKeyStart(start: Date | undefined, source: string, where: string): void {
  requireStart(start, source, `${where}.publicKey.validFor.start`);
}

function requireStart(start: Date | undefined, source: string, field: string): void {
  if (start === undefined)
    throw invalid(source, `${field} is missing (a key or CA must say since when it is trusted)`);
}

function invalid(source: string, why: string): ImprintError {
  return new ImprintError('TRUSTED_ROOT_INVALID', `trusted root ${source} is invalid: ${why}`, {
    hint: 'use a trusted_root.json as published by the Sigstore instance (e.g. `cosign trusted-root create` or its TUF repository)',
  });
}
