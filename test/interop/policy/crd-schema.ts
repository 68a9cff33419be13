/**
 * A CustomResourceDefinition's openAPIV3Schema as a JSON schema ajv can check, with the
 * API server's structural rules: an object drops unknown fields unless it says
 * `x-kubernetes-preserve-unknown-fields` (here: rejects them, so a misspelt field in an
 * export fails the test), `x-kubernetes-int-or-string` takes either, `nullable` takes null.
 */
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { parseAllDocuments } from 'yaml';
import { readFixtureText } from './fixtures.js';

type Schema = Record<string, unknown>;

export function structural(schema: Schema): Schema {
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key.startsWith('x-kubernetes-') || key === 'nullable') continue;
    out[key] = structuralValue(key, value);
  }
  if (schema['x-kubernetes-int-or-string']) {
    delete out.type;
    out.anyOf = [{ type: 'integer' }, { type: 'string' }];
  }
  if (schema.nullable === true && typeof out.type === 'string') out.type = [out.type, 'null'];
  const isObject = out.type === 'object' || out.properties !== undefined;
  if (
    isObject &&
    !schema['x-kubernetes-preserve-unknown-fields'] &&
    schema.additionalProperties === undefined
  ) {
    out.additionalProperties = false;
  }
  return out;
}

/** One keyword of a schema, its subschemas made structural in turn. */
function structuralValue(key: string, value: unknown): unknown {
  if (key === 'properties') {
    return Object.fromEntries(
      Object.entries(value as Record<string, Schema>).map(([k, v]) => [k, structural(v)]),
    );
  }
  if (
    key === 'items' ||
    key === 'not' ||
    (key === 'additionalProperties' && typeof value === 'object')
  ) {
    return structural(value as Schema);
  }
  if (['oneOf', 'anyOf', 'allOf'].includes(key)) {
    // Kubernetes uses these only to constrain which fields are present, never to add any.
    return (value as Schema[]).map((branch) =>
      structural({ ...branch, 'x-kubernetes-preserve-unknown-fields': true }),
    );
  }
  return value;
}

interface Crd {
  spec: {
    names: { kind: string };
    group: string;
    versions: { name: string; schema: { openAPIV3Schema: Schema } }[];
  };
}

/** A validator for apiVersion group/version of the CRD in a fixtures file. */
export function crdValidator(file: string, version: string) {
  const documents = parseAllDocuments(readFixtureText('crds', file)).map(
    (doc) => doc.toJS() as Crd,
  );
  const crd = documents.find((doc) => doc?.spec?.versions !== undefined);
  if (!crd) throw new Error(`no CustomResourceDefinition in ${file}`);
  const served = crd.spec.versions.find((v) => v.name === version);
  if (!served) throw new Error(`${file} serves no version ${version}`);
  const root = structural(served.schema.openAPIV3Schema);
  // The API server adds these to every kind.
  root.properties = {
    ...(root.properties as Record<string, Schema>),
    apiVersion: { const: `${crd.spec.group}/${version}` },
    kind: { const: crd.spec.names.kind },
    metadata: {
      type: 'object',
      required: ['name'],
      properties: {
        name: { type: 'string', pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$', maxLength: 253 },
      },
      additionalProperties: true,
    },
  };
  root.required = [
    ...new Set([...((root.required as string[]) ?? []), 'apiVersion', 'kind', 'metadata']),
  ];
  const ajv = new Ajv({ allErrors: true, strict: false });
  (addFormats as unknown as { default: (a: Ajv) => void }).default(ajv);
  return ajv.compile(root);
}
