/**
 * Where credentials may go. A registry's answers name other URLs (`Link` for the next page,
 * `Location` for an upload or a redirect, a token `realm`); credentials are sent only to the
 * registry's own origin (and, by the auth layer, to the token realm its challenge named), and
 * nothing that started on https continues on plain http. Pure.
 */
import { ImprintError } from '../errors.js';
import { redactUrl } from './http-headers.js';

/** True when `target` is on the registry's origin (scheme, host and port all equal). */
export function onRegistryOrigin(registryBase: string, target: URL): boolean {
  return new URL(registryBase).origin === target.origin;
}

/**
 * REGISTRY_DOWNGRADE when an https registry points at a plain-http URL (`what` says where the
 * URL came from): what travels there, a token, a presigned URL or the content itself, would
 * travel in clear text.
 */
export function refuseDowngrade(registryBase: string, target: URL, what: string): void {
  if (new URL(registryBase).protocol === 'https:' && target.protocol !== 'https:') {
    throw new ImprintError(
      'REGISTRY_DOWNGRADE',
      `${what} points from https to ${redactUrl(target.toString())}: refusing to leave https.`,
      {
        hint: 'A registry reached over https must keep every request on https; check its configuration (or a proxy in front of it).',
      },
    );
  }
}
