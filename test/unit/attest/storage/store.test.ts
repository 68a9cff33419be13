/**
 * The AttestationStore over a stand-in registry client that records every request: the one
 * cache (a tag read once, read again after a write), the one cosign tag spelling, and the one
 * size limit on the way in (nothing over it is stored, so nothing stored fails its read-back).
 */
import { jest } from '@jest/globals';
import { DSSE_ENVELOPE_MEDIA_TYPE } from '../../../../src/attest/storage/cosign-classic.js';
import { layersAtTag } from '../../../../src/attest/storage/cosign-backend.js';
import { blobOf, descriptorOf, MAX_BUNDLE_BYTES } from '../../../../src/attest/storage/oci.js';
import { AttestationStore } from '../../../../src/attest/storage/store.js';
import { ImprintError } from '../../../../src/errors.js';
import type { FetchedManifest, RegistryClient } from '../../../../src/registry/client.js';
import { messageBundle } from './bundles.js';

const SUBJECT = {
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  digest: `sha256:${'a'.repeat(64)}`,
  size: 100,
};
const TAG = `sha256-${'a'.repeat(64)}.att`;

/** A client whose registry holds `tags`; it records the requests made. */
function standIn(tags: Record<string, FetchedManifest> = {}) {
  const calls: string[] = [];
  const client = {
    registry: 'registry.test',
    getManifest: jest.fn((_repository: string, reference: string) => {
      calls.push(`GET ${reference}`);
      const found = tags[reference];
      return found
        ? Promise.resolve(found)
        : Promise.reject(new ImprintError('REGISTRY_NOT_FOUND', `${reference}: not found`));
    }),
    // The real client answers a 404 so: the tag is absent, no error is built for it.
    findManifest: jest.fn((_repository: string, reference: string) => {
      calls.push(`GET ${reference}`);
      return Promise.resolve(tags[reference]);
    }),
    pushBlob: jest.fn(() => {
      calls.push('PUSH blob');
      return Promise.resolve({});
    }),
    putManifestDetailed: jest.fn((_repository: string, reference: string) => {
      calls.push(`PUT ${reference}`);
      return Promise.resolve({ digest: 'sha256:0' });
    }),
  };
  return { client: client as unknown as RegistryClient, calls };
}

const smallLayer = () => {
  const blob = blobOf(DSSE_ENVELOPE_MEDIA_TYPE, Buffer.from('{"payload":""}'));
  return { blob, descriptor: descriptorOf(blob, { predicateType: 'https://example.com/p' }) };
};

async function refusal(promise: Promise<unknown>): Promise<ImprintError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ImprintError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('AttestationStore', () => {
  it('spells a cosign tag one way: sha256-<hex>.sig / .att', () => {
    const { client } = standIn();
    const store = new AttestationStore(client, 'team/app');
    expect(store.cosign.tag(SUBJECT.digest, 'sig')).toBe(`sha256-${'a'.repeat(64)}.sig`);
    expect(store.cosign.tag(SUBJECT.digest, 'att')).toBe(TAG);
  });

  it('reads a cosign tag once, and again after writing to it', async () => {
    const { client, calls } = standIn();
    const store = new AttestationStore(client, 'team/app');
    expect(await store.cosign.list(SUBJECT.digest, 'att')).toBeUndefined();
    expect(await store.cosign.list(SUBJECT.digest, 'att')).toBeUndefined();
    const put = await store.cosign.put(SUBJECT.digest, 'att', smallLayer());
    expect(put.tag).toBe(TAG);
    await store.cosign.manifest(SUBJECT.digest, 'att');
    expect(calls).toEqual([`GET ${TAG}`, 'PUSH blob', 'PUSH blob', `PUT ${TAG}`, `GET ${TAG}`]);
  });

  it('pushes a blob once per store, however many writes name it', async () => {
    const { client, calls } = standIn();
    const store = new AttestationStore(client, 'team/app');
    await store.cosign.put(SUBJECT.digest, 'att', smallLayer());
    await store.cosign.put(SUBJECT.digest, 'sig', smallLayer());
    // The first write pushes the config and the layer; the second has nothing new to push.
    expect(calls.filter((call) => call === 'PUSH blob')).toHaveLength(2);
  });

  it('refuses to store a cosign layer over the size limit, before writing anything', async () => {
    const { client, calls } = standIn();
    const store = new AttestationStore(client, 'team/app');
    const blob = blobOf(DSSE_ENVELOPE_MEDIA_TYPE, Buffer.alloc(MAX_BUNDLE_BYTES + 1, 0x20));
    const error = await refusal(
      store.cosign.put(SUBJECT.digest, 'att', { blob, descriptor: descriptorOf(blob) }),
    );
    expect(error.code).toBe('BLOB_TOO_LARGE');
    expect(error.message).toBe(
      `The att layer for ${SUBJECT.digest} is ${MAX_BUNDLE_BYTES + 1} bytes, more than 64 MiB, the limit publish's read-back and verify read a signature or attestation with: not stored.`,
    );
    expect(calls).toEqual([`GET ${TAG}`]);
  });

  it('refuses to store a referrer bundle over the size limit, before writing anything', async () => {
    const { client, calls } = standIn();
    const store = new AttestationStore(client, 'team/app');
    const bundle = messageBundle(Buffer.from('payload'));
    const padded = { ...bundle, padding: ' '.repeat(MAX_BUNDLE_BYTES) };
    const error = await refusal(
      store.referrers.put(SUBJECT.digest, [{ bundle: padded, subject: SUBJECT }]),
    );
    expect(error.code).toBe('BLOB_TOO_LARGE');
    expect(error.message).toMatch(
      new RegExp(
        `^The bundle for ${SUBJECT.digest} is \\d+ bytes, more than 64 MiB, the limit publish's read-back and verify read a signature or attestation with: not stored\\.$`,
      ),
    );
    expect(calls).toEqual([]);
  });

  it('says a manifest at a cosign tag without layers was not written by cosign', () => {
    const manifest = { digest: 'sha256:1', mediaType: 'x', size: 2, bytes: Buffer.from('{}') };
    expect(() => layersAtTag(manifest, TAG)).toThrow(
      `the manifest sha256:1 at ${TAG} has no layers: it was not written by cosign`,
    );
    const html = { ...manifest, bytes: Buffer.from('<html>') };
    expect(() => layersAtTag(html, TAG)).toThrow('has no layers');
  });
});
