/**
 * The verify report as JUnit XML, for GitLab's test report widget and any CI that reads
 * JUnit: one test suite per image, one test case per check (platform checks included). A
 * failing check is a <failure> whose message says what was expected, what was found and how
 * to fix it; a warning passes with the warning in <system-out>; a skipped check is <skipped>.
 * Pure.
 */
import type { CheckResult, ImageVerdict } from '../policy/verdict.js';
import type { ImageResult, VerifyReport } from '../verify/model.js';

interface Case {
  classname: string;
  check: CheckResult;
}

export function renderVerifyJunit(report: VerifyReport): string {
  const suites = report.images.map(suiteOf);
  const all = report.images.flatMap(casesOf);
  const failures = all.filter((c) => c.check.outcome === 'fail').length;
  const skipped = all.filter((c) => c.check.outcome === 'skipped').length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="imprint verify" tests="${all.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${seconds(report.durationMs)}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}

function suiteOf(image: ImageResult): string {
  const cases = casesOf(image);
  const failures = cases.filter((c) => c.check.outcome === 'fail').length;
  const skipped = cases.filter((c) => c.check.outcome === 'skipped').length;
  const name = image.verdict.digest
    ? `${image.reference} (${image.verdict.digest})`
    : image.reference;
  return [
    `  <testsuite name="${xml(name)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}">`,
    ...cases.map(caseXml),
    '  </testsuite>',
  ].join('\n');
}

function casesOf(image: ImageResult): Case[] {
  const ofVerdict = (verdict: ImageVerdict, classname: string): Case[] =>
    verdict.checks.map((check) => ({ classname, check }));
  return [
    ...ofVerdict(image.verdict, image.reference),
    ...(image.verdict.platforms ?? []).flatMap((platform) =>
      ofVerdict(platform, `${image.reference} [${platform.platform ?? platform.digest ?? '?'}]`),
    ),
  ];
}

function caseXml({ classname, check }: Case): string {
  const open = `    <testcase name="${xml(check.check)}" classname="${xml(classname)}" time="0"`;
  switch (check.outcome) {
    case 'fail':
      return [
        `${open}>`,
        `      <failure message="${xml(failureMessage(check))}" type="${xml(check.check)}">${xml(details(check))}</failure>`,
        '    </testcase>',
      ].join('\n');
    case 'skipped':
      return `${open}>\n      <skipped message="${xml(`${check.found} (expected ${check.expected})`)}"/>\n    </testcase>`;
    case 'warn':
      return `${open}>\n      <system-out>${xml(`warning: ${details(check)}`)}</system-out>\n    </testcase>`;
    default:
      return `${open}/>`;
  }
}

export function failureMessage(check: CheckResult): string {
  return `expected ${check.expected}; found ${check.found}${check.hint ? `; hint: ${check.hint}` : ''}`;
}

function details(check: CheckResult): string {
  return [
    `expected: ${check.expected}`,
    `found:    ${check.found}`,
    ...(check.hint ? [`hint:     ${check.hint}`] : []),
  ].join('\n');
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

/** XML 1.0: escape markup, drop the control characters XML cannot carry at all. */
export function xml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
