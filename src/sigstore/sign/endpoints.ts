/**
 * Which Sigstore services a signature goes through. Pure: options in, endpoints out.
 *
 * - `public-good`: fulcio.sigstore.dev + rekor.sigstore.dev (what `cosign` and `gh attestation`
 *   trust by default).
 * - `github`: GitHub's private instance, as actions/attest uses for private repositories:
 *   GitHub's Fulcio and timestamp authority, no transparency log.
 * - `custom`: the fulcio-url, rekor-url and tsa-url given.
 *
 * `tlog-upload: false` (cosign's flag) takes Rekor out of whichever instance was chosen. With a
 * key that leaves a bare signature (or one with a timestamp); keyless it is refused unless a TSA
 * remains: a Fulcio certificate lives ten minutes, and without a log entry or a timestamp
 * nothing proves the signature was made in them (cosign signs anyway, and its verify then fails
 * with "expected a signed timestamp"; imprint refuses before anything is built).
 */
import { ImprintError } from '../../errors.js';
import { GITHUB_URLS, PUBLIC_GOOD_URLS } from '../instances.js';

export type SigstoreInstance = 'public-good' | 'github' | 'custom';
export type SigningMode = 'keyless' | 'key';

export interface SigstoreEndpoints {
  instance: SigstoreInstance;
  /** Only used by keyless signing. */
  fulcioUrl?: string;
  rekorUrl?: string;
  tsaUrl?: string;
}

export interface EndpointOptions {
  sigstore?: SigstoreInstance;
  /** False: no transparency-log entry, whatever the instance has (default true). */
  tlogUpload?: boolean;
  fulcioUrl?: string;
  rekorUrl?: string;
  tsaUrl?: string;
}

export const PUBLIC_GOOD: SigstoreEndpoints = {
  instance: 'public-good',
  fulcioUrl: PUBLIC_GOOD_URLS.fulcio,
  rekorUrl: PUBLIC_GOOD_URLS.rekor,
};

const GITHUB: SigstoreEndpoints = {
  instance: 'github',
  fulcioUrl: GITHUB_URLS.fulcio,
  tsaUrl: GITHUB_URLS.tsa,
};

const URL_INPUTS = ['fulcioUrl', 'rekorUrl', 'tsaUrl'] as const;
const INPUT_NAMES: Record<(typeof URL_INPUTS)[number], string> = {
  fulcioUrl: 'fulcio-url',
  rekorUrl: 'rekor-url',
  tsaUrl: 'tsa-url',
};
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function resolveEndpoints(options: EndpointOptions, mode: SigningMode): SigstoreEndpoints {
  const endpoints = instanceEndpoints(options, mode);
  if (options.tlogUpload !== false || endpoints.rekorUrl === undefined) return endpoints;
  const withoutLog: SigstoreEndpoints = { ...endpoints }; // a copy: the instances are shared
  delete withoutLog.rekorUrl;
  if (mode === 'keyless' && withoutLog.tsaUrl === undefined) {
    throw new ImprintError(
      'INPUT_CONFLICT',
      'tlog-upload: false with keyless signing leaves nothing to verify the signature by: a Fulcio ' +
        'certificate lives 10 minutes, and without a transparency-log entry or a timestamp nothing ' +
        'proves the signature was made in them',
      {
        hint: 'sign with a key (signing: key) to skip the log, keep tlog-upload: true, or use a timestamp authority (sigstore: custom with tsa-url, or sigstore: github)',
      },
    );
  }
  return withoutLog;
}

function instanceEndpoints(options: EndpointOptions, mode: SigningMode): SigstoreEndpoints {
  const instance = options.sigstore ?? 'public-good';
  const given = givenUrls(options);
  if (instance !== 'custom') {
    refuseServiceUrls(options, instance);
    return instance === 'github' ? GITHUB : PUBLIC_GOOD;
  }
  const endpoints: SigstoreEndpoints = { instance };
  for (const name of given) endpoints[name] = checkedUrl(INPUT_NAMES[name], options[name]!);
  if (mode === 'keyless' && !endpoints.fulcioUrl) {
    throw new ImprintError(
      'INPUT_INVALID',
      'keyless signing with sigstore: custom needs fulcio-url',
      {
        hint: 'set fulcio-url to your Fulcio, e.g. https://fulcio.example.com',
      },
    );
  }
  if (mode === 'keyless' && !endpoints.rekorUrl && !endpoints.tsaUrl) {
    throw new ImprintError(
      'INPUT_INVALID',
      'keyless signing with sigstore: custom needs rekor-url or tsa-url: a Fulcio certificate ' +
        'lives 10 minutes, and only a log entry or a timestamp proves the signature was made in them',
      { hint: 'set rekor-url, tsa-url, or both' },
    );
  }
  return endpoints;
}

type ServiceUrls = Pick<EndpointOptions, (typeof URL_INPUTS)[number]>;

function givenUrls(options: ServiceUrls) {
  return URL_INPUTS.filter((name) => options[name] !== undefined && options[name] !== '');
}

/** fulcio-url, rekor-url and tsa-url belong to sigstore: custom; `setting` names the other. */
export function refuseServiceUrls(options: ServiceUrls, setting: string): void {
  const given = givenUrls(options);
  if (given.length === 0) return;
  const names = given.map((name) => INPUT_NAMES[name]).join(', ');
  throw new ImprintError(
    'INPUT_CONFLICT',
    `${names} only apply with sigstore: custom, but sigstore is ${setting}`,
    { hint: `set sigstore: custom to use your own services, or remove ${names}` },
  );
}

/** https, or http to this machine only (a test stack); no trailing slash. */
function checkedUrl(input: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ImprintError('INPUT_INVALID', `${input} "${value}" is not a URL`, {
      hint: `write it as https://host[:port]`,
    });
  }
  const loopback = LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new ImprintError(
      'INPUT_INVALID',
      `${input} "${value}" must use https (plain http is accepted only for localhost)`,
    );
  }
  return url.href.replace(/\/+$/, '');
}
