/**
 * What a `key` value names: a file (anything without a key-store scheme, as today), or a key
 * held in a store that never hands it out: a PKCS#11 token or a cloud KMS, in cosign's syntax.
 * Pure: this decides the kind and parses strictly; the backends do the I/O.
 */
import { type AwsKmsReference, AWSKMS_SCHEME, parseAwsKmsUri } from './awskms-uri.js';
import { type AzureKmsReference, AZUREKMS_SCHEME, parseAzureKmsUri } from './azurekms-uri.js';
import { type GcpKmsReference, GCPKMS_SCHEME, parseGcpKmsUri } from './gcpkms-uri.js';
import {
  HASHIVAULT_SCHEME,
  type HashiVaultReference,
  parseHashiVaultUri,
} from './hashivault-uri.js';
import { invalidReference } from './invalid.js';
import {
  parsePkcs11Uri,
  PKCS11_SCHEME,
  type Pkcs11Reference,
  redactPkcs11Uri,
} from './pkcs11-uri.js';

export type KeyStoreReference =
  Pkcs11Reference | AwsKmsReference | GcpKmsReference | AzureKmsReference | HashiVaultReference;

const PARSERS: readonly [string, (uri: string) => KeyStoreReference][] = [
  [PKCS11_SCHEME, parsePkcs11Uri],
  [AWSKMS_SCHEME, parseAwsKmsUri],
  [GCPKMS_SCHEME, parseGcpKmsUri],
  [AZUREKMS_SCHEME, parseAzureKmsUri],
  [HASHIVAULT_SCHEME, parseHashiVaultUri],
];

/** cosign's other KMS scheme: named so it is refused by name rather than read as a file. */
const UNSUPPORTED_SCHEMES = ['k8s://', 'gitlab://', 'env://'];

/** A key-store reference, or undefined when the value is a file path. */
export function parseKeyReference(value: string): KeyStoreReference | undefined {
  for (const [scheme, parse] of PARSERS) if (value.startsWith(scheme)) return parse(value);
  const unsupported = UNSUPPORTED_SCHEMES.find((scheme) => value.startsWith(scheme));
  if (unsupported !== undefined) {
    throw invalidReference(
      unsupported.replace('://', ''),
      `"${value}" uses a scheme imprint does not read`,
      'a key file, or pkcs11:, awskms://, gcpkms://, azurekms:// or hashivault://',
    );
  }
  return undefined;
}

/** The reference as it may appear in a log line: a PKCS#11 pin-value is replaced by ***. */
export function describeKeyReference(value: string): string {
  return value.startsWith(PKCS11_SCHEME) ? redactPkcs11Uri(value) : value;
}
