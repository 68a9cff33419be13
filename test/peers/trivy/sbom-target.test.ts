/**
 * The claim behind `scan-target: sbom`: scanning imprint's SBOM finds what scanning the image
 * finds. Both runs are `imprint publish` with the real Trivy and the fixture DB; the findings
 * compared are the ones stored in each run's vuln attestation. Images: the debootstrap Debian
 * root alone, and the multi-ecosystem image (Debian + npm + pip + a Go binary).
 */
import type { VulnPredicate } from '../../../src/scan/predicate.js';
import { debianRoot } from '../../integration/sbom/support/debian-root.js';
import { scratchContext } from '../../harness/image.js';
import { debianBaseImage, multiContext } from './images.js';
import {
  APP_ADVISORIES,
  type TrivyJson,
  VULN_PREDICATE,
  debianPairs,
  findingLines,
  matchedPairs,
  storedStatement,
} from './support.js';
import { type TrivyWorld, publish, startTrivyWorld, succeeded } from './world.js';

let world: TrivyWorld;

beforeAll(async () => {
  process.env.STORAGE_DRIVER ??= 'vfs';
  world = await startTrivyWorld();
}, 600_000);
afterAll(async () => {
  await world?.stop();
});

/** The findings stored by one publish of `context` scanning `target`. */
async function storedFindings(
  repository: string,
  context: string,
  target: 'image' | 'sbom',
): Promise<TrivyJson> {
  // One repository per target: the same digest in one repository would carry both attestations.
  const run = succeeded(
    await publish(world, {
      image: `${world.registry.host}/${repository}-${target}`,
      tags: target,
      context,
      'scan-target': target,
    }),
  );
  const statement = await storedStatement<VulnPredicate>(
    world,
    `${repository}-${target}`,
    run.outputs.digest!,
    VULN_PREDICATE,
  );
  // The attestation says what was scanned: the image by digest, or the SBOM file.
  const parameters = (statement.predicate as unknown as { invocation: { parameters: string[] } })
    .invocation.parameters;
  expect(parameters[0]).toBe(target);
  return statement.predicate.scanner.result as TrivyJson;
}

describe('scan-target: sbom finds what scan-target: image finds', () => {
  it('Debian (debootstrap bookworm)', async () => {
    const base = await debianBaseImage();
    const context = scratchContext({}, `FROM ${base}\n`);
    const image = await storedFindings('claim/debian', context, 'image');
    const sbom = await storedFindings('claim/debian', context, 'sbom');
    expect(matchedPairs(image)).toEqual(debianPairs((await debianRoot()).rootfs));
    expect(findingLines(sbom)).toEqual(findingLines(image));
  });

  it('multi-ecosystem (Debian, npm, pip, Go)', async () => {
    const context = await multiContext();
    const image = await storedFindings('claim/multi', context, 'image');
    const sbom = await storedFindings('claim/multi', context, 'sbom');
    expect(matchedPairs(image)).toEqual(
      [...debianPairs((await debianRoot()).rootfs), ...APP_ADVISORIES].sort(),
    );
    expect(findingLines(sbom)).toEqual(findingLines(image));
  });
});
