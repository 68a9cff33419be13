/**
 * HashiCorp Vault transit references as cosign writes them (sigstore/sigstore
 * pkg/signature/kms/hashivault): `hashivault://KEYNAME`, the key in the transit engine at
 * VAULT_ADDR (mount TRANSIT_SECRET_ENGINE_PATH, default `transit`). Pure.
 */
import { invalidReference } from './invalid.js';

export const HASHIVAULT_SCHEME = 'hashivault://';
const SYNTAX = 'hashivault://KEYNAME (the address and token come from VAULT_ADDR and VAULT_TOKEN)';
const KEY_NAME = /^\w(?:[\w.-]*\w)?$/;

export interface HashiVaultReference {
  kind: 'hashivault';
  keyName: string;
}

export function parseHashiVaultUri(uri: string): HashiVaultReference {
  if (!uri.startsWith(HASHIVAULT_SCHEME)) throw fail(`"${uri}" does not start with hashivault://`);
  const keyName = uri.slice(HASHIVAULT_SCHEME.length);
  if (keyName === '') throw fail(`"${uri}" names no key`);
  if (!KEY_NAME.test(keyName)) {
    throw fail(
      `"${uri}" has key name "${keyName}": letters, digits, _, - and ., starting and ending with a letter or digit`,
    );
  }
  return { kind: 'hashivault', keyName };
}

function fail(problem: string) {
  return invalidReference('HashiCorp Vault', problem, SYNTAX);
}
