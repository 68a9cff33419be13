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
  notModelled,
  overrideImage,
} from './kustomize.js';

export { dedupeImages, type LocatedImage } from './dedupe.js';

export interface ManifestScan {
  images: LocatedImage[];
  /** The files read, as shown in the report. */
  files: string[];
  /** Things a person may want to know (containers without image). */
  notes: string[];
}

/** Kustomizations nest; deeper than this is a cycle or a mistake. */
const MAX_KUSTOMIZE_DEPTH = 16;

/** A found image on its way through kustomizations. */
interface RenderedImage extends LocatedImage {
  /** kustomize may not rewrite its field: verify the image as written and as overridden. */
  outsideContainers?: true;
}

interface Rendered {
  images: RenderedImage[];
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
    const found = rendered ? rendered.images : await plainImages(file, reader, notes);
    images.push(...found.map(({ outsideContainers: _, ...image }) => image));
  }
  return { images: dedupeImages(images), files: files.map((f) => reader.display(f)), notes };
}

async function plainImages(
  file: string,
  reader: ManifestReader,
  notes: string[],
): Promise<RenderedImage[]> {
  const parsed = await reader.read(file);
  const shown = reader.display(file);
  for (const problem of parsed.problems) notes.push(`${shown}:${problem.line}: ${problem.message}`);
  return parsed.images.map(({ reference, line, outsideContainers, unmodelled }) => ({
    reference,
    locations: [{ file: shown, line }],
    ...(outsideContainers && { outsideContainers }),
    ...(unmodelled !== undefined && { unmodelled }),
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
      throw notModelled(`${shown}:${resource.line}`, `remote resource ${resource.path}`);
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
      // kustomize refuses such a resource too; skipping it would hide what the directory holds.
      throw new ImprintError(
        'MANIFEST_FILE_INVALID',
        `${shown}:${resource.line}: directory ${resource.path} has no kustomization file`,
        {
          hint: 'add a kustomization.yaml to it or name its files, as `kustomize build` would need',
        },
      );
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

/**
 * Applies the overrides; an override no resource image matched still names an image. An
 * image kustomize may leave as written (outside containers) is verified both ways; an
 * unmodelled one is reported as written.
 */
function applyAll(
  images: RenderedImage[],
  overrides: readonly ImageOverride[],
  shown: string,
): RenderedImage[] {
  const used = new Set<ImageOverride>();
  const result = images.flatMap((image): RenderedImage[] => {
    if (image.unmodelled !== undefined) return [image];
    const { reference, override } = applyOverrides(image.reference, overrides);
    if (!override) return [image];
    used.add(override);
    const rewritten = {
      ...image,
      reference,
      locations: [{ file: shown, line: override.line }, ...image.locations],
    };
    return image.outsideContainers ? [image, rewritten] : [rewritten];
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
