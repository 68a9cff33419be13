/**
 * The same pushed image catalogued by the three tools: `imprint sbom`, `syft` and
 * `trivy image --format cyclonedx`, each reading it from the loopback registry by digest.
 */
import { runCli } from '../../../src/cli.js';
import { describeRun, runPeer } from '../tools.js';
import type { BomComponent } from './canonical-purl.js';

interface Bom {
  components?: BomComponent[];
}

export async function imprintBom(reference: string, insecureHost: string): Promise<Bom> {
  let out = '';
  const code = await runCli(['sbom', reference, '--insecure-registries', insecureHost], {
    stdout: (text: string) => (out += text),
    env: {},
  });
  if (code !== 0) throw new Error(`imprint sbom ${reference} exited ${code}`);
  return JSON.parse(out) as Bom;
}

export async function syftBom(reference: string): Promise<Bom> {
  const run = await runPeer(
    'syft',
    ['scan', `registry:${reference}`, '--output', 'cyclonedx-json', '--quiet'],
    // Plain HTTP for the loopback registry (syft's registry.insecure-use-http), no update check.
    { SYFT_REGISTRY_INSECURE_USE_HTTP: 'true', SYFT_CHECK_FOR_APP_UPDATE: 'false' },
    600_000,
  );
  if (run.code !== 0) throw new Error(describeRun(run));
  return JSON.parse(run.stdout) as Bom;
}

/** Trivy's SBOM of the image (no vulnerability scan: the cyclonedx format's default). */
export async function trivyBom(reference: string, cacheDir: string): Promise<Bom> {
  const run = await runPeer(
    'trivy',
    [
      'image',
      '--format',
      'cyclonedx',
      '--quiet',
      '--cache-dir',
      cacheDir,
      '--skip-db-update',
      '--skip-java-db-update',
      '--image-src',
      'remote',
      reference,
    ],
    {},
    600_000,
  );
  if (run.code !== 0) throw new Error(describeRun(run));
  return JSON.parse(run.stdout) as Bom;
}
