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

  it('links nothing for a custom instance', () => {
    const text = renderPublishSummary({ ...base, signing: { ...keyless, sigstore: 'custom' } });
    expect(text).toContain('| Rekor log indexes | 123, 456 |');
  });
});
