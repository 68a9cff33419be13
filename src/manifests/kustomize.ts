/**
 * Kustomize: a kustomization's `images:` overrides rewrite the images of its resources, so
 * what deploys is the override, not what the base manifest says. The rewrite follows
 * kustomize's own (api/filters/imagetag, api/image): the override's `name` matches an image
 * by its name as written, `newName` replaces the name, `newTag` and `digest` replace both the
 * tag and the digest. Pure: the file reading is in files.ts.
 */
import type { YAMLMap } from 'yaml';
import { ImprintError } from '../errors.js';
import { asMap, asSeq, child, lineOf, scalarText, type YamlSource } from './yaml-nodes.js';

export const KUSTOMIZATION_FILE_NAMES = [
  'kustomization.yaml',
  'kustomization.yml',
  'Kustomization',
];

/** Where resources come from; all are read the same way. */
const RESOURCE_KEYS = ['resources', 'bases', 'components'];

/**
 * Kustomization keys that cannot change an image: names, labels, namespaces, replica counts,
 * generated ConfigMaps and Secrets, schema hints. Every other key (patches in all three forms,
 * `replacements`, `vars`, `transformers`, `generators`, `helmCharts`, `configurations`, …, and
 * keys kustomize does not know, which it rejects too) may change what deploys and is not
 * applied here, so the kustomization is refused rather than read as if the key were absent.
 */
const IMAGE_NEUTRAL_KEYS = new Set([
  'apiVersion',
  'kind',
  'metadata',
  ...RESOURCE_KEYS,
  'images',
  'namespace',
  'namePrefix',
  'nameSuffix',
  'commonLabels',
  'labels',
  'commonAnnotations',
  'configMapGenerator',
  'secretGenerator',
  'generatorOptions',
  'replicas',
  'buildMetadata',
  'sortOptions',
  'openapi',
  'crds',
]);

const RENDER_HINT =
  'run `kustomize build <dir> > rendered.yaml` (or `kubectl kustomize <dir>`) in the pipeline and pass rendered.yaml as `manifests`';

/** A kustomization feature verify does not apply: refused, because what deploys is unknown. */
export function notModelled(where: string, what: string): ImprintError {
  return new ImprintError(
    'MANIFEST_FILE_INVALID',
    `${where}: ${what} can change the images that deploy, and imprint does not apply it: render with \`kustomize build\` and pass the output`,
    { hint: RENDER_HINT },
  );
}

export interface ImageOverride {
  name: string;
  newName?: string;
  newTag?: string;
  digest?: string;
  /** Line of the `images:` entry in the kustomization. */
  line: number;
}

export interface KustomizationResource {
  path: string;
  line: number;
}

export interface Kustomization {
  resources: KustomizationResource[];
  overrides: ImageOverride[];
}

export function isKustomization(
  root: YAMLMap | undefined,
  source: YamlSource,
  fileName: string,
): boolean {
  if (KUSTOMIZATION_FILE_NAMES.includes(fileName)) return true;
  // Flux's `Kustomization` (kustomize.toolkit.fluxcd.io) is a Kubernetes object, not a kustomization.
  const apiVersion = scalarText(child(root, 'apiVersion', source), source);
  return (
    scalarText(child(root, 'kind', source), source) === 'Kustomization' &&
    (apiVersion === undefined || apiVersion.startsWith('kustomize.config.k8s.io/'))
  );
}

export function readKustomization(root: YAMLMap, source: YamlSource, file: string): Kustomization {
  for (const pair of root.items) {
    const key = scalarText(pair.key, source);
    if (key !== undefined && IMAGE_NEUTRAL_KEYS.has(key)) continue;
    throw notModelled(`${file}:${lineOf(pair.key, source)}`, `\`${key ?? '(a non-text key)'}\``);
  }
  const resources: KustomizationResource[] = [];
  for (const key of RESOURCE_KEYS) {
    for (const item of asSeq(child(root, key, source), source)?.items ?? []) {
      const path = scalarText(item, source);
      if (path) resources.push({ path, line: lineOf(item, source) });
    }
  }
  const overrides = (asSeq(child(root, 'images', source), source)?.items ?? []).map((item) =>
    readOverride(item, source, file),
  );
  return { resources, overrides };
}

function readOverride(item: unknown, source: YamlSource, file: string): ImageOverride {
  const line = lineOf(item, source);
  const entry = asMap(item, source);
  const field = (key: string) => scalarText(child(entry, key, source), source)?.trim() || undefined;
  const name = field('name');
  if (!entry || name === undefined) {
    throw new ImprintError(
      'MANIFEST_FILE_INVALID',
      `${file}:${line}: an images: entry needs a name (the image it overrides)`,
      { hint: 'write e.g. "- name: ghcr.io/acme/app\\n  newTag: 1.2.3", as kustomize expects' },
    );
  }
  const override: ImageOverride = { name, line };
  const newName = field('newName');
  const newTag = field('newTag');
  const digest = field('digest');
  if (newName !== undefined) override.newName = newName;
  if (newTag !== undefined) override.newTag = newTag;
  if (digest !== undefined) override.digest = digest;
  return override;
}

export interface SplitImage {
  name: string;
  tag?: string;
  digest?: string;
}

/** kustomize's image.Split: the tag colon is looked for after the first `/` (so ports stay). */
export function splitImage(reference: string): SplitImage {
  const slash = reference.indexOf('/');
  const offset = slash > 0 ? slash : 0;
  const rest = reference.slice(offset);
  const at = rest.indexOf('@');
  const colon = rest.indexOf(':');
  const name = reference.slice(0, offset);
  if (at < 0 && colon < 0) return { name: reference };
  if (at >= 0 && (colon < 0 || at < colon)) {
    return { name: name + rest.slice(0, at), digest: rest.slice(at + 1) };
  }
  if (at >= 0) {
    return {
      name: name + rest.slice(0, colon),
      tag: rest.slice(colon + 1, at),
      digest: rest.slice(at + 1),
    };
  }
  return { name: name + rest.slice(0, colon), tag: rest.slice(colon + 1) };
}

/** The first override whose name matches the image, and the image it turns it into. */
export function applyOverrides(
  reference: string,
  overrides: readonly ImageOverride[],
): { reference: string; override?: ImageOverride } {
  const image = splitImage(reference);
  const override = overrides.find((candidate) => candidate.name === image.name);
  return override ? { reference: rewrite(image, override), override } : { reference };
}

/** The image an override names on its own (when no resource image matched it). */
export function overrideImage(override: ImageOverride): string {
  return rewrite({ name: override.name }, override);
}

function rewrite(image: SplitImage, override: ImageOverride): string {
  let { tag, digest } = image;
  const name = override.newName ?? image.name;
  if (override.newTag !== undefined && override.digest !== undefined) {
    tag = override.newTag;
    digest = override.digest;
  } else if (override.newTag !== undefined) {
    tag = override.newTag;
    digest = undefined;
  } else if (override.digest !== undefined) {
    digest = override.digest;
    tag = undefined;
  }
  return `${name}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
}

/** Resources kustomize fetches itself (git, http): not read here. */
export function isRemoteResource(path: string): boolean {
  return (
    /^[a-z][a-z0-9+.-]*:\/\//i.test(path) ||
    /^(github\.com|gitlab\.com|bitbucket\.org)\//.test(path) ||
    path.startsWith('git@')
  );
}
