/**
 * What an exporter needs besides the policy: the contents of the files it names (public
 * keys, the trusted root), read by the caller so exporting stays pure.
 */
import { ImprintError } from '../../errors.js';
import type { Policy } from '../schema.js';
import { type TrustedRootMaterial, readTrustedRoot } from './trusted-root.js';

export interface ExportOptions {
  /** Expiries are decided against this time. */
  now: Date;
  /** The policy file's name, for the header and the resource names. */
  source?: string;
  /** Resource name; default derived from `source`. */
  name?: string;
  /** PEM contents of each `key:` the policy names, by the path as written. */
  publicKeys?: Readonly<Record<string, string>>;
  /** The parsed trusted_root.json that `trust.trustedRoot` names. */
  trustedRoot?: unknown;
}

export interface Materials {
  keys: Map<string, string>;
  trustedRoot?: TrustedRootMaterial;
}

export function gatherMaterials(policy: Policy, options: ExportOptions): Materials {
  const keys = new Map<string, string>();
  for (const signer of policy.signers) {
    if (signer.key === undefined) continue;
    const content = options.publicKeys?.[signer.key];
    if (content === undefined || !content.includes('-----BEGIN PUBLIC KEY-----')) {
      throw new ImprintError(
        'INPUT_INVALID',
        `The policy names the key ${signer.key}, but its PEM content was not given to the exporter.`,
        {
          hint: `make ${signer.key} readable from the current directory (a PEM "PUBLIC KEY", as cosign.pub)`,
        },
      );
    }
    keys.set(signer.key, content.endsWith('\n') ? content : `${content}\n`);
  }
  if (policy.trust.trustedRoot === undefined) return { keys };
  if (options.trustedRoot === undefined) {
    throw new ImprintError(
      'INPUT_INVALID',
      `The policy names the trusted root ${policy.trust.trustedRoot}, but its content was not given to the exporter.`,
      {
        hint: `make ${policy.trust.trustedRoot} readable, or remove trust.trustedRoot to use the Sigstore public-good instance`,
      },
    );
  }
  return { keys, trustedRoot: readTrustedRoot(options.trustedRoot) };
}
