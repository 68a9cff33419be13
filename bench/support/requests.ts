/**
 * What a benchmark asks the registry, by kind, and how many connections it opened: counted in
 * the same run as the timing (the registry pool's onRequest hook sees every request, token
 * requests and redirects included; undici's diagnostics channel sees every new connection).
 * Request counts and CPU time are what a loaded machine does not blur; wall time is.
 */
import diagnostics from 'node:diagnostics_channel';

/** The kinds verify's requests fall into, in the order they are printed. */
export const REQUEST_KINDS = [
  'manifest GET by digest',
  'manifest GET by tag',
  'manifest HEAD',
  'referrers API',
  'referrers fallback tag',
  'cosign .sig/.att tag',
  'blob',
  'token',
  'other',
] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

/** The kind of one registry request, from its method and URL. */
export function requestKind(method: string, url: string): RequestKind {
  const { pathname } = new URL(url);
  if (!pathname.startsWith('/v2/')) return 'token'; // the token realm lives elsewhere
  if (/\/referrers\/[^/]+$/.test(pathname)) return 'referrers API';
  if (/\/blobs\/[^/]+$/.test(pathname)) return 'blob';
  const manifest = /\/manifests\/([^/]+)$/.exec(pathname)?.[1];
  if (manifest === undefined) return 'other';
  if (/^[a-z0-9]+-[0-9a-f]+\.(sig|att)$/.test(manifest)) return 'cosign .sig/.att tag';
  if (/^[a-z0-9]+-[0-9a-f]+$/.test(manifest)) return 'referrers fallback tag';
  if (method === 'HEAD') return 'manifest HEAD';
  return manifest.includes(':') ? 'manifest GET by digest' : 'manifest GET by tag';
}

export class RequestTally {
  private readonly counts = new Map<RequestKind, number>();

  /** Pass as the registry pool's onRequest. */
  readonly onRequest = (method: string, url: string): void => {
    const kind = requestKind(method, url);
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + 1);
  };

  get total(): number {
    return [...this.counts.values()].reduce((sum, count) => sum + count, 0);
  }

  /** "1 manifest GET by digest + …" per image, the kinds seen only, in a fixed order. */
  perImage(images: number): string {
    return REQUEST_KINDS.filter((kind) => this.counts.has(kind))
      .map((kind) => `${formatCount(this.counts.get(kind)! / images)} ${kind}`)
      .join(' + ');
  }
}

/** Connections undici opened while `phase` ran (every client in this process). */
export async function countConnections<T>(phase: () => Promise<T>): Promise<[T, number]> {
  const channel = diagnostics.channel('undici:client:connected');
  let opened = 0;
  const onConnected = () => (opened += 1);
  channel.subscribe(onConnected);
  try {
    return [await phase(), opened];
  } finally {
    channel.unsubscribe(onConnected);
  }
}

/** 12, 0.25, 0.001 (one probe in a run of 1,000): two significant digits, no trailing zeros. */
function formatCount(value: number): string {
  return String(Number(value.toPrecision(2)));
}
