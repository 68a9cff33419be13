/**
 * Google Cloud KMS references as cosign writes them (sigstore/sigstore pkg/signature/kms/gcp):
 * `gcpkms://projects/P/locations/L/keyRings/R/cryptoKeys/K[/cryptoKeyVersions/V]` (cosign also
 * accepts `/versions/V`). Without a version, the newest enabled one signs. Pure.
 */
import { invalidReference } from './invalid.js';

export const GCPKMS_SCHEME = 'gcpkms://';
const SYNTAX =
  'gcpkms://projects/PROJECT/locations/LOCATION/keyRings/RING/cryptoKeys/KEY[/cryptoKeyVersions/N]';
const SEGMENT = '([^/\\s]+)';
const REFERENCE = new RegExp(
  `^projects/${SEGMENT}/locations/${SEGMENT}/keyRings/${SEGMENT}/cryptoKeys/${SEGMENT}(?:/(?:cryptoKeyVersions|versions)/${SEGMENT})?$`,
);

export interface GcpKmsReference {
  kind: 'gcpkms';
  project: string;
  location: string;
  keyRing: string;
  /** The crypto key's resource name: projects/…/cryptoKeys/K. */
  keyName: string;
  cryptoKey: string;
  version?: string;
}

export function parseGcpKmsUri(uri: string): GcpKmsReference {
  if (!uri.startsWith(GCPKMS_SCHEME)) throw fail(`"${uri}" does not start with gcpkms://`);
  const match = REFERENCE.exec(uri.slice(GCPKMS_SCHEME.length));
  if (!match) throw fail(`"${uri}" is not a crypto key's resource name`);
  const [, project, location, keyRing, cryptoKey, version] = match as unknown as string[];
  if (version !== undefined && !/^\d+$/.test(version)) {
    throw fail(`"${uri}" has key version "${version}", not a number`);
  }
  return {
    kind: 'gcpkms',
    project: project!,
    location: location!,
    keyRing: keyRing!,
    cryptoKey: cryptoKey!,
    keyName: `projects/${project}/locations/${location}/keyRings/${keyRing}/cryptoKeys/${cryptoKey}`,
    ...(version !== undefined && { version }),
  };
}

function fail(problem: string) {
  return invalidReference('Google Cloud KMS', problem, SYNTAX);
}
