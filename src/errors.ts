/**
 * Typed errors. Library layers throw `ImprintError` with a code a test can match and a
 * message a person can act on; the doors (action, CLI) turn it into one failure line.
 */

export type ErrorCode =
  // inputs and options
  | 'INPUT_INVALID'
  | 'INPUT_CONFLICT'
  | 'REFERENCE_INVALID'
  // building
  | 'BUILD_CONTEXT_MISSING'
  | 'BUILD_FILE_MISSING'
  | 'BUILD_FAILED'
  | 'BUILDER_UNAVAILABLE'
  | 'BUILD_METADATA_INVALID'
  // registry
  | 'REGISTRY_UNREACHABLE'
  | 'REGISTRY_AUTH_FAILED'
  | 'REGISTRY_DENIED'
  | 'REGISTRY_NOT_FOUND'
  | 'REGISTRY_ERROR'
  | 'REGISTRY_PROTOCOL'
  | 'REGISTRY_TRANSFER_FAILED'
  | 'REGISTRY_TIMEOUT'
  | 'REGISTRY_TOO_MANY_PAGES'
  | 'REGISTRY_DOWNGRADE'
  | 'DIGEST_MISMATCH'
  | 'MANIFEST_TOO_LARGE'
  | 'BLOB_TOO_LARGE'
  | 'MANIFEST_INVALID'
  | 'CREDENTIALS_HELPER_FAILED'
  // signing and verification
  | 'IDENTITY_TOKEN_MISSING'
  | 'IDENTITY_TOKEN_INVALID'
  | 'SIGNING_FAILED'
  | 'KEY_INVALID'
  | 'KEY_PASSWORD_WRONG'
  | 'KEY_UNSUPPORTED'
  | 'KEY_REFERENCE_INVALID'
  | 'KEY_STORE_FAILED'
  | 'VERIFY_FAILED'
  | 'TRUSTED_ROOT_INVALID'
  // GitHub's Attestations API
  | 'GITHUB_API_DENIED'
  | 'GITHUB_API_FAILED'
  // evidence producers
  | 'SBOM_FAILED'
  | 'LAYER_INVALID'
  | 'SCAN_FAILED'
  | 'SCANNER_MISSING'
  | 'CHECKSUM_MISMATCH'
  | 'GATE_FAILED'
  | 'VEX_INVALID'
  // policy
  | 'POLICY_INVALID'
  | 'POLICY_VIOLATION'
  | 'MANIFEST_FILE_INVALID'
  | 'INTERNAL';

export class ImprintError extends Error {
  readonly code: ErrorCode;
  /** One sentence on how to fix it, shown after the message. */
  readonly hint?: string;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; hint?: string } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ImprintError';
    this.code = code;
    if (options.hint !== undefined) this.hint = options.hint;
  }

  /** The message with its hint, as the doors print it. */
  describe(): string {
    return this.hint ? `${this.message}\n  hint: ${this.hint}` : this.message;
  }
}

export function isImprintError(error: unknown, code?: ErrorCode): error is ImprintError {
  return error instanceof ImprintError && (code === undefined || error.code === code);
}

/** The message of anything thrown, for wrapping foreign errors. */
export function messageOf(error: unknown): string {
  if (error instanceof ImprintError) return error.describe();
  if (error instanceof Error) return error.message;
  return String(error);
}
