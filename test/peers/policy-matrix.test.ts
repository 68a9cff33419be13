/**
 * The verdict matrix (issue 16): images published by imprint through the loopback stack
 * (rows), one rule of the policy file each (columns), judged by `imprint verify` and by every
 * engine whose export claims the rule: OPA on the exported Rego, policy-controller's tester
 * on the exported ClusterImagePolicy, the Kyverno CLI on the exported ClusterPolicy and
 * ImageValidatingPolicy. Every engine must agree with imprint on every cell, and
 * imprint must give the verdicts the rows were built for. The table is written to
 * docs/policy-matrix.md (IMPRINT_UPDATE_DOCS=1 rewrites it; otherwise it must match).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { ExportTarget } from '../../src/policy/export/index.js';
import { type Column, COLUMNS, type Engine } from './policy-matrix/columns.js';
import {
  exportFor,
  imprintVerdict,
  initializeKyvernoTuf,
  type KyvernoSetup,
  kyvernoVerdict,
  type PolicyFiles,
  opaVerdict,
  policyTesterVerdict,
  type Verdict,
  writePolicy,
} from './policy-matrix/engines.js';
import { type MatrixImage, publishMatrixImages } from './policy-matrix/images.js';
import { type Cell, renderMatrix } from './policy-matrix/render.js';
import { startTufRepository, type TufRepository } from './tuf.js';
import { startWorld, type World } from './world.js';

/** Between the stale row and the others: the maxAge column falls inside this gap. */
const STALE_GAP_MS = 30_000;

/** What imprint must say: every row fails exactly the columns it was built to fail. */
const EXPECTED: Record<string, Record<string, Verdict>> = {
  'stale-report': { maxAge: 'fail' },
  good: {},
  'wrong-signer': {
    'keyless signer': 'fail',
    'key signer': 'fail',
    'SBOM deny': 'fail',
    vulnerabilities: 'fail',
    maxAge: 'fail',
    provenance: 'fail',
  },
  'key-signed': { 'keyless signer': 'fail' },
  'no-sbom': { 'SBOM deny': 'fail' },
  'denied-package': { 'SBOM deny': 'fail' },
  'critical-vulns': { vulnerabilities: 'fail' },
  'multi-platform': {},
};

const expected = (row: string, column: string): Verdict => {
  if (column === 'key signer' && row !== 'key-signed') return 'fail';
  return EXPECTED[row]?.[column] ?? 'pass';
};

let world: World;
let images: MatrixImage[];
let publicKeyPem: string;
let tuf: TufRepository;
let kyverno: KyvernoSetup;
const cells: Cell[] = [];

beforeAll(async () => {
  world = await startWorld();
  const published = await publishMatrixImages(world, STALE_GAP_MS);
  images = published.images;
  publicKeyPem = readFileSync(published.keys.publicKeyPath, 'utf8');
  const trustedRoot = readFileSync(world.stack.trustedRootPath, 'utf8');
  tuf = await startTufRepository(trustedRoot);
  const good = images.find((image) => image.name === 'good')!;
  kyverno = await initializeKyvernoTuf(
    world,
    writePolicy(world, publicKeyPem, trustedRoot, COLUMNS[0]!.yaml('1h')),
    good.ref,
    tuf,
  );
});
afterAll(async () => {
  await tuf?.stop();
  await world?.stop();
});

/** A maxAge between the stale row's age and the youngest other row's age, right now. */
function maxAgeNow(): string {
  const now = Date.now();
  const stale = images.find((i) => i.name === 'stale-report')!;
  const next = images.find((i) => i.name !== 'stale-report')!;
  const staleAge = now - stale.publishedAt.getTime();
  const nextAge = now - next.publishedAt.getTime();
  return `${Math.round((staleAge + nextAge) / 2 / 1000)}s`;
}

function judge(engine: Engine, files: PolicyFiles, ref: string) {
  switch (engine) {
    case 'imprint':
      return imprintVerdict(world, files, ref);
    case 'opa':
      return opaVerdict(world, files, ref);
    case 'policy-tester':
      return policyTesterVerdict(world, files, ref);
    default:
      return kyvernoVerdict(world, files, ref, engine, kyverno);
  }
}

const TARGET: Record<Engine, ExportTarget | undefined> = {
  imprint: undefined,
  opa: 'policy-controller',
  'policy-tester': 'policy-controller',
  'kyverno-ivp': 'kyverno-ivp',
  kyverno: 'kyverno',
};

/**
 * An engine may differ from imprint only by denying, and only where its export warned: about
 * the trust and the signers every rule rests on (not for OPA, which reads predicates only),
 * or about the rule's attestation type. The cell lists those warnings. A false pass, or an
 * unannounced difference, fails the test.
 */
function exportWarnings(engine: Engine, column: Column, files: PolicyFiles): string[] {
  const target = TARGET[engine];
  if (target === undefined) return [];
  const verifiesSignatures = engine !== 'opa';
  return exportFor(files, target).warnings.filter(
    (warning) =>
      (verifiesSignatures && (warning.startsWith('trust.') || warning.startsWith('signers['))) ||
      (column.type !== undefined && warning.includes(column.type)),
  );
}

describe.each(COLUMNS)('$name', (column) => {
  it('every engine agrees with imprint verify on every image, or is flagged at export', async () => {
    const trustedRoot = readFileSync(world.stack.trustedRootPath, 'utf8');
    const disagreements: string[] = [];
    for (const image of images) {
      const files = writePolicy(world, publicKeyPem, trustedRoot, column.yaml(maxAgeNow()));
      const verdicts: Cell['verdicts'] = {};
      for (const engine of column.engines) verdicts[engine] = await judge(engine, files, image.ref);
      const imprint = verdicts.imprint!;
      if (imprint.verdict !== expected(image.name, column.name))
        disagreements.push(
          `${image.name}: imprint ${imprint.verdict} (${imprint.why}), expected ${expected(image.name, column.name)}`,
        );
      for (const engine of column.engines) {
        const other = verdicts[engine]!;
        if (other.verdict === imprint.verdict) continue;
        const warnings = other.verdict === 'fail' ? exportWarnings(engine, column, files) : [];
        if (warnings.length > 0) other.flags = warnings;
        else
          disagreements.push(
            `${image.name}: ${engine} ${other.verdict} (${other.why}), imprint ${imprint.verdict} (${imprint.why})`,
          );
      }
      cells.push({ row: image.name, column: column.name, verdicts });
    }
    expect(disagreements).toEqual([]);
  });
});

describe('the matrix document', () => {
  it('docs/policy-matrix.md shows these verdicts', () => {
    expect(cells.length).toBe(COLUMNS.length * images.length);
    const doc = renderMatrix(images, COLUMNS, cells);
    const path = new URL('../../docs/policy-matrix.md', import.meta.url);
    if (process.env.IMPRINT_UPDATE_DOCS === '1') writeFileSync(path, doc);
    expect(readFileSync(path, 'utf8')).toBe(doc);
  });
});
