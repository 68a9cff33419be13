/**
 * Images a Kubernetes object runs. Pod specs sit at different depths per kind (Pod: `spec`;
 * Deployment, StatefulSet, DaemonSet, ReplicaSet, Job: `spec.template.spec`; CronJob:
 * `spec.jobTemplate.spec.template.spec`; a `List` holds whole objects under `items`), and
 * custom resources (Argo Rollouts, Knative Services) embed them too. So the object is
 * walked, and every `containers`, `initContainers` and `ephemeralContainers` list found in it
 * yields its images: one rule that covers every kind, including ones not named here. Pure.
 */
import { isMap, isSeq, type YAMLMap } from 'yaml';
import { asMap, asSeq, child, lineOf, scalarText, type YamlSource } from './yaml-nodes.js';

export const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'] as const;

/** Deeper than any real object; a guard against pathological input. */
const MAX_DEPTH = 64;

export interface FoundImage {
  reference: string;
  line: number;
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
    scalarText(child(root, 'kind'), source) !== undefined &&
    scalarText(child(root, 'apiVersion'), source) !== undefined
  );
}

export function kubernetesImages(root: YAMLMap, source: YamlSource): ObjectImages {
  const found: ObjectImages = { images: [], problems: [] };
  walk(root, source, found, 0);
  return found;
}

function walk(node: unknown, source: YamlSource, found: ObjectImages, depth: number): void {
  // Aliases are not followed while walking: a cycle of anchors cannot loop.
  if (depth > MAX_DEPTH) return;
  if (isSeq(node)) {
    for (const item of node.items) walk(item, source, found, depth + 1);
    return;
  }
  if (!isMap(node)) return;
  for (const pair of node.items) {
    const key = scalarText(pair.key, source);
    if (key !== undefined && (CONTAINER_LISTS as readonly string[]).includes(key)) {
      const list = asSeq(pair.value, source);
      if (list) {
        containerImages(list.items, source, found);
        continue;
      }
    }
    walk(pair.value, source, found, depth + 1);
  }
}

function containerImages(items: unknown[], source: YamlSource, found: ObjectImages): void {
  for (const item of items) {
    const container = asMap(item, source);
    if (!container) continue;
    const imageNode = child(container, 'image');
    const image = scalarText(imageNode, source)?.trim();
    if (image) {
      found.images.push({ reference: image, line: lineOf(imageNode, source) });
    } else {
      const name = scalarText(child(container, 'name'), source) ?? '(unnamed)';
      found.problems.push({
        line: lineOf(container, source),
        message: `container ${name} names no image`,
      });
    }
  }
}
