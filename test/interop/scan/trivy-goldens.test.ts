/**
 * Every `*.json.golden` report Trivy's own test suite holds, read by our parser. The
 * expectation is computed here without the parser: a generic walk that collects every
 * object listed under a "Vulnerabilities" key, and JMESPath for the severity counts.
 */
import { readdirSync } from 'node:fs';
import jmespath from 'jmespath';
import { isImprintError } from '../../../src/errors.js';
import { countBySeverity, emptyCounts, type Severity } from '../../../src/scan/model.js';
import { findingsFromTrivyReport } from '../../../src/scan/trivy-report.js';
import { readGolden, trivyGoldensDir } from './fixtures.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface Expected {
  id: string;
  packageName: string;
  installedVersion: string;
  severity: string;
  target: string;
  fixedVersion?: string;
  cvss?: number;
  purl?: string;
  status?: string;
  title?: string;
  url?: string;
}

/** All numbers stored under `key` anywhere inside `node`. */
function numbersAt(node: Json, key: string): number[] {
  if (Array.isArray(node)) return node.flatMap((child) => numbersAt(child, key));
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([name, value]) =>
    name === key && typeof value === 'number' ? [value] : numbersAt(value, key),
  );
}

function expectedFinding(vuln: { [key: string]: Json }, target: string): Expected {
  const text = (key: string): string | undefined => {
    const value = vuln[key];
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  const v3 = numbersAt(vuln.CVSS ?? null, 'V3Score');
  const v2 = numbersAt(vuln.CVSS ?? null, 'V2Score');
  const cvss = v3.length > 0 ? Math.max(...v3) : v2.length > 0 ? Math.max(...v2) : undefined;
  const identifier = vuln.PkgIdentifier;
  const purl =
    identifier &&
    typeof identifier === 'object' &&
    !Array.isArray(identifier) &&
    typeof identifier.PURL === 'string'
      ? identifier.PURL
      : undefined;
  const optional: { [K in keyof Expected]?: Expected[K] | undefined } = {
    fixedVersion: text('FixedVersion'),
    cvss,
    purl,
    status: text('Status'),
    title: text('Title'),
    url: text('PrimaryURL'),
  };
  return {
    id: vuln.VulnerabilityID as string,
    packageName: vuln.PkgName as string,
    installedVersion: text('InstalledVersion') ?? '',
    severity: vuln.Severity as string,
    target,
    ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)),
  };
}

/** Walks the whole document; a Target applies to everything below the object that names it. */
function walk(node: Json, target: string, parentKey: string, out: Expected[]): void {
  if (Array.isArray(node)) {
    for (const child of node) {
      if (
        parentKey === 'Vulnerabilities' &&
        child &&
        typeof child === 'object' &&
        !Array.isArray(child)
      ) {
        out.push(expectedFinding(child, target));
      } else {
        walk(child, target, parentKey, out);
      }
    }
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const here = typeof node.Target === 'string' ? node.Target : target;
  for (const [key, value] of Object.entries(node)) walk(value, here, key, out);
}

function countsByJmesPath(document: unknown): Record<Severity, number> {
  const counts = emptyCounts();
  const severities = jmespath.search(document, 'Results[].Vulnerabilities[].Severity') as
    Severity[] | null;
  for (const severity of severities ?? []) counts[severity] += 1;
  return counts;
}

const goldens = readdirSync(trivyGoldensDir())
  .filter((name) => name.endsWith('.json.golden'))
  .sort();
const isTrivyReport = (document: unknown): boolean =>
  typeof document === 'object' &&
  document !== null &&
  (document as { SchemaVersion?: unknown }).SchemaVersion === 2;
const reports = goldens.filter((name) => isTrivyReport(readGolden(name)));
const others = goldens.filter((name) => !isTrivyReport(readGolden(name)));

describe('Trivy JSON goldens', () => {
  it('are all there: reports and the CycloneDX/SPDX documents beside them', () => {
    expect(reports.length).toBeGreaterThanOrEqual(50);
    expect(others.length).toBeGreaterThanOrEqual(1);
    const total = reports.reduce((sum, name) => {
      const out: Expected[] = [];
      walk(readGolden(name) as Json, '', '', out);
      return sum + out.length;
    }, 0);
    expect(total).toBeGreaterThan(80);
  });

  it.each(reports)('%s: the findings are the report’s vulnerabilities, in order', (name) => {
    const document = readGolden(name);
    const expected: Expected[] = [];
    walk(document as Json, '', '', expected);
    expect(findingsFromTrivyReport(document)).toEqual(expected);
  });

  it.each(reports)('%s: the counts by severity are the report’s', (name) => {
    const document = readGolden(name);
    expect(countBySeverity(findingsFromTrivyReport(document))).toEqual(countsByJmesPath(document));
  });

  it.each(others)('%s: is refused as not a Trivy JSON report, naming what it is', (name) => {
    const document = readGolden(name) as Record<string, unknown>;
    const format =
      'bomFormat' in document ? 'CycloneDX' : 'spdxVersion' in document ? 'SPDX' : 'unknown';
    expect(format).not.toBe('unknown');
    let thrown: unknown;
    try {
      findingsFromTrivyReport(document);
    } catch (error) {
      thrown = error;
    }
    expect(isImprintError(thrown, 'SCAN_FAILED')).toBe(true);
    expect((thrown as Error).message).toMatch(new RegExp(`is an? ${format} document`));
    expect((thrown as Error).message).toContain('not a Trivy JSON report');
  });
});
