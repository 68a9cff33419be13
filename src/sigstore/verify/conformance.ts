/**
 * The sigstore-conformance client protocol for bundle verification:
 *   verify-bundle --bundle FILE
 *     (--certificate-identity I --certificate-oidc-issuer U | --key K)
 *     [--trusted-root R] FILE_OR_sha256:DIGEST
 * The CLI door exposes it as `imprint conformance verify-bundle …` and exits 0 only when `ok`.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { ImprintError, messageOf } from '../../errors.js';
import { verifyBundle } from './bundle.js';
import { loadTrust } from './trust.js';
import type { ArtifactInput } from './signed-entity.js';

export interface ConformanceResult {
  ok: boolean;
  message: string;
}

export interface VerifyBundleArgs {
  bundlePath: string;
  artifact: string;
  identity?: { subject: string; issuer: string };
  keyPath?: string;
  trustedRootPath?: string;
}

const USAGE =
  'usage: verify-bundle --bundle FILE (--certificate-identity I --certificate-oidc-issuer U | --key K) [--trusted-root R] FILE_OR_sha256:DIGEST';

/** Runs one verification; never throws: the outcome and its reason are in the result. */
export async function conformanceVerifyBundle(args: string[]): Promise<ConformanceResult> {
  try {
    const parsed = parseVerifyBundleArgs(args);
    const trust = await loadTrust({
      ...(parsed.trustedRootPath !== undefined && { trustedRootPath: parsed.trustedRootPath }),
      ...(parsed.keyPath !== undefined && { publicKeyPath: parsed.keyPath }),
      offline: true,
    });
    const bundle = await readInput(parsed.bundlePath, 'bundle');
    const artifact = await artifactInput(parsed.artifact);
    const identity = parsed.identity;
    const result = verifyBundle(bundle, { trust, artifact, ...(identity && { identity }) });
    if (parsed.keyPath !== undefined && result.kind !== 'key') {
      return {
        ok: false,
        message: 'verification failed: --key was given but the bundle is signed keylessly',
      };
    }
    const signer =
      result.kind === 'key'
        ? `key sha256:${result.keyId ?? '?'}`
        : `${result.subject} (${result.issuer})`;
    return { ok: true, message: `verified: signed by ${signer}` };
  } catch (error) {
    return { ok: false, message: `verification failed: ${messageOf(error)}` };
  }
}

/** Parses the protocol's arguments (a leading `verify-bundle` is accepted and skipped). */
export function parseVerifyBundleArgs(args: string[]): VerifyBundleArgs {
  const argv = args[0] === 'verify-bundle' ? args.slice(1) : args;
  let values: Record<string, string | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        bundle: { type: 'string' },
        'certificate-identity': { type: 'string' },
        'certificate-oidc-issuer': { type: 'string' },
        key: { type: 'string' },
        'trusted-root': { type: 'string' },
      },
    }));
  } catch (error) {
    throw new ImprintError('INPUT_INVALID', `${messageOf(error)}; ${USAGE}`, { cause: error });
  }
  const bundlePath = values.bundle;
  const [artifact, ...extra] = positionals;
  if (bundlePath === undefined || artifact === undefined || extra.length > 0) {
    throw new ImprintError('INPUT_INVALID', `expected --bundle and exactly one artifact; ${USAGE}`);
  }
  return {
    bundlePath,
    artifact,
    ...identityArgs(values),
    ...optional('trustedRootPath', values['trusted-root']),
  };
}

function identityArgs(
  values: Record<string, string | undefined>,
): Pick<VerifyBundleArgs, 'identity' | 'keyPath'> {
  const subject = values['certificate-identity'];
  const issuer = values['certificate-oidc-issuer'];
  const key = values.key;
  if (key !== undefined) {
    if (subject !== undefined || issuer !== undefined) {
      throw new ImprintError(
        'INPUT_CONFLICT',
        `--key cannot be combined with --certificate-identity/--certificate-oidc-issuer; ${USAGE}`,
      );
    }
    return { keyPath: key };
  }
  if (subject === undefined || issuer === undefined) {
    throw new ImprintError(
      'INPUT_INVALID',
      `give both --certificate-identity and --certificate-oidc-issuer, or --key; ${USAGE}`,
    );
  }
  return { identity: { subject, issuer } };
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

async function artifactInput(artifact: string): Promise<ArtifactInput> {
  if (artifact.startsWith('sha256:')) return { digest: artifact };
  return readInput(artifact, 'artifact');
}

async function readInput(path: string, what: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new ImprintError('INPUT_INVALID', `cannot read ${what} ${path}: ${messageOf(error)}`, {
      cause: error,
    });
  }
}
