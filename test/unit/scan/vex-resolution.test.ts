/**
 * Which findings VEX statements resolve: the product must be this image (its digest, its
 * repository, never a tag or another digest), the subcomponent the finding's package, and the
 * latest statement per vulnerability and product wins.
 */
import type { Finding } from '../../../src/scan/model.js';
import type { VexProduct, VexStatement } from '../../../src/scan/openvex.js';
import {
  type SourcedStatement,
  type VexImage,
  applyVex,
} from '../../../src/scan/vex-resolution.js';

const HEX = 'a'.repeat(64);
const DIGEST = `sha256:${HEX}`;
const OTHER = `sha256:${'b'.repeat(64)}`;
const INDEX = `sha256:${'c'.repeat(64)}`;
const IMAGE: VexImage = { name: '127.0.0.1:5000/acme/app', digests: [DIGEST] };

const finding = (id: string, extra: Partial<Finding> = {}): Finding => ({
  id,
  severity: 'CRITICAL',
  packageName: 'minimist',
  installedVersion: '1.2.5',
  purl: 'pkg:npm/minimist@1.2.5',
  ...extra,
});

const product = (id: string, extra: Partial<VexProduct> = {}): VexProduct => ({
  id,
  identifiers: {},
  hashes: {},
  subcomponents: [],
  ...extra,
});

const OCI = `pkg:oci/app@sha256%3A${HEX}?repository_url=127.0.0.1:5000/acme/app`;

function sourced(
  statement: Partial<VexStatement> & Pick<VexStatement, 'status'>,
  documentId = 'https://example.com/vex/1',
): SourcedStatement {
  return {
    statement: {
      vulnerability: { name: 'CVE-2021-44906', aliases: [] },
      products: [product(OCI)],
      timestamp: '2026-01-01T00:00:00Z',
      ...(statement.status === 'not_affected' && {
        justification: 'vulnerable_code_not_in_execute_path',
      }),
      ...statement,
    },
    documentId,
    signer: 'signed by security@example.com',
  };
}

const resolvedIds = (
  statements: SourcedStatement[],
  findings = [finding('CVE-2021-44906')],
  image = IMAGE,
) => applyVex(findings, statements, image).resolved.map((r) => r.finding.id);

describe('applyVex: the product is this image', () => {
  it('resolves a finding by a not_affected or fixed statement naming the digest as a pkg:oci purl', () => {
    const outcome = applyVex(
      [finding('CVE-2021-44906'), finding('CVE-2099-1')],
      [sourced({ status: 'not_affected' })],
      IMAGE,
    );
    expect(outcome.resolved).toEqual([
      { finding: finding('CVE-2021-44906'), by: sourced({ status: 'not_affected' }) },
    ]);
    expect(outcome.open.map((f) => f.id)).toEqual(['CVE-2099-1']);
    expect(resolvedIds([sourced({ status: 'fixed' })])).toEqual(['CVE-2021-44906']);
  });

  it('matches by alias, by the identifiers purl, by the sha-256 hash and by a digest reference', () => {
    const aliased = sourced({
      status: 'fixed',
      vulnerability: { name: 'GHSA-xvch-5gv4-984h', aliases: ['CVE-2021-44906'] },
    });
    expect(resolvedIds([aliased])).toEqual(['CVE-2021-44906']);
    const byPurl = product('https://example.com/products/app', { identifiers: { purl: OCI } });
    expect(resolvedIds([sourced({ status: 'fixed', products: [byPurl] })])).toHaveLength(1);
    const byHash = product('https://example.com/products/app', { hashes: { 'sha-256': HEX } });
    expect(resolvedIds([sourced({ status: 'fixed', products: [byHash] })])).toHaveLength(1);
    expect(
      resolvedIds([
        sourced({ status: 'fixed', products: [product(`127.0.0.1:5000/acme/app@${DIGEST}`)] }),
      ]),
    ).toHaveLength(1);
    expect(resolvedIds([sourced({ status: 'fixed', products: [product(DIGEST)] })])).toHaveLength(
      1,
    );
  });

  it('matches the whole repository when the product names it without a digest or tag', () => {
    const repoPurl = 'pkg:oci/app?repository_url=127.0.0.1:5000/acme/app';
    expect(resolvedIds([sourced({ status: 'fixed', products: [product(repoPurl)] })])).toHaveLength(
      1,
    );
    expect(
      resolvedIds([sourced({ status: 'fixed', products: [product('127.0.0.1:5000/acme/app')] })]),
    ).toHaveLength(1);
  });

  it('clears nothing for another digest, another repository, a tag, or a purl of another type', () => {
    const cases = [
      `pkg:oci/app@sha256%3A${'b'.repeat(64)}?repository_url=127.0.0.1:5000/acme/app`,
      `pkg:oci/app@sha256%3A${HEX}?repository_url=127.0.0.1:5000/acme/other`,
      `pkg:oci/other@sha256%3A${HEX}`,
      'pkg:oci/app',
      `127.0.0.1:5000/acme/app@${OTHER}`,
      '127.0.0.1:5000/acme/app:1.0',
      `127.0.0.1:5000/acme/other@${DIGEST}`,
      OTHER,
      'pkg:npm/app@1.0.0',
      'not a reference at all',
    ];
    for (const id of cases) {
      expect([
        id,
        resolvedIds([sourced({ status: 'not_affected', products: [product(id)] })]),
      ]).toEqual([id, []]);
    }
    const otherHash = product('https://example.com/x', { hashes: { 'sha-256': 'b'.repeat(64) } });
    expect(resolvedIds([sourced({ status: 'fixed', products: [otherHash] })])).toEqual([]);
  });

  it("for a platform of an index, a statement about the index's digest counts", () => {
    const platform: VexImage = { name: IMAGE.name, digests: [DIGEST, INDEX] };
    const aboutIndex = sourced({
      status: 'fixed',
      products: [product(`127.0.0.1:5000/acme/app@${INDEX}`)],
    });
    expect(resolvedIds([aboutIndex], undefined, platform)).toHaveLength(1);
    expect(resolvedIds([aboutIndex])).toEqual([]);
  });
});

describe('applyVex: subcomponents and vulnerabilities', () => {
  const withSub = (purl: string) =>
    sourced({
      status: 'not_affected',
      products: [product(OCI, { subcomponents: [{ id: purl, identifiers: {}, hashes: {} }] })],
    });

  it('resolves only the package a subcomponent names (any version when it gives none)', () => {
    expect(resolvedIds([withSub('pkg:npm/minimist@1.2.5')])).toHaveLength(1);
    expect(resolvedIds([withSub('pkg:npm/minimist')])).toHaveLength(1);
    expect(resolvedIds([withSub('pkg:npm/minimist@1.2.6')])).toEqual([]);
    expect(resolvedIds([withSub('pkg:npm/lodash')])).toEqual([]);
    expect(
      resolvedIds(
        [withSub('pkg:npm/minimist')],
        [finding('CVE-2021-44906', { purl: undefined as never })],
      ),
    ).toEqual([]);
  });

  it('resolves nothing for another vulnerability', () => {
    expect(
      resolvedIds([
        sourced({ status: 'fixed', vulnerability: { name: 'CVE-2021-23337', aliases: [] } }),
      ]),
    ).toEqual([]);
  });
});

describe('applyVex: the latest statement wins', () => {
  const early = sourced({ status: 'not_affected', timestamp: '2026-01-01T00:00:00Z' }, 'doc-early');
  const laterAffected = sourced(
    { status: 'affected', actionStatement: 'upgrade minimist', timestamp: '2026-02-01T00:00:00Z' },
    'doc-later',
  );

  it('a later affected re-opens what an earlier not_affected resolved, and says which statement', () => {
    const outcome = applyVex([finding('CVE-2021-44906')], [early, laterAffected], IMAGE);
    expect(outcome.resolved).toEqual([]);
    expect(outcome.open.map((f) => f.id)).toEqual(['CVE-2021-44906']);
    expect(outcome.reopened.map((r) => r.by.documentId)).toEqual(['doc-later']);
  });

  it('a later not_affected resolves what an earlier affected or under_investigation kept open', () => {
    const investigating = sourced({
      status: 'under_investigation',
      timestamp: '2025-12-01T00:00:00Z',
    });
    expect(resolvedIds([investigating, early])).toHaveLength(1);
    const laterFixed = sourced(
      { status: 'fixed', timestamp: '2026-03-01T00:00:00+01:00' },
      'doc-fixed',
    );
    expect(
      applyVex([finding('CVE-2021-44906')], [laterAffected, laterFixed], IMAGE).resolved[0]?.by
        .documentId,
    ).toBe('doc-fixed');
  });

  it('compares times, not their spelling: an offset that makes a statement earlier counts', () => {
    // 2026-02-01T00:30:00+01:00 is 2026-01-31T23:30Z: before the affected statement.
    const offsetNotAffected = sourced({
      status: 'not_affected',
      timestamp: '2026-02-01T00:30:00+01:00',
    });
    expect(resolvedIds([laterAffected, offsetNotAffected])).toEqual([]);
  });

  it('two statements at the same time that disagree resolve nothing', () => {
    const tie = sourced({ status: 'not_affected', timestamp: laterAffected.statement.timestamp });
    expect(resolvedIds([tie, laterAffected])).toEqual([]);
    expect(resolvedIds([laterAffected, tie])).toEqual([]);
  });

  it('a later statement about another image does not override one about this image', () => {
    const elsewhere = sourced({
      status: 'affected',
      actionStatement: 'upgrade',
      timestamp: '2026-06-01T00:00:00Z',
      products: [product(`127.0.0.1:5000/acme/app@${OTHER}`)],
    });
    expect(resolvedIds([early, elsewhere])).toHaveLength(1);
  });
});
