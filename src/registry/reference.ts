/**
 * Image references, parsed and normalised the way the Docker CLI does it
 * (distribution/reference grammar): `[host[:port]/]path[:tag][@digest]`.
 */
import { ImprintError } from '../errors.js';
import { DOCKER_HUB, registryKey } from './hosts.js';

export interface ImageReference {
  /** Registry host as users write it (`docker.io`, `ghcr.io`, `127.0.0.1:5000`). */
  registry: string;
  /** Repository path inside the registry (`library/nginx`, `team/app`). */
  repository: string;
  tag?: string;
  digest?: string;
}

/** The tag a reference with neither tag nor digest stands for, as Docker reads it. */
export const DEFAULT_TAG = 'latest';
const DOCKER_HUB_API = 'registry-1.docker.io';
const MAX_NAME_LENGTH = 255;

const VALID_FORM =
  'registry.example.com/team/app:1.2.3 or registry.example.com/team/app@sha256:<64 hex>';

// distribution/reference: path components are lowercase alphanumerics joined by
// `.`, `_`, `__` or runs of `-`.
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN_NAME =
  /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*$/;
const IPV6_HOST = /^\[[0-9a-fA-F:.]+\]$/;
const PORT = /^[0-9]+$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST_HEX_LENGTH: Record<string, number> = { sha256: 64, sha512: 128 };

export function parseReference(text: string): ImageReference {
  const input = text.trim();
  const fail = (reason: string): never => {
    throw new ImprintError(
      'REFERENCE_INVALID',
      `Invalid image reference "${text}": ${reason}. Expected a form like ${VALID_FORM}.`,
    );
  };
  if (input === '') fail('it is empty');
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) fail('remove the URL scheme (no "https://")');
  if (/\s/.test(input)) fail('it contains whitespace');

  const at = input.indexOf('@');
  const digest = at >= 0 ? input.slice(at + 1) : undefined;
  const beforeDigest = at >= 0 ? input.slice(0, at) : input;
  if (digest !== undefined) {
    const problem = digestProblem(digest);
    if (problem) fail(problem);
  }

  const lastSlash = beforeDigest.lastIndexOf('/');
  const tagColon = beforeDigest.indexOf(':', lastSlash + 1);
  const name = tagColon >= 0 ? beforeDigest.slice(0, tagColon) : beforeDigest;
  const tag = tagColon >= 0 ? beforeDigest.slice(tagColon + 1) : undefined;
  if (tag !== undefined && !TAG.test(tag)) {
    fail(
      `the tag "${tag}" is not valid (1-128 characters of letters, digits, "_", "." and "-", ` +
        'not starting with "." or "-")',
    );
  }

  const { registry, repository } = splitName(name, fail);
  const reference: ImageReference = { registry, repository };
  if (tag !== undefined) reference.tag = tag;
  if (digest !== undefined) reference.digest = digest;
  return reference;
}

function splitName(
  name: string,
  fail: (reason: string) => never,
): { registry: string; repository: string } {
  if (name === '') fail('the repository name is empty');
  const slash = name.indexOf('/');
  const first = slash >= 0 ? name.slice(0, slash) : '';
  const hasHost = slash >= 0 && looksLikeHost(first);
  const registry = hasHost ? registryKey(first) : DOCKER_HUB;
  let repository = hasHost ? name.slice(slash + 1) : name;
  if (registry === DOCKER_HUB && !repository.includes('/')) repository = `library/${repository}`;
  const problem = (hasHost ? hostProblem(first) : undefined) ?? pathProblem(repository);
  if (problem) fail(problem);
  if (registry.length + 1 + repository.length > MAX_NAME_LENGTH) {
    fail(`the name is longer than ${MAX_NAME_LENGTH} characters`);
  }
  return { registry, repository };
}

/**
 * Docker's rule: the first component is a host when it has a "." or ":", is
 * "localhost", or has uppercase letters (repository paths never do).
 */
function looksLikeHost(component: string): boolean {
  return (
    component.includes('.') ||
    component.includes(':') ||
    component === 'localhost' ||
    component !== component.toLowerCase()
  );
}

function pathProblem(repository: string): string | undefined {
  for (const component of repository.split('/')) {
    if (component === '') {
      return 'the repository path has an empty component ("//" or a leading or trailing "/")';
    }
    if (component !== component.toLowerCase()) {
      return `repository names must be lowercase ("${repository.toLowerCase()}")`;
    }
    if (!PATH_COMPONENT.test(component)) {
      return (
        `the path component "${component}" may only hold lowercase letters and digits ` +
        'separated by ".", "_", "__" or "-"'
      );
    }
  }
  return undefined;
}

function hostProblem(host: string): string | undefined {
  const portColon = host.startsWith('[')
    ? host.indexOf(':', host.indexOf(']'))
    : host.lastIndexOf(':');
  const hostname = portColon >= 0 ? host.slice(0, portColon) : host;
  const port = portColon >= 0 ? host.slice(portColon + 1) : undefined;
  if (port !== undefined && (!PORT.test(port) || Number(port) > 65535)) {
    return `the registry port "${port}" is not a number from 0 to 65535`;
  }
  if (!DOMAIN_NAME.test(hostname) && !IPV6_HOST.test(hostname)) {
    return `the registry host "${hostname}" is not a valid host name`;
  }
  return undefined;
}

/**
 * A repository name as a person writes it in a policy glob (wildcards allowed), normalised the
 * way Docker normalises an image's name, so the glob names the images its reader expects:
 *  - the registry host by the one host rule (hosts.ts): lowercased, Docker Hub's names as
 *    docker.io; a first component is a host by Docker's rule (see looksLikeHost);
 *  - no host: Docker Hub; a single Docker Hub path component goes under library/, so `nginx`,
 *    `docker.io/nginx` and `index.docker.io/library/nginx` are one image;
 *  - the repository path keeps its case: paths are lowercase (OCI distribution spec), so one
 *    written with capitals names no image (policy lint says so) rather than another one;
 *  - `**` crosses `/`, so a Hub path holding it gets no library/ (`docker.io/**` already
 *    names every Hub image; it is neither narrowed nor widened);
 *  - a leading wildcard spans the registry part: only its first component is lowercased.
 */
export function normaliseRepositoryPattern(name: string): string {
  const slash = name.indexOf('/');
  if (slash < 0) return name.startsWith('*') ? name : `${DOCKER_HUB}/${dockerHubPath(name)}`;
  const first = name.slice(0, slash);
  const rest = name.slice(slash + 1);
  if (first.startsWith('*')) return `${first.toLowerCase()}/${rest}`;
  if (!looksLikeHost(first)) return `${DOCKER_HUB}/${dockerHubPath(name)}`;
  const host = registryKey(first);
  return host === DOCKER_HUB ? `${DOCKER_HUB}/${dockerHubPath(rest)}` : `${host}/${rest}`;
}

function dockerHubPath(path: string): string {
  return path.includes('/') || path.includes('**') ? path : `library/${path}`;
}

/**
 * Every name Docker accepts for a normalised image name that a glob written in the normalised
 * form could still spell differently: an official Docker Hub image is also `docker.io/<name>`
 * (so a glob with a wildcard registry, or `docker.io/ngin**`, covers `nginx` as its reader expects).
 */
export function imageNameSpellings(name: string): string[] {
  const official = /^docker\.io\/library\/([^/]+)$/.exec(name);
  return official ? [name, `${DOCKER_HUB}/${official[1]}`] : [name];
}

/** Why a digest string is not `sha256:<64 hex>` / `sha512:<128 hex>`, or undefined when it is. */
export function digestProblem(digest: string): string | undefined {
  const colon = digest.indexOf(':');
  const algorithm = colon >= 0 ? digest.slice(0, colon) : '';
  const hex = digest.slice(colon + 1);
  const length = DIGEST_HEX_LENGTH[algorithm];
  if (colon < 0 || length === undefined) {
    return `the digest "${digest}" must start with "sha256:" or "sha512:"`;
  }
  if (hex.length !== length || !/^[0-9a-f]+$/.test(hex)) {
    return `the digest "${digest}" must have ${length} lowercase hex characters after "${algorithm}:"`;
  }
  return undefined;
}

export function isDigest(value: string): boolean {
  return digestProblem(value) === undefined;
}

/** The full normalised form: `registry/repository[:tag][@digest]`. */
export function formatReference(reference: ImageReference): string {
  let text = `${reference.registry}/${reference.repository}`;
  if (reference.tag !== undefined) text += `:${reference.tag}`;
  if (reference.digest !== undefined) text += `@${reference.digest}`;
  return text;
}

/** The same image pinned to a digest (a tag, if any, is kept for display). */
export function withDigest(reference: ImageReference, digest: string): ImageReference {
  const problem = digestProblem(digest);
  if (problem)
    throw new ImprintError(
      'REFERENCE_INVALID',
      `Cannot pin ${formatReference(reference)}: ${problem}.`,
    );
  return { ...reference, digest };
}

/** An image named as policies match it and reports list it: `registry/repository`, tag, digest. */
export interface NormalisedImage {
  /** registry/repository, e.g. docker.io/library/nginx. */
  name: string;
  tag?: string;
  digest?: string;
}

/** Docker's normalisation: docker.io/library for bare names, :latest when no tag or digest. */
export function normaliseImage(reference: string): NormalisedImage {
  const parsed = parseReference(reference);
  const image: NormalisedImage = { name: repositoryPath(parsed) };
  if (parsed.tag !== undefined) image.tag = parsed.tag;
  if (parsed.digest !== undefined) image.digest = parsed.digest;
  if (image.tag === undefined && image.digest === undefined) image.tag = DEFAULT_TAG;
  return image;
}

export function formatImage(image: NormalisedImage): string {
  return `${image.name}${image.tag ? `:${image.tag}` : ''}${image.digest ? `@${image.digest}` : ''}`;
}

/** The host that serves the registry API (Docker Hub's API lives on another name). */
export function registryApiHost(registry: string): string {
  return registry === DOCKER_HUB ? DOCKER_HUB_API : registry;
}

/** `host/repository`: the name in-toto subjects and cosign identities use. */
export function repositoryPath(reference: ImageReference): string {
  return `${reference.registry}/${reference.repository}`;
}
