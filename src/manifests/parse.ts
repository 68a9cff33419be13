/**
 * One manifest file's text → the images it deploys, each with its line. A file may hold many
 * YAML documents (`---`); each is a Kubernetes object (a `List` included), a Compose file, a
 * kustomization, or something else (ignored). Pure.
 */
import { LineCounter, parseAllDocuments } from 'yaml';
import { ImprintError } from '../errors.js';
import { composeImages, isComposeFile } from './compose.js';
import {
  type FoundImage,
  type FoundProblem,
  isKubernetesObject,
  kubernetesImages,
} from './kubernetes.js';
import { isKustomization, type Kustomization, readKustomization } from './kustomize.js';
import { asMap, type YamlSource } from './yaml-nodes.js';

export interface ParsedManifestFile {
  /** Images of Kubernetes objects and Compose services. */
  images: FoundImage[];
  /** Things worth a note: containers or services without an image. */
  problems: FoundProblem[];
  kustomization?: Kustomization;
}

const YAML_HINT = 'fix the YAML at that line (kubectl and docker compose would reject it too)';

/** `file` names the file in messages; `fileName` (its base name) spots `kustomization.yaml`. */
export function parseManifestText(
  text: string,
  file: string,
  fileName: string,
): ParsedManifestFile {
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lines, prettyErrors: true });
  const result: ParsedManifestFile = { images: [], problems: [] };
  for (const doc of docs) {
    const error = doc.errors[0];
    if (error) {
      const position = error.linePos?.[0];
      const where = position ? `${file}:${position.line}:${position.col}` : file;
      const reason = (error.message.split('\n')[0] ?? '').replace(
        / at line \d+, column \d+:?$/,
        '',
      );
      throw new ImprintError('MANIFEST_FILE_INVALID', `${where}: invalid YAML: ${reason}`, {
        hint: YAML_HINT,
      });
    }
    const source: YamlSource = { doc, lines };
    const root = asMap(doc.contents, source);
    if (!root) continue;
    if (isKustomization(root, source, fileName)) {
      const kustomization = readKustomization(root, source, file);
      result.kustomization = result.kustomization
        ? {
            resources: [...result.kustomization.resources, ...kustomization.resources],
            overrides: [...result.kustomization.overrides, ...kustomization.overrides],
          }
        : kustomization;
      continue;
    }
    const found = isKubernetesObject(root, source)
      ? kubernetesImages(root, source)
      : isComposeFile(root, source)
        ? composeImages(root, source)
        : undefined;
    if (!found) continue;
    result.images.push(...found.images);
    result.problems.push(...found.problems);
  }
  return result;
}
