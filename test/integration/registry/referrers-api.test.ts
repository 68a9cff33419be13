/**
 * The referrers-API path. No registry with the OCI 1.1 referrers API can run here
 * (distribution 2.8 lacks it), so a loopback node:http server replays a RECORDED REFERRERS
 * API RESPONSE: the exchange in the OCI distribution spec v1.1 ("Listing Referrers"),
 * with its elided digests ("sha256:a1a1a1...") written out to full length. This server is
 * a stand-in, labelled as such; the fallback path is tested against the real registry.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RegistryClient } from '../../../src/registry/client.js';
import { sha256Digest } from '../../../src/registry/digest.js';
import { type Descriptor, MEDIA_TYPES } from '../../../src/registry/manifest.js';
import { attachReferrer, attachReferrers, listReferrers } from '../../../src/registry/referrers.js';
import { sampleReferrer } from './helpers.js';

const SUBJECT: Descriptor = {
  mediaType: MEDIA_TYPES.ociManifest,
  digest: `sha256:${'5e140a61e16155b30356685a6801e5250339bfb11370e70573d28d4ff2dc89cf'}`,
  size: 477,
};
const SBOM_TYPE = 'application/vnd.example.sbom.v1';

// Recorded referrers API response (OCI distribution spec v1.1, "Listing Referrers").
const RECORDED_REFERRERS = [
  {
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    size: 1234,
    digest: `sha256:${'a1'.repeat(32)}`,
    artifactType: 'application/vnd.example.sbom.v1',
    annotations: {
      'org.opencontainers.image.created': '2022-01-01T14:42:55Z',
      'org.example.sbom.format': 'json',
    },
  },
  {
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    size: 1234,
    digest: `sha256:${'a2'.repeat(32)}`,
    artifactType: 'application/vnd.example.signature.v1',
    annotations: {
      'org.opencontainers.image.created': '2022-01-01T07:21:33Z',
      'org.example.signature.fingerprint': 'abcd',
    },
  },
  {
    mediaType: 'application/vnd.oci.image.index.v1+json',
    size: 1234,
    digest: `sha256:${'a3'.repeat(32)}`,
    annotations: { 'org.opencontainers.image.created': '2023-01-01T07:21:33Z' },
  },
];

interface ReplayOptions {
  /** Apply `?artifactType=` and say so with OCI-Filters-Applied (the spec's SHOULD). */
  filters: boolean;
  /** Answer PUTs of manifests with a subject with the OCI-Subject header (the spec's MUST). */
  ociSubject: boolean;
}

/** Stand-in for a registry with the referrers API, replaying the recorded responses. */
async function startRecordedRegistry(options: ReplayOptions) {
  const seen: string[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://stand-in');
    seen.push(`${request.method ?? ''} ${url.pathname}${url.search}`);
    if (request.method === 'GET' && url.pathname === `/v2/team/app/referrers/${SUBJECT.digest}`) {
      const wanted = url.searchParams.get('artifactType');
      let manifests = RECORDED_REFERRERS;
      const headers: Record<string, string> = { 'content-type': MEDIA_TYPES.ociIndex };
      if (wanted && options.filters) {
        manifests = manifests.filter((d) => d.artifactType === wanted);
        headers['oci-filters-applied'] = 'artifactType';
      } else if (url.searchParams.get('last') === null) {
        // Two pages, linked as the spec says (RFC 5988 rel="next").
        manifests = manifests.slice(0, 2);
        headers.link = `</v2/team/app/referrers/${SUBJECT.digest}?n=2&last=${manifests[1]!.digest}>; rel="next"`;
      } else {
        manifests = manifests.slice(2);
      }
      response.writeHead(200, headers);
      response.end(
        JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests }),
      );
      return;
    }
    if (request.method === 'PUT' && url.pathname.startsWith('/v2/team/app/manifests/sha256:')) {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const digest = sha256Digest(Buffer.concat(chunks));
        response.writeHead(201, {
          location: `/v2/team/app/manifests/${digest}`,
          'docker-content-digest': digest,
          ...(options.ociSubject ? { 'oci-subject': SUBJECT.digest } : {}),
        });
        response.end();
      });
      return;
    }
    response.writeHead(404, { 'content-type': 'application/json' });
    response.end('{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown"}]}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = new RegistryClient(host, { insecure: true });
  return {
    client,
    seen,
    close: async () => {
      await client.close();
      server.close();
    },
  };
}

describe('referrers API (recorded referrers API response, loopback stand-in)', () => {
  it('lists every page of the referrers index', async () => {
    const registry = await startRecordedRegistry({ filters: true, ociSubject: true });
    try {
      expect(await listReferrers(registry.client, 'team/app', SUBJECT.digest)).toEqual(
        RECORDED_REFERRERS,
      );
      expect(registry.seen).toEqual([
        `GET /v2/team/app/referrers/${SUBJECT.digest}`,
        `GET /v2/team/app/referrers/${SUBJECT.digest}?n=2&last=${RECORDED_REFERRERS[1]!.digest}`,
      ]);
    } finally {
      await registry.close();
    }
  });

  it('trusts a server-side artifactType filter announced by OCI-Filters-Applied', async () => {
    const registry = await startRecordedRegistry({ filters: true, ociSubject: true });
    try {
      const listed = await listReferrers(registry.client, 'team/app', SUBJECT.digest, {
        artifactType: SBOM_TYPE,
      });
      expect(listed).toEqual([RECORDED_REFERRERS[0]]);
      expect(registry.seen).toEqual([
        `GET /v2/team/app/referrers/${SUBJECT.digest}?artifactType=${encodeURIComponent(SBOM_TYPE)}`,
      ]);
    } finally {
      await registry.close();
    }
  });

  it('filters by itself when the registry ignored the filter (no OCI-Filters-Applied)', async () => {
    const registry = await startRecordedRegistry({ filters: false, ociSubject: true });
    try {
      const listed = await listReferrers(registry.client, 'team/app', SUBJECT.digest, {
        artifactType: 'application/vnd.example.signature.v1',
      });
      expect(listed).toEqual([RECORDED_REFERRERS[1]]);
    } finally {
      await registry.close();
    }
  });

  it('attaches by pushing the manifest by digest when the registry answers OCI-Subject, writing no fallback tag', async () => {
    const registry = await startRecordedRegistry({ filters: true, ociSubject: true });
    try {
      const referrer = sampleReferrer(SUBJECT, 'https://cyclonedx.org/bom');
      const attached = await attachReferrer(registry.client, 'team/app', {
        manifestBytes: referrer.manifest,
        mediaType: MEDIA_TYPES.ociManifest,
        artifactType: referrer.artifactType,
        annotations: referrer.annotations,
        subject: SUBJECT,
      });
      expect(attached.via).toBe('referrers-api');
      expect(attached.descriptor.digest).toBe(sha256Digest(referrer.manifest));
      expect(registry.seen).toEqual([`PUT /v2/team/app/manifests/${attached.descriptor.digest}`]);
    } finally {
      await registry.close();
    }
  });

  it('attaches a batch by pushing each manifest in the given order, and nothing else', async () => {
    const registry = await startRecordedRegistry({ filters: true, ociSubject: true });
    try {
      const referrers = [
        'https://slsa.dev/provenance/v1',
        'https://sigstore.dev/cosign/sign/v1',
      ].map((predicate) => sampleReferrer(SUBJECT, predicate));
      const attached = await attachReferrers(
        registry.client,
        'team/app',
        SUBJECT.digest,
        referrers.map((referrer) => ({
          manifestBytes: referrer.manifest,
          mediaType: MEDIA_TYPES.ociManifest,
          artifactType: referrer.artifactType,
          subject: SUBJECT,
        })),
      );
      expect(attached.map((a) => a.via)).toEqual(['referrers-api', 'referrers-api']);
      // With the API each manifest is listed once pushed: the order given is the order seen.
      expect(registry.seen).toEqual(
        referrers.map((r) => `PUT /v2/team/app/manifests/${sha256Digest(r.manifest)}`),
      );
    } finally {
      await registry.close();
    }
  });

  it('without OCI-Subject, asks the referrers endpoint once; a 200 there means no fallback tag is needed', async () => {
    const registry = await startRecordedRegistry({ filters: true, ociSubject: false });
    try {
      for (const predicate of ['https://cyclonedx.org/bom', 'https://slsa.dev/provenance/v1']) {
        const referrer = sampleReferrer(SUBJECT, predicate);
        const attached = await attachReferrer(registry.client, 'team/app', {
          manifestBytes: referrer.manifest,
          mediaType: MEDIA_TYPES.ociManifest,
          artifactType: referrer.artifactType,
          subject: SUBJECT,
        });
        expect(attached.via).toBe('referrers-api');
      }
      expect(registry.seen.filter((r) => r.startsWith('GET '))).toEqual([
        `GET /v2/team/app/referrers/${SUBJECT.digest}`,
      ]);
      expect(registry.seen.some((r) => r.includes('/manifests/sha256-'))).toBe(false);
    } finally {
      await registry.close();
    }
  });
});
