/**
 * An SBOM attestation larger than 16 MiB (and below verify's 64 MiB limit) is stored and
 * passes its own read-back: read-back and verify read bundles with one reader and one limit.
 * Real parts: the Docker engine, a distribution registry, the loopback Sigstore stack.
 */
import { scratchContext } from '../../harness/image.js';
import {
  CYCLONEDX,
  type EvidenceParts,
  githubEnv,
  publish,
  referrerEntries,
  referrerStatement,
  startEvidenceParts,
  succeeded,
} from './evidence-run.js';

const MIB = 1024 * 1024;
/** Enough apk packages for a CycloneDX SBOM whose DSSE bundle is over 16 MiB. */
const PACKAGES = 36_000;

let parts: EvidenceParts;

beforeAll(async () => {
  parts = await startEvidenceParts();
});
afterAll(async () => {
  await parts?.stop();
});

/** An apk database of `count` packages, each with a licence and an origin. */
function largeApkDb(count: number): string {
  const entries: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = `package-with-a-long-name-${i.toString().padStart(6, '0')}`;
    entries.push(
      `P:${name}`,
      `V:1.${i % 97}.${i % 13}-r${i % 7}`,
      'A:x86_64',
      'L:GPL-2.0-or-later AND MIT',
      `o:origin-${Math.floor(i / 3)}`,
      '',
    );
  }
  return entries.join('\n');
}

describe('an SBOM attestation between 16 and 64 MiB', () => {
  it('is stored as a referrer and verifies on read-back', async () => {
    const repo = 'large-sbom/app';
    const run = succeeded(
      await publish(
        parts,
        {
          image: `${parts.registry.host}/${repo}`,
          tags: 'v1',
          context: scratchContext({ 'lib/apk/db/installed': largeApkDb(PACKAGES) }),
          builder: 'docker',
          scan: 'false',
          provenance: 'false',
        },
        githubEnv(parts, parts.emptyPath),
      ),
    );
    const digest = run.outputs.digest!;
    const sbomEntry = (await referrerEntries(parts.registry, repo, digest)).find(
      (e) => e.annotations?.['dev.sigstore.bundle.predicateType'] === CYCLONEDX,
    );
    expect(sbomEntry).toBeDefined();
    const { layer } = await referrerStatement(parts.registry, repo, sbomEntry!.digest);
    expect(layer.size).toBeGreaterThan(16 * MIB);
    expect(layer.size).toBeLessThan(64 * MIB);
    expect(run.log).toContain(`SBOM of the image (${digest}): ${PACKAGES} components`);
    expect(run.log).toContain('read-back: 2 of 2 verified');
    expect(run.log).toMatch(/verified sbom .*signed by /);
  });
});
