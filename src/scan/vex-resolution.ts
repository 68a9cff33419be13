/**
 * Which findings VEX statements resolve, pure. A statement applies to a finding when it names
 * the finding's vulnerability (by name or alias), one of its products is this image, and its
 * subcomponents (when it lists any) include the finding's package. Of the statements that
 * apply, the latest by timestamp wins (OpenVEX: each statement overrides the earlier ones),
 * so a later `affected` re-opens a finding an earlier `not_affected` closed. A finding counts
 * as resolved only when that latest statement says `not_affected` or `fixed`; two statements
 * at the same time that disagree resolve nothing.
 */
import { normaliseImage } from '../registry/reference.js';
import { type ParsedPurl, parsePurl } from '../sbom/purl-parse.js';
import type { Finding } from './model.js';
import type { VexComponent, VexProduct, VexStatement } from './openvex.js';

/** The image a finding was found in, as products may name it. */
export interface VexImage {
  /** registry/repository, normalised (docker.io/library/nginx). */
  name: string;
  /** The manifest's digest and, for one platform of an index, the index's. */
  digests: readonly string[];
}

/** A statement with where it came from, for the report. */
export interface SourcedStatement {
  statement: VexStatement;
  documentId: string;
  /** Who signed the document, as reports describe signers. */
  signer: string;
}

export interface VexResolution {
  finding: Finding;
  /** The statement that decided the finding's status. */
  by: SourcedStatement;
}

export interface VexOutcome {
  /** Findings still open. */
  open: Finding[];
  /** Findings a not_affected or fixed statement resolved. */
  resolved: VexResolution[];
  /** Findings whose latest statement keeps them open (affected, under investigation, a tie). */
  reopened: VexResolution[];
}

const RESOLVING: ReadonlySet<string> = new Set(['not_affected', 'fixed']);

export function applyVex(
  findings: readonly Finding[],
  statements: readonly SourcedStatement[],
  image: VexImage,
): VexOutcome {
  const outcome: VexOutcome = { open: [], resolved: [], reopened: [] };
  const aboutImage = statements.filter(({ statement }) =>
    statement.products.some((product) => productIsImage(product, image)),
  );
  for (const finding of findings) {
    const latest = latestFor(finding, aboutImage, image);
    if (latest === undefined) {
      outcome.open.push(finding);
    } else if (latest.decisive && RESOLVING.has(latest.by.statement.status)) {
      outcome.resolved.push({ finding, by: latest.by });
    } else {
      outcome.open.push(finding);
      outcome.reopened.push({ finding, by: latest.by });
    }
  }
  return outcome;
}

/** The latest statement about this finding; not decisive when another at that time disagrees. */
function latestFor(
  finding: Finding,
  statements: readonly SourcedStatement[],
  image: VexImage,
): { by: SourcedStatement; decisive: boolean } | undefined {
  const applying = statements.filter(({ statement }) => appliesTo(statement, finding, image));
  if (applying.length === 0) return undefined;
  const time = (entry: SourcedStatement) => Date.parse(entry.statement.timestamp);
  const top = Math.max(...applying.map(time));
  const newest = applying.filter((entry) => time(entry) === top);
  const blocking = newest.find((entry) => !RESOLVING.has(entry.statement.status));
  return { by: blocking ?? newest[0]!, decisive: blocking === undefined };
}

function appliesTo(statement: VexStatement, finding: Finding, image: VexImage): boolean {
  const { name, aliases } = statement.vulnerability;
  if (name !== finding.id && !aliases.includes(finding.id)) return false;
  return statement.products.some(
    (product) =>
      productIsImage(product, image) &&
      (product.subcomponents.length === 0 ||
        product.subcomponents.some((component) => componentIsPackage(component, finding))),
  );
}

/**
 * A product is this image when an identifier names its digest (a pkg:oci purl's version, an
 * image reference's digest, a bare digest, the sha-256 hash) — and, when it also names a
 * repository, that repository — or names the repository alone (every image in it). A tag
 * names no image: it moves.
 */
function productIsImage(product: VexProduct, image: VexImage): boolean {
  const identifiers = [product.id, product.identifiers.purl].filter(
    (value): value is string => value !== undefined,
  );
  const hash = product.hashes['sha-256'];
  if (hash !== undefined && image.digests.includes(`sha256:${hash.toLowerCase()}`)) return true;
  return identifiers.some((identifier) => identifierIsImage(identifier, image));
}

function identifierIsImage(identifier: string, image: VexImage): boolean {
  if (/^sha256:[0-9a-f]{64}$/.test(identifier)) return image.digests.includes(identifier);
  if (identifier.startsWith('pkg:')) return ociPurlIsImage(identifier, image);
  const named = referenceOf(identifier);
  if (named === undefined || named.name !== image.name) return false;
  if (named.digest !== undefined) return image.digests.includes(named.digest);
  return named.tag === undefined;
}

/** pkg:oci/<name>@<digest>?repository_url=<registry/repository> (purl-spec's oci type). */
function ociPurlIsImage(identifier: string, image: VexImage): boolean {
  const purl = safePurl(identifier);
  if (purl?.type !== 'oci') return false;
  const url = purl.qualifiers.repository_url;
  const repository = url === undefined ? undefined : referenceOf(url.replace(/^https?:\/\//, ''));
  if (
    repository !== undefined &&
    (repository.name !== image.name ||
      repository.tag !== undefined ||
      repository.digest !== undefined)
  )
    return false;
  if (purl.name !== image.name.slice(image.name.lastIndexOf('/') + 1)) return false;
  if (purl.version !== undefined) return image.digests.includes(purl.version);
  // No digest: the whole repository, which only repository_url can name.
  return repository !== undefined;
}

/** A subcomponent is the finding's package when their purls agree on every part it gives. */
function componentIsPackage(component: VexComponent, finding: Finding): boolean {
  if (finding.purl === undefined) return false;
  const found = safePurl(finding.purl);
  const wanted = [component.id, component.identifiers.purl]
    .filter((value): value is string => value?.startsWith('pkg:') === true)
    .map(safePurl);
  return (
    found !== undefined && wanted.some((purl) => purl !== undefined && purlCovers(purl, found))
  );
}

function purlCovers(wanted: ParsedPurl, found: ParsedPurl): boolean {
  if (wanted.type !== found.type || wanted.name !== found.name) return false;
  if ((wanted.namespace ?? '') !== (found.namespace ?? '')) return false;
  if (wanted.version !== undefined && wanted.version !== found.version) return false;
  return Object.entries(wanted.qualifiers).every(([key, value]) => found.qualifiers[key] === value);
}

function safePurl(text: string): ParsedPurl | undefined {
  try {
    return parsePurl(text);
  } catch {
    return undefined;
  }
}

/** An image reference as Docker reads it, without the :latest it would add; undefined if none. */
function referenceOf(text: string): { name: string; tag?: string; digest?: string } | undefined {
  try {
    const image = normaliseImage(text);
    const beforeDigest = text.split('@')[0]!;
    const explicitTag = beforeDigest.slice(beforeDigest.lastIndexOf('/') + 1).includes(':');
    return {
      name: image.name,
      ...(explicitTag && image.tag !== undefined && { tag: image.tag }),
      ...(image.digest !== undefined && { digest: image.digest }),
    };
  } catch {
    return undefined;
  }
}
