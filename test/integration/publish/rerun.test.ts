/**
 * Re-running the same publish with the DEFAULT inputs (SBOM on, scan auto with the STAND-IN
 * trivy on PATH, provenance in CI, image signature) stores nothing twice, although the SBOM's
 * serial number and timestamp, the scan's times and Trivy's report id differ on every run.
 * A scan whose result differs is new evidence: it is stored, however often it was seen before.
 * Real parts: the Docker engine, a distribution registry, the loopback Sigstore stack.
 */
import { join } from 'node:path';
import { scratchContext } from '../../harness/image.js';
import { trivyGoldensDir } from '../../interop/scan/fixtures.js';
import {
  COSIGN_SIGN,
  CYCLONEDX,
  type EvidenceParts,
  getJson,
  GOLDEN,
  githubEnv,
  publish,
  referrerEntries,
  referrerTypes,
  SLSA,
  startEvidenceParts,
  succeeded,
  VULN,
} from './evidence-run.js';
import { DEFAULT_TRIVY_VERSION } from '../../../src/inputs/tables/scan.js';

const APK_DB = ['P:musl', 'V:1.1.20-r4', 'A:x86_64', 'L:MIT', 'o:musl', ''].join('\n');
/** Another real Trivy report: what a re-scan finds once the findings changed. */
const OTHER_GOLDEN = 'alpine-39-high-critical.json.golden';

let parts: EvidenceParts;

beforeAll(async () => {
  parts = await startEvidenceParts();
});
afterAll(async () => {
  await parts?.stop();
});

function replay(golden: string): void {
  parts.trivy.configure({
    version: DEFAULT_TRIVY_VERSION,
    reportFile: join(trivyGoldensDir(), golden),
  });
}

describe('re-running a publish with the default inputs', () => {
  it('adds no second SBOM, scan, provenance or signature; a changed scan is stored', async () => {
    const repo = 'rerun/app';
    const context = scratchContext({ 'lib/apk/db/installed': APK_DB });
    // Only what the registry and the CI need: sbom, scan, provenance and sign stay default.
    const inputs = { image: `${parts.registry.host}/${repo}`, tags: 'v1', context };
    replay(GOLDEN);
    const first = succeeded(await publish(parts, inputs, githubEnv(parts)));
    const digest = first.outputs.digest!;
    const afterFirst = await referrerEntries(parts.registry, repo, digest);
    expect(afterFirst.map((e) => e.annotations?.['dev.sigstore.bundle.predicateType'])).toEqual([
      SLSA,
      CYCLONEDX,
      VULN,
      COSIGN_SIGN,
    ]);

    // "Re-run jobs" on GitHub: the same run, its next attempt.
    const rerun = { ...githubEnv(parts), GITHUB_RUN_ATTEMPT: '2' };
    const second = succeeded(await publish(parts, inputs, rerun));
    expect(second.outputs.digest).toBe(digest);
    expect(await referrerEntries(parts.registry, repo, digest)).toEqual(afterFirst);
    expect(second.log).toContain('4 of 4 already in the registry from a previous run');
    expect(second.log).toContain('0 bundle file(s)');
    expect(second.outputs['sbom-ref']).toBe(first.outputs['sbom-ref']);
    expect(second.outputs['vuln-ref']).toBe(first.outputs['vuln-ref']);

    // The findings changed: the new report is stored, and it is the newest.
    replay(OTHER_GOLDEN);
    const third = succeeded(await publish(parts, inputs, githubEnv(parts)));
    expect(await referrerTypes(parts.registry, repo, digest)).toEqual([
      SLSA,
      CYCLONEDX,
      VULN,
      COSIGN_SIGN,
      VULN,
    ]);
    expect(third.log).toContain('3 of 4 already in the registry from a previous run');
    expect(third.outputs['vuln-ref']).not.toBe(first.outputs['vuln-ref']);

    // Back to the first findings: the newest stored scan says otherwise, so this one is stored.
    replay(GOLDEN);
    const fourth = succeeded(await publish(parts, inputs, githubEnv(parts)));
    const types = await referrerTypes(parts.registry, repo, digest);
    expect(types.filter((t) => t === VULN)).toHaveLength(3);
    expect(types.filter((t) => t !== VULN)).toEqual([SLSA, CYCLONEDX, COSIGN_SIGN]);
    expect(fourth.outputs['vuln-ref']).not.toBe(third.outputs['vuln-ref']);
  });

  it('cosign classic tags too: a re-run adds no layer to .att or .sig', async () => {
    const repo = 'rerun-classic/app';
    const context = scratchContext({ 'lib/apk/db/installed': APK_DB });
    const inputs = {
      image: `${parts.registry.host}/${repo}`,
      tags: 'v1',
      context,
      'attestation-format': 'both',
    };
    replay(GOLDEN);
    const first = succeeded(await publish(parts, inputs, githubEnv(parts)));
    const digest = first.outputs.digest!;
    const tag = (suffix: string) =>
      getJson<{ layers: { digest: string; annotations?: Record<string, string> }[] }>(
        parts.registry,
        `/v2/${repo}/manifests/${digest.replace(':', '-')}.${suffix}`,
        'application/vnd.oci.image.manifest.v1+json',
      );
    const [att, sig] = [await tag('att'), await tag('sig')];
    expect(att!.layers.map((l) => l.annotations?.predicateType)).toEqual([SLSA, CYCLONEDX, VULN]);
    expect(sig!.layers).toHaveLength(1);

    const second = succeeded(await publish(parts, inputs, githubEnv(parts)));
    expect(second.log).toContain('8 of 8 already in the registry from a previous run');
    expect(await tag('att')).toEqual(att);
    expect(await tag('sig')).toEqual(sig);
  });
});
