import { isImprintError } from '../../../../src/errors.js';
import { parseAwsKmsUri } from '../../../../src/sigstore/keystore/awskms-uri.js';
import { parseAzureKmsUri } from '../../../../src/sigstore/keystore/azurekms-uri.js';
import { parseGcpKmsUri } from '../../../../src/sigstore/keystore/gcpkms-uri.js';
import { parseHashiVaultUri } from '../../../../src/sigstore/keystore/hashivault-uri.js';

function refusal(parse: (uri: string) => unknown, uri: string): { message: string; hint?: string } {
  try {
    parse(uri);
  } catch (error) {
    if (!isImprintError(error, 'KEY_REFERENCE_INVALID')) throw error;
    return { message: error.message, ...(error.hint !== undefined && { hint: error.hint }) };
  }
  throw new Error(`${uri} was accepted`);
}

const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';
const ARN = 'arn:aws:kms:us-east-2:111122223333';

describe('awskms:// (cosign: awskms://[ENDPOINT]/KEY)', () => {
  it.each([
    [`awskms:///${KEY_ID}`, { kind: 'awskms', keyId: KEY_ID }],
    [
      `awskms://localhost:4566/${KEY_ID}`,
      { kind: 'awskms', keyId: KEY_ID, endpoint: 'localhost:4566' },
    ],
    [
      `awskms:///mrk-${KEY_ID.replace(/-/g, '')}`,
      { kind: 'awskms', keyId: `mrk-${KEY_ID.replace(/-/g, '')}` },
    ],
    [
      `awskms:///${ARN}:key/${KEY_ID}`,
      { kind: 'awskms', keyId: `${ARN}:key/${KEY_ID}`, region: 'us-east-2' },
    ],
    ['awskms:///alias/release', { kind: 'awskms', keyId: 'alias/release', alias: 'alias/release' }],
    [
      `awskms://kms.example:443/${ARN}:alias/release`,
      {
        kind: 'awskms',
        keyId: `${ARN}:alias/release`,
        alias: 'alias/release',
        region: 'us-east-2',
        endpoint: 'kms.example:443',
      },
    ],
  ])('reads %s', (uri, expected) => {
    expect(parseAwsKmsUri(uri)).toEqual(expected);
  });

  it.each([
    [
      'awskms:/alias/x',
      'The AWS KMS key reference "awskms:/alias/x" does not start with awskms://.',
    ],
    [
      'awskms://alias',
      'The AWS KMS key reference "awskms://alias" names no key after the endpoint.',
    ],
    [
      'awskms://host/',
      'The AWS KMS key reference "awskms://host/" names no key after the endpoint.',
    ],
    [
      'awskms://a b/alias/x',
      'The AWS KMS key reference "awskms://a b/alias/x" has white space in its endpoint.',
    ],
    [
      'awskms:///alias/',
      'The AWS KMS key reference "awskms:///alias/" names "alias/", which is no key id, key ARN, alias/NAME or alias ARN.',
    ],
    [
      'awskms:///release',
      'The AWS KMS key reference "awskms:///release" names "release", which is no key id, key ARN, alias/NAME or alias ARN.',
    ],
    [
      `awskms:///arn:aws:kms:us-east-2:1111:key/${KEY_ID}`,
      `The AWS KMS key reference "awskms:///arn:aws:kms:us-east-2:1111:key/${KEY_ID}" names "arn:aws:kms:us-east-2:1111:key/${KEY_ID}", which is no key id, key ARN, alias/NAME or alias ARN.`,
    ],
  ])('refuses %s', (uri, message) => {
    expect(refusal(parseAwsKmsUri, uri)).toEqual({
      message,
      hint: 'write it as awskms://[ENDPOINT]/KEY_ID, awskms:///alias/NAME or awskms:///arn:aws:kms:REGION:ACCOUNT:key/KEY_ID',
    });
  });
});

const GCP = 'projects/p/locations/global/keyRings/ring/cryptoKeys/key';

describe('gcpkms://', () => {
  it('reads a crypto key, with and without its version', () => {
    expect(parseGcpKmsUri(`gcpkms://${GCP}`)).toEqual({
      kind: 'gcpkms',
      project: 'p',
      location: 'global',
      keyRing: 'ring',
      cryptoKey: 'key',
      keyName: GCP,
    });
    expect(parseGcpKmsUri(`gcpkms://${GCP}/cryptoKeyVersions/3`).version).toBe('3');
    expect(parseGcpKmsUri(`gcpkms://${GCP}/versions/4`).version).toBe('4');
  });

  it.each([
    ['gcp://x', 'The Google Cloud KMS key reference "gcp://x" does not start with gcpkms://.'],
    [
      'gcpkms://projects/p/locations/l/keyRings/r',
      'The Google Cloud KMS key reference "gcpkms://projects/p/locations/l/keyRings/r" is not a crypto key\'s resource name.',
    ],
    [
      `gcpkms://${GCP}/cryptoKeyVersions/`,
      `The Google Cloud KMS key reference "gcpkms://${GCP}/cryptoKeyVersions/" is not a crypto key's resource name.`,
    ],
    [
      `gcpkms://${GCP}/cryptoKeyVersions/latest`,
      `The Google Cloud KMS key reference "gcpkms://${GCP}/cryptoKeyVersions/latest" has key version "latest", not a number.`,
    ],
  ])('refuses %s', (uri, message) => {
    expect(refusal(parseGcpKmsUri, uri)).toEqual({
      message,
      hint: 'write it as gcpkms://projects/PROJECT/locations/LOCATION/keyRings/RING/cryptoKeys/KEY[/cryptoKeyVersions/N]',
    });
  });
});

describe('azurekms://', () => {
  it('reads the vault, the key and an optional version', () => {
    expect(parseAzureKmsUri('azurekms://acme.vault.azure.net/release')).toEqual({
      kind: 'azurekms',
      vaultUrl: 'https://acme.vault.azure.net',
      keyName: 'release',
    });
    expect(parseAzureKmsUri('azurekms://acme.vault.azure.net/release/0a1b2c').version).toBe(
      '0a1b2c',
    );
  });

  it.each([
    [
      'azure://v/k',
      'The Azure Key Vault key reference "azure://v/k" does not start with azurekms://.',
    ],
    [
      'azurekms:///k',
      'The Azure Key Vault key reference "azurekms:///k" has no vault host name (VAULT.vault.azure.net).',
    ],
    [
      'azurekms://acme.vault.azure.net',
      'The Azure Key Vault key reference "azurekms://acme.vault.azure.net" names no key after the vault.',
    ],
    [
      'azurekms://acme.vault.azure.net/',
      'The Azure Key Vault key reference "azurekms://acme.vault.azure.net/" names no key after the vault.',
    ],
    [
      'azurekms://acme.vault.azure.net/my_key',
      'The Azure Key Vault key reference "azurekms://acme.vault.azure.net/my_key" has key name "my_key": Key Vault names are letters, digits and dashes.',
    ],
    [
      'azurekms://acme.vault.azure.net/k/v/x',
      'The Azure Key Vault key reference "azurekms://acme.vault.azure.net/k/v/x" has more than KEY[/VERSION] after the vault.',
    ],
  ])('refuses %s', (uri, message) => {
    expect(refusal(parseAzureKmsUri, uri)).toEqual({
      message,
      hint: 'write it as azurekms://VAULT.vault.azure.net/KEY[/VERSION]',
    });
  });
});

describe('hashivault://', () => {
  it('reads the transit key name', () => {
    expect(parseHashiVaultUri('hashivault://release-key.v2')).toEqual({
      kind: 'hashivault',
      keyName: 'release-key.v2',
    });
  });

  it.each([
    [
      'vault://k',
      'The HashiCorp Vault key reference "vault://k" does not start with hashivault://.',
    ],
    ['hashivault://', 'The HashiCorp Vault key reference "hashivault://" names no key.'],
    [
      'hashivault://transit/k',
      'The HashiCorp Vault key reference "hashivault://transit/k" has key name "transit/k": letters, digits, _, - and ., starting and ending with a letter or digit.',
    ],
    [
      'hashivault://-k',
      'The HashiCorp Vault key reference "hashivault://-k" has key name "-k": letters, digits, _, - and ., starting and ending with a letter or digit.',
    ],
  ])('refuses %s', (uri, message) => {
    expect(refusal(parseHashiVaultUri, uri)).toEqual({
      message,
      hint: 'write it as hashivault://KEYNAME (the address and token come from VAULT_ADDR and VAULT_TOKEN)',
    });
  });
});
