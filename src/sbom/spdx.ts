/**
 * Components → an SPDX 2.3 JSON document: the same catalogue the CycloneDX writer renders, told
 * the SPDX way. The image is the package the document DESCRIBES and CONTAINS every package
 * found; dependencies a cataloger recorded become DEPENDS_ON. Facts SPDX asks for that a
 * filesystem cannot show (supplier, download location, concluded licence) are NOASSERTION, as
 * the specification says to write them. Pure: the caller passes the time and the namespace id.
 */
import { randomUUID } from 'node:crypto';
import { parseReference } from '../registry/reference.js';
import { VERSION } from '../version.js';
import { imagePurl, type ImageSubject } from './cyclonedx.js';
import type { Component, ComponentKind, Licence } from './model.js';

const NOASSERTION = 'NOASSERTION';
const DOCUMENT_ID = 'SPDXRef-DOCUMENT';
const IMAGE_ID = 'SPDXRef-Image';
/** Where our document namespaces live; a URI only, never fetched (SPDX 2.3 §6.5). */
const NAMESPACE_BASE = 'https://imprint.dev/spdx';

export interface SpdxOptions {
  image: ImageSubject;
  now: Date;
  /** Makes the namespace unique per document (default: a random UUID). */
  uuid?: string;
}

type JsonObject = Record<string, unknown>;

const PURPOSE: Record<ComponentKind, string> = {
  library: 'LIBRARY',
  application: 'APPLICATION',
  'operating-system': 'OPERATING_SYSTEM',
};

export function buildSpdx(components: readonly Component[], options: SpdxOptions): JsonObject {
  const reference = parseReference(options.image.name);
  const imageName = `${reference.registry}/${reference.repository}`;
  const ids = assignSpdxIds(components);
  const extracted = new Map<string, string>();
  const packages = [
    imagePackage(options.image, imageName),
    ...components.map((component, index) => packageOf(component, ids[index]!, extracted)),
  ];
  const relationships: JsonObject[] = [
    relationship(DOCUMENT_ID, 'DESCRIBES', IMAGE_ID),
    ...ids.map((id) => relationship(IMAGE_ID, 'CONTAINS', id)),
    ...dependencies(components, ids),
  ];
  const document: JsonObject = {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: DOCUMENT_ID,
    name: `${imageName}@${options.image.digest}`,
    documentNamespace: `${NAMESPACE_BASE}/${imageName}/${options.image.digest.replace(':', '-')}-${options.uuid ?? randomUUID()}`,
    creationInfo: {
      creators: [`Tool: imprint-${VERSION}`],
      // The schema's date pattern has whole seconds only.
      created: options.now.toISOString().replace(/\.\d+Z$/, 'Z'),
    },
    packages,
    relationships,
  };
  if (extracted.size > 0) {
    document.hasExtractedLicensingInfos = [...extracted].map(([licenseId, name]) => ({
      licenseId,
      name,
      extractedText: name,
    }));
  }
  return document;
}

function imagePackage(image: ImageSubject, name: string): JsonObject {
  const [algorithm, hex] = image.digest.split(':');
  const pkg: JsonObject = {
    SPDXID: IMAGE_ID,
    name,
    versionInfo: image.digest,
    supplier: NOASSERTION,
    downloadLocation: NOASSERTION,
    filesAnalyzed: false,
    licenseConcluded: NOASSERTION,
    licenseDeclared: NOASSERTION,
    copyrightText: NOASSERTION,
    primaryPackagePurpose: 'CONTAINER',
    externalRefs: [purlRef(imagePurl(image))],
  };
  if (algorithm === 'sha256' && hex) pkg.checksums = [{ algorithm: 'SHA256', checksumValue: hex }];
  if (image.platform) pkg.comment = `platform ${image.platform}`;
  return pkg;
}

function packageOf(component: Component, id: string, extracted: Map<string, string>): JsonObject {
  const pkg: JsonObject = {
    SPDXID: id,
    name: component.name,
    ...(component.version ? { versionInfo: component.version } : {}),
    supplier: NOASSERTION,
    downloadLocation: NOASSERTION,
    filesAnalyzed: false,
    licenseConcluded: NOASSERTION,
    licenseDeclared: licenceExpression(component.licences, extracted),
    copyrightText: NOASSERTION,
    primaryPackagePurpose: PURPOSE[component.kind],
    sourceInfo: `found by the ${component.cataloger} cataloger in ${component.location} (layer ${component.layerDigest})`,
  };
  if (component.purl) pkg.externalRefs = [purlRef(component.purl)];
  return pkg;
}

function purlRef(purl: string): JsonObject {
  return { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: purl };
}

function relationship(from: string, type: string, to: string): JsonObject {
  return { spdxElementId: from, relationshipType: type, relatedSpdxElement: to };
}

/**
 * One licence expression for the package: SPDX ids and expressions as they are, other names as
 * `LicenseRef-…` (listed in hasExtractedLicensingInfos), several joined with AND as the
 * CycloneDX writer does. None known: NOASSERTION.
 */
export function licenceExpression(
  licences: readonly Licence[],
  extracted: Map<string, string>,
): string {
  const parts = licences.map((licence) => {
    if ('spdxId' in licence) return licence.spdxId;
    if ('expression' in licence)
      return licences.length > 1 ? `(${licence.expression})` : licence.expression;
    const id = `LicenseRef-${licence.name.replace(/[^A-Za-z0-9.-]+/g, '-')}`;
    if (!extracted.has(id)) extracted.set(id, licence.name);
    return id;
  });
  return parts.length === 0 ? NOASSERTION : [...new Set(parts)].join(' AND ');
}

/**
 * `SPDXRef-Package-<ecosystem>-<name>-<n>`: readable, unique in the document, and only the
 * characters the schema allows (letters, digits, `.` and `-`).
 */
function assignSpdxIds(components: readonly Component[]): string[] {
  return components.map((component, index) => {
    const label = `${component.ecosystem}-${component.name}`.replace(/[^A-Za-z0-9.-]+/g, '-');
    return `SPDXRef-Package-${label}-${index + 1}`;
  });
}

function dependencies(components: readonly Component[], ids: readonly string[]): JsonObject[] {
  const idByPurl = new Map<string, string>();
  components.forEach((component, index) => {
    if (component.purl && !idByPurl.has(component.purl)) idByPurl.set(component.purl, ids[index]!);
  });
  const edges: JsonObject[] = [];
  components.forEach((component, index) => {
    for (const purl of component.dependsOn ?? []) {
      const target = idByPurl.get(purl);
      if (target && target !== ids[index])
        edges.push(relationship(ids[index]!, 'DEPENDS_ON', target));
    }
  });
  return edges;
}
