/**
 * One matrix cell, judged by each engine on the same image and the same policy file:
 * - imprint: `verifyImages` (what `imprint verify` runs), registry and loopback trust;
 * - OPA: the exported Rego on the predicates of the attestations a policy signer made
 *   (what policy-controller hands its Rego), for rules whose export is Rego;
 * - policy-tester: policy-controller's own verifier on the exported ClusterImagePolicy,
 *   with the exported TrustRoot for the loopback Sigstore;
 * - Kyverno: `kyverno apply --registry` on the exported ClusterPolicy and
 *   ImageValidatingPolicy, with the loopback trusted root served over TUF (tuf.ts).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments, stringify } from 'yaml';
import { type ExportTarget, exportPolicy } from '../../../src/policy/export/index.js';
import { parsePolicy } from '../../../src/policy/load.js';
import { predicateTypeMatches } from '../../../src/attest/predicate-types.js';
import { matchingSigner } from '../../../src/policy/rules/identity.js';
import type { Policy } from '../../../src/policy/schema.js';
import { parseReference } from '../../../src/registry/reference.js';
import { verifyImages } from '../../../src/verify/engine.js';
import { RegistryEvidence } from '../../../src/verify/evidence.js';
import { RegistryPool } from '../../../src/registry/pool.js';
import { loadTrustSet } from '../../../src/verify/trust.js';
import { exportedRego, opaIsCompliant, statement } from '../opa.js';
import { describeRun, runPeer } from '../tools.js';
import type { TufRepository } from '../tuf.js';
import type { World } from '../world.js';

export type Verdict = 'pass' | 'fail';

export interface PolicyFiles {
  dir: string;
  policyPath: string;
  policy: Policy;
  yaml: string;
}

/** The policy file with the loopback trusted root and the matrix key beside it. */
export function writePolicy(
  world: World,
  publicKeyPem: string,
  trustedRootJson: string,
  yaml: string,
): PolicyFiles {
  const dir = mkdtempSync(join(world.work, 'matrix-policy-'));
  writeFileSync(join(dir, 'trusted_root.json'), trustedRootJson);
  writeFileSync(join(dir, 'cosign.pub'), publicKeyPem);
  const policyPath = join(dir, 'policy.yaml');
  writeFileSync(policyPath, yaml);
  return { dir, policyPath, policy: parsePolicy(yaml, policyPath), yaml };
}

function registryOptions(world: World) {
  return {
    insecureRegistries: [world.registry.host],
    env: { DOCKER_CONFIG: world.dockerConfig },
  };
}

export async function imprintVerdict(world: World, files: PolicyFiles, ref: string) {
  const trust = await loadTrustSet(files.policy, { offline: true, cwd: files.dir });
  const report = await verifyImages({
    images: [{ reference: ref, locations: [] }],
    policy: files.policy,
    trust,
    now: new Date(),
    offline: true,
    registry: registryOptions(world),
  });
  const verdict = report.images[0]!.verdict;
  const failed = [verdict, ...(verdict.platforms ?? [])]
    .flatMap((v) => v.checks)
    .filter((c) => c.outcome === 'fail')
    .map((c) => `${c.check}: ${c.found}`);
  return { verdict: verdict.outcome === 'pass' ? 'pass' : 'fail', why: failed.join('; ') } as const;
}

export function exportFor(files: PolicyFiles, target: ExportTarget) {
  return exportPolicy(files.policy, target, {
    now: new Date(),
    source: 'policy.yaml',
    publicKeys: Object.fromEntries(
      files.policy.signers.flatMap((s) =>
        s.key ? [[s.key, readText(join(files.dir, s.key))]] : [],
      ),
    ),
    ...(files.policy.trust.trustedRoot
      ? {
          trustedRoot: JSON.parse(
            readText(join(files.dir, files.policy.trust.trustedRoot)),
          ) as unknown,
        }
      : {}),
  });
}

const readText = (path: string) => readFileSync(path, 'utf8');

/**
 * The exported Rego on the image's attestations of the rule's type that a policy signer made:
 * pass when one of them is compliant, as policy-controller accepts any one that satisfies it.
 */
export async function opaVerdict(
  world: World,
  files: PolicyFiles,
  ref: string,
): Promise<{ verdict: Verdict; why: string }> {
  const regos = exportedRego(exportFor(files, 'policy-controller').yaml);
  const pool = new RegistryPool(registryOptions(world));
  try {
    const trust = await loadTrustSet(files.policy, { offline: true, cwd: files.dir });
    const evidence = await new RegistryEvidence(pool, trust).gather(ref, parseReference(ref));
    const why: string[] = [];
    for (const rego of regos) {
      const signed = evidence.attestations.filter(
        (a) =>
          predicateTypeMatches(rego.predicateType, a.predicateType) &&
          matchingSigner(files.policy.signers, a.signer) >= 0,
      );
      const compliant =
        signed.length > 0 &&
        (
          await opaIsCompliant(
            rego.rego,
            signed.map((a) => statement(a.predicateType, a.predicate, evidence.digest ?? '')),
            'v0-compatible',
          )
        ).some(Boolean);
      if (!compliant)
        why.push(
          signed.length === 0
            ? `no ${rego.predicateType} attestation by a policy signer on the digest`
            : `isCompliant false for ${rego.predicateType}`,
        );
    }
    return { verdict: why.length === 0 ? 'pass' : 'fail', why: why.join('; ') };
  } finally {
    await pool.close();
  }
}

/** policy-controller's tester on the exported ClusterImagePolicy and TrustRoot. */
export async function policyTesterVerdict(
  world: World,
  files: PolicyFiles,
  ref: string,
): Promise<{ verdict: Verdict; why: string }> {
  const docs = parseAllDocuments(exportFor(files, 'policy-controller').yaml).map(
    (doc) => doc.toJS() as { kind: string },
  );
  const policies = docs.filter((doc) => doc.kind === 'ClusterImagePolicy');
  const trustRoot = docs.find((doc) => doc.kind === 'TrustRoot');
  const dir = mkdtempSync(join(files.dir, 'policy-tester-'));
  const why: string[] = [];
  // Policies are all-of in the controller: each exported ClusterImagePolicy must pass.
  for (const [index, cip] of policies.entries()) {
    const policyFile = join(dir, `cip-${index}.yaml`);
    writeFileSync(policyFile, stringify(cip));
    const args = ['--policy', policyFile, '--image', ref];
    if (trustRoot) {
      const trustFile = join(dir, 'trustroot.yaml');
      writeFileSync(trustFile, stringify(trustRoot));
      args.push('--trustroot', trustFile);
    }
    const run = await runPeer('policy-tester', args, {
      DOCKER_CONFIG: world.dockerConfig,
      HOME: world.work,
    });
    if (run.code === 0) continue;
    if (run.code !== 1 || !run.stdout.includes('"errors"')) throw new Error(describeRun(run));
    why.push(run.stdout.trim());
  }
  return { verdict: why.length === 0 ? 'pass' : 'fail', why: why.join('; ') };
}

// eslint-disable-next-line no-control-regex -- the escape that starts a terminal colour
const ANSI_COLOUR = /\u001b\[[0-9;]*m/g;

/** The Kyverno CLI's home: its TUF cache ($HOME/.sigstore/root) is shared by the runs. */
export interface KyvernoSetup {
  home: string;
  tuf: TufRepository;
}

function podFor(dir: string, ref: string): string {
  const file = join(dir, 'pod.yaml');
  writeFileSync(
    file,
    stringify({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'app', namespace: 'default' },
      spec: { containers: [{ name: 'app', image: ref }] },
    }),
  );
  return file;
}

/**
 * The cluster operator's part, not the export's: Kyverno reads a private Sigstore's trusted
 * root only through TUF. An ImageValidatingPolicy names the TUF repository per attestor; a
 * ClusterPolicy uses the process-wide TUF cache, which the first such run initializes.
 */
function withTuf(yaml: string, tuf: TufRepository): string {
  return parseAllDocuments(yaml)
    .map((doc) => {
      const resource = doc.toJS() as {
        kind: string;
        spec: { attestors?: { cosign?: Record<string, unknown> }[] };
      };
      for (const attestor of resource.spec.attestors ?? []) {
        if (attestor.cosign)
          attestor.cosign.tuf = {
            mirror: tuf.url,
            root: { data: Buffer.from(tuf.rootJson).toString('base64') },
          };
      }
      return stringify(resource);
    })
    .join('---\n');
}

export async function kyvernoVerdict(
  world: World,
  files: PolicyFiles,
  ref: string,
  target: 'kyverno' | 'kyverno-ivp',
  setup: KyvernoSetup,
): Promise<{ verdict: Verdict; why: string }> {
  const dir = mkdtempSync(join(files.dir, `${target}-`));
  const exported = exportFor(files, target).yaml;
  const policyFile = join(dir, 'policy.yaml');
  writeFileSync(policyFile, target === 'kyverno-ivp' ? withTuf(exported, setup.tuf) : exported);
  const run = await runPeer(
    'kyverno',
    ['apply', policyFile, '--resource', podFor(dir, ref), '--registry', '--remove-color', '-v=4'],
    { DOCKER_CONFIG: world.dockerConfig, HOME: setup.home },
  );
  const summary = /pass: (\d+), fail: (\d+), warn: (\d+), error: (\d+), skip: (\d+)/.exec(
    run.stdout,
  );
  if (!summary) throw new Error(describeRun(run));
  const [pass, fail, , error] = summary.slice(1).map(Number) as [number, number, number, number];
  if (error > 0) throw new Error(describeRun(run));
  if (fail === 0 && pass > 0) return { verdict: 'pass', why: '' };
  const reasons = run.stdout
    .split('\n')
    .filter((line) => /^\d+ - /.test(line))
    // Kyverno's own error lines, without their terminal colours, say why it refused.
    .concat(
      run.stderr
        .split('\n')
        .map((line) => line.replace(ANSI_COLOUR, ''))
        .filter((line) => / ERR /.test(line)),
    )
    .join('; ');
  return { verdict: 'fail', why: reasons };
}

/** One keyless ImageValidatingPolicy run: it initializes Kyverno's TUF cache in `home`. */
export async function initializeKyvernoTuf(
  world: World,
  files: PolicyFiles,
  ref: string,
  tuf: TufRepository,
): Promise<KyvernoSetup> {
  const setup = { home: mkdtempSync(join(world.work, 'kyverno-home-')), tuf };
  const first = await kyvernoVerdict(world, files, ref, 'kyverno-ivp', setup);
  if (first.verdict !== 'pass') throw new Error(`Kyverno's TUF set-up run failed: ${first.why}`);
  return setup;
}
