import {
  type PublishSummaryModel,
  renderPublishSummary,
  type SigningSummaryModel,
} from '../../../src/report/publish-summary.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;
const PLATFORM = `sha256:${'b'.repeat(64)}`;
const MANIFEST = `sha256:${'c'.repeat(64)}`;

const base: PublishSummaryModel = {
  repository: 'ghcr.io/acme/app',
  digest: DIGEST,
  imageRef: `ghcr.io/acme/app@${DIGEST}`,
  tags: ['ghcr.io/acme/app:1.0.0'],
  platformDigests: {},
  builder: 'buildx',
  pushed: true,
};

const keyless: SigningSummaryModel = {
  signer: {
    mode: 'keyless',
    identity: 'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.0.0',
    issuer: 'https://token.actions.githubusercontent.com',
  },
  sigstore: 'public-good',
  rekorLogIndexes: [123, 456],
  attestations: [
    {
      kind: 'provenance',
      predicateType: 'https://slsa.dev/provenance/v1',
      subject: 'image',
      subjectDigest: DIGEST,
      storedAs: 'referrer',
      manifestDigest: MANIFEST,
      status: 'stored',
    },
    {
      kind: 'signature',
      predicateType: 'https://sigstore.dev/cosign/sign/v1',
      subject: 'linux/arm64',
      subjectDigest: PLATFORM,
      storedAs: '.sig tag',
      manifestDigest: MANIFEST,
      status: 'already present',
    },
  ],
  readBack: { verified: 2 },
  bundlePath: '/runner/temp/imprint-bundles-x',
};

describe('publish summary: signatures and attestations', () => {
  it('is absent when nothing was signed', () => {
    expect(renderPublishSummary(base)).not.toContain('Signatures and attestations');
  });

  it('names the signer, links Rekor entries of the public-good log, lists each attestation', () => {
    const text = renderPublishSummary({ ...base, signing: keyless });
    expect(text).toContain(
      [
        '### Signatures and attestations',
        '',
        '| | |',
        '|---|---|',
        '| Signed by | `https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.0.0` |',
        '| Issuer | `https://token.actions.githubusercontent.com` |',
        '| Sigstore | public-good |',
        '| Rekor log indexes | [123](https://search.sigstore.dev/?logIndex=123), [456](https://search.sigstore.dev/?logIndex=456) |',
        '| Read back | ✅ 2 of 2 verified as the registry serves them |',
        '| Bundles | `/runner/temp/imprint-bundles-x` |',
        '',
        '| Kind | Predicate type | Subject | Stored as | Manifest | |',
        '|---|---|---|---|---|---|',
        `| provenance | \`https://slsa.dev/provenance/v1\` | image \`sha256:aaaaaaaaaaaa…\` | referrer | \`${MANIFEST}\` | stored |`,
        `| signature | \`https://sigstore.dev/cosign/sign/v1\` | linux/arm64 \`sha256:bbbbbbbbbbbb…\` | .sig tag | \`${MANIFEST}\` | already present |`,
      ].join('\n'),
    );
  });

  it('a key signer, another instance: plain log indexes, a skipped read-back with its reason', () => {
    const text = renderPublishSummary({
      ...base,
      signing: {
        ...keyless,
        signer: { mode: 'key', keyHint: 'abc=' },
        sigstore: 'github',
        rekorLogIndexes: [],
        readBack: { skipped: 'needs a | trusted root' },
      },
    });
    expect(text).toContain('| Signed with key | hint `abc=` |');
    expect(text).toContain(
      '| Rekor log indexes | — (no transparency log entry made by this run) |',
    );
    expect(text).toContain('| Read back | ⚠️ skipped: needs a \\| trusted root |');
    expect(text).not.toContain('search.sigstore.dev');
  });

  it('says in words when the signatures are in no transparency log, and when nothing dates them', () => {
    const keySigned = { ...keyless, signer: { mode: 'key' as const, keyHint: 'abc=' } };
    const unlogged = renderPublishSummary({
      ...base,
      signing: { ...keySigned, rekorLogIndexes: [], witnesses: { log: false, timestamp: false } },
    });
    expect(unlogged).toContain(
      [
        '| Bundles | `/runner/temp/imprint-bundles-x` |',
        '',
        '⚠️ **Not in a transparency log.** These signatures were made without a Rekor entry, so no public log records them and nobody can audit when or how often this signer signed. Verifiers must be told to accept that: `imprint verify --insecure-ignore-tlog` (policy `trust.requireTlog: false`), `cosign verify --insecure-ignore-tlog=true`.',
        '',
        'No timestamp authority either: nothing proves when they were signed. A policy `maxAge` is judged from the time each statement records itself (the scan’s or the build’s finish), which only the key holder could have written.',
      ].join('\n'),
    );
    const timestamped = renderPublishSummary({
      ...base,
      signing: { ...keyless, rekorLogIndexes: [], witnesses: { log: false, timestamp: true } },
    });
    expect(timestamped).toContain('**Not in a transparency log.**');
    expect(timestamped).not.toContain('No timestamp authority either');
    const logged = renderPublishSummary({
      ...base,
      signing: { ...keySigned, witnesses: { log: true, timestamp: false } },
    });
    expect(logged).not.toContain('Not in a transparency log');
  });

  it('links nothing for a custom instance', () => {
    const text = renderPublishSummary({ ...base, signing: { ...keyless, sigstore: 'custom' } });
    expect(text).toContain('| Rekor log indexes | 123, 456 |');
  });

  it('a held-back signature: says the image is not signed, why, and what a re-run does', () => {
    const heldBack = 'the vulnerability gate failed (fail-on-severity: HIGH)';
    const text = renderPublishSummary({ ...base, signing: { ...keyless, heldBack } });
    expect(text).toContain(
      `⛔ **Not signed**: ${heldBack}. The attestations below are stored, but the image signature was not written, so a policy that requires a signer refuses this image. Fix the cause and re-run: the re-run signs.`,
    );
    expect(renderPublishSummary({ ...base, signing: keyless })).not.toContain('Not signed');
  });
});

describe('publish summary: every state', () => {
  const finding = (index: number, fixed?: string) => ({
    id: `CVE-2026-${String(index).padStart(4, '0')}`,
    severity: 'HIGH',
    packageName: `pkg${index}`,
    installedVersion: '1.0.0',
    ...(fixed !== undefined && { fixedVersion: fixed }),
    url: `https://avd.aquasec.com/nvd/cve-2026-${index}`,
  });
  const scan = {
    scanner: 'Trivy 0.58.1',
    db: 'v2-2026112200 (3 h old)',
    counts: { CRITICAL: 0, HIGH: 2, MEDIUM: 1, LOW: 0, UNKNOWN: 0 },
    failOnSeverity: 'NONE',
    passed: true,
    blocking: [],
    ignored: [],
    expiredRules: [],
    reportPath: 'vulnerability-report.json',
    attested: true,
  };
  const sbom = {
    directory: '/runner/temp/imprint-sbom',
    attested: true,
    documents: [
      {
        subject: 'image',
        path: '/runner/temp/imprint-sbom/image.cdx.json',
        components: 240,
        perEcosystem: { deb: 133, npm: 11 },
        topLicences: [['GPL-2.0-only', 40]] as [string, number][],
        withoutLicence: 7,
        warnings: 0,
      },
    ],
  };

  it('all passing: signer, SBOM statistics and a passed gate', () => {
    const source = {
      workflow: 'acme/app/.github/workflows/release.yml@refs/tags/v1.0.0',
      commit: 'f'.repeat(40),
    };
    const text = renderPublishSummary({ ...base, signing: { ...keyless, source }, sbom, scan });
    expect(text).toContain(
      '| Workflow | `acme/app/.github/workflows/release.yml@refs/tags/v1.0.0` |',
    );
    expect(text).toContain(`| Commit | \`${'f'.repeat(40)}\` |`);
    expect(text).toContain('## imprint: published ghcr.io/acme/app');
    expect(text).toContain('| image | 240 | deb 133, npm 11 | GPL-2.0-only 40 | 7 | 0 |');
    expect(text).toContain('| Found | CRITICAL 0, HIGH 2, MEDIUM 1, LOW 0, UNKNOWN 0 |');
    expect(text).toContain('| Gate (fail-on-severity: NONE) | ✅ passed |');
    expect(text).not.toContain('Blocking findings');
  });

  it('gate failed: blocking findings with installed → fixed versions and links, the rest counted', () => {
    const blocking = Array.from({ length: 60 }, (_, index) =>
      finding(index, index % 2 ? '1.0.1' : undefined),
    );
    const text = renderPublishSummary({
      ...base,
      signing: keyless,
      scan: { ...scan, failOnSeverity: 'HIGH', passed: false, blocking },
    });
    expect(text).toContain('| Gate (fail-on-severity: HIGH) | ❌ failed: 60 blocking |');
    expect(text).toContain(
      '| HIGH | [CVE-2026-0001](https://avd.aquasec.com/nvd/cve-2026-1) | pkg1 | 1.0.0 → 1.0.1 |',
    );
    expect(text).toContain(
      '| HIGH | [CVE-2026-0000](https://avd.aquasec.com/nvd/cve-2026-0) | pkg0 | 1.0.0 → no fix yet |',
    );
    expect(text).toMatch(/\| \| … \d+ more in the report \| \| \|/);
  });

  it('ignored and expired: each ignored finding with its expiry, each expired entry said', () => {
    const text = renderPublishSummary({
      ...base,
      scan: {
        ...scan,
        ignored: [{ ...finding(7), expires: '2026-12-31', reason: 'no fix upstream' }],
        expiredRules: [{ id: 'CVE-2024-1234', expires: '2026-10-01', reason: 'migration OPS-12' }],
      },
    });
    expect(text).toContain(
      '| [CVE-2026-0007](https://avd.aquasec.com/nvd/cve-2026-7) | pkg7 | 2026-12-31 | no fix upstream |',
    );
    expect(text).toContain(
      '⚠️ Ignore entry CVE-2024-1234 expired on 2026-10-01 and no longer applies (migration OPS-12).',
    );
  });

  it('unsigned: no signing section, evidence said to be unattested; not pushed: said so', () => {
    const unsigned = renderPublishSummary({
      ...base,
      sbom: { ...sbom, attested: false },
      scan: { ...scan, attested: false },
    });
    expect(unsigned).not.toContain('### Signatures and attestations');
    expect(unsigned).toContain('| Attested | no (sign: false) |');
    const built = renderPublishSummary({
      ...base,
      digest: undefined,
      imageRef: undefined,
      pushed: false,
    });
    expect(built).toContain('## imprint: built (not pushed) ghcr.io/acme/app');
    expect(built).toContain('Nothing was pushed');
  });

  it('multi-platform: one row per platform digest', () => {
    const text = renderPublishSummary({
      ...base,
      platformDigests: { 'linux/amd64': PLATFORM, 'linux/arm64': MANIFEST },
    });
    expect(text).toContain(`| linux/amd64 | \`${PLATFORM}\` |`);
    expect(text).toContain(`| linux/arm64 | \`${MANIFEST}\` |`);
  });

  it('stays far under GitHub’s 1 MiB step summary limit with 10,000 findings of each kind', () => {
    const many = Array.from({ length: 10000 }, (_, index) => finding(index, '2.0.0'));
    const text = renderPublishSummary({
      ...base,
      signing: keyless,
      sbom,
      scan: {
        ...scan,
        passed: false,
        blocking: many,
        ignored: many.map((f) => ({ ...f, expires: '2027-01-01' })),
      },
    });
    expect(Buffer.byteLength(text)).toBeLessThan(1024 * 1024);
    expect(text).toContain('… 9975 more in the report');
  });
});

describe('publish summary: several repositories', () => {
  const repositories: NonNullable<PublishSummaryModel['repositories']> = [
    {
      repository: 'ghcr.io/acme/app',
      imageRef: `ghcr.io/acme/app@${DIGEST}`,
      tags: ['ghcr.io/acme/app:1.0.0'],
      stored: 4,
      present: 0,
      rekorLogIndexes: [123],
      signed: true,
    },
    {
      repository: 'registry.example/prod/app',
      imageRef: `registry.example/prod/app@${DIGEST}`,
      tags: ['registry.example/prod/app:1.0.0'],
      stored: 1,
      present: 3,
      rekorLogIndexes: [],
      heldBack: 'the image breaks the policy policy.yaml',
      signed: true,
    },
  ];

  it('has one row per repository, with its image, tags and evidence', () => {
    const text = renderPublishSummary({ ...base, repositories });
    expect(text).toContain('### Repositories (2, one digest)');
    expect(text).toContain(
      `| ghcr.io/acme/app | \`ghcr.io/acme/app@${DIGEST}\` | \`ghcr.io/acme/app:1.0.0\` | 4 stored, 0 already present | 123 |`,
    );
    expect(text).toContain(
      `| registry.example/prod/app | \`registry.example/prod/app@${DIGEST}\` | \`registry.example/prod/app:1.0.0\` | 1 stored, 3 already present; ⛔ image signature held back: the image breaks the policy policy.yaml | — |`,
    );
  });

  it('says when a repository was not signed', () => {
    const unsigned = repositories.map((r) => ({ ...r, signed: false }));
    expect(renderPublishSummary({ ...base, repositories: unsigned })).toContain(
      '| — (not signed) | — |',
    );
  });

  it('has no repositories section for one repository', () => {
    expect(renderPublishSummary({ ...base, repositories: repositories.slice(0, 1) })).not.toContain(
      '### Repositories',
    );
  });
});
