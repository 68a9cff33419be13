/**
 * The verify step both verify doors (the Action and `imprint verify`) run: the engine's run,
 * then what the step leaves behind: the JSON report (and JUnit), annotations at the manifest
 * lines, the outputs and the summary. The door decides the exit; this returns the report.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { CiContext } from '../ci/context.js';
import { ImprintError, messageOf } from '../errors.js';
import { digestsOf, renderVerifyReportJson } from '../report/verify-json.js';
import { failureMessage, renderVerifyJunit } from '../report/verify-junit.js';
import { renderVerifySummary } from '../report/verify-summary.js';
import type { VerifyReport } from '../verify/model.js';
import type { VerifyOptions } from '../verify/options.js';
import { runVerify, type VerifyEnvironment } from '../verify/run.js';

/** At most this many annotations: CI systems show a handful, and more only hides the log. */
const MAX_ANNOTATIONS = 50;

export async function runVerifyStep(
  options: VerifyOptions,
  context: CiContext,
  environment: VerifyEnvironment,
): Promise<VerifyReport> {
  const report = await runVerify(options, context, environment);
  const cwd = environment.cwd ?? process.cwd();
  const policySource = 'file' in options.policy ? options.policy.file : 'flags';
  const reportPath = resolve(cwd, options.reportPath);
  await writeReport(
    reportPath,
    renderVerifyReportJson(report, { policySource, offline: options.offline }),
  );
  if (options.junitPath)
    await writeReport(resolve(cwd, options.junitPath), renderVerifyJunit(report));
  annotate(report, context);
  context.setOutput('verified', String(report.verified));
  context.setOutput('violations', String(report.violations));
  context.setOutput('report-path', options.reportPath);
  context.setOutput('digests', JSON.stringify(digestsOf(report)));
  if (options.summary) {
    await context.writeSummary(
      renderVerifySummary(report, { policySource, reportPath: options.reportPath }),
    );
  }
  return report;
}

/** One annotation per failing image and place that deploys it, at the manifest line. */
function annotate(report: VerifyReport, context: CiContext): void {
  let count = 0;
  for (const image of report.images) {
    if (image.verdict.outcome === 'pass') continue;
    const failing = image.verdict.checks.filter(
      (c) => c.outcome === 'fail' || c.outcome === 'warn',
    );
    const platformCount = (image.verdict.platforms ?? []).filter(
      (p) => p.outcome !== 'pass',
    ).length;
    const lines = failing.map((c) => `${c.check}: ${failureMessage(c)}`);
    if (platformCount > 0)
      lines.push(`${platformCount} platform manifest(s) fail too: see the summary`);
    const message = `${image.reference} breaks the policy:\n${lines.join('\n')}`;
    const emit = (where?: { file: string; line?: number }) => {
      if (count >= MAX_ANNOTATIONS) return;
      count += 1;
      if (image.verdict.outcome === 'fail') context.log.error(message, where);
      else context.log.warning(message, where);
    };
    if (image.locations.length === 0) emit();
    for (const location of image.locations) emit(location);
  }
}

async function writeReport(path: string, text: string): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  } catch (error) {
    throw new ImprintError(
      'INPUT_INVALID',
      `cannot write the report ${path}: ${messageOf(error)}`,
      {
        cause: error,
        hint: 'point report-path / junit-path at a writable location',
      },
    );
  }
}
