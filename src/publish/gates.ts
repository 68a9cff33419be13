/**
 * The publish's two gates — the vulnerability gate (fail-on-severity) and the policy gate
 * (`policy`) — and what they decide besides failing the step: the image signature. They are
 * asked after the evidence (SBOM, scan, provenance attestations) is stored and before the
 * image signature is written; when one fails, the signature is held back. A signer-only
 * policy then refuses the image, as it should: its publish failed. The evidence stays, for
 * whoever must see why. The step fails after the summary is written.
 */
import type { CiContext } from '../ci/context.js';
import type { ImprintError } from '../errors.js';
import type { Policy } from '../policy/schema.js';
import type { SigningGates } from './attest-step.js';
import type { PublishOptions } from './options.js';
import type { PinnedImage } from './pin.js';
import { gateOnPolicy } from './policy-gate.js';
import type { ScanStepResult } from './scan-step.js';
import type { ToStore } from './store-step.js';

export class PublishGates {
  private scanFailure: ImprintError | undefined;
  private policyFailure: ImprintError | undefined;
  private policyJudged = false;

  constructor(
    private readonly options: PublishOptions,
    private readonly policy: Policy | undefined,
    private readonly context: CiContext,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  /** The gates as signing asks them, about this image and its scan. */
  forSigning(
    scan: ScanStepResult | { skipped: string } | undefined,
    pinned: PinnedImage,
  ): SigningGates {
    return {
      refusal: () => this.refusal(scan),
      beforeSignatures: (pending) => this.beforeSignatures(scan, pinned, pending),
    };
  }

  /**
   * Before anything is signed: a failed vulnerability gate is known already, so the image
   * signature is not even made (no transparency-log entry for it exists).
   */
  refusal(scan: ScanStepResult | { skipped: string } | undefined): string | undefined {
    this.noteScan(scan);
    return this.scanFailure ? this.reason() : undefined;
  }

  /** Before the image signature is written: why it must be held back, or undefined. */
  async beforeSignatures(
    scan: ScanStepResult | { skipped: string } | undefined,
    pinned: PinnedImage,
    pending: readonly ToStore[],
  ): Promise<string | undefined> {
    this.noteScan(scan);
    // Judged as the registry will be: the held signature, as verify will see it once written.
    await this.judgePolicy(pinned, pending);
    return this.reason();
  }

  /** After the publish: the policy gate for a run that wrote no signature (sign: false, a re-run). */
  async afterPublish(
    scan: ScanStepResult | { skipped: string } | undefined,
    pinned: PinnedImage | undefined,
  ): Promise<void> {
    this.noteScan(scan);
    if (!this.policyJudged && pinned) await this.judgePolicy(pinned, []);
  }

  /** The failure the step ends with: the vulnerability gate's first, then the policy's. */
  failure(): ImprintError | undefined {
    return this.scanFailure ?? this.policyFailure;
  }

  private noteScan(scan: ScanStepResult | { skipped: string } | undefined): void {
    if (scan && 'gateFailure' in scan) this.scanFailure = scan.gateFailure;
  }

  private async judgePolicy(pinned: PinnedImage, pending: readonly ToStore[]): Promise<void> {
    this.policyJudged = true;
    // Judged in each repository the image goes to; the first that breaks the policy stands.
    if (!this.policy || this.policyFailure) return;
    this.policyFailure = await gateOnPolicy(
      this.options,
      this.policy,
      pinned,
      this.context,
      this.env,
      pending,
    );
  }

  private reason(): string | undefined {
    const failed = [
      ...(this.scanFailure
        ? [
            `the vulnerability gate failed (fail-on-severity: ${this.options.scan.trivy.failOnSeverity})`,
          ]
        : []),
      ...(this.policyFailure ? [`the image breaks the policy ${this.options.policy}`] : []),
    ];
    return failed.length > 0 ? failed.join('; ') : undefined;
  }
}
