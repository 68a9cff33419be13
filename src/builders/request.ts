/**
 * Checks a BuildRequest before any builder runs, so bad input fails with a message that
 * says what to change rather than with a builder's own error halfway through.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ImprintError } from '../errors.js';
import type { BuildRequest, RegistryLogin } from './model.js';
import { listsRegistry } from '../registry/hosts.js';
import { type ImageReference, parseReference } from '../registry/reference.js';

const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;
/** Build-arg and label keys become `KEY=value` arguments: no `=`, no whitespace. */
const ARGUMENT_KEY = /^[^=\s]+$/;

/** A parsed tag: a reference that names a tag (and no digest). */
export type TaggedReference = ImageReference & { tag: string };

export interface ValidatedBuild {
  request: BuildRequest;
  /** Absolute build context. */
  context: string;
  /** Absolute Dockerfile path. */
  dockerfile: string;
  /** The parsed tags, in the order given. */
  references: TaggedReference[];
  multiPlatform: boolean;
  /** Everything secret in the request, for masking in logs. */
  secrets: string[];
}

/** `default`, or `ID` / `ID=PATH[,PATH…]`: an agent socket or key files for RUN --mount=type=ssh. */
const SSH_SPEC = /^[A-Za-z0-9_.-]+(=[^,\s][^\s]*)?$/;
/** `[type[,type…]][platform]:key=value` or `key=value`: buildx's annotation spelling. */
const ANNOTATION = /^(?:([a-z-]+(?:,[a-z-]+)*)?(\[[^\]]+\])?:)?([^=:\s]+)=(.*)$/s;
const ANNOTATION_TYPES = new Set(['manifest', 'index', 'manifest-descriptor', 'index-descriptor']);
const BUILDKIT_PROVENANCE = /^(true|false|[a-z-]+=[^,\s]+(,[a-z-]+=[^,\s]+)*)$/;
const CONTEXT_NAME = /^[a-z0-9][a-z0-9._/:@-]*$/i;

export function validateBuildRequest(request: BuildRequest): ValidatedBuild {
  const context = resolve(request.context);
  if (!isDirectory(context)) {
    throw new ImprintError(
      'BUILD_CONTEXT_MISSING',
      `build context "${context}" does not exist or is not a directory`,
      { hint: 'set context to the folder holding the sources the Dockerfile copies (e.g. ".")' },
    );
  }
  const dockerfile = resolve(request.file ?? resolve(context, 'Dockerfile'));
  if (!isFile(dockerfile)) {
    throw new ImprintError('BUILD_FILE_MISSING', `Dockerfile not found at "${dockerfile}"`, {
      hint: 'set file to the Dockerfile path (relative to the working directory); the default is <context>/Dockerfile',
    });
  }
  const references = checkTags(request.tags);
  checkPlatforms(request.platforms);
  checkKeys('build-args', request.buildArgs);
  checkKeys('labels', request.labels);
  checkBuildInputs(request);
  const multiPlatform = request.platforms.length > 1;
  if (multiPlatform && !request.push) {
    throw new ImprintError(
      'INPUT_INVALID',
      `a multi-platform image (${request.platforms.join(', ')}) can only be kept in a registry, but push is false`,
      { hint: 'set push to true, or build a single platform' },
    );
  }
  const logins = request.registryAuth ?? [];
  logins.forEach(checkLogin);
  return { request, context, dockerfile, references, multiPlatform, secrets: loginSecrets(logins) };
}

/** Passwords and their Basic-auth encodings: what a process could echo back. */
export function loginSecrets(logins: readonly RegistryLogin[]): string[] {
  return logins.flatMap(({ username, password }) => [
    password,
    Buffer.from(`${username}:${password}`).toString('base64'),
  ]);
}

export function isInsecureRegistry(request: BuildRequest, registry: string): boolean {
  return listsRegistry(request.insecureRegistries, registry);
}

function checkTags(tags: readonly string[]): TaggedReference[] {
  if (tags.length === 0) {
    throw new ImprintError('INPUT_INVALID', 'no tags given: a build needs at least one tag', {
      hint: 'set tags to full references like ghcr.io/OWNER/APP:1.2.3',
    });
  }
  return tags.map((tag) => {
    // parseReference fails with REFERENCE_INVALID naming the text and the broken part.
    const reference = parseReference(tag);
    if (reference.tag === undefined || reference.digest !== undefined || tag !== tag.trim()) {
      throw new ImprintError(
        'REFERENCE_INVALID',
        `tag "${tag}" is not a tagged reference: a build pushes to host/repository:tag, without a digest`,
        { hint: 'write each tag as e.g. ghcr.io/OWNER/APP:1.2.3' },
      );
    }
    return { ...reference, tag: reference.tag };
  });
}

function checkPlatforms(platforms: readonly string[]): void {
  const bad = platforms.find((platform) => !PLATFORM.test(platform));
  if (bad !== undefined) {
    throw new ImprintError(
      'INPUT_INVALID',
      `platform "${bad}" is not of the form os/arch[/variant] (e.g. linux/amd64, linux/arm/v7)`,
    );
  }
}

function checkKeys(what: 'build-args' | 'labels', entries: Record<string, string>): void {
  const bad = Object.keys(entries).find((key) => !ARGUMENT_KEY.test(key));
  if (bad !== undefined) {
    throw new ImprintError(
      'INPUT_INVALID',
      `${what} key "${bad}" is not usable: keys must be non-empty and hold no "=" or whitespace`,
    );
  }
}

/** Pure: an annotation's types (none: the default, manifest), platform, key and value. */
export function parseAnnotation(text: string): {
  types: string[];
  platform?: string;
  key: string;
  value: string;
} {
  const match = ANNOTATION.exec(text);
  const types = match?.[1]?.split(',') ?? [];
  if (!match || types.some((type) => !ANNOTATION_TYPES.has(type))) {
    throw new ImprintError(
      'INPUT_INVALID',
      `input "annotations": "${text}" is not [type:]key=value (type: manifest, index, manifest-descriptor or index-descriptor)`,
      {
        hint: 'write e.g. org.opencontainers.image.description=My app, or index:org.opencontainers.image.description=My app',
      },
    );
  }
  return {
    types,
    ...(match[2] ? { platform: match[2].slice(1, -1) } : {}),
    key: match[3]!,
    value: match[4]!,
  };
}

function checkBuildInputs(request: BuildRequest): void {
  const badSsh = (request.ssh ?? []).find((spec) => !SSH_SPEC.test(spec));
  if (badSsh !== undefined) {
    throw new ImprintError('INPUT_INVALID', `input "ssh": "${badSsh}" is not default or ID=PATH`, {
      hint: 'write default (the agent in SSH_AUTH_SOCK), or e.g. github=/path/to/key',
    });
  }
  (request.annotations ?? []).forEach(parseAnnotation);
  const badContext = Object.entries(request.buildContexts ?? {}).find(
    ([name, value]) => !CONTEXT_NAME.test(name) || value.trim() === '',
  );
  if (badContext !== undefined) {
    throw new ImprintError(
      'INPUT_INVALID',
      `input "build-contexts": "${badContext[0]}=${badContext[1]}" is not NAME=SOURCE`,
      { hint: 'write e.g. shared=../shared or alpine=docker-image://alpine:3.20' },
    );
  }
  const provenance = request.buildkitAttestations?.provenance;
  if (provenance !== undefined && !BUILDKIT_PROVENANCE.test(provenance)) {
    throw new ImprintError(
      'INPUT_INVALID',
      `input "buildx-provenance": "${provenance}" is not false, true, mode=min or mode=max`,
      { hint: 'write false (the default), mode=min or mode=max' },
    );
  }
}

function checkLogin(login: RegistryLogin): void {
  if (!login.registry || !login.username || !login.password) {
    throw new ImprintError(
      'INPUT_INVALID',
      `registry credentials for "${login.registry}" need a registry, a username and a password`,
      { hint: 'set both registry-username and registry-password, or neither' },
    );
  }
}

function isDirectory(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

function isFile(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}
