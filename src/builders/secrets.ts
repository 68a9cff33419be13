/**
 * Build secrets: the `secrets` and `secret-files` inputs read into BuildSecrets (pure), and
 * made ready for one build. A value given inline goes into a 0600 file in a private directory
 * under the job's temp space, removed when the build ends; a file is handed over by its path
 * and an environment variable by its name, so no secret value is ever on a command line.
 * Messages name the secret's id and line, never its value.
 */
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ImprintError } from '../errors.js';
import { privateTempDir } from '../util/private-temp.js';
import type { BuildSecret } from './model.js';

/** BuildKit and buildah mount a secret at /run/secrets/<id>: a plain file name. */
const SECRET_ID = /^[A-Za-z0-9_.-]+$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const SECRETS_FORMS =
  'write each line as id=ID,src=PATH (a file), id=ID,env=VARIABLE (an environment variable) or ID=VALUE (the value itself)';

/**
 * Pure: the `secrets` input, one secret a line. `id=ID,src=PATH` and `id=ID,env=VAR` are
 * buildx's own spellings; any other `KEY=VALUE` is build-push-action's, the value itself.
 */
export function parseSecrets(lines: readonly string[]): BuildSecret[] {
  const secrets = lines.map((line, index) => {
    const where = `input "secrets" line ${index + 1}`;
    return line.startsWith('id=') ? parseReference(line, where) : parseInline(line, where);
  });
  return checkUnique(secrets);
}

/** Pure: the `secret-files` input, `ID=PATH` a line (build-push-action's spelling). */
export function parseSecretFiles(files: Record<string, string>): BuildSecret[] {
  return Object.entries(files).map(([id, path]) => {
    const where = `input "secret-files" entry "${id}"`;
    checkId(id, where);
    if (path.trim() === '') throw invalid(`${where} names no file`, 'write ID=PATH');
    return { id, kind: 'file', path: path.trim() };
  });
}

/** Pure: both inputs together; an id given twice is refused. */
export function combineSecrets(...groups: BuildSecret[][]): BuildSecret[] {
  return checkUnique(groups.flat());
}

function parseReference(line: string, where: string): BuildSecret {
  const fields = new Map<string, string>();
  for (const field of line.split(',')) {
    const equals = field.indexOf('=');
    const key = equals < 0 ? field.trim() : field.slice(0, equals).trim();
    if (!['id', 'src', 'source', 'env', 'type'].includes(key) || equals < 0) {
      throw invalid(
        `${where} has a field "${key}" that is not one of id=, src=, env=, type=`,
        SECRETS_FORMS,
      );
    }
    fields.set(key === 'source' ? 'src' : key, field.slice(equals + 1).trim());
  }
  const id = fields.get('id') ?? '';
  checkId(id, where);
  const src = fields.get('src');
  const env = fields.get('env');
  if ((src === undefined) === (env === undefined)) {
    throw invalid(`${where} (secret "${id}") needs exactly one of src= or env=`, SECRETS_FORMS);
  }
  const type = fields.get('type');
  if (type !== undefined && type !== (src !== undefined ? 'file' : 'env')) {
    throw invalid(
      `${where} (secret "${id}") has type=${type}, which does not match its source`,
      SECRETS_FORMS,
    );
  }
  if (env !== undefined) {
    if (!ENV_NAME.test(env)) {
      throw invalid(`${where} (secret "${id}"): env=${env} is not a variable name`, SECRETS_FORMS);
    }
    return { id, kind: 'env', variable: env };
  }
  if (src === '') throw invalid(`${where} (secret "${id}") names no file`, SECRETS_FORMS);
  return { id, kind: 'file', path: src! };
}

function parseInline(line: string, where: string): BuildSecret {
  const equals = line.indexOf('=');
  // The text may be the value itself: the message never repeats it.
  if (equals <= 0) throw invalid(`${where} is not ID=VALUE`, SECRETS_FORMS);
  const id = line.slice(0, equals).trim();
  checkId(id, where);
  const value = line.slice(equals + 1).replace(/\r$/, '');
  if (value === '') throw invalid(`${where} (secret "${id}") has an empty value`, SECRETS_FORMS);
  return { id, kind: 'value', value };
}

function checkId(id: string, where: string): void {
  if (!SECRET_ID.test(id)) {
    throw invalid(
      `${where}: the secret id must be letters, digits, ".", "_" or "-" (it names the file /run/secrets/<id>)`,
      SECRETS_FORMS,
    );
  }
}

function checkUnique(secrets: BuildSecret[]): BuildSecret[] {
  const seen = new Set<string>();
  for (const { id } of secrets) {
    if (seen.has(id)) {
      throw new ImprintError('INPUT_CONFLICT', `secret "${id}" is given twice`, {
        hint: 'give each secret id once, in secrets or secret-files',
      });
    }
    seen.add(id);
  }
  return secrets;
}

function invalid(message: string, hint: string): ImprintError {
  return new ImprintError('INPUT_INVALID', message, { hint });
}

/** A secret as a builder's `--secret` takes it: a file or an environment variable, by name. */
export type SecretMount = { id: string; src: string } | { id: string; env: string };

export interface PreparedSecrets {
  mounts: SecretMount[];
  /** Every secret value this build can see, for masking its output. */
  values: string[];
  /** Removes the files of inline values; safe to call more than once. */
  remove(): void;
}

/**
 * Makes the secrets ready for one build: each file must exist, each variable must be set in
 * `environment` (the one the builder process inherits), and each inline value is written to a
 * 0600 file in a private directory under `tempRoot`.
 */
export function prepareSecrets(
  secrets: readonly BuildSecret[],
  tempRoot: string,
  environment: Readonly<Record<string, string | undefined>>,
): PreparedSecrets {
  const values: string[] = [];
  const inline = secrets.filter((secret) => secret.kind === 'value');
  const dir = inline.length > 0 ? privateTempDir('imprint-build-secrets-', tempRoot) : undefined;
  try {
    const mounts = secrets.map((secret, index): SecretMount => {
      switch (secret.kind) {
        case 'file':
          if (!statSync(secret.path, { throwIfNoEntry: false })?.isFile()) {
            throw invalid(
              `secret "${secret.id}": no file at ${secret.path}`,
              'check the path; it is read on this machine, relative to the working directory',
            );
          }
          // The builders read --secret as comma-separated fields: a comma would split the path.
          if (/[,"]/.test(secret.path)) {
            throw invalid(
              `secret "${secret.id}": the path ${secret.path} holds a comma or a quote, which --secret cannot carry`,
              'move or link the file to a path without commas or quotes',
            );
          }
          return { id: secret.id, src: secret.path };
        case 'env': {
          const value = environment[secret.variable];
          if (value === undefined || value === '') {
            throw invalid(
              `secret "${secret.id}" reads the environment variable ${secret.variable}, which is not set`,
              `set ${secret.variable} for this step (env:), from a CI secret`,
            );
          }
          values.push(value);
          return { id: secret.id, env: secret.variable };
        }
        case 'value': {
          // Numbered, not named by id: the file name tells nothing about the secret.
          const path = join(dir!.path, `secret-${index}`);
          writeFileSync(path, secret.value, { mode: 0o600 });
          values.push(secret.value);
          return { id: secret.id, src: path };
        }
      }
    });
    return { mounts, values, remove: () => dir?.remove() };
  } catch (error) {
    dir?.remove();
    throw error;
  }
}

/** Pure: `id=ID,src=PATH` / `id=ID,env=NAME`, as both buildx's and buildah's `--secret` take it. */
export function secretArgument(mount: SecretMount): string {
  return 'src' in mount
    ? `--secret=id=${mount.id},src=${mount.src}`
    : `--secret=id=${mount.id},env=${mount.env}`;
}
