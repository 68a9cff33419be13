/**
 * The trust a verification runs with: one trusted root (a given trusted_root.json, the
 * policy's `trust.trustedRoot`, or the embedded public-good root), and one trust per
 * `key:` signer of the policy, so a key-signed signature is checked against each key the
 * policy names and the one that verifies tells which signer it was.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ImprintError, messageOf } from '../errors.js';
import type { Policy } from '../policy/schema.js';
import { everySigner } from '../policy/rules/vex.js';
import { parseKeyReference, readStorePublicKey } from '../sigstore/keystore/index.js';
import { createTrust, loadTrust, parsePublicKey, type Trust } from '../sigstore/verify/index.js';

export interface KeyTrust {
  /** The policy's `key:` value, as written: how key signers are matched. */
  keyRef: string;
  trust: Trust;
}

export interface TrustSet {
  root: Trust;
  keys: KeyTrust[];
}

export interface TrustSetOptions {
  /** The `trusted-root` input; wins over the policy's trust.trustedRoot only when they agree. */
  trustedRootPath?: string;
  /** No network: the embedded root instead of a TUF refresh. */
  offline: boolean;
  /** Relative key and root paths resolve against this folder (default: the working directory). */
  cwd?: string;
}

export async function loadTrustSet(policy: Policy, options: TrustSetOptions): Promise<TrustSet> {
  const cwd = options.cwd ?? process.cwd();
  const rootPath = chooseRoot(options.trustedRootPath, policy.trust.trustedRoot);
  const root = await loadTrust({
    ...(rootPath !== undefined ? { trustedRootPath: resolve(cwd, rootPath) } : {}),
    offline: options.offline,
  });
  const keys: KeyTrust[] = [];
  // VEX signers' keys too: a VEX attestation signed with one must verify to be counted.
  for (const signer of everySigner(policy)) {
    if (signer.key === undefined || keys.some((k) => k.keyRef === signer.key)) continue;
    const pem = await publicKeyOf(signer.key, cwd);
    keys.push({
      keyRef: signer.key,
      trust: createTrust(root.trustedRoot, root.rootSource, parsePublicKey(pem, signer.key)),
    });
  }
  return { root, keys };
}

function chooseRoot(input: string | undefined, fromPolicy: string | undefined): string | undefined {
  if (input !== undefined && fromPolicy !== undefined && resolve(input) !== resolve(fromPolicy)) {
    throw new ImprintError(
      'INPUT_CONFLICT',
      `The trusted-root input (${input}) and the policy's trust.trustedRoot (${fromPolicy}) name different files.`,
      { hint: 'give the trusted root in one place: the policy file, or the trusted-root input' },
    );
  }
  return input ?? fromPolicy;
}

/** The PEM of a `key:` signer: read from the file, or from the PKCS#11 token or KMS it names. */
async function publicKeyOf(keyRef: string, cwd: string): Promise<string> {
  const reference = parseKeyReference(keyRef);
  if (reference === undefined) return readKey(resolve(cwd, keyRef), keyRef);
  return readStorePublicKey(reference, keyRef);
}

async function readKey(path: string, keyRef: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new ImprintError(
      'KEY_INVALID',
      `The public key ${keyRef} named by the policy cannot be read: ${messageOf(error)}`,
      {
        cause: error,
        hint: 'key paths are relative to the working directory; give the PEM public key (cosign.pub)',
      },
    );
  }
}
