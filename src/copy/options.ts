/**
 * The promote door's inputs (inputs/tables/promote.ts) read into typed options and a copy
 * request. Pure: no I/O beyond the input source.
 */
import { resolve } from 'node:path';
import { ImprintError } from '../errors.js';
import { InputReader } from '../inputs/reader.js';
import type { InputSource } from '../inputs/spec.js';
import { PROMOTE_INPUTS } from '../inputs/tables/promote.js';
import { sameRegistry } from '../registry/hosts.js';
import type { RegistryLogin, RegistryOptions } from '../registry/pool.js';
import { parseReference } from '../registry/reference.js';
import type { CopyRequest } from './copy.js';

export interface PromoteOptions {
  source: string;
  destination: string;
  policy?: string;
  trustedRoot?: string;
  logins: RegistryLogin[];
  insecureRegistries: string[];
  registryCaFile?: string;
}

export function readPromoteOptions(source: InputSource): PromoteOptions {
  const read = new InputReader(source, PROMOTE_INPUTS);
  const from = read.required('source', 'e.g. source: dev.example.com/app@sha256:…');
  const to = read.required('destination', 'e.g. destination: prod.example.com/app:1.2.0');
  // Both parse here, so a bad reference is a bad input (exit 2) named by its input.
  const sourceRegistry = referenceOf('source', from).registry;
  const destinationRegistry = referenceOf('destination', to).registry;
  const logins = [
    loginOf(read, 'source', sourceRegistry),
    loginOf(read, 'destination', destinationRegistry),
  ].filter((login) => login !== undefined);
  const [first, second] = logins;
  if (
    first &&
    second &&
    sameRegistry(first.registry, second.registry) &&
    (first.username !== second.username || first.password !== second.password)
  ) {
    throw new ImprintError(
      'INPUT_CONFLICT',
      `source and destination are both on ${sourceRegistry}, which gets one login per run, but the source-* and destination-* credentials differ.`,
      { hint: 'Give one login that can read the source and write the destination.' },
    );
  }
  const policy = read.string('policy');
  const trustedRoot = read.string('trusted-root');
  const registryCaFile = read.string('registry-ca-file');
  return {
    source: from,
    destination: to,
    ...(policy !== undefined && { policy }),
    ...(trustedRoot !== undefined && { trustedRoot }),
    logins,
    insecureRegistries: read.list('insecure-registries'),
    ...(registryCaFile !== undefined && { registryCaFile }),
  };
}

/** The secrets among the inputs, to mask before anything is logged. */
export function promoteSecrets(source: InputSource): string[] {
  return PROMOTE_INPUTS.filter((spec) => spec.secret)
    .map((spec) => source(spec.name)?.trim())
    .filter((value): value is string => value !== undefined && value !== '');
}

/** What the copy engine gets; paths are resolved against `cwd`, the CA file already read. */
export function copyRequestOf(
  options: PromoteOptions,
  environment: { cwd: string; env: NodeJS.ProcessEnv; caCertificates: readonly string[] },
): CopyRequest {
  const registry: RegistryOptions = {
    insecureRegistries: options.insecureRegistries,
    caCertificates: environment.caCertificates,
    env: environment.env,
    ...(options.logins.length > 0 && { logins: options.logins }),
  };
  return {
    source: options.source,
    target: options.destination,
    ...(options.policy !== undefined && {
      policyFile: resolve(environment.cwd, options.policy),
    }),
    ...(options.trustedRoot !== undefined && {
      trustedRoot: resolve(environment.cwd, options.trustedRoot),
    }),
    cwd: environment.cwd,
    registry,
  };
}

function referenceOf(input: string, value: string): ReturnType<typeof parseReference> {
  try {
    return parseReference(value);
  } catch (error) {
    throw new ImprintError(
      'INPUT_INVALID',
      `input "${input}" is not an image reference: ${error instanceof Error ? error.message : String(error)}`,
      { hint: 'registry/repository[:tag] or registry/repository@sha256:…' },
    );
  }
}

function loginOf(
  read: InputReader,
  end: 'source' | 'destination',
  registry: string,
): RegistryLogin | undefined {
  const inputs = [`${end}-username`, `${end}-password`] as const;
  const username = read.string(inputs[0]);
  const password = read.string(inputs[1]);
  if (username === undefined && password === undefined) return undefined;
  if (username === undefined || password === undefined) {
    const [given, missing] = username === undefined ? [inputs[1], inputs[0]] : inputs;
    throw new ImprintError(
      'INPUT_INVALID',
      `${given} is set but ${missing} is empty; set both or neither.`,
      { hint: `Both are presented to ${registry}; without them the docker config is used.` },
    );
  }
  return { registry, username, password, inputs: [inputs[0], inputs[1]] };
}
