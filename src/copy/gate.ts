/**
 * The promotion gate: the image, by digest, judged by the verify engine against a policy
 * file, at the source before anything is copied and at the target afterwards. A failing
 * verdict is a POLICY_VIOLATION that names each failing check.
 */
import { ImprintError } from '../errors.js';
import { loadPolicy } from '../policy/load.js';
import type { Policy } from '../policy/schema.js';
import { failureMessage } from '../report/verify-junit.js';
import { verifyImages } from '../verify/engine.js';
import type { ImageResult } from '../verify/model.js';
import type { RegistryOptions } from '../registry/pool.js';
import { loadTrustSet, type TrustSet } from '../verify/trust.js';

export interface GateSettings {
  policyFile: string;
  trustedRoot?: string;
  cwd: string;
  registry: RegistryOptions;
}

export interface Gate {
  policySource: string;
  /** Throws POLICY_VIOLATION unless `pinned` passes (or the policy's mode is warn). */
  check(pinned: string, where: 'source' | 'target'): Promise<ImageResult>;
}

export async function openGate(settings: GateSettings): Promise<Gate> {
  const policy = await loadPolicy(settings.policyFile);
  const trust = await loadTrustSet(policy, {
    ...(settings.trustedRoot !== undefined && { trustedRootPath: settings.trustedRoot }),
    offline: false,
    cwd: settings.cwd,
  });
  return {
    policySource: settings.policyFile,
    check: (pinned, where) => judge(pinned, where, policy, trust, settings),
  };
}

async function judge(
  pinned: string,
  where: 'source' | 'target',
  policy: Policy,
  trust: TrustSet,
  settings: GateSettings,
): Promise<ImageResult> {
  const report = await verifyImages({
    images: [{ reference: pinned, locations: [] }],
    policy,
    trust,
    now: new Date(),
    offline: false,
    registry: settings.registry,
  });
  const result = report.images[0]!;
  // mode warn: the verdict says warn, and a promotion under a warn policy goes ahead.
  if (result.verdict.outcome !== 'fail') return result;
  const failing = result.verdict.checks
    .filter((check) => check.outcome === 'fail')
    .map((check) => `  ${check.check}: ${failureMessage(check)}`);
  const platforms = (result.verdict.platforms ?? []).filter((p) => p.outcome === 'fail').length;
  if (platforms > 0) failing.push(`  ${platforms} platform manifest(s) fail too`);
  const message =
    where === 'source'
      ? `${pinned} fails the policy ${settings.policyFile}, so it was not copied:`
      : `The copy ${pinned} fails the policy ${settings.policyFile} on the target:`;
  throw new ImprintError('POLICY_VIOLATION', [message, ...failing].join('\n'), {
    hint:
      where === 'source'
        ? 'Sign and attest the image as the policy requires, then promote it.'
        : 'The target lost evidence or the policy names the source registry; run `imprint verify` on the target to see why.',
  });
}
