/**
 * The signing inputs → typed, validated options. Pure. Every conflict is caught here, before a
 * build that may take minutes: a key given for keyless signing, a custom Sigstore without the
 * trust to read its signatures back, service URLs for an instance that has its own.
 */
import type { AttestationFormat } from '../attest/plan.js';
import { ImprintError } from '../errors.js';
import { parseKeyReference } from '../sigstore/keystore/index.js';
import type { InputReader } from '../inputs/reader.js';
import type { InputSource } from '../inputs/spec.js';
import type { CiPlatform } from '../ci/platform.js';
import {
  chooseInstance,
  refuseServiceUrls,
  resolveEndpoints,
  type SigningMode,
  type SigstoreInstance,
  type SigstoreSetting,
} from '../sigstore/sign/index.js';

export interface SignOptions {
  /** `sign`: false publishes the image unsigned and unattested. */
  enabled: boolean;
  signing: SigningMode;
  /** Path of the private key PEM (signing: key). */
  keyPath?: string;
  keyPassword?: string;
  identityToken?: string;
  /** `auto` is chosen at the start of signing, from the platform (chooseSigstore). */
  sigstore: SigstoreSetting;
  /** `tlog-upload`: false signs with no transparency-log entry (cosign's flag). */
  tlogUpload: boolean;
  fulcioUrl?: string;
  rekorUrl?: string;
  tsaUrl?: string;
  /** Path of a trusted_root.json for the read-back. */
  trustedRoot?: string;
  provenance: boolean;
  /**
   * The user set `provenance` themselves. Outside CI there is no run to describe: a default
   * `true` is then skipped with a warning, an explicit one fails.
   */
  provenanceExplicit: boolean;
  attestationFormat: AttestationFormat;
}

export function readSignOptions(inputs: InputReader, source: InputSource): SignOptions {
  const options: SignOptions = {
    enabled: inputs.boolean('sign'),
    signing: inputs.choice<SigningMode>('signing'),
    sigstore: inputs.choice<SigstoreSetting>('sigstore'),
    tlogUpload: inputs.boolean('tlog-upload'),
    provenance: inputs.boolean('provenance'),
    provenanceExplicit: (source('provenance') ?? '').trim() !== '',
    attestationFormat: inputs.choice<AttestationFormat>('attestation-format'),
  };
  const optional = {
    keyPath: inputs.string('key'),
    keyPassword: source('key-password') || undefined, // a password is taken literally, spaces and all
    identityToken: inputs.string('identity-token'),
    fulcioUrl: inputs.string('fulcio-url'),
    rekorUrl: inputs.string('rekor-url'),
    tsaUrl: inputs.string('tsa-url'),
    trustedRoot: inputs.string('trusted-root'),
  };
  for (const [name, value] of Object.entries(optional)) {
    if (value !== undefined) (options as unknown as Record<string, string>)[name] = value;
  }
  if (options.enabled) checkSignOptions(options);
  return options;
}

function checkSignOptions(options: SignOptions): void {
  if (options.signing === 'key') {
    if (options.keyPath === undefined) {
      throw new ImprintError(
        'INPUT_INVALID',
        'signing: key needs "key", the path of the private key',
        {
          hint: 'set key to the cosign.key file (and key-password from a secret), or use signing: keyless',
        },
      );
    }
    // A key-store reference is parsed now, so a typo fails before the build.
    if (parseKeyReference(options.keyPath) !== undefined && options.keyPassword !== undefined) {
      throw new ImprintError(
        'INPUT_CONFLICT',
        'key-password applies to a key file, but key names a key in a PKCS#11 token or KMS',
        {
          hint: 'remove key-password: a PKCS#11 PIN goes in the URI (pin-source=FILE), a KMS uses its own credentials',
        },
      );
    }
    if (options.identityToken !== undefined) {
      throw new ImprintError(
        'INPUT_CONFLICT',
        'identity-token is only used by keyless signing, but signing is key',
        {
          hint: 'remove identity-token, or set signing: keyless to sign with the CI identity',
        },
      );
    }
  } else {
    const keyInputs = [options.keyPath && 'key', options.keyPassword && 'key-password'].filter(
      Boolean,
    );
    if (keyInputs.length > 0) {
      throw new ImprintError(
        'INPUT_CONFLICT',
        `${keyInputs.join(' and ')} ${keyInputs.length > 1 ? 'apply' : 'applies'} only with signing: key, but signing is keyless`,
        {
          hint: 'set signing: key to sign with the key, or remove key and key-password',
        },
      );
    }
  }
  // The same check the signer makes, made now: before the build, not after it.
  const { sigstore } = options;
  if (sigstore === 'auto') refuseServiceUrls(options, sigstore);
  else resolveEndpoints({ ...options, sigstore }, options.signing);
  if (options.sigstore === 'custom' && options.trustedRoot === undefined) {
    throw new ImprintError(
      'INPUT_INVALID',
      'sigstore: custom needs trusted-root: what imprint stores is read back and verified, and only the trusted root of your Sigstore says which Fulcio, Rekor and TSA to believe',
      {
        hint: 'set trusted-root to the trusted_root.json of your instance (cosign trusted-root create makes one)',
      },
    );
  }
}

/** The options with the instance signing uses, and why it was chosen. */
export type ChosenSignOptions = Omit<SignOptions, 'sigstore'> & {
  sigstore: SigstoreInstance;
  /** In words, for the log and the summary. */
  sigstoreReason: string;
};

/** Settles `sigstore: auto` on this platform (GitHub: by the repository's visibility). */
export function chooseSigstore(options: SignOptions, platform: CiPlatform): ChosenSignOptions {
  const visibility = options.sigstore === 'auto' ? platform.repositoryVisibility() : undefined;
  const choice = chooseInstance(options.sigstore, platform.name, visibility);
  const chosen = { ...options, sigstore: choice.instance, sigstoreReason: choice.reason };
  if (chosen.sigstore === 'github') refuseOtherGitHubServers(platform, choice.reason);
  // tlog-upload: false with keyless signing is only known to be sound once the instance is.
  resolveEndpoints(chosen, chosen.signing);
  return chosen;
}

/**
 * imprint's `github` instance is GitHub.com's: a GitHub Enterprise Server's tokens are not
 * GitHub.com's Fulcio's to certify (actions/attest signs there with `fulcio.<server host>`).
 */
function refuseOtherGitHubServers(platform: CiPlatform, reason: string): void {
  const server = platform.githubApi()?.serverUrl;
  if (server === undefined || new URL(server).hostname === 'github.com') return;
  throw new ImprintError(
    'INPUT_INVALID',
    `GitHub's Sigstore instance (${reason}) is GitHub.com's, but this run is on ${server}, whose tokens it does not certify`,
    {
      hint: "set sigstore explicitly: custom with your instance's fulcio-url, tsa-url and trusted-root, or public-good if the repository may appear in the public log",
    },
  );
}
