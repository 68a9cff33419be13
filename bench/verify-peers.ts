/**
 * imprint verify beside cosign: the same images (a cosign v3 signature and SBOM, vulnerability
 * and provenance attestations each, key-signed and logged in the loopback Rekor, stored as
 * referrers on a local distribution registry), verified
 *  1. as a pipeline does today: a loop of `cosign verify` + `cosign verify-attestation` ×3 per
 *     image (cosign v3 from scripts/peers.sh), one process after the other;
 *  2. by one `imprint verify` of all of them.
 * Prints seconds, images per second and the ratio. Not a timed test: numbers, for the README.
 * Run: npm run bench -- verify-peers   (BENCH_IMAGES to vary; needs `npm run peers` first)
 */
import { execFile } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { EXIT_OK, runCli } from '../src/cli.js';
import { RegistryClient } from '../src/registry/client.js';
import { createSigner } from '../src/sigstore/sign/index.js';
import { startRegistry } from '../test/harness/registry.js';
import { startSigstoreStack } from '../test/harness/sigstore/index.js';
import { attachFullEvidence, pushImage } from '../test/integration/verify/evidence-store.js';
import { peerCommand } from '../test/peers/tools.js';

const IMAGES = Number(process.env.BENCH_IMAGES ?? 100);
const SETUP_PARALLEL = 8;
const COSIGN_TYPES = ['cyclonedx', 'vuln', 'slsaprovenance1'];
const run = promisify(execFile);

async function main(): Promise<void> {
  const [cosign] = peerCommand('cosign'); // fails first, naming `npm run peers`, when missing
  const [registry, stack] = await Promise.all([startRegistry(), startSigstoreStack()]);
  const dir = mkdtempSync(join(tmpdir(), 'imprint-bench-peers-'));
  const client = new RegistryClient(registry.host, { insecure: true });
  try {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const keyPath = join(dir, 'bench.pub');
    writeFileSync(keyPath, publicKey.export({ format: 'pem', type: 'spki' }));
    const signer = await createSigner({
      signing: 'key',
      privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
      sigstore: 'custom',
      rekorUrl: stack.rekorURL,
    });
    const references: string[] = [];
    const setupStarted = performance.now();
    for (let start = 0; start < IMAGES; start += SETUP_PARALLEL) {
      const batch = Array.from({ length: Math.min(SETUP_PARALLEL, IMAGES - start) }, (_, i) =>
        (async () => {
          const image = await pushImage(client, `bench/app-${(start + i) % 10}`, `v${start + i}`);
          await attachFullEvidence(client, image, signer);
          return image.pinned; // verify refuses tag-only references by default
        })(),
      );
      references.push(...(await Promise.all(batch)));
    }
    console.log(
      `setup: ${IMAGES} images × (1 signature + 3 attestations) in ${seconds(setupStarted)} s`,
    );

    const trust = ['--trusted-root', stack.trustedRootPath];
    const cosignStarted = performance.now();
    for (const reference of references) {
      const common = ['--key', keyPath, ...trust, '--allow-http-registry', reference];
      await run(cosign!, ['verify', ...common], { env: { HOME: dir } });
      for (const type of COSIGN_TYPES) {
        await run(cosign!, ['verify-attestation', '--type', type, ...common], {
          env: { HOME: dir },
        });
      }
    }
    const cosignSeconds = (performance.now() - cosignStarted) / 1000;

    const imprintStarted = performance.now();
    const code = await runCli(
      [
        'verify',
        ...references,
        '--key',
        keyPath,
        ...trust,
        '--require-attestations',
        'sbom,vuln,provenance',
        '--insecure-registries',
        registry.host,
        '--report-path',
        join(dir, 'report.json'),
      ],
      { stdout: () => undefined, env: {} },
    );
    const imprintSeconds = (performance.now() - imprintStarted) / 1000;
    if (code !== EXIT_OK) throw new Error(`imprint verify exited ${code}: see ${dir}/report.json`);

    const line = (who: string, s: number) =>
      `${who}: ${s.toFixed(1)} s, ${(IMAGES / s).toFixed(1)} images/s`;
    console.log(line(`cosign loop (${IMAGES} × 4 processes)`, cosignSeconds));
    console.log(line('imprint verify (one run, all images)', imprintSeconds));
    console.log(`ratio: ${(cosignSeconds / imprintSeconds).toFixed(1)}× (goal ≥ 20×)`);
  } finally {
    await client.close();
    await Promise.all([registry.stop(), stack.stop()]);
  }
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}

await main();
