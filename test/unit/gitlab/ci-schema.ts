/**
 * GitLab's own CI JSON schema (gitlab-org/gitlab app/assets/javascripts/editor/schema/ci.json),
 * read from the copy gitlab-ci-local bundles, plus what that copy lacks for component files.
 * Not hand-written: only the extensions below are ours, each one a tightening or a keyword
 * GitLab documents.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import vm from 'node:vm';
import { Ajv, type ErrorObject } from 'ajv';

type Schema = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The object literal bun inlined ci.json as; it ends where gitlab-ci-local starts editing it. */
const SCHEMA_START =
  '={$schema:"http://json-schema.org/draft-07/schema#",$id:"https://gitlab.com/.gitlab-ci.yml"';

export function bundledCiSchema(): Schema {
  const bundlePath = createRequire(import.meta.url).resolve('gitlab-ci-local/dist/index.js');
  const bundle = readFileSync(bundlePath, 'utf8');
  const start = bundle.indexOf(SCHEMA_START);
  const variable = start < 0 ? '' : bundle.slice(bundle.lastIndexOf('var ', start) + 4, start);
  const end = start < 0 ? -1 : bundle.indexOf(`};delete ${variable}.definitions`, start);
  if (start < 0 || end < 0 || !/^[\w$]+$/.test(variable)) {
    throw new Error(
      `GitLab's CI schema was not found in ${bundlePath}: gitlab-ci-local changed how it bundles ` +
        'src/schema.json; update SCHEMA_START in test/unit/gitlab/ci-schema.ts.',
    );
  }
  // A JSON document written as a JS object literal: evaluated with no globals at all.
  return vm.runInNewContext(`(${bundle.slice(start + 1, end + 1)})`, Object.create(null)) as Schema;
}

/**
 * The bundled schema, extended:
 * - `spec:component` (component context: name, sha, version, reference) and
 *   `spec:description`, which GitLab accepts and this copy does not know;
 * - input keys limited to the documented ones, so a typo (`defualt:`) is an error;
 * - hidden keys (`.name:`) checked as job templates: in our templates they are nothing else,
 *   and upstream lets any value through there.
 */
export function componentCiSchema(base: Schema = bundledCiSchema()): Schema {
  const schema = structuredClone(base);
  const spec = schema.properties.spec;
  spec.properties.component = {
    type: 'array',
    items: { enum: ['name', 'sha', 'version', 'reference'] },
    uniqueItems: true,
  };
  spec.properties.description = { type: 'string', maxLength: 1024 };
  const baseInput = schema.definitions.baseInput;
  baseInput.properties.rules = { type: 'array' };
  baseInput.additionalProperties = false;
  schema.patternProperties['^[.]'] = { $ref: '#/definitions/job_template' };
  return schema;
}

export type DocumentValidator = (document: unknown) => string[];

/** One compiled validator; each call returns readable problems (empty: valid). */
export function ciValidator(schema: Schema = componentCiSchema()): DocumentValidator {
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  const validate = ajv.compile(schema);
  return (document) => (validate(document) ? [] : describe(validate.errors ?? []));
}

/** Leaf messages only: a bad key under a job fails many oneOf branches, the leaves say which. */
function describe(errors: ErrorObject[]): string[] {
  const messages = errors
    .filter((error) => !['oneOf', 'anyOf', 'if', 'not'].includes(error.keyword))
    .map((error) => {
      const extra =
        error.keyword === 'additionalProperties'
          ? ` (${String((error.params as { additionalProperty: string }).additionalProperty)})`
          : '';
      return `${error.instancePath || '/'} ${error.message ?? error.keyword}${extra}`;
    });
  return [...new Set(messages)];
}
