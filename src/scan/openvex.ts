/**
 * OpenVEX documents (spec v0.2.0, https://github.com/openvex/spec): parsed and checked against
 * the spec's MUSTs, pure. A statement that breaks one is refused with the path of the field
 * and the rule, never dropped: a VEX statement silently ignored would re-open findings the
 * author meant to close, and one read too kindly would close findings it does not name.
 * Each statement comes out complete, its timestamp inherited from the document when it has
 * none of its own (the spec's Inheritance Flow).
 */
import { OPENVEX_CONTEXT_V020 } from '../attest/predicate-types.js';
import { ImprintError } from '../errors.js';
import { isJsonObject } from '../util/json.js';

const VEX_STATUSES = ['not_affected', 'affected', 'fixed', 'under_investigation'] as const;
export type VexStatus = (typeof VEX_STATUSES)[number];

/** The VEX Working Group's justification labels (Status Justifications, June 2022). */
const VEX_JUSTIFICATIONS = [
  'component_not_present',
  'vulnerable_code_not_present',
  'vulnerable_code_not_in_execute_path',
  'vulnerable_code_cannot_be_controlled_by_adversary',
  'inline_mitigations_already_exist',
] as const;
export type VexJustification = (typeof VEX_JUSTIFICATIONS)[number];

/** A product or subcomponent: any of its identifiers may name it. */
export interface VexComponent {
  id?: string;
  /** identifiers.purl, cpe22, cpe23 as given. */
  identifiers: Record<string, string>;
  /** hashes by IANA name (sha-256, …), lower-case hex. */
  hashes: Record<string, string>;
}

export interface VexProduct extends VexComponent {
  subcomponents: VexComponent[];
}

export interface VexStatement {
  vulnerability: { name: string; aliases: string[] };
  products: VexProduct[];
  status: VexStatus;
  justification?: VexJustification;
  impactStatement?: string;
  actionStatement?: string;
  /** Its own timestamp, else the document's: when the statement was known to be true. */
  timestamp: string;
}

export interface VexDocument {
  id: string;
  author: string;
  timestamp: string;
  version: number;
  statements: VexStatement[];
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

type Refuse = (path: string, problem: string) => never;

/**
 * The document in `value` (parsed JSON), checked; `source` names it in messages (a file, a
 * URL, an attestation). Throws VEX_INVALID naming the first field that breaks the spec.
 */
export function parseOpenVex(value: unknown, source: string): VexDocument {
  const refuse: Refuse = (path, problem) => {
    throw new ImprintError(
      'VEX_INVALID',
      `${source} is not a valid OpenVEX document: ${path} ${problem}`,
      {
        hint: `write an OpenVEX v0.2.0 document (vexctl create writes one); see https://github.com/openvex/spec`,
      },
    );
  };
  if (!isJsonObject(value)) refuse('(top level)', 'must be a JSON object');
  const context = value['@context'];
  if (context !== OPENVEX_CONTEXT_V020) {
    refuse('@context', `must be ${OPENVEX_CONTEXT_V020}; found ${describe(context)}`);
  }
  const timestamp = time(value.timestamp, 'timestamp', refuse);
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    refuse('version', `must be a whole number of at least 1; found ${describe(version)}`);
  }
  const statements = value.statements;
  if (!Array.isArray(statements) || statements.length === 0) {
    refuse('statements', 'must be a non-empty list of statements');
  }
  return {
    id: nonEmpty(value['@id'], '@id', refuse),
    author: nonEmpty(value.author, 'author', refuse),
    timestamp,
    version,
    statements: statements.map((entry, index) =>
      parseStatement(entry, `statements[${index}]`, timestamp, refuse),
    ),
  };
}

function parseStatement(
  value: unknown,
  path: string,
  documentTime: string,
  refuse: Refuse,
): VexStatement {
  if (!isJsonObject(value)) refuse(path, 'must be an object');
  const status = value.status;
  if (typeof status !== 'string' || !(VEX_STATUSES as readonly string[]).includes(status)) {
    refuse(
      `${path}.status`,
      `must be one of ${VEX_STATUSES.join(', ')}; found ${describe(status)}`,
    );
  }
  const products = value.products;
  if (!Array.isArray(products) || products.length === 0) {
    refuse(
      `${path}.products`,
      'must list at least one product: a statement names what it is about',
    );
  }
  const statement: VexStatement = {
    vulnerability: parseVulnerability(value.vulnerability, `${path}.vulnerability`, refuse),
    products: products.map((product, index) =>
      parseProduct(product, `${path}.products[${index}]`, refuse),
    ),
    status: status as VexStatus,
    timestamp:
      value.timestamp === undefined
        ? documentTime
        : time(value.timestamp, `${path}.timestamp`, refuse),
  };
  addStatusFields(statement, value, path, refuse);
  return statement;
}

/**
 * The spec's rules on what goes with each status: not_affected says why (a justification
 * label or an impact statement), affected says what to do (an action statement); the other
 * fields belong to those statuses alone.
 */
function addStatusFields(
  statement: VexStatement,
  value: Record<string, unknown>,
  path: string,
  refuse: Refuse,
): void {
  const justification = optionalText(value.justification, `${path}.justification`, refuse);
  const impact = optionalText(value.impact_statement, `${path}.impact_statement`, refuse);
  const action = optionalText(value.action_statement, `${path}.action_statement`, refuse);
  const { status } = statement;
  if (status === 'not_affected') {
    if (justification === undefined && impact === undefined) {
      refuse(
        path,
        'has status not_affected but neither a justification nor an impact_statement saying why',
      );
    }
    if (
      justification !== undefined &&
      !(VEX_JUSTIFICATIONS as readonly string[]).includes(justification)
    ) {
      refuse(
        `${path}.justification`,
        `must be one of ${VEX_JUSTIFICATIONS.join(', ')}; found "${justification}"`,
      );
    }
  } else {
    if (justification !== undefined)
      refuse(`${path}.justification`, `belongs to not_affected statements, not ${status}`);
    if (impact !== undefined)
      refuse(`${path}.impact_statement`, `belongs to not_affected statements, not ${status}`);
  }
  if (status === 'affected' && action === undefined) {
    refuse(path, 'has status affected but no action_statement saying how to remediate or mitigate');
  }
  if (status !== 'affected' && action !== undefined) {
    refuse(`${path}.action_statement`, `belongs to affected statements, not ${status}`);
  }
  if (justification !== undefined) statement.justification = justification as VexJustification;
  if (impact !== undefined) statement.impactStatement = impact;
  if (action !== undefined) statement.actionStatement = action;
}

function parseVulnerability(
  value: unknown,
  path: string,
  refuse: Refuse,
): VexStatement['vulnerability'] {
  if (!isJsonObject(value))
    refuse(path, 'must be an object with a name (e.g. {"name": "CVE-2023-12345"})');
  const aliases = value.aliases ?? [];
  if (
    !Array.isArray(aliases) ||
    !aliases.every((alias) => typeof alias === 'string' && alias !== '')
  ) {
    refuse(`${path}.aliases`, 'must be a list of non-empty strings');
  }
  return { name: nonEmpty(value.name, `${path}.name`, refuse), aliases: aliases as string[] };
}

function parseProduct(value: unknown, path: string, refuse: Refuse): VexProduct {
  const component = parseComponent(value, path, refuse);
  const subcomponents = (value as Record<string, unknown>).subcomponents ?? [];
  if (!Array.isArray(subcomponents)) refuse(`${path}.subcomponents`, 'must be a list');
  return {
    ...component,
    subcomponents: subcomponents.map((entry, index) =>
      parseComponent(entry, `${path}.subcomponents[${index}]`, refuse),
    ),
  };
}

function parseComponent(value: unknown, path: string, refuse: Refuse): VexComponent {
  if (!isJsonObject(value)) refuse(path, 'must be an object');
  const component: VexComponent = {
    identifiers: textMap(value.identifiers, `${path}.identifiers`, refuse),
    hashes: textMap(value.hashes, `${path}.hashes`, refuse),
  };
  const id = optionalText(value['@id'], `${path}.@id`, refuse);
  if (id !== undefined) component.id = id;
  if (
    id === undefined &&
    Object.keys(component.identifiers).length === 0 &&
    Object.keys(component.hashes).length === 0
  ) {
    refuse(path, 'names nothing: give an @id, identifiers (purl, cpe22, cpe23) or hashes');
  }
  return component;
}

function textMap(value: unknown, path: string, refuse: Refuse): Record<string, string> {
  if (value === undefined) return {};
  if (
    !isJsonObject(value) ||
    !Object.values(value).every((entry) => typeof entry === 'string' && entry !== '')
  ) {
    refuse(path, 'must be an object of non-empty strings');
  }
  return { ...(value as Record<string, string>) };
}

function time(value: unknown, path: string, refuse: Refuse): string {
  if (typeof value !== 'string' || !RFC3339.test(value) || Number.isNaN(Date.parse(value))) {
    refuse(path, `must be an RFC 3339 time such as 2023-01-08T18:02:03Z; found ${describe(value)}`);
  }
  return value;
}

function nonEmpty(value: unknown, path: string, refuse: Refuse): string {
  if (typeof value !== 'string' || value.trim() === '')
    refuse(path, `must be a non-empty string; found ${describe(value)}`);
  return value;
}

function optionalText(value: unknown, path: string, refuse: Refuse): string | undefined {
  return value === undefined ? undefined : nonEmpty(value, path, refuse);
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
