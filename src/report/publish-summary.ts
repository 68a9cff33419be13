/** The publish job summary, rendered from the result alone (pure). */
import { PUBLIC_GOOD_URLS } from '../sigstore/instances.js';

export interface PublishSummaryModel {
  repository: string;
  digest?: string | undefined;
  imageRef?: string | undefined;
  tags: string[];
  platformDigests: Record<string, string>;
  builder: string;
  pushed: boolean;
  /** Present when the image was signed. */
  signing?: SigningSummaryModel;
  /** Present when SBOMs were generated. */
  sbom?: SbomSummaryModel;
  /** The scan's result, or why it did not run; absent when nothing was pushed. */
  scan?: ScanSummaryModel | { skipped: string };
  /** With several repositories in `image`: each, the first included, one row each. */
  repositories?: RepositorySummary[];
}

/** One repository the image was published to, and its evidence there. */
export interface RepositorySummary {
  repository: string;
  imageRef: string;
  tags: string[];
  /** Signatures and attestations in this repository: stored now, or already present. */
  stored: number;
  present: number;
  /** Rekor log indexes of the signatures made for this repository. */
  rekorLogIndexes: number[];
  /** Why the image signature was not written here; absent when it was (or sign: false). */
  heldBack?: string;
  signed: boolean;
}

export interface SbomSummaryModel {
  directory: string;
  /** The formats written, e.g. `CycloneDX 1.6`, `SPDX 2.3` (default: CycloneDX 1.6). */
  formats?: string[];
  /** False when sign: false left the SBOMs unattested. */
  attested: boolean;
  documents: {
    /** `image` or a platform. */
    subject: string;
    path: string;
    components: number;
    perEcosystem: Record<string, number>;
    /** The most common licences, most frequent first. */
    topLicences: [string, number][];
    withoutLicence: number;
    warnings: number;
  }[];
}

export interface FindingSummary {
  id: string;
  severity: string;
  packageName: string;
  installedVersion: string;
  fixedVersion?: string;
  url?: string;
}

export interface ScanSummaryModel {
  scanner: string;
  db: string;
  counts: Record<string, number>;
  failOnSeverity: string;
  passed: boolean;
  blocking: FindingSummary[];
  ignored: (FindingSummary & { reason?: string; expires?: string })[];
  expiredRules: { id: string; expires?: string; reason?: string }[];
  reportPath: string;
  attested: boolean;
}

export interface SigningSummaryModel {
  signer: { mode: 'keyless'; identity: string; issuer: string } | { mode: 'key'; keyHint: string };
  /** What the CI run signed from, from the OIDC token: workflow (or CI config) and commit. */
  source?: { workflow?: string; commit?: string };
  /** public-good, github or custom: Rekor entries link to search.sigstore.dev for public-good only. */
  sigstore: string;
  /** Why that instance, in words (sigstore: auto and the repository's visibility, or the input). */
  sigstoreReason?: string;
  rekorLogIndexes: number[];
  /**
   * Which witnesses the signing went through: false for `log` when nothing went to a
   * transparency log (tlog-upload: false, or an instance without Rekor).
   */
  witnesses?: { log: boolean; timestamp: boolean };
  attestations: AttestationSummary[];
  /** `verified` with a count, or why it was skipped. */
  readBack: { verified: number } | { skipped: string };
  bundlePath: string;
  /** GitHub's Attestations API, in words: uploaded (ids), skipped or failed, and why. */
  githubAttestations?: string;
  /** Why the image signature was not written (a failed gate); absent when it was. */
  heldBack?: string;
}

export interface AttestationSummary {
  kind: string;
  predicateType: string;
  /** `image` or a platform, with its digest. */
  subject: string;
  subjectDigest: string;
  storedAs: 'referrer' | '.sig tag' | '.att tag';
  manifestDigest: string;
  status: 'stored' | 'already present';
}

const REKOR_SEARCH = `${PUBLIC_GOOD_URLS.rekorSearch}/?logIndex=`;

export function renderPublishSummary(model: PublishSummaryModel): string {
  const lines = [
    `## imprint: ${model.pushed ? 'published' : 'built (not pushed)'} ${model.repository}`,
    '',
  ];
  lines.push('| | |', '|---|---|');
  if (model.imageRef) lines.push(`| Image | \`${model.imageRef}\` |`);
  if (model.digest) lines.push(`| Digest | \`${model.digest}\` |`);
  lines.push(`| Tags | ${model.tags.map((tag) => `\`${tag}\``).join(', ') || '—'} |`);
  lines.push(`| Builder | ${model.builder} |`);
  const platforms = Object.entries(model.platformDigests);
  if (platforms.length > 0) {
    lines.push('', '### Platforms', '', '| Platform | Digest |', '|---|---|');
    for (const [platform, digest] of platforms) lines.push(`| ${platform} | \`${digest}\` |`);
  }
  if (model.repositories && model.repositories.length > 1)
    lines.push('', ...renderRepositories(model.repositories));
  if (!model.pushed)
    lines.push('', 'Nothing was pushed (`push: false`), so there is no digest to pin or sign.');
  if (model.signing) lines.push('', ...renderSigning(model.signing));
  if (model.sbom) lines.push('', ...renderSbom(model.sbom));
  if (model.scan) lines.push('', ...renderScan(model.scan));
  return lines.join('\n') + '\n';
}

/** The same digest in each repository, each with its own signatures (they name the repository). */
function renderRepositories(repositories: readonly RepositorySummary[]): string[] {
  const lines = [
    `### Repositories (${repositories.length}, one digest)`,
    '',
    '| Repository | Image | Tags | Signatures and attestations | Rekor log indexes |',
    '|---|---|---|---|---|',
  ];
  for (const r of repositories) {
    const evidence = !r.signed
      ? '— (not signed)'
      : `${r.stored} stored, ${r.present} already present${r.heldBack !== undefined ? `; ⛔ image signature held back: ${cell(r.heldBack)}` : ''}`;
    lines.push(
      `| ${cell(r.repository)} | \`${r.imageRef}\` | ${r.tags.map((tag) => `\`${cell(tag)}\``).join(', ') || '—'} | ${evidence} | ${r.rekorLogIndexes.join(', ') || '—'} |`,
    );
  }
  lines.push(
    '',
    'The details below are those of the first repository; each has its own verify command at the end.',
  );
  return lines;
}

function renderSigning(signing: SigningSummaryModel): string[] {
  const lines = ['### Signatures and attestations', ''];
  if (signing.heldBack !== undefined) {
    lines.push(
      `⛔ **Not signed**: ${cell(signing.heldBack)}. The attestations below are stored, but the image signature was not written, so a policy that requires a signer refuses this image. Fix the cause and re-run: the re-run signs.`,
      '',
    );
  }
  lines.push('| | |', '|---|---|');
  if (signing.signer.mode === 'keyless') {
    lines.push(
      `| Signed by | \`${cell(signing.signer.identity)}\` |`,
      `| Issuer | \`${cell(signing.signer.issuer)}\` |`,
    );
  } else {
    lines.push(`| Signed with key | hint \`${cell(signing.signer.keyHint)}\` |`);
  }
  if (signing.source?.workflow) lines.push(`| Workflow | \`${cell(signing.source.workflow)}\` |`);
  if (signing.source?.commit) lines.push(`| Commit | \`${cell(signing.source.commit)}\` |`);
  const reason = signing.sigstoreReason ? `: ${cell(signing.sigstoreReason)}` : '';
  lines.push(`| Sigstore | ${signing.sigstore}${reason} |`);
  lines.push(
    `| Rekor log indexes | ${rekorIndexes(signing) || '— (no transparency log entry made by this run)'} |`,
  );
  lines.push(
    `| Read back | ${'verified' in signing.readBack ? `✅ ${signing.readBack.verified} of ${signing.attestations.length} verified as the registry serves them` : `⚠️ skipped: ${cell(signing.readBack.skipped)}`} |`,
  );
  lines.push(`| Bundles | \`${cell(signing.bundlePath)}\` |`);
  if (signing.githubAttestations)
    lines.push(`| GitHub attestations | ${cell(signing.githubAttestations)} |`);
  if (signing.witnesses && !signing.witnesses.log) lines.push('', ...noLogNotice(signing));
  lines.push(
    '',
    '| Kind | Predicate type | Subject | Stored as | Manifest | |',
    '|---|---|---|---|---|---|',
  );
  for (const a of signing.attestations) {
    lines.push(
      `| ${a.kind} | \`${cell(a.predicateType)}\` | ${cell(a.subject)} \`${a.subjectDigest.slice(0, 19)}…\` | ${a.storedAs} | \`${a.manifestDigest}\` | ${a.status} |`,
    );
  }
  return lines;
}

/** Said in words: a signature nobody can look up in a public log is a choice the reader must know of. */
function noLogNotice(signing: SigningSummaryModel): string[] {
  const lines = [
    '⚠️ **Not in a transparency log.** These signatures were made without a Rekor entry, so no public log records them and nobody can audit when or how often this signer signed. Verifiers must be told to accept that: `imprint verify --insecure-ignore-tlog` (policy `trust.requireTlog: false`), `cosign verify --insecure-ignore-tlog=true`.',
  ];
  if (signing.signer.mode === 'key' && !signing.witnesses?.timestamp) {
    lines.push(
      '',
      'No timestamp authority either: nothing proves when they were signed. A policy `maxAge` is judged from the time each statement records itself (the scan’s or the build’s finish), which only the key holder could have written.',
    );
  }
  return lines;
}

const SEVERITY_ORDER = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'];
/** Findings listed in the summary; the report file has them all. */
const LISTED_FINDINGS = 25;

function renderSbom(sbom: SbomSummaryModel): string[] {
  const lines = [
    `### SBOM (${(sbom.formats ?? ['CycloneDX 1.6']).join(', ')})`,
    '',
    sbom.attested
      ? `Attested to each manifest it describes; files in \`${cell(sbom.directory)}\`.`
      : `Not attested (sign: false); files in \`${cell(sbom.directory)}\`.`,
    '',
    '| Subject | Components | By ecosystem | Top licences | Without licence | Warnings |',
    '|---|---|---|---|---|---|',
  ];
  for (const d of sbom.documents) {
    const ecosystems = Object.entries(d.perEcosystem)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, count]) => `${name} ${count}`)
      .join(', ');
    const licences = d.topLicences.map(([name, count]) => `${cell(name)} ${count}`).join(', ');
    lines.push(
      `| ${cell(d.subject)} | ${d.components} | ${ecosystems || '—'} | ${licences || '—'} | ${d.withoutLicence} | ${d.warnings} |`,
    );
  }
  return lines;
}

function renderScan(scan: ScanSummaryModel | { skipped: string }): string[] {
  const lines = ['### Vulnerabilities', ''];
  if ('skipped' in scan) return [...lines, `⚠️ Not scanned: ${cell(scan.skipped)}.`];
  const verdict = scan.passed ? '✅ passed' : `❌ failed: ${scan.blocking.length} blocking`;
  lines.push(
    '| | |',
    '|---|---|',
    `| Scanner | ${cell(scan.scanner)}, DB ${cell(scan.db)} |`,
    `| Found | ${SEVERITY_ORDER.map((s) => `${s} ${scan.counts[s] ?? 0}`).join(', ')} |`,
    `| Gate (fail-on-severity: ${scan.failOnSeverity}) | ${verdict} |`,
    `| Attested | ${scan.attested ? 'yes, to each scanned manifest' : 'no (sign: false)'} |`,
    `| Report | \`${cell(scan.reportPath)}\` |`,
  );
  if (scan.blocking.length > 0) {
    lines.push(
      '',
      '#### Blocking findings',
      '',
      '| Severity | Id | Package | Installed → fixed |',
      '|---|---|---|---|',
    );
    for (const f of scan.blocking.slice(0, LISTED_FINDINGS))
      lines.push(`| ${f.severity} | ${findingLink(f)} | ${cell(f.packageName)} | ${fixOf(f)} |`);
    if (scan.blocking.length > LISTED_FINDINGS)
      lines.push(`| | … ${scan.blocking.length - LISTED_FINDINGS} more in the report | | |`);
  }
  if (scan.ignored.length > 0) {
    lines.push(
      '',
      '#### Ignored findings',
      '',
      '| Id | Package | Expires | Reason |',
      '|---|---|---|---|',
    );
    for (const f of scan.ignored.slice(0, LISTED_FINDINGS))
      lines.push(
        `| ${findingLink(f)} | ${cell(f.packageName)} | ${f.expires ?? 'never'} | ${cell(f.reason ?? '—')} |`,
      );
    if (scan.ignored.length > LISTED_FINDINGS)
      lines.push(`| … ${scan.ignored.length - LISTED_FINDINGS} more in the report | | | |`);
  }
  for (const rule of scan.expiredRules)
    lines.push(
      '',
      `⚠️ Ignore entry ${cell(rule.id)} expired on ${rule.expires ?? '?'} and no longer applies${rule.reason ? ` (${cell(rule.reason)})` : ''}.`,
    );
  return lines;
}

function findingLink(finding: FindingSummary): string {
  return finding.url ? `[${cell(finding.id)}](${finding.url})` : cell(finding.id);
}

function fixOf(finding: FindingSummary): string {
  return `${cell(finding.installedVersion)} → ${finding.fixedVersion ? cell(finding.fixedVersion) : 'no fix yet'}`;
}

function rekorIndexes(signing: SigningSummaryModel): string {
  return signing.rekorLogIndexes
    .map((index) =>
      signing.sigstore === 'public-good' ? `[${index}](${REKOR_SEARCH}${index})` : String(index),
    )
    .join(', ');
}

/** A value inside a table cell: a pipe would end the cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
