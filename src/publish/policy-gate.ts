/**
 * The publish step's optional policy gate: the verify engine, with the same policy file the
 * verify action reads, run on the image this step just published — so one step can refuse
 * to hand on an image that breaks policy. It reads the evidence back from the registry like
 * any verifier would. It runs after the attestations are stored and before the image signature
 * is: that signature, held back, is judged as verify would judge it once stored
 * (pending-signatures.ts), and written only when the gate passes.
 */
import type { CiContext } from '../ci/context.js';
import { ImprintError } from '../errors.js';
import type { Policy } from '../policy/schema.js';
import type { CheckResult } from '../policy/verdict.js';
import { failureMessage } from '../report/verify-junit.js';
import { renderVerifySummary } from '../report/verify-summary.js';
import { verifyImages } from '../verify/engine.js';
import { RegistryEvidence } from '../verify/evidence.js';
import type { VerifyReport } from '../verify/model.js';
import { RegistryPool, type RegistryOptions } from '../registry/pool.js';
import { loginRegistry, publishRegistryOptions } from './registry-access.js';
import { loadTrustSet } from '../verify/trust.js';
import { inGroup } from './log-group.js';
import type { PublishOptions } from './options.js';
import { withPendingSignatures } from './pending-signatures.js';
import type { PinnedImage } from './pin.js';
import type { ToStore } from './store-step.js';

/** Failing checks named in the error; the summary and log have all of them. */
const MAX_CHECKS_IN_MESSAGE = 10;

export interface PolicyGateRequest {
  /** Loaded before the build, so a broken policy fails in seconds. */
  policy: Policy;
  policyFile: string;
  imageRef: string;
  /** The trusted root the publish signed against (custom Sigstore); else the policy's or public-good. */
  trustedRoot?: string;
  /** What the push presented: the gate reads what the step just pushed. */
  registry: RegistryOptions;
  now?: Date;
  /** The image signatures this run holds until the gate passes: judged as if stored. */
  pending?: readonly ToStore[];
}

export interface PolicyGateResult {
  report: VerifyReport;
  /** Set when the image breaks the policy in enforce mode; thrown by the caller after the summary. */
  failure?: ImprintError;
}

async function runPolicyGate(
  request: PolicyGateRequest,
  context: CiContext,
): Promise<PolicyGateResult> {
  const { policy } = request;
  return inGroup(
    context.log,
    `Policy gate: ${request.imageRef} against ${request.policyFile}`,
    async () => {
      const trust = await loadTrustSet(policy, {
        ...(request.trustedRoot !== undefined && { trustedRootPath: request.trustedRoot }),
        offline: request.trustedRoot !== undefined,
      });
      const { registry } = request;
      const pending = request.pending ?? [];
      const pool = pending.length > 0 ? new RegistryPool(registry, context.log) : undefined;
      const report = await verifyImages({
        images: [{ reference: request.imageRef, locations: [] }],
        policy,
        trust,
        now: request.now ?? new Date(),
        offline: request.trustedRoot !== undefined,
        registry,
        log: context.log,
        ...(pool && {
          gatherer: withPendingSignatures(new RegistryEvidence(pool, trust), pending, trust),
        }),
      }).finally(() => pool?.close());
      const failing = failingChecks(report);
      for (const check of failing) context.log.error(`${check.check}: ${failureMessage(check)}`);
      context.log.info(
        report.verified
          ? 'the image meets the policy'
          : `${report.violations} violation(s)${policy.mode === 'warn' ? ' (mode warn: reported, not enforced)' : ''}`,
      );
      await context.writeSummary(
        renderVerifySummary(report, {
          policySource: request.policyFile,
          reportPath: '(not written by publish)',
        }),
      );
      if (report.verified || policy.mode === 'warn') return { report };
      const listed = failing
        .slice(0, MAX_CHECKS_IN_MESSAGE)
        .map((check) => `  - ${check.check}: ${failureMessage(check)}`);
      const more =
        failing.length > MAX_CHECKS_IN_MESSAGE
          ? [`  … and ${failing.length - MAX_CHECKS_IN_MESSAGE} more (see the summary)`]
          : [];
      const failure = new ImprintError(
        'POLICY_VIOLATION',
        [
          `the published image ${request.imageRef} breaks the policy ${request.policyFile}:`,
          ...listed,
          ...more,
        ].join('\n'),
        {
          hint: 'the image is pushed and its evidence stored, but this run writes no image signature and refuses to hand it on; fix the pipeline or the policy and re-run',
        },
      );
      return { report, failure };
    },
  );
}

function failingChecks(report: VerifyReport): CheckResult[] {
  return report.images
    .flatMap((image) => [
      ...image.verdict.checks,
      ...(image.verdict.platforms ?? []).flatMap((platform) => platform.checks),
    ])
    .filter((check) => check.outcome === 'fail');
}

/** The gate as publish runs it: on the pinned image, with the step's registry and trust settings. */
export async function gateOnPolicy(
  options: PublishOptions,
  policy: Policy,
  pinned: PinnedImage | undefined,
  context: CiContext,
  env: NodeJS.ProcessEnv,
  pending: readonly ToStore[] = [],
): Promise<ImprintError | undefined> {
  if (options.policy === undefined || pinned === undefined) return undefined;
  const gate = await runPolicyGate(
    {
      policy,
      policyFile: options.policy,
      imageRef: pinned.imageRef,
      ...(options.sign.trustedRoot !== undefined && { trustedRoot: options.sign.trustedRoot }),
      // The inputs' credentials go to the first repository's registry, whichever image is judged.
      registry: publishRegistryOptions(options, loginRegistry(options), env),
      pending,
    },
    context,
  );
  context.setOutput('policy-verified', String(gate.report.verified));
  return gate.failure;
}
