/** Images of a Docker Compose file: `services.<name>.image` (its own or merged in with `<<`). Pure. */
import type { YAMLMap } from 'yaml';
import type { ObjectImages } from './kubernetes.js';
import { asMap, child, lineOf, scalarText, type YamlSource } from './yaml-nodes.js';

/** A Compose file is a map with a `services` map and no Kubernetes `kind`. */
export function isComposeFile(root: YAMLMap | undefined, source: YamlSource): boolean {
  return (
    asMap(child(root, 'services', source), source) !== undefined &&
    child(root, 'kind', source) === undefined
  );
}

export function composeImages(root: YAMLMap, source: YamlSource): ObjectImages {
  const found: ObjectImages = { images: [], problems: [] };
  const services = asMap(child(root, 'services', source), source);
  for (const pair of services?.items ?? []) {
    const name = scalarText(pair.key, source) ?? '(unnamed)';
    const service = asMap(pair.value, source);
    if (!service) continue;
    const imageNode = child(service, 'image', source);
    const image = scalarText(imageNode, source)?.trim();
    if (image) {
      found.images.push({ reference: image, line: lineOf(imageNode, source) });
    } else {
      // `build:` without `image:` runs a local build: nothing in a registry to verify.
      found.problems.push({
        line: lineOf(pair.key, source),
        message: `service ${name} has no image (built locally?), so it is not verified`,
      });
    }
  }
  return found;
}
