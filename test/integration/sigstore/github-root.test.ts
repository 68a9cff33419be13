/**
 * GitHub's trusted root, as the read-back of `sigstore: github` loads it. The loopback Sigstore
 * stack is a STAND-IN for GitHub's instance (a Fulcio and a TSA, no Rekor, as GitHub's has), and
 * a loopback TUF repository serving the stack's trusted_root.json is a STAND-IN for
 * tuf-repo.github.com: the refresh goes over real TUF, and what it returns verifies what the
 * stand-in signed. Nothing leaves 127.0.0.1.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadReadBackTrust } from '../../../src/publish/readback-step.js';
import { readPublishOptions } from '../../../src/publish/options.js';
import { createSigner } from '../../../src/sigstore/sign/index.js';
import { type GitHubRootSource, verifyBundle } from '../../../src/sigstore/verify/index.js';
import { GITHUB_ROOT_SOURCE } from '../../../src/sigstore/verify/github-root.js';
import { freePort } from '../../harness/ports.js';
import { type SigstoreStack, startSigstoreStack } from '../../harness/sigstore/index.js';
import { startTufRepository, type TufRepository } from '../../peers/tuf.js';

const DIGEST = 'ab'.repeat(32);
const statement = {
  _type: 'https://in-toto.io/Statement/v1',
  subject: [{ name: 'ghcr.io/acme/private-app', digest: { sha256: DIGEST } }],
  predicateType: 'https://slsa.dev/provenance/v1',
  predicate: {},
};
const githubOptions = readPublishOptions(
  (name) => ({ image: 'ghcr.io/acme/private-app', sigstore: 'github' })[name],
).sign;

let stack: SigstoreStack;
let standInTuf: TufRepository;

beforeAll(async () => {
  stack = await startSigstoreStack();
  standInTuf = await startTufRepository(JSON.stringify(stack.trustedRoot));
});

afterAll(async () => {
  await standInTuf.stop();
  await stack.stop();
});

const cachePath = () => mkdtempSync(join(tmpdir(), 'imprint-tuf-'));

/** A bundle shaped like GitHub's: a Fulcio certificate and a signed timestamp, no log entry. */
async function signedByStandIn() {
  const signer = await createSigner({
    sigstore: 'custom',
    fulcioUrl: stack.fulcioURL,
    tsaUrl: stack.tsaURL,
    signing: 'keyless',
    identity: await stack.mintToken({ shape: 'github' }),
  });
  return signer.signDsse(statement);
}

describe("read-back trust for sigstore: github (stand-in for GitHub's instance)", () => {
  it("refreshes GitHub's root over TUF and verifies what the instance signed", async () => {
    const source: GitHubRootSource = {
      ...GITHUB_ROOT_SOURCE,
      mirrorURL: standInTuf.url,
      tufRootJson: standInTuf.rootJson,
    };
    const loaded = await loadReadBackTrust(githubOptions, { cachePath: cachePath(), source });
    expect(loaded).not.toHaveProperty('warning');
    const { trust } = loaded;
    expect(trust.rootSource).toBe(
      `the trusted root of GitHub's Sigstore instance (TUF, ${standInTuf.url})`,
    );
    const verified = verifyBundle(await signedByStandIn(), {
      trust,
      requireTlog: false,
      requireTimestamp: true,
      artifact: { digest: `sha256:${DIGEST}` },
    });
    expect(verified.issuer).toBe('https://token.actions.githubusercontent.com');
  });

  it('falls back to the embedded root with a warning when the TUF repository cannot be reached', async () => {
    const closed = `http://127.0.0.1:${await freePort()}`;
    const source: GitHubRootSource = { ...GITHUB_ROOT_SOURCE, mirrorURL: closed };
    const loaded = await loadReadBackTrust(githubOptions, { cachePath: cachePath(), source });
    expect(loaded).toMatchObject({
      trust: { rootSource: "the embedded trusted root of GitHub's Sigstore instance" },
      warning: expect.stringContaining(
        `GitHub's trusted root could not be refreshed from ${closed}`,
      ) as string,
    });
    // The embedded root is GitHub's, not the stand-in's: the stand-in's bundle does not verify.
    const { trust } = loaded;
    const bundle = await signedByStandIn();
    expect(() =>
      verifyBundle(bundle, { trust, requireTlog: false, requireTimestamp: true }),
    ).toThrow(/certificate|chain|trusted|timestamp/i);
  });
});
