/**
 * The bundle-file gatherer without a registry: bundles signed here with a key (no witness, so
 * no network), a manifest saved beside them, and a registry pool that fails the test if used.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256Digest } from '../../../src/registry/digest.js';
import { parseReference } from '../../../src/registry/reference.js';
import { createSigner, type ImprintSigner } from '../../../src/sigstore/sign/index.js';
import { publicGoodTrust, parsePublicKey } from '../../../src/sigstore/verify/index.js';
import { BundleFileEvidence } from '../../../src/verify/bundle-file-evidence.js';
import { loadBundleFiles } from '../../../src/verify/bundle-files.js';
import { MAX_PLATFORMS } from '../../../src/verify/evidence.js';
import type { RegistryPool } from '../../../src/registry/pool.js';
import type { TrustSet } from '../../../src/verify/trust.js';

const COSIGN_SIGN = 'https://sigstore.dev/cosign/sign/v1';

const manifest = Buffer.from(
  JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: {
      mediaType: 'application/vnd.oci.image.config.v1+json',
      digest: sha256Digest('{}'),
      size: 2,
    },
    layers: [],
  }),
);
const digest = sha256Digest(manifest);
const name = 'registry.example/team/app';

/** A registry pool that must not be asked: the files hold everything. */
const noRegistry = {
  client: () => Promise.reject(new Error('the registry was asked')),
  close: () => Promise.resolve(),
} as unknown as RegistryPool;

let signer: ImprintSigner;
let trusts: TrustSet;

beforeAll(async () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  signer = await createSigner({
    signing: 'key',
    privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    sigstore: 'custom',
  });
  const pem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
  trusts = {
    root: publicGoodTrust(),
    keys: [{ keyRef: './cosign.pub', trust: publicGoodTrust(parsePublicKey(pem, 'cosign.pub')) }],
  };
});

function folder(files: Record<string, Buffer | string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'imprint-bundle-files-'));
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, file), content);
  return dir;
}

async function signatureFor(subject: string): Promise<string> {
  const statement = {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name, digest: { sha256: subject.slice(7) } }],
    predicateType: COSIGN_SIGN,
    predicate: {},
  };
  return JSON.stringify(await signer.signDsse(statement));
}

describe('bundle files as evidence', () => {
  it('a digest-pinned image with its manifest beside the bundles needs no registry', async () => {
    const dir = folder({
      [`${digest.slice(7)}.manifest.json`]: manifest,
      [`${digest.slice(7)}.signature.sigstore.json`]: await signatureFor(digest),
      'classic.sigstore.json': JSON.stringify(await signer.signMessage(Buffer.from('payload'))),
    });
    const files = await loadBundleFiles([dir], dir);
    expect([...files.manifests.keys()]).toEqual([digest]);
    const gatherer = new BundleFileEvidence(files, noRegistry, trusts);
    const evidence = await gatherer.gather(
      `${name}@${digest}`,
      parseReference(`${name}@${digest}`),
    );
    expect(evidence.problems).toEqual([]);
    expect(evidence.digest).toBe(digest);
    expect(evidence.signatures).toEqual([
      expect.objectContaining({
        signedDigest: digest,
        source: 'bundle-file',
        location: `${digest.slice(7)}.signature.sigstore.json`,
        signer: expect.objectContaining({ kind: 'key', keyRef: './cosign.pub' }),
        tlogProven: false,
      }),
    ]);
    expect(gatherer.notes()).toEqual([
      'bundle file classic.sigstore.json ignored: a message signature whose signed payload is not in the file (a cosign classic .sig): it cannot be checked from the file alone',
    ]);
  });

  it('a saved manifest counts only for the digest of its bytes; otherwise the registry is asked', async () => {
    const other = sha256Digest('another manifest');
    const dir = folder({ [`${other.slice(7)}.manifest.json`]: manifest });
    const files = await loadBundleFiles([dir], dir);
    const gatherer = new BundleFileEvidence(files, noRegistry, trusts);
    const evidence = await gatherer.gather(`${name}@${other}`, parseReference(`${name}@${other}`));
    expect(evidence.problems).toEqual([
      {
        subject: 'registry',
        reason: `reading ${name}@${other}: the registry was asked`,
        fatal: true,
      },
    ]);
  });

  it('a bundle whose statement names the digest but does not verify is a problem, never evidence', async () => {
    const signed = JSON.parse(await signatureFor(digest)) as {
      dsseEnvelope: { signatures: { sig: string }[] };
    };
    signed.dsseEnvelope.signatures[0]!.sig = Buffer.alloc(64, 1).toString('base64');
    const dir = folder({
      [`${digest.slice(7)}.manifest.json`]: manifest,
      'tampered.sigstore.json': JSON.stringify(signed),
    });
    const gatherer = new BundleFileEvidence(await loadBundleFiles([dir], dir), noRegistry, trusts);
    const evidence = await gatherer.gather(
      `${name}@${digest}`,
      parseReference(`${name}@${digest}`),
    );
    expect(evidence.signatures).toEqual([]);
    expect(evidence.problems).toEqual([
      expect.objectContaining({
        subject: 'signature',
        fatal: false,
        reason: expect.stringMatching(/^tampered\.sigstore\.json: /),
      }),
    ]);
  });

  it('an index of more platforms than verify reads is refused whole, as from the registry', async () => {
    const wide = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.index.v1+json',
        manifests: Array.from({ length: MAX_PLATFORMS + 1 }, (_, i) => ({
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          digest: sha256Digest(`platform ${i}`),
          size: 100,
          platform: { os: 'linux', architecture: `arch${i}` },
        })),
      }),
    );
    const wideDigest = sha256Digest(wide);
    const dir = folder({ [`${wideDigest.slice(7)}.manifest.json`]: wide });
    const gatherer = new BundleFileEvidence(await loadBundleFiles([dir], dir), noRegistry, trusts);
    const ref = `${name}@${wideDigest}`;
    const evidence = await gatherer.gather(ref, parseReference(ref));
    expect(evidence.platforms).toBeUndefined();
    expect(evidence.problems).toEqual([
      expect.objectContaining({
        subject: 'image',
        fatal: true,
        reason: expect.stringContaining(`is an index of ${MAX_PLATFORMS + 1} platform manifests`),
      }),
    ]);
  });

  it('a folder with no bundle in it is bad input, named', async () => {
    const dir = folder({ 'notes.txt': 'hello' });
    await expect(loadBundleFiles([dir], dir)).rejects.toMatchObject({
      code: 'INPUT_INVALID',
      message: `bundles: "${dir}" names no bundle file (no *.sigstore.json or *.json there)`,
    });
  });
});
