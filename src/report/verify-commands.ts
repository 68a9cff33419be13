/**
 * Paste-ready commands that verify one published image, for the publish summary and the README:
 * `imprint verify`, `cosign verify` / `cosign verify-attestation`, and `gh attestation verify`
 * when GitHub Actions signed it. Pure: the published image in, markdown out.
 *
 * Every value comes from the signing run (identity, issuer, digest), so each one is
 * shell-quoted: a certificate identity is not shell syntax.
 */
import type { AttestationFormat } from '../attest/plan.js';
import {
  cosignTypeOf,
  kindOfPredicate,
  PREDICATE_COSIGN_SIGN,
  PREDICATE_SLSA_V1,
} from '../attest/predicate-types.js';
import type { SigstoreInstance } from '../sigstore/sign/index.js';

const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
/** Stands in for the public key, whose path the publish run does not know. */
const PUBLIC_KEY_PLACEHOLDER = 'cosign.pub';
/** Stands in for a private instance's trusted root, which the verifier must be given. */
const TRUSTED_ROOT_PLACEHOLDER = 'trusted_root.json';

export interface PublishedImage {
  /** name@digest: verification is of this exact image, never of a tag. */
  imageRef: string;
  signer: { mode: 'keyless'; identity: string; issuer: string } | { mode: 'key' };
  sigstore: SigstoreInstance;
  /** Predicate types of the attestations attached (repeats are fine). */
  predicateTypes: readonly string[];
  attestationFormat: AttestationFormat;
  /**
   * False when the signatures went to no transparency log (tlog-upload: false, or GitHub's
   * instance, which has none): every command must then be told not to require one.
   */
  transparencyLog?: boolean;
}

/** A flag alone, or a flag and its value. */
export type CommandOption = [flag: string] | [flag: string, value: string];

export interface VerifyCommand {
  tool: 'imprint' | 'cosign' | 'gh';
  /** The command and the image, unquoted: `cosign verify <image-ref>`. */
  words: string[];
  options: CommandOption[];
}

/** Which cosign reads what was stored: v3 reads bundles from OCI referrers, both read the classic tags. */
const COSIGN_FITS: Record<AttestationFormat, string> = {
  bundle:
    'With cosign v3: the signatures are Sigstore bundles stored as OCI referrers, which cosign v3 reads (cosign v2 does not find them).',
  'cosign-classic':
    'With cosign v2 or v3: the signatures are stored as classic `.sig` / `.att` tags, which both read.',
  both: 'With cosign v3 (reads the Sigstore bundles stored as OCI referrers) or cosign v2 (reads the classic `.sig` / `.att` tags): both were stored.',
};

/**
 * cosign v2 refuses `--trusted-root` for keyless classic attestations ("trusted root path
 * currently only supported with --new-bundle-format"): on a private instance the printed
 * commands are for cosign v3, and v2 users are told where its trust goes instead.
 */
const CLASSIC_PRIVATE_KEYLESS =
  "With cosign v3: the signatures are stored as classic `.sig` / `.att` tags. cosign v2 reads them too, but takes `--trusted-root` only for Sigstore bundles: give it the instance's Fulcio roots, Rekor key and CT log key in `SIGSTORE_ROOT_FILE`, `SIGSTORE_REKOR_PUBLIC_KEY` and `SIGSTORE_CT_LOG_PUBLIC_KEY_FILE` instead of `--trusted-root`.";

function cosignFits(image: PublishedImage): string {
  const classicPrivateKeyless =
    image.attestationFormat === 'cosign-classic' &&
    image.sigstore !== 'public-good' &&
    image.signer.mode === 'keyless';
  return classicPrivateKeyless ? CLASSIC_PRIVATE_KEYLESS : COSIGN_FITS[image.attestationFormat];
}

function verifyCommands(image: PublishedImage): VerifyCommand[] {
  const attested = attestedTypes(image.predicateTypes);
  const commands: VerifyCommand[] = [
    imprintVerify(image, attested),
    { tool: 'cosign', words: ['cosign', 'verify', image.imageRef], options: cosignTrust(image) },
    ...attested.map((predicateType): VerifyCommand => ({
      tool: 'cosign',
      words: ['cosign', 'verify-attestation', image.imageRef],
      options: [['--type', cosignTypeOf(predicateType)], ...cosignTrust(image)],
    })),
  ];
  const gh = ghAttestationVerify(image, attested);
  return gh ? [...commands, gh] : commands;
}

/** The commands as a markdown section: a heading, a line on each tool, fenced `sh` blocks. */
/** `heading`: a publish to several repositories names each one's section. */
export function renderVerifyCommands(image: PublishedImage, heading = 'Verify this image'): string {
  const commands = verifyCommands(image);
  const of = (tool: VerifyCommand['tool']) => commands.filter((c) => c.tool === tool);
  const lines = [`### ${heading}`, ''];
  lines.push('With imprint:', '', ...fenced(of('imprint')), '');
  lines.push(cosignFits(image), '', ...fenced(of('cosign')), '');
  const gh = of('gh');
  if (gh.length > 0) lines.push('With the GitHub CLI:', '', ...fenced(gh), '');
  const notes = placeholderNotes(image);
  if (notes.length > 0) lines.push(...notes, '');
  return lines.join('\n');
}

/**
 * One argument for a POSIX shell. Command words and flags stay bare for readability; anything
 * else is single-quoted, an embedded quote closing, escaping and reopening the quotes.
 */
export function shellQuote(word: string): string {
  if (/^(--)?[a-z0-9][a-z0-9-]*$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** A command on several lines: its words and the image, then one flag (with its value) per line. */
function shellCommand(command: VerifyCommand): string {
  const lines = [command.words, ...command.options].map((line) => line.map(shellQuote).join(' '));
  return lines.join(' \\\n  ');
}

function imprintVerify(image: PublishedImage, attested: readonly string[]): VerifyCommand {
  const options = signerOptions(image);
  if (image.sigstore !== 'public-good') options.push(['--trusted-root', TRUSTED_ROOT_PLACEHOLDER]);
  if (!inTransparencyLog(image)) options.push(['--insecure-ignore-tlog']);
  const kinds = [...new Set(attested.flatMap((type) => kindOfPredicate(type) ?? []))].sort();
  if (kinds.length > 0) options.push(['--require-attestations', kinds.join(',')]);
  return { tool: 'imprint', words: ['imprint', 'verify', image.imageRef], options };
}

function cosignTrust(image: PublishedImage): CommandOption[] {
  const options = signerOptions(image);
  if (image.sigstore !== 'public-good') options.push(['--trusted-root', TRUSTED_ROOT_PLACEHOLDER]);
  if (!inTransparencyLog(image)) options.push(['--insecure-ignore-tlog=true']);
  return options;
}

/** GitHub's instance has no transparency log (its bundles carry signed timestamps instead). */
function inTransparencyLog(image: PublishedImage): boolean {
  return image.transparencyLog !== false && image.sigstore !== 'github';
}

function signerOptions(image: PublishedImage): CommandOption[] {
  if (image.signer.mode === 'key') return [['--key', PUBLIC_KEY_PLACEHOLDER]];
  return [
    ['--certificate-identity', image.signer.identity],
    ['--certificate-oidc-issuer', image.signer.issuer],
  ];
}

/**
 * `gh attestation verify` only knows GitHub Actions identities and reads only bundles from OCI
 * referrers, and by default looks for SLSA provenance: without all three it would fail.
 */
function ghAttestationVerify(
  image: PublishedImage,
  attested: readonly string[],
): VerifyCommand | null {
  const { signer } = image;
  if (signer.mode !== 'keyless' || signer.issuer !== GITHUB_ACTIONS_ISSUER) return null;
  if (image.attestationFormat === 'cosign-classic') return null;
  if (!attested.includes(PREDICATE_SLSA_V1)) return null;
  const owner = /^https:\/\/[^/]+\/([^/]+)\//.exec(signer.identity)?.[1];
  if (owner === undefined) return null;
  return {
    tool: 'gh',
    words: ['gh', 'attestation', 'verify', `oci://${image.imageRef}`],
    options: [
      ['--bundle-from-oci'],
      ['--owner', owner],
      ['--predicate-type', PREDICATE_SLSA_V1],
      ['--cert-identity', signer.identity],
      ['--cert-oidc-issuer', signer.issuer],
    ],
  };
}

function attestedTypes(predicateTypes: readonly string[]): string[] {
  // In the order of imprint's kinds (provenance, sbom, vuln), then any other type.
  const key = (type: string) => `${kindOfPredicate(type) ?? '~'} ${type}`;
  return (
    [...new Set(predicateTypes)]
      // The image's own signature: `cosign verify` checks it, not `verify-attestation`.
      .filter((type) => type !== PREDICATE_COSIGN_SIGN)
      .sort((a, b) => key(a).localeCompare(key(b)))
  );
}

function placeholderNotes(image: PublishedImage): string[] {
  const notes: string[] = [];
  if (image.signer.mode === 'key')
    notes.push(
      `\`${PUBLIC_KEY_PLACEHOLDER}\` stands for the public key that matches the signing key.`,
    );
  if (image.sigstore !== 'public-good')
    notes.push(
      `\`${TRUSTED_ROOT_PLACEHOLDER}\` stands for the trusted root of the ${image.sigstore} Sigstore instance the image was signed with.`,
    );
  return notes.length > 1 ? notes.map((note) => `- ${note}`) : notes;
}

/** A fence longer than any run of backticks inside, so no value can close it early. */
function fenced(commands: readonly VerifyCommand[]): string[] {
  const body = commands.map(shellCommand);
  const longestRun = Math.max(
    0,
    ...body.flatMap((text) => (text.match(/`+/g) ?? []).map((run) => run.length)),
  );
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return [`${fence}sh`, ...body, fence];
}
