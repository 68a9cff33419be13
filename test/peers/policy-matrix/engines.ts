/**
 * One matrix cell, judged by each engine on the same image and the same policy file:
 * - imprint: `verifyImages` (what `imprint verify` runs), registry and loopback trust;
 * - OPA: the exported Rego on the predicates of the attestations a policy signer made
 *   (what policy-controller hands its Rego), for rules whose export is Rego;
 * - policy-tester: policy-controller's own verifier on the exported ClusterImagePolicy,
 *   with the exported TrustRoot for the loopback Sigstore.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments, stringify } from 'yaml';
import { exportPolicy } from '../../../src/policy/export/index.js';
import { parsePolicy } from '../../../src/policy/load.js';
import { predicateTypeMatches } from '../../../src/policy/predicate-types.js';
import { matchingSigner } from '../../../src/policy/rules/identity.js';
import type { Policy } from '../../../src/policy/schema.js';
import { parseReference } from '../../../src/registry/reference.js';
import { verifyImages } from '../../../src/verify/engine.js';
import { RegistryEvidence } from '../../../src/verify/evidence.js';
import { RegistryPool } from '../../../src/verify/registries.js';
import { loadTrustSet } from '../../../src/verify/trust.js';
import { exportedRego, opaIsCompliant, statement } from '../opa.js';
import { describeRun, runPeer } from '../tools.js';
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

export function exportFor(
  files: PolicyFiles,
  target: 'policy-controller' | 'kyverno' | 'kyverno-ivp',
) {
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
