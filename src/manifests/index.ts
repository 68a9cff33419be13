/**
 * What a GitOps repository deploys: the images of the Kubernetes, Compose and Kustomize files
 * the `manifests` patterns match, each with the files and lines that reference it, each once.
 *
 * A kustomization's resources are read through it (its `images:` overrides applied, nested
 * kustomizations first), and a file one of the matched kustomizations consumes is not also
 * read on its own: the base's placeholder tag is not what deploys.
 */
import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ImprintError } from '../errors.js';
import { dedupeImages, type LocatedImage } from './dedupe.js';
import { expandPatterns, kustomizationIn, ManifestReader } from './files.js';
import {
  applyOverrides,
  type ImageOverride,
  isRemoteResource,
  overrideImage,
} from './kustomize.js';

export { dedupeImages, imageKey, type LocatedImage } from './dedupe.js';

export interface ManifestScan {
  images: LocatedImage[];
  /** The files read, as shown in the report. */
  files: string[];
  /** Things a person may want to know (remote resources skipped, containers without image). */
  notes: string[];
}

/** Kustomizations nest; deeper than this is a cycle or a mistake. */
const MAX_KUSTOMIZE_DEPTH = 16;

interface Rendered {
  images: LocatedImage[];
  consumed: Set<string>;
}

export async function imagesFromManifests(
  patterns: readonly string[],
  options: { cwd?: string } = {},
): Promise<ManifestScan> {
  const cwd = options.cwd ?? process.cwd();
  const files = await expandPatterns(patterns, cwd);
  const reader = new ManifestReader(cwd);
  const notes: string[] = [];
  const kustomized = new Map<string, Rendered>();
  for (const file of files) {
    if ((await reader.read(file)).kustomization) {
      kustomized.set(file, await renderKustomization(file, reader, notes, []));
    }
  }
  const consumed = new Set([...kustomized.values()].flatMap((r) => [...r.consumed]));
  const images: LocatedImage[] = [];
  for (const file of files) {
    if (consumed.has(file)) continue;
    const rendered = kustomized.get(file);
    images.push(...(rendered ? rendered.images : await plainImages(file, reader, notes)));
  }
  return { images: dedupeImages(images), files: files.map((f) => reader.display(f)), notes };
}

async function plainImages(
  file: string,
  reader: ManifestReader,
  notes: string[],
): Promise<LocatedImage[]> {
  const parsed = await reader.read(file);
  const shown = reader.display(file);
  for (const problem of parsed.problems) notes.push(`${shown}:${problem.line}: ${problem.message}`);
  return parsed.images.map((image) => ({
    reference: image.reference,
    locations: [{ file: shown, line: image.line }],
  }));
}

async function renderKustomization(
  file: string,
  reader: ManifestReader,
  notes: string[],
  chain: string[],
): Promise<Rendered> {
  const shown = reader.display(file);
  if (chain.includes(file) || chain.length >= MAX_KUSTOMIZE_DEPTH) {
    throw new ImprintError(
      'MANIFEST_FILE_INVALID',
      `${shown}: kustomizations include each other in a cycle (${[...chain, file].map((f) => reader.display(f)).join(' → ')})`,
      { hint: 'remove the resource that points back at an including kustomization' },
    );
  }
  const kustomization = (await reader.read(file)).kustomization!;
  const rendered: Rendered = { images: [], consumed: new Set() };
  for (const resource of kustomization.resources) {
    if (isRemoteResource(resource.path)) {
      notes.push(
        `${shown}:${resource.line}: remote resource ${resource.path} is not read; verify its images by listing them in \`images\``,
      );
      continue;
    }
    const target = resolve(dirname(file), resource.path);
    const info = await stat(target).catch(() => undefined);
    if (!info) {
      throw new ImprintError(
        'MANIFEST_FILE_INVALID',
        `${shown}:${resource.line}: resource ${resource.path} does not exist`,
        { hint: 'fix the path (relative to the kustomization), as `kustomize build` would need' },
      );
    }
    const nested = info.isDirectory() ? await kustomizationIn(target) : target;
    if (nested === undefined) {
      notes.push(
        `${shown}:${resource.line}: directory ${resource.path} has no kustomization file; skipped`,
      );
      continue;
    }
    rendered.consumed.add(nested);
    const inner = (await reader.read(nested)).kustomization
      ? await renderKustomization(nested, reader, notes, [...chain, file])
      : { images: await plainImages(nested, reader, notes), consumed: new Set<string>() };
    for (const path of inner.consumed) rendered.consumed.add(path);
    rendered.images.push(...inner.images);
  }
  rendered.images = applyAll(rendered.images, kustomization.overrides, shown);
  return rendered;
}

/** Applies the overrides; an override no resource image matched still names an image. */
function applyAll(
  images: LocatedImage[],
  overrides: readonly ImageOverride[],
  shown: string,
): LocatedImage[] {
  const used = new Set<ImageOverride>();
  const result = images.map((image) => {
    const { reference, override } = applyOverrides(image.reference, overrides);
    if (!override) return image;
    used.add(override);
    return { reference, locations: [{ file: shown, line: override.line }, ...image.locations] };
  });
  for (const override of overrides) {
    if (used.has(override)) continue;
    result.push({
      reference: overrideImage(override),
      locations: [{ file: shown, line: override.line }],
    });
  }
  return result;
}
