/**
 * Components → a CycloneDX 1.6 JSON document, built with the CycloneDX library's models and
 * normaliser. The library (10.x) has no `evidence.occurrences` yet, so those are added to the
 * normalised JSON afterwards, matched by bom-ref.
 */
import { randomUUID } from 'node:crypto';
// Sub-path imports: the package root also loads its JSON-schema validators (ajv and friends),
// which publishing never uses.
import * as Enums from '@cyclonedx/cyclonedx-library/Enums';
import * as Models from '@cyclonedx/cyclonedx-library/Models';
import * as Serialize from '@cyclonedx/cyclonedx-library/Serialize';
import * as Spec from '@cyclonedx/cyclonedx-library/Spec';
import { parseReference } from '../registry/reference.js';
import { VERSION } from '../version.js';
import { licenceLabel } from './licences.js';
import type { Component, Licence } from './model.js';
import { buildPurl } from './purl.js';

const LAYER_DIGEST_PROPERTY = 'imprint:layer:digest';
const CATALOGER_PROPERTY = 'imprint:cataloger';

export interface ImageSubject {
  /** Repository reference, with or without tag: `ghcr.io/acme/app:1.2.0`. */
  name: string;
  /** Manifest digest `sha256:…` of the (platform) image. */
  digest: string;
  /** `linux/amd64`, `linux/arm64/v8`. */
  platform?: string;
}

export interface BomOptions {
  image: ImageSubject;
  now: Date;
  serialNumber?: string;
}

type JsonObject = Record<string, unknown>;

export function buildBom(components: readonly Component[], options: BomOptions): JsonObject {
  const bom = new Models.Bom({
    serialNumber: options.serialNumber ?? `urn:uuid:${randomUUID()}`,
  });
  bom.metadata.timestamp = options.now;
  bom.metadata.tools.components.add(
    new Models.Component(Enums.ComponentType.Application, 'imprint', {
      version: VERSION,
      bomRef: `imprint@${VERSION}`,
    }),
  );
  const image = imageComponent(options.image);
  bom.metadata.component = image;

  const refs = assignBomRefs(components);
  const models = components.map((component, index) => componentModel(component, refs[index]!));
  const modelByPurl = new Map<string, Models.Component>();
  components.forEach((component, index) => {
    if (component.purl && !modelByPurl.has(component.purl))
      modelByPurl.set(component.purl, models[index]!);
  });
  const dependedOn = new Set<Models.Component>();
  components.forEach((component, index) => {
    for (const purl of component.dependsOn ?? []) {
      const target = modelByPurl.get(purl);
      if (!target || target === models[index]) continue;
      models[index]!.dependencies.add(target.bomRef);
      dependedOn.add(target);
    }
  });
  for (const model of models) {
    bom.components.add(model);
    // The image depends directly on everything nothing else pulls in.
    if (!dependedOn.has(model)) image.dependencies.add(model.bomRef);
  }

  const factory = new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6);
  const json = factory.makeForBom().normalize(bom, {}) as unknown as JsonObject;
  addOccurrences(json, components, refs);
  return json;
}

export function imagePurl(image: ImageSubject): string {
  const reference = parseReference(image.name);
  const repository = reference.repository;
  const arch = image.platform?.split('/')[1];
  return buildPurl({
    type: 'oci',
    name: repository.slice(repository.lastIndexOf('/') + 1),
    version: image.digest,
    qualifiers: { repository_url: `${reference.registry}/${repository}`, tag: reference.tag, arch },
  });
}

function imageComponent(image: ImageSubject): Models.Component {
  const reference = parseReference(image.name);
  const purl = imagePurl(image);
  const component = new Models.Component(
    Enums.ComponentType.Container,
    `${reference.registry}/${reference.repository}`,
    { version: image.digest, purl, bomRef: purl },
  );
  if (image.platform)
    component.properties.add(new Models.Property('imprint:image:platform', image.platform));
  return component;
}

/** purls are the natural bom-refs; a repeat (same package in two places) gets its location added. */
function assignBomRefs(components: readonly Component[]): string[] {
  const used = new Set<string>();
  return components.map((component) => {
    const base = component.purl ?? `${component.ecosystem}:${component.name}@${component.version}`;
    let ref = used.has(base) ? `${base}|${component.location}` : base;
    for (let n = 2; used.has(ref); n += 1) ref = `${base}|${component.location}|${n}`;
    used.add(ref);
    return ref;
  });
}

function componentModel(component: Component, bomRef: string): Models.Component {
  const type =
    component.kind === 'operating-system'
      ? Enums.ComponentType.OperatingSystem
      : component.kind === 'application'
        ? Enums.ComponentType.Application
        : Enums.ComponentType.Library;
  const model = new Models.Component(type, component.name, {
    bomRef,
    ...(component.version ? { version: component.version } : {}),
    ...(component.group ? { group: component.group } : {}),
    ...(component.purl ? { purl: component.purl } : {}),
  });
  for (const licence of licenceChoice(component.licences)) model.licenses.add(licence);
  model.properties.add(new Models.Property(CATALOGER_PROPERTY, component.cataloger));
  model.properties.add(new Models.Property(LAYER_DIGEST_PROPERTY, component.layerDigest));
  for (const [name, value] of Object.entries(component.properties ?? {})) {
    model.properties.add(new Models.Property(name, value));
  }
  return model;
}

/**
 * CycloneDX allows either licence objects or one expression. Several licences that include an
 * expression are joined with AND when all are SPDX; otherwise expressions become names.
 */
export function licenceChoice(licences: readonly Licence[]): Models.License[] {
  const hasExpression = licences.some((licence) => 'expression' in licence);
  const allSpdx = licences.every((licence) => !('name' in licence));
  if (hasExpression && allSpdx && licences.length > 1) {
    const parts = licences.map((licence) => {
      const text = licenceLabel(licence);
      return /\s/.test(text) ? `(${text})` : text;
    });
    return [new Models.LicenseExpression(parts.join(' AND '))];
  }
  if (hasExpression && licences.length === 1)
    return [new Models.LicenseExpression(licenceLabel(licences[0]!))];
  return licences.map((licence) =>
    'spdxId' in licence
      ? new Models.SpdxLicense(licence.spdxId)
      : new Models.NamedLicense(licenceLabel(licence)),
  );
}

function addOccurrences(
  json: JsonObject,
  components: readonly Component[],
  refs: readonly string[],
): void {
  const locationByRef = new Map(refs.map((ref, index) => [ref, components[index]!.location]));
  for (const entry of (json.components as JsonObject[] | undefined) ?? []) {
    const location = locationByRef.get(entry['bom-ref'] as string);
    if (location)
      entry.evidence = {
        ...(entry.evidence as JsonObject | undefined),
        occurrences: [{ location }],
      };
  }
}
