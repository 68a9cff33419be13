import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { expectedIdentity, loadReadBackTrust } from '../../../src/publish/readback-step.js';
import { readPublishOptions } from '../../../src/publish/options.js';
import type { SigningSession } from '../../../src/publish/sign-step.js';
import { embeddedTrustedRoot } from '../../../src/sigstore/verify/index.js';

const signOptions = (values: Record<string, string>) =>
  readPublishOptions((name) => ({ image: 'ghcr.io/acme/app', ...values })[name]).sign;

function rootFile(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'imprint-root-')), 'trusted_root.json');
  writeFileSync(path, JSON.stringify(TrustedRoot.toJSON(embeddedTrustedRoot())));
  return path;
}

/** The TUF cache; the tests that reach for GitHub's root use it offline or with the file given. */
const github = { cachePath: join(tmpdir(), 'imprint-tuf-unit') };

describe('loadReadBackTrust', () => {
  it("uses GitHub's embedded trusted root offline for sigstore: github", async () => {
    const trust = await loadReadBackTrust(signOptions({ sigstore: 'github' }), {
      ...github,
      offline: true,
    });
    expect(trust).toEqual({
      trust: expect.objectContaining({
        rootSource: "the embedded trusted root of GitHub's Sigstore instance",
      }) as object,
    });
    const authorities = trust.trust.trustedRoot.certificateAuthorities;
    expect(authorities.map((ca) => ca.uri)).toContain('fulcio.githubapp.com');
  });

  it("verifies GitHub's instance with the trusted root given", async () => {
    const path = rootFile();
    const trust = await loadReadBackTrust(
      signOptions({ sigstore: 'github', 'trusted-root': path }),
      github,
    );
    expect(trust.trust.rootSource).toBe(path);
  });

  it('uses the embedded public-good root offline, with the public key for key signing', async () => {
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const pem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
    const trust = await loadReadBackTrust(signOptions({ signing: 'key', key: 'k' }), github, pem);
    expect(trust.trust.rootSource).toBe('the embedded Sigstore public-good trusted root');
    expect(trust.trust.publicKey?.keyId).toMatch(/^[0-9a-f]{64}$/);
  });

  it('fails on a trusted root that cannot be read, naming the file', async () => {
    const options = signOptions({
      sigstore: 'custom',
      'fulcio-url': 'https://fulcio.example.com',
      'rekor-url': 'https://rekor.example.com',
      'trusted-root': '/nonexistent/trusted_root.json',
    });
    await expect(loadReadBackTrust(options, github)).rejects.toMatchObject({
      code: 'TRUSTED_ROOT_INVALID',
      message: expect.stringContaining('cannot read trusted root /nonexistent/trusted_root.json'),
    });
  });
});

describe('expectedIdentity', () => {
  const session = (mode: 'key' | 'keyless'): SigningSession => ({
    mode,
    endpoints: { instance: 'custom' },
    sigstoreReason: 'set by the sigstore input',
    signerLabel: 'x',
    claims: { iss: 'https://gitlab.com', aud: ['sigstore'], exp: 0 },
    signer: () => Promise.reject(new Error('not used')),
  });

  it('is none for key signing: the key is the identity', () => {
    expect(expectedIdentity(session('key'), [])).toBeUndefined();
  });

  it('is the token issuer when nothing was signed this run (all found from a previous one)', () => {
    expect(expectedIdentity(session('keyless'), [])).toEqual({
      issuer: 'https://gitlab.com',
      subjectRegExp: '.+',
    });
  });
});
