/**
 * Azure Key Vault references as cosign writes them (sigstore/sigstore pkg/signature/kms/azure):
 * `azurekms://VAULT.vault.azure.net/KEY[/VERSION]`. Key Vault names keys with letters, digits
 * and dashes (1–127). Pure.
 */
import { invalidReference } from './invalid.js';

export const AZUREKMS_SCHEME = 'azurekms://';
const SYNTAX = 'azurekms://VAULT.vault.azure.net/KEY[/VERSION]';
const HOST = /^[A-Za-z0-9.-]+(?::\d+)?$/;
const KEY_NAME = /^[A-Za-z0-9-]{1,127}$/;
const VERSION = /^[A-Za-z0-9]+$/;

export interface AzureKmsReference {
  kind: 'azurekms';
  /** https://VAULT.vault.azure.net */
  vaultUrl: string;
  keyName: string;
  version?: string;
}

export function parseAzureKmsUri(uri: string): AzureKmsReference {
  if (!uri.startsWith(AZUREKMS_SCHEME)) throw fail(`"${uri}" does not start with azurekms://`);
  const [host = '', keyName, version, ...extra] = uri.slice(AZUREKMS_SCHEME.length).split('/');
  if (!HOST.test(host)) throw fail(`"${uri}" has no vault host name (VAULT.vault.azure.net)`);
  if (keyName === undefined || keyName === '') throw fail(`"${uri}" names no key after the vault`);
  if (!KEY_NAME.test(keyName)) {
    throw fail(
      `"${uri}" has key name "${keyName}": Key Vault names are letters, digits and dashes`,
    );
  }
  if (extra.length > 0 || (version !== undefined && !VERSION.test(version))) {
    throw fail(`"${uri}" has more than KEY[/VERSION] after the vault`);
  }
  return {
    kind: 'azurekms',
    vaultUrl: `https://${host}`,
    keyName,
    ...(version !== undefined && { version }),
  };
}

function fail(problem: string) {
  return invalidReference('Azure Key Vault', problem, SYNTAX);
}
