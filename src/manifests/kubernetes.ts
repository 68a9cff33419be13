/**
 * Images a Kubernetes object runs. Pod specs sit at different depths per kind (Pod: `spec`;
 * Deployment, StatefulSet, DaemonSet, ReplicaSet, Job: `spec.template.spec`; CronJob:
 * `spec.jobTemplate.spec.template.spec`; a `List` holds whole objects under `items`), and
 * custom resources embed them too (Argo Rollouts, Knative, Tekton, Argo Workflows). So the
 * object is walked, and every image-bearing field found in it yields its image — one rule per
 * field, not per kind, so it covers kinds not named here:
 *
 * - items of `containers`, `initContainers`, `ephemeralContainers`, and of Tekton's and Argo
 *   Workflows' `steps` / `sidecars` lists: their `image`;
 * - the maps under `container`, `script` (Argo Workflows templates) and `stepTemplate`
 *   (Tekton): their `image`;
 * - items of `volumes`: `image.reference` (image volumes).
 *
 * The backstop: any other `image:` scalar or `image.reference` in the object is reported as
 * unmodelled, so an image in a field this walker does not know fails the verification
 * instead of passing unseen. Pure.
 */
import { isMap, isScalar, isSeq, type YAMLMap } from 'yaml';
import { asMap, child, deref, lineOf, scalarText, type YamlSource } from './yaml-nodes.js';

/** Lists of containers: an item without an image is worth a note. */
const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'] as const;
/** Lists whose items may carry an image (Tekton steps/sidecars, Argo Workflows sidecars). */
const STEP_LISTS = ['steps', 'sidecars'];
/** Maps that may carry an image (Argo Workflows `container`/`script`, Tekton `stepTemplate`). */
const IMAGE_MAPS = ['container', 'script', 'stepTemplate'];
/** The only fields kustomize's `images:` rewrites (its legacy image filter). */
const KUSTOMIZE_REWRITES = ['containers', 'initContainers'];

/** Deeper than any real object; a guard against pathological input. */
const MAX_DEPTH = 64;

export interface FoundImage {
  reference: string;
  line: number;
  /**
   * The field is not one kustomize's `images:` rewrites for certain (anything but
   * `containers` / `initContainers`), so both the written and the overridden image are verified.
   */
  outsideContainers?: true;
  /** An `image` in a field no rule above covers: where it was found (`spec.foo.image`). */
  unmodelled?: string;
}

export interface FoundProblem {
  line: number;
  message: string;
}

export interface ObjectImages {
  images: FoundImage[];
  /** Containers that name no image: not verifiable, worth a note. */
  problems: FoundProblem[];
}

export function isKubernetesObject(root: YAMLMap | undefined, source: YamlSource): boolean {
  return (
    scalarText(child(root, 'kind', source), source) !== undefined &&
    scalarText(child(root, 'apiVersion', source), source) !== undefined
  );
}

interface WalkState {
  source: YamlSource;
  found: ObjectImages;
  /** Image nodes a modelled field read (merge keys can share one node between places). */
  covered: Set<unknown>;
  /** Every `image` scalar (and `image.reference`) seen, with its path, for the backstop. */
  candidates: Array<{ node: unknown; path: string }>;
}

export function kubernetesImages(root: YAMLMap, source: YamlSource): ObjectImages {
  const state: WalkState = {
    source,
    found: { images: [], problems: [] },
    covered: new Set(),
    candidates: [],
  };
  walk(root, [], state);
  const seen = new Set<unknown>();
  for (const { node, path } of state.candidates) {
    if (state.covered.has(node) || seen.has(node)) continue;
    seen.add(node);
    const reference = scalarText(node, source)?.trim();
    if (!reference) continue;
    state.found.images.push({ reference, line: lineOf(node, source), unmodelled: path });
  }
  return state.found;
}

function walk(node: unknown, path: string[], state: WalkState): void {
  // Aliases are not followed while walking: a cycle of anchors cannot loop, and the node an
  // alias stands for is walked where it is defined.
  if (path.length > MAX_DEPTH) return;
  if (isSeq(node)) {
    node.items.forEach((item, index) => walk(item, [...path, `[${index}]`], state));
    return;
  }
  if (!isMap(node)) return;
  for (const pair of node.items) {
    const key = scalarText(pair.key, state.source);
    if (key === undefined) continue;
    const value = deref(pair.value, state.source);
    const here = [...path, key];
    if (isSeq(value)) readList(key, value.items, state);
    else if (IMAGE_MAPS.includes(key) && isMap(value)) readImageOf(value, key, state);
    if (key === 'image') {
      if (isScalar(value)) state.candidates.push({ node: value, path: dotted(here) });
      else if (isMap(value)) {
        const reference = value.get('reference', true);
        if (isScalar(reference)) {
          state.candidates.push({ node: reference, path: dotted([...here, 'reference']) });
        }
      }
    }
    walk(pair.value, here, state);
  }
}

function readList(key: string, items: readonly unknown[], state: WalkState): void {
  const containers = (CONTAINER_LISTS as readonly string[]).includes(key);
  if (!containers && !STEP_LISTS.includes(key) && key !== 'volumes') return;
  for (const item of items) {
    const map = asMap(item, state.source);
    if (!map) continue;
    if (key === 'volumes') {
      readVolumeImage(map, state);
      continue;
    }
    const found = readImageOf(map, key, state);
    if (!found && containers) {
      const name = scalarText(child(map, 'name', state.source), state.source) ?? '(unnamed)';
      state.found.problems.push({
        line: lineOf(map, state.source),
        message: `container ${name} names no image`,
      });
    }
  }
}

/** The `image` of a container-like map (its own, or one it merges); false when it has none. */
function readImageOf(map: YAMLMap, field: string, state: WalkState): boolean {
  const imageNode = deref(child(map, 'image', state.source), state.source);
  const image = scalarText(imageNode, state.source)?.trim();
  if (!image) return false;
  state.covered.add(imageNode);
  const found: FoundImage = { reference: image, line: lineOf(imageNode, state.source) };
  if (!KUSTOMIZE_REWRITES.includes(field)) found.outsideContainers = true;
  state.found.images.push(found);
  return true;
}

/** An image volume (`volumes[].image.reference`, Kubernetes 1.31+). */
function readVolumeImage(volume: YAMLMap, state: WalkState): void {
  const image = asMap(child(volume, 'image', state.source), state.source);
  const referenceNode = deref(child(image, 'reference', state.source), state.source);
  const reference = scalarText(referenceNode, state.source)?.trim();
  if (!reference) return;
  state.covered.add(referenceNode);
  state.found.images.push({
    reference,
    line: lineOf(referenceNode, state.source),
    outsideContainers: true,
  });
}

function dotted(path: readonly string[]): string {
  return path.join('.').replace(/\.\[/g, '[');
}
