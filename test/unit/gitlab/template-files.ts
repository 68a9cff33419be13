/** The component files as GitLab reads them: a `spec:` header document, `---`, the jobs. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';

export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const COMPONENTS = ['publish', 'verify', 'promote'] as const;

export interface SpecInput {
  type?: 'string' | 'boolean' | 'number' | 'array';
  description?: string;
  default?: string | boolean | number | unknown[];
  options?: (string | boolean | number)[];
  regex?: string;
}

export interface Job {
  extends?: string | string[];
  stage?: string;
  image?: { name: string; entrypoint?: string[] };
  services?: { name: string; alias?: string }[];
  id_tokens?: Record<string, { aud: string | string[] }>;
  variables?: Record<string, string>;
  rules?: { if?: string; when?: string; variables?: Record<string, string> }[];
  script?: string[];
  artifacts?: {
    when?: string;
    paths?: string[];
    reports?: Record<string, string | string[]>;
  };
  needs?: unknown[];
}

export interface ComponentFile {
  text: string;
  header: {
    spec: { description?: string; component?: string[]; inputs: Record<string, SpecInput> };
  };
  body: Record<string, Job>;
}

export function readRepoFile(path: string): string {
  return readFileSync(`${REPO_ROOT}/${path}`, 'utf8');
}

export function parseComponent(text: string, where = 'component'): ComponentFile {
  const documents = parseAllDocuments(text);
  if (!Array.isArray(documents) || documents.length !== 2) {
    throw new Error(`${where}: expected a spec header and a body separated by ---`);
  }
  const [header, body] = documents.map((document) => {
    if (document.errors.length > 0) throw new Error(`${where}: ${document.errors[0]?.message}`);
    return document.toJS() as unknown;
  });
  return { text, header: header as ComponentFile['header'], body: body as ComponentFile['body'] };
}

export function readComponent(name: (typeof COMPONENTS)[number]): ComponentFile {
  return parseComponent(readRepoFile(`templates/${name}.yml`), `templates/${name}.yml`);
}

/** `$[[ inputs.job-prefix ]]-publish` → the job. */
export function mainJob(component: ComponentFile, suffix: string): Job {
  const job = component.body[`$[[ inputs.job-prefix ]]-${suffix}`];
  if (!job) throw new Error(`no job named $[[ inputs.job-prefix ]]-${suffix}`);
  return job;
}

/**
 * The names in the script's `for name in … ; do` loop (continued over lines with `\`): the
 * inputs handed over as variables.
 */
export function loopedInputNames(job: Job): string[] {
  const script = (job.script ?? []).join('\n');
  const match = /for name in ([^;]+); do/.exec(script);
  return match?.[1]?.replace(/\\\n/g, ' ').trim().split(/\s+/) ?? [];
}

/** Inputs pasted into the script itself, e.g. `--push=$[[ inputs.push ]]`. */
export function inlinedInputNames(job: Job): string[] {
  const script = (job.script ?? []).join('\n');
  return [...script.matchAll(/\$\[\[\s*inputs\.([\w-]+)\s*\]\]/g)].map((match) => match[1] ?? '');
}

export function inputVariableName(inputName: string): string {
  return `IMPRINT_INPUT_${inputName.toUpperCase().replace(/-/g, '_')}`;
}
