/**
 * AWS KMS references as cosign writes them (sigstore/sigstore pkg/signature/kms/aws):
 * `awskms://[ENDPOINT]/KEY`, KEY one of a key id (UUID, or `mrk-…` multi-Region), a key ARN,
 * `alias/NAME` or an alias ARN. The endpoint is optional (`awskms:///alias/x`: the SDK's own).
 * Pure.
 */
import { invalidReference } from './invalid.js';

export const AWSKMS_SCHEME = 'awskms://';
const SYNTAX =
  'awskms://[ENDPOINT]/KEY_ID, awskms:///alias/NAME or awskms:///arn:aws:kms:REGION:ACCOUNT:key/KEY_ID';
const UUID =
  '(?:mrk-)?[A-Fa-f0-9]{8}-?[A-Fa-f0-9]{4}-?[A-Fa-f0-9]{4}-?[A-Fa-f0-9]{4}-?[A-Fa-f0-9]{12}';
const ARN = 'arn:(?:aws|aws-us-gov):kms:([a-z0-9-]+):\\d{12}:';
const KEY_ID = new RegExp(`^${UUID}$`);
const KEY_ARN = new RegExp(`^${ARN}key/${UUID}$`);
const ALIAS_NAME = /^(alias\/.+)$/;
const ALIAS_ARN = new RegExp(`^${ARN}(alias/.+)$`);

export interface AwsKmsReference {
  kind: 'awskms';
  /** host[:port] of the KMS endpoint; undefined: the SDK's endpoint for the region. */
  endpoint?: string;
  /** What KMS calls take as KeyId: the id, ARN, alias name or alias ARN as written. */
  keyId: string;
  /** `alias/NAME` when the reference is an alias: generate-key-pair creates it. */
  alias?: string;
  /** The region an ARN names. */
  region?: string;
}

export function parseAwsKmsUri(uri: string): AwsKmsReference {
  if (!uri.startsWith(AWSKMS_SCHEME)) throw fail(`"${uri}" does not start with awskms://`);
  const rest = uri.slice(AWSKMS_SCHEME.length);
  const slash = rest.indexOf('/');
  if (slash < 0) throw fail(`"${uri}" names no key after the endpoint`);
  const endpoint = rest.slice(0, slash);
  const keyId = rest.slice(slash + 1);
  if (keyId === '') throw fail(`"${uri}" names no key after the endpoint`);
  if (/\s/.test(endpoint)) throw fail(`"${uri}" has white space in its endpoint`);
  const base = { kind: 'awskms' as const, keyId, ...(endpoint !== '' && { endpoint }) };
  if (KEY_ID.test(keyId)) return base;
  const keyArn = KEY_ARN.exec(keyId);
  if (keyArn) return { ...base, region: keyArn[1]! };
  const aliasArn = ALIAS_ARN.exec(keyId);
  if (aliasArn) return { ...base, region: aliasArn[1]!, alias: aliasArn[2]! };
  const alias = ALIAS_NAME.exec(keyId);
  if (alias) return { ...base, alias: alias[1]! };
  throw fail(`"${uri}" names "${keyId}", which is no key id, key ARN, alias/NAME or alias ARN`);
}

function fail(problem: string) {
  return invalidReference('AWS KMS', problem, SYNTAX);
}
