/** The registry module's public surface: reference parsing, credentials, the OCI client, referrers. */
export {
  type ImageReference,
  DOCKER_HUB,
  parseReference,
  formatReference,
  withDigest,
  registryApiHost,
  repositoryPath,
  isDigest,
  digestProblem,
} from './reference.js';
export {
  type RegistryCredentials,
  type CredentialSources,
  resolveCredentials,
  normalizeRegistryKey,
  dockerConfigPath,
} from './credentials.js';
export { type Access, loginAdvice } from './auth.js';
export { type RetryPolicy, DEFAULT_RETRY_POLICY } from './retry.js';
export { type TransportOptions, RegistryTransport } from './transport.js';
export { RegistryHttpError } from './http-errors.js';
export {
  RegistryClient,
  type FetchedManifest,
  type PutManifestResult,
  DEFAULT_MANIFEST_LIMIT,
} from './client.js';
export { type PushBlobOptions, type PushedBlob, DEFAULT_CHUNK_SIZE } from './blob-upload.js';
export { sha256Digest, digestOf, DigestVerifier } from './digest.js';
export {
  MEDIA_TYPES,
  MANIFEST_ACCEPT,
  EMPTY_CONFIG,
  EMPTY_CONFIG_BYTES,
  type Descriptor,
  type Platform,
  type ImageManifest,
  type ImageIndex,
  type ParsedManifest,
  type PlatformManifest,
  parseManifest,
  parseIndex,
  platformsOf,
  formatPlatform,
  descriptorOf,
  isIndexMediaType,
} from './manifest.js';
export {
  type ReferrerToAttach,
  type AttachedReferrer,
  type AttachOptions,
  referrersTag,
  listReferrers,
  attachReferrer,
} from './referrers.js';
