/**
 * `npm run demo`: the product's main job on this machine, with nothing but local parts.
 * Starts a registry with Basic auth and a loopback Sigstore stack (Fulcio, Rekor, TSA and an
 * OIDC issuer minting a GitLab-shaped token), then publishes examples/hello through the
 * committed bundle (dist/cli.js, exactly what users run): build, push, pin by digest, keyless
 * signature, SBOM, scan when Trivy is installed, store as OCI referrers, read back and verify.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startRegistry } from '../test/harness/registry.js';
import { startSigstoreStack } from '../test/harness/sigstore/index.js';

// From the command line, not a literal: ncc rewrites literal relative paths to sit beside the bundle.
const OUT_DIR = resolve(process.argv[2] ?? process.cwd());

function step(title: string): void {
  process.stderr.write(`\n\u001b[1m== ${title}\u001b[0m\n`);
}

/** Runs the CLI without blocking this process, whose event loop serves the registry's and Sigstore's peers. */
function runCli(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ status: number | null; stdout: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['dist/cli.js', ...args], {
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolvePromise({ status, stdout }));
  });
}

function trivyPresent(): boolean {
  return spawnSync('trivy', ['--version'], { stdio: 'ignore' }).status === 0;
}

async function main(): Promise<number> {
  rmSync(OUT_DIR, { recursive: true, force: true });
  mkdirSync(OUT_DIR, { recursive: true });
  step('Starting a registry with Basic auth and a Sigstore stack on loopback');
  const registry = await startRegistry({ auth: 'basic' });
  const sigstore = await startSigstoreStack();
  process.stderr.write(
    `registry ${registry.url} (user ${registry.username})\nFulcio ${sigstore.fulcioURL}, Rekor ${sigstore.rekorURL}, TSA ${sigstore.tsaURL}\n`,
  );
  try {
    const token = await sigstore.mintToken({ shape: 'gitlab' });
    if (!trivyPresent()) {
      process.stderr.write(
        'Trivy is not installed here, so the vulnerability scan is skipped (install trivy to include it).\n',
      );
    }
    step('imprint publish: build examples/hello, push, pin, sign keylessly, attest, read back');
    const summaryFile = join(OUT_DIR, 'publish-summary.md');
    const publish = await runCli(
      [
        'publish',
        '--image',
        `${registry.host}/demo/hello`,
        '--tags',
        'demo',
        '--tags',
        'latest',
        '--context',
        'examples/hello',
        '--build-args',
        'GREETING=hello from the imprint demo',
        '--registry-username',
        registry.username,
        '--insecure-registries',
        registry.host,
        '--sigstore',
        'custom',
        '--fulcio-url',
        sigstore.fulcioURL,
        '--rekor-url',
        sigstore.rekorURL,
        '--tsa-url',
        sigstore.tsaURL,
        '--trusted-root',
        sigstore.trustedRootPath,
        '--summary-file',
        summaryFile,
        '--json',
      ],
      // Secrets travel in the environment, never on the command line.
      {
        ...process.env,
        IMPRINT_REGISTRY_PASSWORD: registry.password,
        IMPRINT_IDENTITY_TOKEN: token,
      },
    );
    if (publish.status !== 0) {
      process.stderr.write(`\nimprint publish failed (exit ${publish.status}).\n`);
      return publish.status ?? 1;
    }
    step('Outputs (imprint publish --json)');
    process.stdout.write(publish.stdout);
    step(`Publish summary (written to ${summaryFile})`);
    process.stdout.write(readFileSync(summaryFile, 'utf8'));

    const imageRef = (JSON.parse(publish.stdout) as Record<string, string>)['image-ref']!;
    // The verifier logs in the way users do: a docker config, here a private one.
    const dockerConfig = join(OUT_DIR, 'docker-config');
    mkdirSync(dockerConfig, { recursive: true });
    const auth = Buffer.from(`${registry.username}:${registry.password}`).toString('base64');
    writeFileSync(
      join(dockerConfig, 'config.json'),
      JSON.stringify({ auths: { [registry.host]: { auth } } }),
      { mode: 0o600 },
    );
    const verifyEnv = { ...process.env, DOCKER_CONFIG: dockerConfig };
    const verify = (policy: string, name: string) =>
      runCli(
        [
          'verify',
          imageRef,
          '--policy',
          policy,
          '--trusted-root',
          sigstore.trustedRootPath,
          '--insecure-registries',
          registry.host,
          '--report-path',
          join(OUT_DIR, `${name}-report.json`),
          '--summary-file',
          join(OUT_DIR, `${name}-summary.md`),
        ],
        verifyEnv,
      );

    step('imprint verify against examples/policy.yaml (expected: pass)');
    const passing = await verify('examples/policy.yaml', 'verify-pass');
    process.stdout.write(readFileSync(join(OUT_DIR, 'verify-pass-summary.md'), 'utf8'));
    step(
      'imprint verify against examples/policy-release-only.yaml (expected: fail, release tags only)',
    );
    const failing = await verify('examples/policy-release-only.yaml', 'verify-fail');
    process.stdout.write(readFileSync(join(OUT_DIR, 'verify-fail-summary.md'), 'utf8'));

    step('Result');
    const ok = passing.status === 0 && failing.status === 1;
    process.stderr.write(
      ok
        ? `verify passed on the policy it meets (exit 0) and failed on the one it breaks (exit 1).\nEverything is in ${OUT_DIR}.\n`
        : `unexpected: verify exited ${passing.status} (wanted 0) and ${failing.status} (wanted 1).\n`,
    );
    return ok ? 0 : 1;
  } finally {
    await sigstore.stop();
    await registry.stop();
  }
}

process.exitCode = await main();
