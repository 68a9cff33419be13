/**
 * `vex` with the REAL Trivy (test/peers/tools.json) and the fixture DB: an image holding the npm
 * package minimist 1.2.5 (CVE-2021-44906, CRITICAL in the fixture DB), published with
 * fail-on-severity CRITICAL. Trivy itself reads the OpenVEX document imprint hands it (--vex):
 * a not_affected statement about this image drops the finding from the gate, and the stored
 * report keeps it among the suppressed findings (--show-suppressed) for verify to judge; a
 * statement about another image's digest drops nothing.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { VulnPredicate } from '../../../src/scan/predicate.js';
import { findingsFromTrivyReport } from '../../../src/scan/trivy-report.js';
import { scratchContext } from '../../harness/image.js';
import { type TrivyJson, VULN_PREDICATE, findingLines, storedStatement } from './support.js';
import { type TrivyWorld, publish, startTrivyWorld, succeeded } from './world.js';

const REPO = 'peers/vex';
const CVE = 'CVE-2021-44906';

let world: TrivyWorld;
let imageRef: string;
let digest: string;

beforeAll(async () => {
  process.env.STORAGE_DRIVER ??= 'vfs';
  world = await startTrivyWorld();
  const context = scratchContext({
    'srv/app/node_modules/minimist/package.json': JSON.stringify({
      name: 'minimist',
      version: '1.2.5',
      license: 'MIT',
    }),
  });
  const built = succeeded(
    await publish(world, {
      image: `${world.registry.host}/${REPO}`,
      tags: 'v1',
      context,
      builder: 'buildah',
      sbom: 'false',
    }),
  );
  imageRef = built.outputs['image-ref']!;
  digest = built.outputs.digest!;
}, 600_000);
afterAll(async () => {
  await world?.stop();
});

/** An OpenVEX document saying this CVE does not affect minimist in `product`. */
function vexFile(name: string, product: string): string {
  const path = join(world.work, name);
  writeFileSync(
    path,
    JSON.stringify({
      '@context': 'https://openvex.dev/ns/v0.2.0',
      '@id': `https://example.com/vex/${name}`,
      author: 'Acme Security',
      timestamp: '2026-03-01T00:00:00Z',
      version: 1,
      statements: [
        {
          vulnerability: { name: CVE },
          products: [{ '@id': product, subcomponents: [{ '@id': 'pkg:npm/minimist@1.2.5' }] }],
          status: 'not_affected',
          justification: 'vulnerable_code_not_in_execute_path',
        },
      ],
    }),
  );
  return path;
}

/** Publish of the pushed image, scanned again with the real Trivy and the gate at CRITICAL. */
const rescan = (vex: string) =>
  publish(world, {
    image: imageRef,
    builder: 'none',
    sbom: 'false',
    provenance: 'false',
    'fail-on-severity': 'CRITICAL',
    vex,
  });

describe('vex with the real Trivy', () => {
  it('without VEX, the gate trips on the CRITICAL minimist finding', async () => {
    const run = await publish(world, {
      image: imageRef,
      builder: 'none',
      sbom: 'false',
      provenance: 'false',
      'fail-on-severity': 'CRITICAL',
    });
    expect(run.error).toMatchObject({ code: 'GATE_FAILED' });
    expect((run.error as Error).message).toContain(`CRITICAL ${CVE} in minimist 1.2.5`);
  });

  it('a not_affected statement about this repository drops the finding out of the gate', async () => {
    const vex = vexFile(
      'repository.json',
      `pkg:oci/vex?repository_url=${world.registry.host}/${REPO}`,
    );
    const run = succeeded(await rescan(vex));
    expect(run.summary).toContain('| vex-1 | `https://openvex.dev/ns` | image ');
    const statement = await storedStatement<VulnPredicate>(
      world,
      REPO,
      digest,
      VULN_PREDICATE,
      'last',
    );
    const stored = statement.predicate.scanner.result as TrivyJson;
    const results = (stored as { Results?: { ExperimentalModifiedFindings?: unknown[] }[] })
      .Results;
    expect(findingLines(stored)).not.toContain(`${CVE} minimist 1.2.5 CRITICAL`);
    const suppressed = (results ?? []).flatMap((r) => r.ExperimentalModifiedFindings ?? []);
    expect(suppressed).toEqual([
      expect.objectContaining({
        Type: 'vulnerability',
        Status: 'not_affected',
        Statement: 'vulnerable_code_not_in_execute_path',
        Source: expect.stringMatching(/vex-1\.openvex\.json$/),
      }),
    ]);
    // Verify reads the suppressed finding back: only VEX from a policy's VEX signer resolves it.
    expect(findingsFromTrivyReport(stored).map((f) => `${f.id} ${f.packageName}`)).toContain(
      `${CVE} minimist`,
    );
  });

  it('a not_affected statement about the published digest drops the finding too', async () => {
    const vex = vexFile(
      'digest.json',
      `pkg:oci/vex@${digest.replace(':', '%3A')}?repository_url=${world.registry.host}/${REPO}`,
    );
    succeeded(await rescan(vex));
  });

  it("a statement about another image's digest drops nothing", async () => {
    const other = `sha256%3A${'0'.repeat(64)}`;
    const vex = vexFile(
      'other-digest.json',
      `pkg:oci/vex@${other}?repository_url=${world.registry.host}/${REPO}`,
    );
    const run = await rescan(vex);
    expect(run.error).toMatchObject({ code: 'GATE_FAILED' });
    expect((run.error as Error).message).toContain(`CRITICAL ${CVE} in minimist 1.2.5`);
  });
});
