/**
 * Signing for a publish: the identity (OIDC token or key) is obtained once, before the build, so
 * a missing token or a wrong key password costs seconds instead of a build; then every planned
 * job is signed, and each bundle is written to the bundle directory. Signing finishes before
 * anything is stored, so a Sigstore outage leaves the registry untouched.
 */
import { createPublicKey } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SerializedBundle } from '@sigstore/bundle';
import { type AttestationJob, describes, type SigningPayload } from '../attest/plan.js';
import { getIdentityToken, type IdentityToken, type IdentityTokenClaims } from '../ci/identity.js';
import type { Logger } from '../ci/log.js';
import type { CiPlatform } from '../ci/platform.js';
import { ImprintError, messageOf } from '../errors.js';
import {
  createSigner,
  type IdentitySource,
  type ImprintSigner,
  publicKeyHint,
  resolveEndpoints,
  type RetryOptions,
  type SignerOptions,
  type SigningMode,
  type SigstoreEndpoints,
} from '../sigstore/sign/index.js';
import type { UploadRetry } from '../attest/storage/github-api.js';
import {
  describeKeyReference,
  openKeyStore,
  parseKeyReference,
} from '../sigstore/keystore/index.js';
import type { GitHubRootSource } from '../sigstore/verify/index.js';
import type { ChosenSignOptions } from './sign-options.js';

/** A token with less time left than this is fetched again before signing with it. */
const MIN_TOKEN_REMAINING_MS = 60_000;

export interface SigningEnvironment {
  /** Where the OIDC token, the run's facts and the temp directory come from. */
  platform: CiPlatform;
  /** Retries of Fulcio / Rekor / TSA calls (tests shorten them). */
  retry?: Partial<RetryOptions>;
  /** Where GitHub's trusted root comes from (tests: a stand-in TUF repository). */
  githubRoot?: { source?: GitHubRootSource; offline?: boolean } | undefined;
  /** Retries of GitHub's Attestations API (tests shorten them). */
  githubApiRetry?: UploadRetry | undefined;
}

export interface SigningSession {
  readonly mode: SigningMode;
  readonly endpoints: SigstoreEndpoints;
  /** Why this instance (sigstore: auto and the repository's visibility, or the input). */
  readonly sigstoreReason: string;
  /** Who signs, as the `dev.imprint.signer` annotation records it (see signerLabel). */
  readonly signerLabel: string;
  /** Keyless: the token's claims (issuer, subject, workflow), for provenance and the read-back. */
  readonly claims?: IdentityTokenClaims;
  /** Key: the public half, to verify with, and its hint. */
  readonly publicKeyPem?: string;
  readonly keyHint?: string;
  /** A signer whose Rekor entries are of this kind (cosign v2 `.att` layers use intoto). */
  signer(entryType: 'dsse' | 'intoto'): Promise<ImprintSigner>;
}

export interface SignedJob {
  job: AttestationJob;
  bundle: SerializedBundle;
}

export async function openSigningSession(
  options: ChosenSignOptions,
  environment: SigningEnvironment,
  log: Logger,
): Promise<SigningSession> {
  const endpoints = resolveEndpoints(options, options.signing);
  const common = {
    sigstore: options.sigstore,
    tlogUpload: options.tlogUpload,
    ...(options.fulcioUrl && { fulcioUrl: options.fulcioUrl }),
    ...(options.rekorUrl && { rekorUrl: options.rekorUrl }),
    ...(options.tsaUrl && { tsaUrl: options.tsaUrl }),
    ...(environment.retry && { retry: environment.retry }),
  };
  const signers = new Map<string, Promise<ImprintSigner>>();
  const cached = (entryType: 'dsse' | 'intoto', make: () => Promise<ImprintSigner>) => {
    if (!signers.has(entryType)) signers.set(entryType, make());
    return signers.get(entryType)!;
  };
  if (options.signing === 'key') {
    log.addSecret(options.keyPassword);
    const material = await keyMaterial(options, log);
    const make = (entryType: 'dsse' | 'intoto') =>
      createSigner({ ...common, ...material, dsseEntryType: entryType });
    const first = await cached('dsse', () => make('dsse')); // opens the key now: a wrong password fails before the build
    const keyHint = publicKeyHint({ publicKey: createPublicKey(first.publicKeyPem!) });
    const where =
      'keyStore' in material ? material.keyDescription : `the key in ${options.keyPath}`;
    log.info(`signing with ${where} (hint ${keyHint}) through ${describe(endpoints, 'key')}`);
    return {
      mode: 'key',
      endpoints,
      sigstoreReason: options.sigstoreReason,
      signerLabel: `key ${keyHint}`,
      publicKeyPem: first.publicKeyPem!,
      keyHint,
      signer: (entryType) => cached(entryType, () => make(entryType)),
    };
  }
  const { first, identity } = await tokenSource(options, environment, log);
  const { claims } = first;
  log.info(
    `keyless signing as ${claims.sub ?? '(no subject)'} (issuer ${claims.iss}, token from ${first.source}) through ${describe(endpoints, 'keyless')}`,
  );
  const make = (entryType: 'dsse' | 'intoto'): Promise<ImprintSigner> => {
    const signerOptions: SignerOptions = {
      ...common,
      signing: 'keyless',
      identity,
      dsseEntryType: entryType,
    };
    return createSigner(signerOptions);
  };
  return {
    mode: 'keyless',
    endpoints,
    sigstoreReason: options.sigstoreReason,
    signerLabel: signerLabel(claims),
    claims,
    signer: (entryType) => cached(entryType, () => make(entryType)),
  };
}

/**
 * The token, obtained now (a missing one fails with what to add to the workflow) and handed to
 * Fulcio later; fetched again only if it is about to expire (GitHub tokens live minutes).
 */
async function tokenSource(
  options: ChosenSignOptions,
  environment: SigningEnvironment,
  log: Logger,
): Promise<{ first: IdentityToken; identity: IdentitySource }> {
  const request = {
    ...(options.identityToken !== undefined && { identityToken: options.identityToken }),
    platform: environment.platform,
    maskSecret: (secret: string) => log.addSecret(secret),
  };
  log.addSecret(options.identityToken);
  let current = await getIdentityToken(request);
  const first = current;
  const identity: IdentitySource = {
    async getToken() {
      if (current.claims.exp * 1000 - Date.now() < MIN_TOKEN_REMAINING_MS) {
        current = await getIdentityToken(request);
      }
      return current.token;
    },
  };
  return { first, identity };
}

/**
 * The signer as re-runs recognise it. The token's `sub` alone is not enough: on GitHub two
 * workflows of one repository and ref share it, yet Fulcio certifies them as different
 * identities (the workflow is the certificate SAN) — so the workflow claim is part of it.
 */
function signerLabel(claims: IdentityTokenClaims): string {
  const workflow = claims.job_workflow_ref ?? claims.ci_config_ref_uri;
  const parts = [claims.iss, claims.sub ?? (typeof claims.email === 'string' ? claims.email : '')];
  if (typeof workflow === 'string' && workflow !== '') parts.push(workflow);
  return parts.join(' ');
}

/** Signs every job in order; on a failure nothing has been stored yet, and the log says so. */
export async function signJobs(
  session: SigningSession,
  jobs: readonly AttestationJob[],
  log: Logger,
): Promise<SignedJob[]> {
  const signed: SignedJob[] = [];
  for (const job of jobs) {
    try {
      const bundle = await sign(session, job.payload);
      signed.push({ job, bundle });
      const indexes = rekorLogIndexes([bundle]);
      log.info(
        `signed the ${job.kind === 'signature' ? 'image signature' : `${job.kind} attestation`} of ${job.subjects.map(subjectName).join(', ')} for ${storageName(job)}` +
          (indexes.length > 0 ? ` (Rekor log index ${indexes.join(', ')})` : ''),
      );
    } catch (error) {
      log.error(
        `signing stopped at ${job.kind} (${signed.length} of ${jobs.length} signed): nothing was stored in the registry`,
      );
      throw error;
    }
  }
  return signed;
}

async function sign(session: SigningSession, payload: SigningPayload): Promise<SerializedBundle> {
  if (payload.type === 'message') return (await session.signer('dsse')).signMessage(payload.bytes);
  return (await session.signer(payload.entryType)).signDsse(payload.statement);
}

/** Rekor log indexes of the bundles, in order, each once. */
export function rekorLogIndexes(bundles: readonly SerializedBundle[]): number[] {
  const indexes = bundles.flatMap((bundle) =>
    (bundle.verificationMaterial.tlogEntries ?? []).map((entry) => Number(entry.logIndex)),
  );
  return [...new Set(indexes)];
}

/** `bundle-path`: a fresh directory in the job's temp directory (the platform's tempRoot). */
export function createBundleDirectory(tempRoot: string): string {
  return mkdtempSync(join(tempRoot, 'imprint-bundles-'));
}

/**
 * Writes `<subject-hex>.<kind>[.cosign-classic].sigstore.json` for each subject each job
 * describes (platform evidence is not written again under the index that also carries it:
 * the two platforms' files would overwrite each other there).
 */
export function writeBundles(directory: string, signed: readonly SignedJob[]): string[] {
  const written: string[] = [];
  for (const { job, bundle } of signed) {
    for (const subject of job.subjects.filter((candidate) => describes(job, candidate))) {
      const path = bundleFile(directory, job, subject);
      writeFileSync(path, JSON.stringify(bundle));
      written.push(path);
    }
  }
  return written;
}

/**
 * Writes the image's own manifest (or index) as `<hex>.manifest.json`, byte for byte as the
 * registry serves it: with the bundles it makes bundle-path a complete evidence folder, so
 * `imprint verify name@digest --bundle DIR` needs no registry (the bytes are checked against the
 * digest, and an index names its platforms).
 */
export function writeImageManifest(directory: string, digest: string, bytes: Uint8Array): string {
  const path = join(directory, `${digest.replace(/^sha256:/, '')}.manifest.json`);
  writeFileSync(path, bytes);
  return path;
}

/** Removes the files of bundles that were not stored (held back): no loose signature is left. */
export function removeBundles(
  directory: string,
  placements: readonly { job: AttestationJob; subject: { digest: string } }[],
): void {
  for (const { job, subject } of placements)
    rmSync(bundleFile(directory, job, subject), { force: true });
}

function bundleFile(directory: string, job: AttestationJob, subject: { digest: string }): string {
  const suffix = job.storage === 'referrer' ? '' : '.cosign-classic';
  return join(
    directory,
    `${subject.digest.replace(/^sha256:/, '')}.${job.kind}${suffix}.sigstore.json`,
  );
}

export function subjectName(subject: { digest: string; platform?: string }): string {
  return subject.platform
    ? `${subject.platform} (${subject.digest.slice(0, 19)}…)`
    : `the image (${subject.digest.slice(0, 19)}…)`;
}

function storageName(job: AttestationJob): string {
  return {
    referrer: 'an OCI referrer',
    'cosign-sig': 'the cosign .sig tag',
    'cosign-att': 'the cosign .att tag',
  }[job.storage];
}

function describe(endpoints: SigstoreEndpoints, mode: SigningMode): string {
  const services = [
    mode === 'keyless' && `Fulcio ${endpoints.fulcioUrl}`,
    endpoints.rekorUrl && `Rekor ${endpoints.rekorUrl}`,
    endpoints.tsaUrl && `TSA ${endpoints.tsaUrl}`,
  ];
  return `${endpoints.instance} Sigstore (${services.filter(Boolean).join(', ') || 'no witness: signature and key hint only'})`;
}

/** A key file's PEM and password, or a key store the key never leaves (PKCS#11, KMS). */
async function keyMaterial(
  options: ChosenSignOptions,
  log: Logger,
): Promise<Extract<SignerOptions, { signing: 'key' }>> {
  const reference = parseKeyReference(options.keyPath!);
  if (reference !== undefined) {
    const maskSecret = (secret: string) => log.addSecret(secret);
    return {
      signing: 'key',
      keyStore: await openKeyStore(reference, { maskSecret }),
      keyDescription: `the ${reference.kind} key ${describeKeyReference(options.keyPath!)}`,
    };
  }
  return {
    signing: 'key',
    privateKeyPem: readKeyFile(options.keyPath!),
    ...(options.keyPassword !== undefined && { password: options.keyPassword }),
  };
}

function readKeyFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new ImprintError(
      'KEY_INVALID',
      `the private key file ${path} (input "key") cannot be read: ${messageOf(error)}`,
      {
        cause: error,
        hint: 'write the key to a file first (e.g. from a secret) and give its path',
      },
    );
  }
}
