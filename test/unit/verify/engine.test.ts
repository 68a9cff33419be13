/**
 * The engine's orchestration over a STAND-IN evidence gatherer (evidence as the registry
 * gatherer would report it, served from memory): verdicts, fail-closed paths, exclusions,
 * warn mode, concurrency. The registry gatherer itself runs against a real registry in
 * test/integration/verify.
 */
import type { ImageEvidence } from '../../../src/policy/evidence.js';
import { parsePolicy } from '../../../src/policy/load.js';
import type { Policy } from '../../../src/policy/schema.js';
import type { ImageReference } from '../../../src/registry/reference.js';
import { createProgress } from '../../../src/ci/progress.js';
import { exitCodeOfVerdict } from '../../../src/doors/exit-codes.js';
import { verifyImages } from '../../../src/verify/engine.js';
import type { EvidenceGatherer } from '../../../src/verify/evidence.js';
import { trustSet } from './signing.js';

const DIGEST = `sha256:${'3'.repeat(64)}`;
const NOW = new Date('2026-06-01T00:00:00Z');

/** Tags here, so the engine's own behaviour shows; digest pinning is evaluate's (and its tests'). */
function policy(extra = ''): Policy {
  return parsePolicy(
    `apiVersion: imprint/v1\nkind: Policy\nimages:\n  allow: ["ghcr.io/acme/**"]\n  exclude: ["ghcr.io/acme/sandbox/**"]\n  requireDigest: false\ntrust: {requireTlog: false}\nsigners:\n  - key: ./cosign.pub\n${extra}`,
  );
}

/** Stand-in for the registry gatherer: signed images are those named in `signed`. */
class StandInGatherer implements EvidenceGatherer {
  calls: string[] = [];
  inFlight = 0;
  maxInFlight = 0;

  constructor(
    private readonly signed: string[] = [],
    private readonly failWith?: Error,
  ) {}

  async gather(reference: string, parsed: ImageReference): Promise<ImageEvidence> {
    this.calls.push(reference);
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    await new Promise((resolve) => setTimeout(resolve, 5));
    this.inFlight -= 1;
    if (this.failWith) throw this.failWith;
    const signed = this.signed.includes(reference);
    return {
      reference,
      name: `${parsed.registry}/${parsed.repository}`,
      tag: parsed.tag ?? 'latest',
      digest: DIGEST,
      referencedByDigest: false,
      signatures: signed
        ? [
            {
              signer: { kind: 'key', keyRef: './cosign.pub' },
              signedDigest: DIGEST,
              source: 'referrer',
              tlogProven: false,
              timestampProven: false,
            },
          ]
        : [],
      attestations: signed
        ? [
            {
              predicateType: 'https://slsa.dev/provenance/v1',
              predicate: { big: 'x'.repeat(1000) },
              signer: { kind: 'key', keyRef: './cosign.pub' },
              subjectDigests: [DIGEST],
              source: 'referrer',
              tlogProven: false,
              timestampProven: false,
            },
          ]
        : [],
      problems: [],
    };
  }
}

function run(
  gatherer: EvidenceGatherer,
  images: string[],
  withPolicy = policy(),
  concurrency?: number,
) {
  return verifyImages({
    images: images.map((reference) => ({
      reference,
      locations: [{ file: 'deploy.yaml', line: 3 }],
    })),
    policy: withPolicy,
    trust: trustSet(),
    now: NOW,
    offline: true,
    gatherer,
    ...(concurrency !== undefined && { concurrency }),
  });
}

describe('verifyImages', () => {
  it('one verdict per image, in input order; evidence summarised without predicate bodies', async () => {
    const report = await run(new StandInGatherer(['ghcr.io/acme/a:1']), [
      'ghcr.io/acme/a:1',
      'ghcr.io/acme/b:1',
    ]);
    expect(report.images.map((i) => [i.reference, i.verdict.outcome, i.violations])).toEqual([
      ['ghcr.io/acme/a:1', 'pass', 0],
      ['ghcr.io/acme/b:1', 'fail', 1],
    ]);
    expect(report).toMatchObject({ mode: 'enforce', verified: false, violations: 1 });
    expect(report.images[0]!.locations).toEqual([{ file: 'deploy.yaml', line: 3 }]);
    expect(JSON.stringify(report.images[0]!.evidence)).not.toContain('xxxx');
    expect(report.images[0]!.evidence?.attestations[0]).toMatchObject({
      predicateType: 'https://slsa.dev/provenance/v1',
    });
    expect(exitCodeOfVerdict(report)).toBe(1);
  });

  it('an image found only in an unmodelled manifest field fails without a registry request, unless excluded', async () => {
    const gatherer = new StandInGatherer(['ghcr.io/acme/a:1', 'ghcr.io/acme/sandbox/x:1']);
    const unmodelled = (reference: string) => ({
      reference,
      locations: [{ file: 'crd.yaml', line: 5 }],
      unmodelled: 'spec.image',
    });
    const report = await verifyImages({
      images: [
        unmodelled('ghcr.io/acme/a:1'),
        unmodelled('ghcr.io/acme/sandbox/x:1'),
        unmodelled('${IMAGE}'),
      ],
      policy: policy(),
      trust: trustSet(),
      now: NOW,
      offline: true,
      gatherer,
    });
    expect(gatherer.calls).toEqual([]);
    expect(report.images.map((i) => [i.verdict.outcome, i.verdict.checks[0]!.check])).toEqual([
      ['fail', 'image.unverified'],
      ['pass', 'image.excluded'],
      ['fail', 'image.unverified'],
    ]);
    expect(report.images[0]!.verdict.checks[0]!.found).toBe(
      'unverified image in spec.image, a field verify does not read, so what deploys from it is not verified',
    );
    expect(report.violations).toBe(2);
  });

  it('fails closed when gathering throws: a failing check with the reason', async () => {
    const report = await run(new StandInGatherer([], new Error('socket hang up')), [
      'ghcr.io/acme/a:1',
    ]);
    const checks = report.images[0]!.verdict.checks;
    expect(report.images[0]!.verdict.outcome).toBe('fail');
    expect(checks.find((c) => c.check === 'evidence.registry')).toMatchObject({
      outcome: 'fail',
      found: 'socket hang up',
    });
    expect(checks.find((c) => c.check === 'image.resolved')).toMatchObject({
      outcome: 'fail',
      found: 'unresolved: socket hang up',
    });
  });

  it('excluded images are not gathered at all', async () => {
    const gatherer = new StandInGatherer();
    const report = await run(gatherer, ['ghcr.io/acme/sandbox/x:1']);
    expect(gatherer.calls).toEqual([]);
    expect(report.images[0]!.verdict).toMatchObject({
      outcome: 'pass',
      checks: [{ check: 'image.excluded', outcome: 'skipped' }],
    });
    expect(report.verified).toBe(true);
  });

  it('a reference that does not parse is a failing verdict, not a crash', async () => {
    const gatherer = new StandInGatherer();
    const report = await run(gatherer, ['ghcr.io/acme/app:${TAG}']);
    expect(gatherer.calls).toEqual([]);
    expect(report.images[0]).toMatchObject({
      violations: 1,
      verdict: { outcome: 'fail', checks: [{ check: 'image.reference', outcome: 'fail' }] },
    });
    expect(report.images[0]!.verdict.checks[0]!.found).toContain(
      'Invalid image reference "ghcr.io/acme/app:${TAG}"',
    );
    expect(report.images[0]!.verdict.checks[0]!.hint).toContain('render the manifests first');
  });

  it('warn mode: the verdict warns, the step passes, the violations are still counted', async () => {
    const report = await run(
      new StandInGatherer(),
      ['ghcr.io/acme/b:1', 'quay.io/other/c:1'],
      policy('mode: warn\n'),
    );
    expect(report.images.map((i) => i.verdict.outcome)).toEqual(['warn', 'warn']);
    expect(report.images.map((i) => i.violations)).toEqual([1, 2]);
    expect(report).toMatchObject({ mode: 'warn', verified: false, violations: 3 });
    expect(exitCodeOfVerdict(report)).toBe(0);
  });

  it('gathers at most `concurrency` images at once', async () => {
    const gatherer = new StandInGatherer();
    const images = Array.from({ length: 12 }, (_, i) => `ghcr.io/acme/app-${i}:1`);
    const report = await run(gatherer, images, policy(), 3);
    expect(gatherer.maxInFlight).toBe(3);
    expect(report.images.map((i) => i.reference)).toEqual(images);
  });

  it('reports one item of progress per image verified, then a final line', async () => {
    const lines: string[] = [];
    const works: unknown[] = [];
    const images = ['ghcr.io/acme/a:1', 'not a reference', 'ghcr.io/acme/sandbox/x:1'];
    await verifyImages({
      images: images.map((reference) => ({ reference, locations: [] })),
      policy: policy(),
      trust: trustSet(),
      now: NOW,
      offline: true,
      gatherer: new StandInGatherer(),
      // A frozen clock and no interval: every advance is a line, and no rate is shown.
      progress: (work) => {
        works.push(work);
        return createProgress({
          ...work,
          interactive: false,
          intervalMs: 0,
          now: () => 0,
          write: (line) => lines.push(line),
        });
      },
    });
    expect(works).toEqual([{ label: 'verify', total: 3, unit: 'items' }]);
    expect(lines).toEqual([
      'verify: 1 item of 3 items (33%)',
      'verify: 2 items of 3 items (66%)',
      'verify: 3 items of 3 items (100%)',
      'verify: 3 items in 0.0 s',
    ]);
  });
});
